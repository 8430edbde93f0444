"""What a sum paid buys: in narrative news an amount after a verb of paying (`交纳１５０埃镑`, `交上２０元钱`,
`花了３０元`) is named by the clause before it only by who paid; the thing bought or the right got for it
follows, opened by a verb of getting (`…，才能取得打鱼的许可证`, `…，签订一份保健服务合同`, `买了一本旧字典`),
and that names what the amount is (`许可证`, `保健服务合同`, `旧字典` read inside it). Where no verb of getting
follows (`交７元钱。`, `掏出１６００元，换了…` is an exchange, no purchase) the phrase stays as read. Words:
data/metric.toml, section [money_paid_for]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_cut import head_words, trim
from .clauses import with_halfwidth
from .metric_words import CLAUSE_BREAK, clean

_BEFORE = 8  # how far back the verb of paying is looked for (it stands right before the amount)


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["money_paid_for"]
    paid = re.compile(f"(?P<verb>{alternation(t['verbs'])})(?:{alternation(t['verb_ends'])})?$")
    # (the amount's own word, a comma at most, a word of condition or means, then the verb of getting and
    # what it gets, up to the clause's end)
    got = re.compile(f"(?:{alternation(t['own'])})?[，,]?(?:{alternation(t['links'])})?"
                     f"((?P<get>{alternation(t['getting'])})(?:{alternation(t['aspects'])})?"
                     f"[^{re.escape(with_halfwidth(CLAUSE_BREAK))}\\d]{{1,20}})")
    return paid, got


def paid_for(text: str, start: int, end: int) -> str:
    """交纳１５０埃镑，才能取得打鱼的许可证 → 取得打鱼的许可证: the verb of getting after an amount paid and what
    it gets ('' where the amount follows no verb of paying or no verb of getting follows it)."""
    paid, got = _shapes()
    verb = paid.search(text, max(0, start - _BEFORE), start)
    if not verb or text.endswith(tuple(table("metric.toml")["money_paid_for"]["not_verbs"]), 0, verb.end("verb")):
        return ""  # (成交２２４亿港元, 提交: a word that only ends with a verb of paying)
    m = got.match(text, end)
    if not m or text.startswith("的", m.end("get")):
        return ""  # (花１·６亿马克购买的烟花从中国进口: purchase and amount describe the noun after 的, as metric_money reads it)
    return trim(head_words(clean(m.group(1))))
