"""The audit: check the totals, rates, changes, counts and bounds that a page claims.

    findings = audit_page(page, records)      # one page; records from api.process_page
    findings += cross_document(all_records)   # cumulative totals across a batch
    run = audit_pages(texts)                  # many pages, extracted and audited (run.py)

One module per check (sum, rate, average, respective, growth, change, structure, allocation,
enumeration (also pairs, dash_items, copula_items, labels, taken_up, taken_back, named_items), part_of (also among, span_totals, measure_parts, given_parts, only_parts, these_parts, period_parts, rank_parts, head_parts, tier_parts, plus_total, parallel_parts, contract_actual, scope_open_parts, category_parts), sum (also lot_sums), bounds (also rising, threshold_bounds, range_spread), bound (stated_bound; a bound over a span of years in span_bounds; a growth compared with another measure's named growth in named_rate_bounds; a bound or rough figure and the exact figure it stands for, said apart, in restated_bounds; items in rank order (`最高的是…其次为…`) in rank_order; a figure revised from what it was (`从原定的 A 下调到 B`) in revised_figures), hierarchy, cumulative;
sums also in share_lists, shares, balance, sentence_parts, list_total, sum_after, category_sum,
net_sums, net_remainders; ratios also in pair_ratios; rates of shares named far off in share_back, share_report; a share or a named rate whose whole is stated a few sentences after it in share_whole_after; a share several listed parts take together (`三区合计占全市的`) in joint_shares; shares of names listed before `分别` whose amounts were said before in listed_shares; a fulfilment of a target stated in its phrase (`完成年度目标 T 的 P%`) in target_shares; a rate named right after a part its sentence holds (`有 22 个…增长，增长面为 71.0%`) in part_rates; a rate named right after its numerator in
rate_after_part; a figure per head named by its subject in per_subject, by its head noun in average_named, by its
measure (`人均地区生产总值`) over the article's population in per_capita),
each reading sentence structure only; then arith (arith_sum, arith_ratio), which starts from the
numbers and keeps a relation whose arithmetic holds (consistent only) on claims no other check took,
and discover (discover_shares), the same on the arithmetic and cheap sanity alone (sums, shares);
headline (headlines.py): a headline's figure against the same figure in the body;
then passes over all drafts: no sum of averages over groups (average_sums), a second measure said
with each part of an exact sum (paired_parts), structure terms as shares (structure_shares), a
headline restating a body figure carrying its findings (headline_carry);
tolerance.py holds the precision policy.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Callable, Iterable

from ..page import Page
from . import (allocation, average, balance, bounds, change, cumulative, enumeration, growth, hierarchy, labels,
               list_total, pairs, part_of, rate, respective, sentence_parts, share_lists, shares, span, stated_bound, structure)
from . import among, arith, kind_parts, category_sum, following_parts, growth_unbased, parallel_parts, period_parts, plus_total
from . import closing_totals, copula_items, span_ages, dash_items, named_shares, fractions, head_parts, multiples, rank_parts, ratios, report_bases, report_targets, rising
from . import discover, exact_sums, measure_parts, named_items, span_later, sum_parts, summed_before, these_parts, threshold_bounds, tier_parts
from . import plan_gap, scope_parts, share_amounts, share_sums
from . import category_parts
from . import given_parts, headlines, only_parts
from . import elided_parts, enumeration_abbrev, enumeration_joined, enumeration_ranks
from . import day_shares, natural_growth, per_capita, per_people
from . import average_sums, back_among, headline_carry, paired_parts, structure_shares
from . import net_remainders, net_sums, pair_ratios, range_spread
from . import dimension_parts
from . import contract_actual, lot_sums, share_back, share_report, taken_back
from . import growth_far_levels, monthly_means, rate_unbased, restated, scope_open_parts, scope_wholes, year_means, share_objects  # noqa: F401  (scope_wholes, share_objects: reviews of rate and growth)
from . import named_rate_bounds, per_subject, rate_after_part
from . import growth_far_bases
from . import share_part_unstated, growth_than_named
from . import peer_bounds
from . import share_whole_after
from . import span_totals
from . import span_since
from . import rate_stems, stock_additions, value_added
from . import joint_shares, listed_shares, part_rates, plan_targets, rate_doubts, share_of_named, target_shares
from . import named_back
from . import enumeration_back
from . import average_named
from . import average_members
from . import average_terms
from . import restated_bounds
from . import rank_order, revised_figures
from . import allocation_after, allocation_rates, allocation_shares, period_tiles, standard_totals, table_columns
from . import each_totals, interval_means
from . import sum as sum_check
from .model import Draft, PageView
from .rows import finding_fields, finding_row

if TYPE_CHECKING:  # pydantic's model: made only for a caller that asks for models (rows.py)
    from ..records import Finding

CHECKS: list[tuple[str, Callable[[PageView], list[Draft]]]] = [
    ("sum", sum_check.check),
    ("rate", day_shares.check),  # `优良天数比例 P`: the days stated over the year's days (never below it)
    ("natural_growth", natural_growth.check),  # `自然增长率 N‰`: the birth rate less the death rate said with it
    ("rate", rate.check),
    ("average", average.check),
    ("average", per_people.check),
    ("average", per_capita.check),  # `人均地区生产总值 F`: the measure's total over the population the article states
    ("respective", respective.check),
    ("listed_shares", listed_shares.check),  # `A、B和C所占比重分别为 a、b、c`: the amounts each name was given before
    ("named_shares", named_shares.check),
    ("growth", growth.check),
    ("report_bases", report_bases.check),
    ("change", change.check),
    ("structure", structure.check),
    ("allocation", allocation.check),
    ("allocation_shares", allocation_shares.check),
    ("allocation_rates", allocation_rates.check),
    ("standard_totals", standard_totals.check),  # `按每间 2 万元的标准…326 间…需资金 652 万元`
    ("each_totals", each_totals.check),  # `240 户…每户送去慰问金 500 元，共计 12 万元`
    ("allocation_after", allocation_after.check),  # the list's total split again after it (上述资金按…分)  # an item's amount against its standard per unit
    ("period_tiles", period_tiles.check),
    ("table_columns", table_columns.check),  # a table's amount columns closed by a total line  # a span's amount against the periods tiling it (records' periods)  # a top item's share of the list's total, said after it
    ("closing_totals", closing_totals.check),
    ("enumeration", enumeration.check),
    ("pairs", pairs.check),
    ("dash_items", dash_items.check),
    ("copula_items", copula_items.check),  # `三大特色是A、B和C`: a name-like count, its noun and `是`, its items (CLAIM_ONLY)
    ("labels", labels.check),
    ("named_items", named_items.check),  # `这 N X` taking up names (name records)
    ("named_back", named_back.check),  # `上述 4 个市`, `3 市合计`: places named before the count (CLAIM_ONLY)
    ("part_of", part_of.check),
    ("among", among.check),
    ("these_parts", these_parts.check),
    ("period_parts", period_parts.check),
    ("value_added", value_added.check),  # a sector's value added within the gross product of its place and period
    ("stock_additions", stock_additions.check),  # a period's additions within the stock said for its end, sentences apart
    ("rank_parts", rank_parts.check),
    ("head_parts", head_parts.check),
    ("elided_parts", elided_parts.check),  # `N 户…冲走了 M 户。`: a part whose noun is the whole's
    ("measure_parts", measure_parts.check),  # pairs by what the numbers measure (measures.py)
    ("given_parts", given_parts.check),  # `共收到 N` and what each giver gave after it
    ("contract_actual", contract_actual.check),  # `协议投资 N，实际投资 M`: what arrived of what was agreed
    ("only_parts", only_parts.check),  # `共计 N … 仅付给 M`: a part said as only so much of a total
    ("tier_parts", tier_parts.check),
    ("plus_total", plus_total.check),
    ("named_totals", summed_before.named_check),  # `A，B，收入总数共为 T`: parts named by the total's noun
    ("category_sum", category_sum.check),
    ("range", bounds.check),
    ("range_spread", range_spread.check),  # `各乡镇…在 A 至 B 之间` against the whole and the bounds units pass
    ("hierarchy", hierarchy.check),
    ("span", span.check),
    ("span_later", span_later.check),
    ("span_ages", span_ages.check),  # `享年 88 岁` against the years of birth and death the obituary gives
    ("span_since", span_since.check),  # `十年来` against the year the span began, up to the latest year said (CLAIM_ONLY)
    ("shares", shares.check),
    ("share_lists", share_lists.check),
    ("balance", balance.check),
    ("net_sums", net_sums.check),  # `三项增减相抵，净增 N`: the rises less the falls before it
    ("sentence_parts", sentence_parts.check),
    ("list_total", list_total.check),
    ("following_parts", following_parts.check),
    ("bound", stated_bound.check),
    ("growth_than_named", growth_than_named.check),  # `B 增长 b%，低于 A 增幅`: A's rate said before in the sentence
    ("peer_bounds", peer_bounds.check),  # `乙…仅 N，远低于甲`: 甲's figure of the same measure said before
    ("revised_figures", revised_figures.check),  # `从原定的 10% 下调到 8%`: the new figure on the verb's side of the old
    ("rank_order", rank_order.check),  # `最高的是甲，…；其次是乙，…`: each place's value within the one above it
    ("rising", rising.check),
    ("threshold_bounds", threshold_bounds.check),
    ("report_targets", report_targets.check),
    ("plan_targets", plan_targets.check),  # the coming year's target beside the closing year's result, consistent only (CLAIM_ONLY)
    ("ratio", ratios.check),
    ("pair_ratios", pair_ratios.check),  # `城乡居民收入比为 2.39∶1` against 城镇… and 农村… said before (CLAIM_ONLY)
    ("fraction", fractions.check),
    ("plan_gap", plan_gap.check),  # a gap to a level named at length after 比 (CLAIM_ONLY)
    ("scope_parts", scope_parts.check),  # parts said `在 X 中，` of a whole X said before (CLAIM_ONLY)
    ("share_back", share_back.check),  # `X占Y的比重达P%`: X and Y said before by name (CLAIM_ONLY)
    ("share_report", share_report.check),  # the same far off, by name and arithmetic (CLAIM_ONLY)
    ("joint_shares", joint_shares.check),  # `三市合计占全省的 P%`: the parts listed before, a whole said earlier (CLAIM_ONLY)
    ("share_of_named", share_of_named.check),  # `X N，占 Y 的 P%`: Y named before, or only a scope (`占全省的`) (CLAIM_ONLY)
    ("scope_open_parts", scope_open_parts.check),  # `X中，` (no 在) of a whole X said a sentence or two before, each measure (CLAIM_ONLY)
    ("lot_sums", lot_sums.check),  # a tender's lots (包1：…，包2：…) each with a field's amount, against the project's (CLAIM_ONLY)
    ("share_amounts", share_amounts.check),  # parts with their shares of one whole, by arithmetic
    ("summed_before", summed_before.check),  # a total said with 合计 after its parts (CLAIM_ONLY)
    ("enumeration_joined", enumeration_joined.check),  # `甲和乙两国`: a joined list counted after it (CLAIM_ONLY)
    ("enumeration_abbrev", enumeration_abbrev.check),  # `“三自”` of 自筹、自建、自管 (CLAIM_ONLY)
    ("enumeration_ranks", enumeration_ranks.check),  # `甲、乙和丙分获前三名` (CLAIM_ONLY)
    ("taken_back", taken_back.check),  # `对这两项工作`: items of X named a sentence back (CLAIM_ONLY)
    ("enumeration_back", enumeration_back.check),  # `这两个方面`, `以上四点`, `“三个更加”`: parallel items before the count (CLAIM_ONLY)
    ("headline", headlines.check),  # a headline's figure against the body's (CLAIM_ONLY)
    ("dimension_parts", dimension_parts.check),  # `分季度看，` opening a paragraph: the total before, by arithmetic
    ("year_means", year_means.check),
    ("monthly_means", monthly_means.check),  # `月人均 N 元` against the year's total over the count, over 12 (consistent only)  # `年均 N` against the `累计` total over the years its sentence names
    ("interval_means", interval_means.check),  # `在 T 分钟内…平均每 S 秒…一次…共 N 次`: T ÷ N against S
    ("restated", restated.check),  # a figure said again in a later paragraph, equal (consistent only)
    ("restated_bounds", restated_bounds.check),  # a bound or rough figure and the exact one said apart, kept (consistent only, CLAIM_ONLY)
    ("growth_far_levels", growth_far_levels.check),  # a change whose new level was said paragraphs before (CLAIM_ONLY)
    ("growth_far_bases", growth_far_bases.check),  # a change whose base was said elsewhere by name, by arithmetic (OPENS_GROWTH)
    ("growth_bare", growth.bare_check),  # `收入 A，下降 X%` with no base: unverifiable, if no check found one (CLAIM_ONLY)
    ("net_remainders", net_remainders.check),  # `账面亏损 T …抵补… 净亏损 N`: gross = set-offs + net, on the words (CLAIM_ONLY)
    ("span_totals", span_totals.check),  # a period's amount within a span's total holding it, tied by the records' periods and names
    ("average_named", average_named.check),  # `户均获得补贴 N`: the count in its sentence, the total its head noun names sentences before (CLAIM_ONLY)
    ("average_members", average_members.check),  # `服务站 N 个，职工 T 人，平均每站 Y 人`: count, total and mean in one sentence (CLAIM_ONLY)
    ("average_terms", average_terms.check),  # `人均`/`亩产`/`每年平均` N with its total and count in its sentence, either order (CLAIM_ONLY)
    ("arith", arith.check),  # claims no other check reports on (CLAIM_ONLY)
    ("discover", discover.check),  # the same, found by arithmetic and sanity alone (CLAIM_ONLY)
    ("exact_sums", exact_sums.check),  # sums met to every written digit, near or named alike far off (CLAIM_ONLY)
    ("per_subject", per_subject.check),  # `游客人均花费 F`: the total said before it over the count its subject names (CLAIM_ONLY)
    ("target_shares", target_shares.check),  # `完成年度目标 T 的 P%`: an amount said before over the target (CLAIM_ONLY)
    ("rate_after_part", rate_after_part.check),  # `审结 N 件，结案率 P%`: the numerator right before the rate's name, its whole before (CLAIM_ONLY)
    ("share_whole_after", share_whole_after.check),  # `X N，占 Y 的 P%`, `N 人，X率 P%`: the whole stated a few sentences after, consistent only (CLAIM_ONLY)
    ("share_part_unstated", share_part_unstated.check),  # `W，其中 X 占 P%`: the whole only, the part's amount not said (CLAIM_ONLY)
    ("rate_stems", rate_stems.check),  # `投资…N亿元，投资率为P%`: the amount the rate's stem names, its whole not given (CLAIM_ONLY)
    ("unbased", growth_unbased.check),
    ("rate_unbased", rate_unbased.check),  # last: a rate `X率 N%` whose terms the text does not give  # last: a change whose base the text does not give
    # after every check that only reads claims left open: a growth compared with another measure's,
    # named (`高于…收入增速`), is a bound on it, and the growth keeps its own finding (its base, its level)
    ("bound", named_rate_bounds.check),
    # last of all: a stated change no check took, unverifiable with its level or alone (growth_open.py)
    ("growth_open", growth.open_check),
    # and a figure whose metric is its whole's with words put before it, within it (kind_parts.py)
    ("kind_parts", kind_parts.check),
    # and a figure whose name holds a known kind of a whole said near it, within it (category_parts.py)
    ("category_parts", category_parts.check),
]
CLAIM_ONLY = {"plan_gap", "scope_parts", "share_back", "share_report", "summed_before", "arith", "discover", "exact_sums", "unbased"}  # checks that leave a claim already reported on by another check alone
CLAIM_ONLY.add("pair_ratios")  # a ratio ratios.py read in its own sentence stays its
# arithmetic over a long reach, and rates with no terms: only claims no other check read
CLAIM_ONLY.update(("plan_targets", "share_of_named", "growth_far_levels", "rate_unbased", "rate_after_part", "per_subject", "scope_open_parts", "lot_sums", "net_remainders"))
CLAIM_ONLY.update(("growth_bare", "growth_open"))  # a bare rate another check found a base for keeps that finding
CLAIM_ONLY.update(("joint_shares", "target_shares"))  # a share another check read with its terms keeps its finding
CLAIM_ONLY.add("enumeration_back")  # a broad reading going back: any other reader's finding of the count stays
CLAIM_ONLY.add("named_back")  # a count another list reader read keeps its finding
CLAIM_ONLY.add("share_part_unstated")  # a share another check read with its part keeps its finding
CLAIM_ONLY.add("share_whole_after")  # a share another check read with its whole keeps its finding
CLAIM_ONLY.add("average_named")
CLAIM_ONLY.add("span_since")  # a count another span reader read with its years keeps its finding
CLAIM_ONLY.add("rate_stems")  # a rate rate.py or rate_after_part.py read with its terms keeps its finding
CLAIM_ONLY.add("restated_bounds")  # a bound another check read keeps its finding
CLAIM_ONLY.add("average_terms")  # a figure another check read with its terms keeps its finding
CLAIM_ONLY.add("average_members")  # a mean bounds.py or average.py read keeps its finding  # a figure bounds.py or average.py read keeps its finding
CLAIM_ONLY.update(("enumeration_joined", "enumeration_abbrev", "enumeration_ranks", "taken_back", "headline", "copula_items"))  # list readers that run after the enumeration rules
RELATION_ONLY = {"plan_targets"}  # checks whose other facts stay open to FACT_ONLY checks: a target beside a result checks nothing of it
FINDS_WHOLE = {"share_of_named", "share_whole_after"}  # may take the claim of a rate left unverifiable with no whole
# a change left unverifiable with fewer levels: a later check that found both levels takes its place;
# any other finding of the claim keeps it (as CLAIM_ONLY)
OPENS_GROWTH = {"growth_far_bases"}
CLAIM_ONLY.update(OPENS_GROWTH)
FACT_ONLY = {"unbased", "rate_unbased", "share_part_unstated"}  # and leave alone a number that is a fact of another finding
# broad pairers whose whole and part another finding already holds together (`共有教师 1520 人，其中小学教师
# 860 人，中学教师 660 人`: the sum reads both parts; a part_of of each says nothing more)
PAIR_ONLY = {"kind_parts", "category_parts"}


def _finding(doc: str, d: Draft) -> Finding:
    from ..records import Finding
    return Finding(**finding_fields(doc, d))


def drafts_of(view: PageView) -> list[Draft]:
    """Every check's drafts, one per claim and facts (the first check to find one keeps it)."""
    seen: set = set()
    claims: set = set()  # claims and fact sets already reported on, which CLAIM_ONLY checks leave alone
    facts: set = set()  # every fact of a finding, which FACT_ONLY checks leave alone
    sums: dict = {}  # a claim's sum breakdowns so far: the parts of each, or None for any other check's
    together: set = set()  # (claim, fact) of every finding so far, which PAIR_ONLY checks leave alone
    out = []
    for name, check in CHECKS:
        for d in check(view):
            claim = (d.facts[0]["start"], d.facts[0]["end"])
            spans = frozenset((f["start"], f["end"]) for f in d.facts)
            if name in FINDS_WHOLE and claim in claims:
                out, dropped = _whole_found(out, d, claim, spans)
                if dropped:
                    claims.discard(dropped)
                    if not any((o.facts[0]["start"], o.facts[0]["end"]) == claim for o in out):
                        claims.discard(claim)
            if name in OPENS_GROWTH and claim in claims:
                out, dropped = _open_found(out, d, claim)
                if dropped:
                    claims.discard(claim)
            if d.key() in seen or (name in CLAIM_ONLY and (claim in claims or spans in claims)
                                   and not _another_breakdown(d, spans, sums.get(claim))) \
                    or (name in FACT_ONLY and claim in facts) \
                    or (name in PAIR_ONLY and all((claim, f) in together for f in spans - {claim})):
                continue
            seen.add(d.key())
            claims.update((claim, spans))
            together.update((claim, f) for f in spans)
            facts.update({claim} if name in RELATION_ONLY else spans)
            sums.setdefault(claim, []).append(spans - {claim} if d.check == "sum" and len(spans) > 2 else None)
            out.append(d)
    out = back_among.yield_to_others(out)  # `是其中` set against a whole another reader pairs otherwise
    out = average_sums.drop(view, out)  # no sum of averages over groups (average_sums.py)
    out = rate_doubts.doubt(view, out)  # an inconsistent rate another pair of amounts before it gives
    out = multiples.reread(view, out)  # 增长/增加 N 倍: which reading of a multiple holds
    out += part_of.from_rates(view, out)  # a share's part_of, where only the rate holds it
    out += share_sums.from_share_parts(view, out)  # the parts those shares tie to one whole, summed
    out += part_rates.from_parts(view, out)  # a rate named right after a part its sentence holds in a whole
    out = paired_parts.reread(view, out)  # a second measure said with each part of an exact sum
    out += sum_parts.from_sums(view, out)  # each part of a partial breakdown against its total
    out += parallel_parts.from_sums(view, out)  # other measures of a sum's sentences
    out += structure_shares.shares(view, out)  # each term of `a∶b∶c` against its part's share of a sum
    return out + headline_carry.carried(view, out)  # a headline restating a body figure: its checks too


