"""Highlighting spans of a text in HTML when the spans may nest or cross.

HTML elements must nest, facts need not: a name may sit inside a number's span, or two spans may
cross. A span that crosses another is cut into pieces; every piece carries the span's attributes,
only the first one its `id`, so each piece stays highlighted and findable by `data-fact`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Mark:
    """One span to highlight: [start, end) of the text, with the attributes of its element."""

    key: str
    start: int
    end: int
    classes: str = ""
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    fact: bool = True  # False: a plain styling element, no data-fact, id or focus


def _open_tag(mark: Mark, first: bool) -> str:
    if not mark.fact:
        return f'<span class="{escape(mark.classes)}">'
    classes = mark.classes if first else f"{mark.classes} cont".strip()
    parts = [f'<span class="{escape(classes)}" data-fact="{escape(mark.key)}"']
    if first:
        parts.append(f' id="f-{escape(mark.key)}" tabindex="0"')
    parts += [f' {name}="{escape(value)}"' for name, value in mark.attrs.items()]
    return "".join(parts) + ">"


def render_marks(text: str, marks: list[Mark]) -> str:
    """The text, HTML-escaped, with each mark as a <span>; spans that cross are split into pieces.

    Marks outside the text are clipped, empty ones dropped. Among marks that open together,
    the longer one is the outer element, so nested spans need no split."""
    n = len(text)
    live = []
    for m in marks:
        s, e = max(0, m.start), min(n, m.end)
        if s < e:
            live.append((s, e, m))
    starts: dict[int, list[tuple[int, int, Mark]]] = {}
    for item in live:
        starts.setdefault(item[0], []).append(item)
    bounds = sorted({0, n, *(s for s, _, _ in live), *(e for _, e, _ in live)})
    out: list[str] = []
    stack: list[tuple[int, int, Mark]] = []  # open elements, outermost first
    opened: set[int] = set()  # marks whose first piece is out: later pieces get no id
    for here, nxt in zip(bounds, bounds[1:]):
        # close every element down to the deepest one that ends here; reopen the others
        ending = [i for i, (_, e, _) in enumerate(stack) if e <= here]
        reopen = []
        if ending:
            cut = ending[0]
            reopen = [item for item in stack[cut:] if item[1] > here]
            out.append("</span>" * (len(stack) - cut))
            del stack[cut:]
        fresh = reopen + starts.get(here, [])
        fresh.sort(key=lambda item: (-item[1], item[0]))  # ends last = outermost
        for item in fresh:
            first = id(item) not in opened
            opened.add(id(item))
            out.append(_open_tag(item[2], first))
            stack.append(item)
        out.append(escape(text[here:nxt], quote=False))
    out.append("</span>" * len(stack))
    return "".join(out)
