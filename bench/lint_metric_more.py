"""Lints of the metric of percents and money (bench/lint_metric.py runs them with its own): shapes
where the metric names the change, the base, the list head or the payer instead of the thing
measured. Each counts a shape that is USUALLY wrong; read the examples before fixing anything.

  rate_only      a percent whose metric is only words of change or comparison (增长, 同比下降, 提高,
                 比重, 占, 增速 …) without the thing that changed
  growth_level   a percent said right after a level in its clause (`X亿元，同比增长Y%`) whose metric
                 does not hold the level's metric (the growth is the level's)
  across_qizhong a number after 其中 whose metric stands before 其中 (the part takes the whole's name)
  share_base     a share (`占…X%`) whose metric stands after 占 in its clause: the base, not the part
  money_payer    money whose metric is only an organisation or a place named in its sentence, or
                 ends with the word of a body (银行, 公司, 政府, 局 …)
  money_verb     money whose metric is only a verb of spending or granting (投资, 完成, 下达, 安排 …)
  bracket_colon  a number inside brackets or right after a colon whose metric stands outside them
                 (before the bracket or the colon's clause)
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# words of change and comparison: a metric made of these alone names no thing
RATE_WORDS = ("同比", "环比", "比上年", "比去年", "比上年同期", "比去年同期", "较上年", "较去年", "比", "较",
              "年均", "平均", "分别", "增长", "下降", "增加", "减少", "提高", "降低", "上升", "回落", "下滑",
              "增幅", "增速", "降幅", "涨幅", "跌幅", "速度", "比重", "比例", "占比", "占", "达到", "达", "为",
              "了", "的", "约", "共", "实现", "完成", "增收", "增")
RATE_TAIL = re.compile("(?:" + "|".join(sorted(map(re.escape, (*RATE_WORDS, "上年末", "年初", "上年", "去年", "同期",
                                                                "上一年", "比上一年")), key=len, reverse=True)) + ")+$")
RATE_ONLY = re.compile("^(?:" + "|".join(sorted(map(re.escape, RATE_WORDS), key=len, reverse=True)) + ")+$")
# what may stand between a level and its growth in one clause (`，同比增长`, `，比上年增加`)
GROWTH_GAP = re.compile("^[，,]\\s*(?:其中)?(?:同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|"
                        "年均|平均)?(?:增长|下降|增加|减少|提高|降低|上升|回落|下滑)(?:了)?(?:约|近|达)?$")
SPEND_WORDS = ("投资", "完成", "下达", "安排", "投入", "拨付", "争取", "筹集", "落实", "支出", "发放", "实现",
               "累计", "共计", "共", "总", "全年", "新增", "到位", "兑现", "拨", "拨款", "补助", "奖励", "捐",
               "捐赠", "捐款", "资助", "援助", "贷款", "融资", "募集", "支付", "花", "花费", "用", "使用",
               "达", "达到", "为", "计", "合计", "超", "超过", "近", "约", "了")
SPEND_ONLY = re.compile("^(?:" + "|".join(sorted(map(re.escape, SPEND_WORDS), key=len, reverse=True)) + ")+$")
BODY_END = ("银行", "公司", "集团", "政府", "委员会", "办公室", "局", "厅", "部", "委", "署", "总署", "中心",
            "协会", "基金会", "研究院", "大学", "学院", "医院", "社", "行", "所")
OPEN_BRACKETS, CLOSE_BRACKETS = "（(〔【", "）)〕】"
CLAUSE_BREAKS = "，。；！？,;!?"


def _before_break(s: str, at: int, breaks: str) -> int:
    """Where the clause holding offset `at` of s starts (one past the last break before it)."""
    return max((s.rfind(c, 0, at) for c in breaks), default=-1) + 1


def _open_bracket(s: str, at: int) -> int | None:
    """The offset of the bracket left open before `at` in s, or None."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if s[i] in CLOSE_BRACKETS:
            depth += 1
        elif s[i] in OPEN_BRACKETS:
            if depth == 0:
                return i
            depth -= 1
        elif s[i] in "。；;":
            return None
    return None


def more_lints(r: dict, mates: list[dict], key: Callable[[str], str],
               metric_at: Callable[[dict], int | None]) -> Iterator[str]:
    """The names of the lints of this module the record hits; `mates` are the records of its sentence
    (names included) with their `at`, `key` puts text in one width, `metric_at` finds the metric."""
    m = key(r["metric"] or "")
    at = r.get("at")
    if not m or at is None:
        return
    s = key(r["sentence"])
    m_at = metric_at(r)
    if r["type"] == "percent":
        if RATE_ONLY.match(m):
            yield "rate_only"
        level = _level_before(r, mates, s, key)
        core = _core(key(level["metric"])) if level is not None and level["metric"] else ""
        if len(core) >= 2 and core not in m:  # (增加372亿元，增长15.6%: the increment's change word aside)
            yield "growth_level"
        lo = _before_break(s, at, CLAUSE_BREAKS)
        zhan = s.rfind("占", lo, at)
        if zhan >= 0 and m_at is not None and zhan <= m_at < at:
            yield "share_base"
    qi = s.rfind("其中", 0, at)
    if qi >= 0 and m_at is not None and m_at + len(m) <= qi:
        yield "across_qizhong"
    if r["type"] == "money":
        names = {key(x["text"]) for x in mates if x["type"] in ("org", "place")}
        if m in names or m.endswith(BODY_END):
            yield "money_payer"
        if SPEND_ONLY.match(m):
            yield "money_verb"
    opened = _open_bracket(s, at)
    colon = max(s.rfind("：", 0, at), s.rfind(":", 0, at))
    inside = opened if opened is not None else (colon if colon >= _before_break(s, at, "。；;") else None)
    if inside is not None and m_at is not None and m_at < inside and s.find(m, inside, at) < 0:
        yield "bracket_colon"


def _core(metric: str) -> str:
    """The metric without the words of change and comparison that end it (存款比上年末增加 -> 存款)."""
    return RATE_TAIL.sub("", metric)


def _level_before(r: dict, mates: list[dict], s: str, key: Callable[[str], str]) -> dict | None:
    """The money, count or quantity said just before the percent with only `，(同比)增长` between."""
    best = None
    for x in mates:
        if x["type"] not in ("money", "count", "quantity") or x.get("at") is None or x["at"] >= r["at"]:
            continue
        if best is None or x["at"] > best["at"]:
            best = x
    if best is None:
        return None
    end = best["at"] + len(key("".join(best["text"].split())))
    return best if GROWTH_GAP.match(s[end:r["at"]]) else None


MORE_NAMES = ("rate_only", "growth_level", "across_qizhong", "share_base", "money_payer", "money_verb",
              "bracket_colon")
