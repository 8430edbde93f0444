"""The overlap resolver: of the candidates that claim the same characters, the longest wins, then
the one of the higher rule priority, then the earlier."""
from __future__ import annotations

from ..candidate import Candidate


def resolve(found: list[tuple[Candidate, int]], length: int) -> list[Candidate]:
    """The candidates (each with its rule's priority) that win their characters, none overlapping,
    in the order they won; length: the text's."""
    found.sort(key=lambda cp: (-(cp[0].end - cp[0].start), -cp[1], cp[0].start))
    taken: list[Candidate] = []
    occupied = bytearray(length + 1)
    for c, _ in found:
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    return taken
