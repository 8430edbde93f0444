"""The seat of a page's issuer: the area named in the name of the body that issues a page (来源：南宁海关) or
measures its figures (据南宁海关统计，…) is where the body sits, not what the page is about where the page
names another area beyond it (南宁海关's release on 广西壮族自治区's trade: every figure the region's, not
南宁市's; a 调查队, a 人民银行 branch or a 统计局 of one city reporting on a wider area). An area inside the seat
leaves the seat the page's area (安徽省国资委 on 全省省属企业, naming 合肥市 among them). The seat is a fallback
only: main_places.py counts it where nothing but its own parts names an area, and place_view.py lets it open
no sentence whose words name an area beyond it. The words live in data/place_issuer.toml."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import table
from .place_orgs import ADMIN, ORG_RULE
from .record import Record


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = table("place_issuer.toml")
    return tuple(t["line_before"]), tuple(t["source_before"]), tuple(t["source_after"])


def issuer_seat(text: str, p: Record) -> bool:
    """Whether a place is the area in the name of an issuing or measuring body: a body's area (a place read
    from a body's name, which spans the name) written right after a source line's label (来源：) or between
    据 and a word of measuring (据…统计). A place named for itself (据广西壮族自治区统计) is no body's seat."""
    if p.rule != ORG_RULE:
        return False
    line, before, after = _words()
    return text.endswith(line, 0, p.norm_start) or (
        text.endswith(before, 0, p.norm_start) and text.startswith(after, p.norm_end))


def beyond(seat: Record, other: Record) -> bool:
    """Whether a place is an area beyond an issuer's seat: a division of the country's (whose parents are known)
    that is neither the seat nor inside it. 广西壮族自治区 is beyond 南宁海关's 南宁市; 合肥市 is not beyond
    安徽省国资委's 安徽省, nor is a region the division data do not place (皖北地区)."""
    from .place_sentences import value_of  # (place_sentences reads this module through place_view)
    area = value_of(seat)
    return other.level in ADMIN and value_of(other) != area and area not in (other.parent or ())