def _whole_found(out: list[Draft], d: Draft, claim: tuple, spans: frozenset) -> tuple[list[Draft], frozenset | None]:
    """A rate an earlier check left unverifiable for want of its whole (`占全省的 71.9%`: the
    part only) whose whole a later check found: the later draft takes the claim's place."""
    for k, old in enumerate(out):
        mine = frozenset((f["start"], f["end"]) for f in old.facts)
        if (old.facts[0]["start"], old.facts[0]["end"]) == claim and old.check == d.check == "rate" \
                and old.verdict == "unverifiable" and len(old.facts) == 2 and mine < spans:
            return out[:k] + out[k + 1:], mine
    return out, None


def _open_found(out: list[Draft], d: Draft, claim: tuple) -> tuple[list[Draft], bool]:
    """A change every earlier finding of which left unverifiable with fewer levels than d found
    (`本年收入增长 9.29%` alone): d takes the claim's place; any other finding keeps it."""
    mine = [o for o in out if (o.facts[0]["start"], o.facts[0]["end"]) == claim]
    if not mine or not all(o.check == d.check == "growth" and o.verdict == "unverifiable"
                           and len(o.facts) < len(d.facts) for o in mine):
        return out, False
    return [o for o in out if (o.facts[0]["start"], o.facts[0]["end"]) != claim], True


