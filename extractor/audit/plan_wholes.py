"""A plan or target a rate is taken on (`完成预算的 N%`): said after it, of the numerator's own item, or earlier.

Apart from wholes.py because a plan is matched by plan words and by the numerator's own item,
never by the size of the number:

    本年收入完成预算的 96.98%，比预算数 X 元少 Y 元
        a plan named by the rate and given in the clause after it (`比预算数`)
    其中，A 支出 X 元，占预算数的 96.99%
        a plan is the numerator's own: not the budget of the total before `其中`
"""
from __future__ import annotations

import re

from . import amounts, cues
from .model import Num, PageView
from .wholes import article_before, own_name

# a number named as the plan itself: `预算数 X 元`, `比预算 X 元`
_PLAN_NAME = re.compile(r"(?:预算|預算|计划|計劃)(?:数|數|额|額)?[为是：:]?$")
_BRACKET = 24  # characters of a bracket right after a rate that may state its plan


def plan_after(view: PageView, p: Num, named: str, part: Num) -> Num | None:
    """`完成预算的 96.98%，比预算数 X 元少 Y 元`: the plan named by the rate, stated in the
    clause right after it with `比` and the plan's name."""
    plans = cues.words("rate", "target_words") + cues.words("rate", "plan_words")
    if view.text[p.end:p.end + 1] in ("（", "("):
        # `完成全年目标的 84.6%（全年目标 1500 亿元）`: the plan said in brackets right after the rate
        close = min((i for i in (view.text.find("）", p.end, p.end + _BRACKET), view.text.find(")", p.end, p.end + _BRACKET))
                     if i >= 0), default=-1)
        inner = view.text[p.end + 1:close] if close > 0 else ""
        if any(w in named and w in inner for w in plans):
            after = [n for n in view.between(p.end, close) if n.same_measure(part)]
            return after[0] if after else None
    end = view.clause_end(p.end)
    nxt = view.clause_end(end + 1)
    clause = view.text[end + 1:nxt]
    for w in plans:
        if w in named and clause.startswith("比" + w):
            after = [n for n in view.between(end + 1, nxt) if n.same_measure(part)]
            return after[0] if after else None
    return None


def stated_plan(view: PageView, part: Num, plan: str) -> tuple[Num, str | None] | None:
    """`今年计划造林 110 万亩。…完成造林 118.8 万亩，完成全年计划的 108%`: the nearest earlier
    number of the article in the part's measure whose label holds the plan word (`计划`); sure
    where that label and the part's name share a word of two characters (`造林`)."""
    name = own_name(view, part)
    # what was done, after the verb of doing (`全县完成植树造林` gives `植树造林`)
    ats = [(name.rfind(w), w) for w in cues.words("part_of", "part_progress") if w in name]
    if ats:
        at, w = max(ats)
        name = name[at + len(w):] or name
    for n in reversed(article_before(view, part)):
        if not n.same_measure(part):
            continue
        label = view.label_before(n, 30)
        if plan not in label:
            continue
        words = {name[i:i + 2] for i in range(len(name) - 1)} - {plan}
        if any(w in label for w in words):
            return n, None
        return n, f"{n.written} 是计划数，但未必是“{name}”的计划"
    return None


def own_plan(view: PageView, p: Num, num: Num, plan: str, outside: list[Num]) -> tuple:
    """`完成预算数的 N%`, `占年度计划的 N%`: a plan is always the plan of the numerator's own
    item, so only a plan number said of that item is its whole: one in the rate's sentence,
    with no `其中` or `；` between, named as the plan (`计划完成投资 128.6 亿元，已完成 104.2
    亿元，占年度计划的`; a budget only where it is the number's name, `预算数 X 元`, since
    `预算支出` and `比预算少支` are actual amounts), or one stated earlier of the same thing
    (stated_plan). The budget of the total before `其中` is not each item's budget."""
    budget = plan in cues.words("rate", "plan_words")
    same = [n for n in outside if n is not num and n.same_measure(num) and n.sentence == p.sentence
            and not re.search("其中|；", view.text[n.end:num.start])
            and (_PLAN_NAME.search(view.label_before(n)) and plan in view.label_before(n)[-6:] if budget
                 else plan in view.label_before(n, 30))]
    if same:
        return num, same[-1]
    if not budget:
        task = _task_before(view, num, outside)
        if task is not None:
            return num, task
    stated = None if budget else stated_plan(view, num, plan)
    return (num, *stated) if stated is not None else (num, None)


_DONE_MARK = "已"  # `已建成`, `已完成`: the part done so far of a task


def _task_before(view: PageView, num: Num, outside: list[Num]) -> Num | None:
    """`新增泊位 1.2 万个，已建成 1.35 万个，完成年度目标的 112.5%`: a part said as done (`已`)
    right after a number of its measure in the clause before, one comma apart, is done of that
    number, the task the target names; a number compared with (`比上年`) or a change is none."""
    if _DONE_MARK not in view.text[view.clause_start(num.start):num.start]:
        return None
    before = [n for n in outside if n is not num and n.end <= num.start and n.sentence == num.sentence]
    if not before:
        return None
    task = before[-1]
    between = view.text[task.end:num.start]
    if not task.same_measure(num) or "；" in between or between.count("，") + between.count(",") != 1:
        return None
    if amounts.is_change(view, task) or cues.contains_any(view.label_before(task), "growth", "base_before"):
        return None
    return task
