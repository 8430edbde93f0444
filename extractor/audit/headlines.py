"""headline: a number in a headline against the same figure told in the body of its article.

    甲省去年产茶逾12万吨⏎…全省茶叶产量达12.4万吨…          over: the body's value must reach it
    乙市财政收入46亿元⏎…全市财政收入完成45.8亿元…            a headline rounds (or cuts) to its last
                                                         written digit: 45.8 is within it
A headline restates a figure of its story in fewer words, so the figure of the body it stands for
is the one of the same type and unit (a date or year is no figure) whose name ends with the same
noun (given_parts.name_ending), in the body paragraphs of its article; where
no name says so, a body value within the headline's reading (the headline of three significant
digits or more) or equal to it (two digits, or a round number of 100 or more) is the evidence
(arithmetic that holds, consistent only), and is preferred to a named figure that does not fit. A named figure
that breaks the headline is an error only where the two names, their places left out, are one and
long, no other body figure has it, no place or period of theirs differs, and neither number is qualified (`近`,
`逾`, `多`); else the headline may
round, speak of another scope or period: unverifiable. Claims other checks report on are left to
them (CLAIM_ONLY). A number inside a name or label (`七人制`, `二期`, `千户企业`: name_numbers.py) is
no figure to pair.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from .amounts import is_change
from .heads import record_field, same_scope
from .given_parts import name_ending
from .measures import name_of
from .model import Draft, Num, PageView
from .name_numbers import in_name
from .tolerance import Interval

_KINDS = ("title", "subtitle")
_STOPS = "。！？；"
_TYPES = tuple(SUMMABLE_TYPES) + ("percent",)
_SIGNIFICANT = 3  # digits a headline number needs to be paired with a body value it only comes near
_ROUND = 100  # a round headline number this large (`一百万人`) is paired with a body value equal to it
_SAME_NAME = 4  # characters of a name two figures share for a mismatch to be an error


def check(view: PageView) -> list[Draft]:
    paragraphs = view.page.layout.paragraphs
    out = []
    ends: dict[int, int] = {}  # the end of each article, where a label's repeats are counted
    for p in paragraphs:
        ends[p.article] = max(ends.get(p.article, 0), p.end)
    for head in view.nums:
        if not 0 <= head.paragraph < len(paragraphs) or paragraphs[head.paragraph].kind not in _KINDS \
                or head.type not in _TYPES or is_change(view, head) or head.qualifier == "range" \
                or _ends_sentence(view, paragraphs[head.paragraph]):
            continue
        if in_name(view, head, ends.get(head.article, len(view.text))):
            continue  # `七人制`, `二期`, `千户企业`: the body writes the name again, no figure restated
        body = [b for b in view.in_article(head.article) if b.start > head.end and 0 <= b.paragraph < len(paragraphs)
                and paragraphs[b.paragraph].kind == "body" and b.same_measure(head) and b.qualifier != "range"
                and not is_change(view, b) and not in_name(view, b)]
        draft = _against(view, head, body)
        if draft is not None:
            out.append(draft)
    return out


def _ends_sentence(view: PageView, paragraph) -> bool:
    """A line that ends with a full stop is a sentence of the body (`———…全年补税 N 元。`), not a headline."""
    return view.text[paragraph.start:paragraph.end].rstrip()[-1:] in _STOPS


def _against(view: PageView, head: Num, body: list[Num]) -> Draft | None:
    reading = _reading(head)
    named = [(b, noun) for b in body for noun in (name_ending(view, head, b),) if noun]
    for b, noun in named:
        if b.interval.meets(reading):
            return _draft(head, b, "consistent", f"标题所说的“{noun}”{head.written}，正文为 {b.written}，相符")
    for b in body:  # the same figure under other words: the value is the evidence
        if b.interval.meets(reading) and (_digits(head.value) >= _SIGNIFICANT or (
                b.value == head.value and (_digits(head.value) >= 2 or head.value >= _ROUND))):
            return _draft(head, b, "consistent", f"标题中的 {head.written} 与正文的 {b.written} 相符")
    if not named:
        return None
    b, noun = named[0]
    own = _bare_name(view, head)
    same = [x for x, _ in named if _bare_name(view, x) == own]
    if len(same) == 1 and same[0] is b and len(own) >= _SAME_NAME and same_scope(head, b) \
            and head.qualifier == "exact" and b.qualifier == "exact":
        return _draft(head, b, "inconsistent",
                      f"标题所说的“{noun}”{head.written}，正文中唯一同名的数字为 {b.written}，按标题所写的精度也不相符")
    return _draft(head, b, "unverifiable", f"标题所说的“{noun}”{head.written}，正文为 {b.written}，不相符，"
                  "但标题可能是约数或另指范围、时期，无法据此判定有误")


def _draft(head: Num, body: Num, verdict: str, text: str) -> Draft:
    return Draft("headline", verdict, [head.ref(), body.ref()], head.value, body.value, text + "。")


def _reading(head: Num) -> Interval:
    """What a headline number stands for: a plain one may round or cut its figure to its last
    significant digit (`46亿元` for 45.8 or 46.3, `千人` for 1,100), a qualified one reads as the
    qualifier says."""
    iv = head.interval
    if head.qualifier != "exact" or not head.value:
        return iv
    step = last_place(abs(head.value))
    return Interval(min(iv.lo, head.value - step / 2), max(iv.hi, head.value + step))


def last_place(value: float) -> float:
    """The place of a value's last significant digit: 1000 for 1000, 0.1 for 46.3, 1e5 for 1.6e6."""
    text = f"{value:.6f}".rstrip("0")
    if text.endswith("."):
        whole = text[:-1]
        return 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return 10.0 ** -len(text.split(".")[1])


def _bare_name(view: PageView, n: Num) -> str:
    """The number's name without its place (`丙县粮食总产量` → `粮食总产量`): two figures of one
    name differ by nothing else (`农村公路里程` is a kind of `公路里程`)."""
    name = name_of(view, n)
    place = record_field(n, "place") or ""
    for said in (place, place[:-1] if len(place) > 2 else ""):
        if said and said in name:
            return name[name.index(said) + len(said):]
    return name


def _digits(value: float) -> int:
    """Significant digits of a value (`七百八十八亿` 3, `一百万` 1)."""
    return len(f"{abs(value):.6f}".replace(".", "").strip("0"))