def _another_breakdown(d: Draft, spans: frozenset, before: list | None) -> bool:
    """A sum of two parts or more whose total only sums took before, each of other parts
    (`收入 a，支出 b，结余 T。T 分配：c，d，e`): the same total broken down another way, which a
    check that only reads claims left alone by the others still reports."""
    claim = (d.facts[0]["start"], d.facts[0]["end"])
    return d.check == "sum" and len(spans) > 2 and bool(before) and all(
        parts is not None and not (parts & (spans - {claim})) for parts in before)


def page_drafts(page: Page, records: Iterable[dict]) -> list[Draft]:
    """The drafts of one page's findings, in the order of their claims on the page."""
    return sorted(drafts_of(PageView(page, records)), key=lambda d: (d.facts[0]["start"], d.check))


def audit_page(page: Page, records: Iterable[dict]) -> list[Finding]:
    """Findings of one page, in the order of their claims on the page."""
    return [_finding(page.doc, d) for d in page_drafts(page, records)]


def audit_page_rows(page: Page, records: Iterable[dict]) -> list[str]:
    """audit_page's findings as the JSON Lines rows records.to_json writes of them (rows.py)."""
    return [finding_row(page.doc, d) for d in page_drafts(page, records)]


def cross_document_rows(rows: Iterable[str]) -> list[Finding]:
    """cross_document over fact records as JSON lines (a batch's facts.jsonl), parsing only the
    rows that can take part (most of a batch's facts are not cumulative)."""
    return cross_document(json.loads(r) for r in rows if cumulative.may_take_part(r))


def cross_document_json(rows: Iterable[str]) -> list[str]:
    """cross_document_rows's findings as JSON Lines rows (rows.py), for a batch's findings.jsonl."""
    return [finding_row(doc, d) for doc, d in _cross_drafts(json.loads(r) for r in rows
                                                             if cumulative.may_take_part(r))]


def cross_document(records: Iterable[dict]) -> list[Finding]:
    """Findings across documents: cumulative totals (`累计` … `截至`) that shrink over time."""
    return [_finding(doc, d) for doc, d in _cross_drafts(records)]


def _cross_drafts(records: Iterable[dict]) -> list[tuple[str, Draft]]:
    out = []
    for d in cumulative.cross_document(records):
        extra = dict(d.extra)
        doc = extra.pop("doc")
        d.extra = extra
        out.append((doc, d))
    return out


from .run import audit_pages  # noqa: E402  (run.py calls back into this module's functions)

__all__ = ["audit_page", "audit_page_rows", "audit_pages", "cross_document", "cross_document_json",
           "cross_document_rows", "CHECKS"]
