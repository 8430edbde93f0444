"""part_of: a part that says it is among a whole said before it (`其中` pointing back).

    全省列入计划的重点工程约有九十个，其中……  (`其中` opening parts: sum.py, clause_parts.py)
    全省列入计划的重点工程约有九十个，省里直接组织的二十四个工程就是其中的骨干
        the part's own clause, after its number, says `是其中` (data/cues.toml [part_of] part_back);
        the number counts the thing said to be among only where no `的` stands between them
        (`投资八十亿元的钢铁项目是其中之一`: the money describes the project, it is no part).
`其中` points to the topic said first, not to the nearest number: the whole is the one number of
the part's measure before the part's clause in the sentence, or, among several, the one whose
name ties to the part's (`企业` and `高新技术企业`, heads.named_alike; a kind of it,
part_names.kind_of); with several and no single tie there is no whole.
A part above its whole is inconsistent only where nothing stands between them but the part's
clause and the whole's (the clause right before it), and where the whole is tied by name or no
number of the measure stands in the sentences of the paragraph before (`其中` may point there);
unverifiable otherwise. A part another reader already set against another whole is left to that reader."""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues, part_names
from .heads import measured_name, named_alike
from .model import Draft, Num, PageView
from .sum import part_of_draft

FOUND_BY = "points_back"
_ATTRIBUTE = "的"  # `八十亿元的项目`: the number describes the thing, it does not count it


def check(view: PageView) -> list[Draft]:
    drafts: list[Draft] = []
    for part in view.nums:
        if part.type not in SUMMABLE_TYPES:
            continue
        start, end = view.clause_start(part.start), view.clause_end(part.end)
        said = cues.contains_any(view.text[part.end:end], "part_of", "part_back")
        if said is None or _ATTRIBUTE in view.text[part.end:view.text.find(said, part.end)]:
            continue
        before = [n for n in view.in_sentence(part.sentence) if n.end <= start and n.same_measure(part)]
        whole = _whole(view, before, part)
        if whole is None:
            continue
        near = view.clause_end(whole.end) >= start - 1  # the whole's clause is the one right before
        weak = None if near else "整体与部分之间还隔着别的分句"
        if weak is None and not _tied(view, whole, part) and any(
                n.end <= view.sentences[part.sentence].start and n.same_measure(part) for n in view.in_paragraph(part.paragraph)):
            weak = "前几句还有同类的数，“其中”未必指这一个"
        d = part_of_draft(whole, part, f"说“{said}”的部分", weak)
        d.extra["found_by"] = FOUND_BY
        drafts.append(d)
    return drafts


def yield_to_others(drafts: list[Draft]) -> list[Draft]:
    """The page's drafts less those of this reader whose part another part_of finding sets
    against another whole: the other reader read the names, this one only the pointing word."""
    wholes: dict[int, set[int]] = {}
    for d in drafts:
        if d.check == "part_of" and d.extra.get("found_by") != FOUND_BY:
            for f in d.facts[1:]:
                wholes.setdefault(f["start"], set()).add(d.facts[0]["start"])
    return [d for d in drafts if d.extra.get("found_by") != FOUND_BY
            or not wholes.get(d.facts[1]["start"], set()) - {d.facts[0]["start"]}]


def _whole(view: PageView, before: list[Num], part: Num) -> Num | None:
    """The one candidate, or the one among several whose name ties to the part's."""
    if len(before) == 1:
        return before[0]
    tied = [n for n in before if _tied(view, n, part)]
    return tied[0] if len(tied) == 1 else None


def _tied(view: PageView, whole: Num, part: Num) -> bool:
    """The part's name is the whole's less words before it, or a kind of it."""
    wname, pname = _unverbed(measured_name(view, whole)), _unverbed(measured_name(view, part))
    return named_alike(wname, pname, True) or part_names.kind_of(wname, pname) is not None


def _unverbed(name: str) -> str:
    """A name less the verb that opens it (`共有企业` names 企业)."""
    verb = next((v for v in cues.words("part_of", "verbs") if name.startswith(v) and len(name) > len(v)), "")
    return name[len(verb):]
