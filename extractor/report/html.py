"""One page as a self-contained HTML file: the original text with its facts highlighted by type,
and the audit findings beside it, each linked to its facts."""
from __future__ import annotations

import re
from collections import Counter
from html import escape
from typing import Any, Iterable, Optional

from ..fact_types import ALL_TYPES, NUMERIC_TYPES, TYPES
from .assets import CSS, SCRIPT, type_css
from .markup import Mark, render_marks

# What the legend calls each type: the contract's name, then the reader's word for it.
TYPE_LABELS = {t.name: f"{t.name} {t.label}" for t in TYPES}
TYPE_LABELS["ref"] = "audited span 核查片段"
NAME_DETAILS = ("level", "parent", "role", "code", "aliases")
VERDICT_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}
VERDICT_SIGNS = {"inconsistent": "✗", "unverifiable": "?", "consistent": "✓"}
# No network, ever: the page may only use what it carries inline.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_SPACE = re.compile(r"\s+")
# Blank lines between the PDF's column lines: shown as small gaps in compact view.
_BLANK_LINES = re.compile(r"\n(?:[ \t\u3000]*\n)+")


def as_dict(record: Any) -> dict:
    """A fact or finding as a dict: a pydantic model, a pipeline record (record.Record: its public
    fields) or a row read from JSON (a dict already)."""
    public = getattr(record, "public", None)
    if public is not None:
        return public()
    dump = getattr(record, "model_dump", None)
    return dump(mode="json") if dump else dict(record)


def _number(value: Any) -> str:
    if isinstance(value, (list, tuple)):  # a bound: [low, high], None where open
        return " – ".join("…" if v is None else _number(v) for v in value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "—" if value is None else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}"  # thousands marked; a float keeps all its digits


def tip(fact: dict) -> str:
    """The lines a reader sees on hover or focus: value, unit, qualifier, metric, place, period."""
    value = _number(fact.get("value"))
    if fact.get("value_max") is not None:
        value += f" – {_number(fact['value_max'])}"
    kind = fact.get("type", "")
    lines = [f"{TYPE_LABELS.get(kind, kind)}: {_SPACE.sub('', fact.get('text', ''))}",
             f"value: {value}"]
    if fact.get("type") in NUMERIC_TYPES:
        lines += [f"unit: {fact.get('unit') or '—'}", f"qualifier: {fact.get('qualifier') or '—'}",
                  f"metric: {fact.get('metric') or '—'}", f"place: {fact.get('place') or '—'}",
                  f"period: {fact.get('period') or '—'}"]
    else:  # a name: what the name readers know about it, where known
        for key in NAME_DETAILS:
            if fact.get(key):
                shown = fact[key]
                lines.append(f"{key}: {' › '.join(shown) if isinstance(shown, list) else shown}")
    return "\n".join(lines)


def _in_text(ref: dict, text: str) -> bool:
    start, end = ref.get("start"), ref.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)


def _ref_key(ref: dict, by_id: dict[str, dict], by_span: dict[tuple[int, int], dict]) -> str:
    if ref.get("id") in by_id:
        return ref["id"]
    found = by_span.get((ref.get("start"), ref.get("end")))
    return found["id"] if found else f"ref-{ref.get('start')}-{ref.get('end')}"


def _finding_item(n: int, finding: dict, keys: list[str], original: str) -> str:
    verdict = finding.get("verdict", "unverifiable")
    sign = VERDICT_SIGNS.get(verdict, "?")
    links = []
    for ref, key in zip(finding.get("facts") or [], keys):
        quote = _SPACE.sub("", original[ref["start"]:ref["end"]]) or f"{ref['start']}–{ref['end']}"
        links.append(f'<li><a href="#f-{escape(key)}" data-link="{escape(key)}">{escape(quote)}</a></li>')
    values = ""
    if finding.get("expected") is not None or finding.get("observed") is not None:
        values = (f'<p class="values">expected {escape(_number(finding.get("expected")))} · '
                  f'observed {escape(_number(finding.get("observed")))}</p>')
    return (f'<li class="finding v-{escape(verdict)}" id="finding-{n}" data-facts="{escape(" ".join(keys))}">'
            f'<button type="button">{sign} {escape(str(finding.get("check", "")))} '
            f'<span class="verdict">{escape(verdict)}</span></button>'
            f'<p class="explanation">{escape(str(finding.get("explanation", "")))}</p>{values}'
            f'<ul class="refs">{"".join(links)}</ul></li>')


def _findings_panel(findings: Optional[list[dict]], keys: list[list[str]], original: str) -> str:
    if findings is None:
        return '<h2>Audit</h2><p class="note" id="no-audit">audit not available</p>'
    if not findings:
        return '<h2>Audit</h2><p class="note">no findings: no totals, rates or counts to check</p>'
    order = sorted(range(len(findings)), key=lambda i: (VERDICT_ORDER.get(findings[i].get("verdict"), 1),
                                                        min((r["start"] for r in findings[i].get("facts") or []),
                                                            default=0)))
    verdicts = Counter(f.get("verdict") for f in findings)
    summary = " · ".join(f"{verdicts[v]} {v}" for v in VERDICT_ORDER if verdicts[v])
    items = "".join(_finding_item(i, findings[i], keys[i], original) for i in order)
    return f'<h2>Audit: {len(findings)} findings</h2><p class="counts">{summary}</p><ol class="findings">{items}</ol>'


def _fact_marks(facts: list[dict], audits: dict[str, list[str]], refs: dict[str, tuple[int, int]]) -> list[Mark]:
    """Facts, and audited spans that are no fact, with their tips; those in an inconsistent finding flagged."""
    spans = [(f["id"], f["start"], f["end"], f["type"], tip(f)) for f in facts]
    spans += [(key, start, end, "ref", "audited span (not a fact)") for key, (start, end) in refs.items()]
    marks = []
    for key, start, end, kind, text in spans:
        checks = audits.get(key, [])
        flag = any(c.startswith(VERDICT_SIGNS["inconsistent"]) for c in checks)
        text += "".join(f"\naudit: {c}" for c in checks)
        marks.append(Mark(key, start, end, f"fact t-{kind}" + (" flag" if flag else ""),
                          {"data-type": kind, "data-tip": text}))
    return marks


def _gap_marks(text: str) -> list[Mark]:
    return [Mark("", m.start(), m.end(), "gap", fact=False) for m in _BLANK_LINES.finditer(text)]


def render_html(page: Any, records: Iterable[Any], findings: Optional[Iterable[Any]] = None,
                title: Optional[str] = None) -> str:
    """The page as one self-contained HTML document. `findings` None means the audit was not run."""
    original: str = page.original
    facts = list({f["id"]: f for f in reversed([as_dict(r) for r in records])}.values())[::-1]  # one per id
    found = None if findings is None else [as_dict(f) for f in findings]
    by_id = {f["id"]: f for f in facts}
    by_span = {(f["start"], f["end"]): f for f in reversed(facts)}
    keys: list[list[str]] = []
    refs: dict[str, tuple[int, int]] = {}
    audits: dict[str, list[str]] = {}  # fact key -> the findings it is in, as "✗ sum"
    for finding in found or []:
        finding["facts"] = [r for r in (as_dict(r) for r in finding.get("facts") or []) if _in_text(r, original)]
        ks = [_ref_key(r, by_id, by_span) for r in finding["facts"]]
        for r, k in zip(finding["facts"], ks):
            if k not in by_id:
                refs[k] = (r["start"], r["end"])
        verdict = finding.get("verdict")
        for k in dict.fromkeys(ks):
            audits.setdefault(k, []).append(f"{VERDICT_SIGNS.get(verdict, '?')} {finding.get('check', '')} {verdict}")
        keys.append(ks)
    counts = Counter(f["type"] for f in facts)
    counts["ref"] = len(refs)
    legend = "".join(
        f'<li><span class="key key-{t}"></span>{escape(TYPE_LABELS[t])} <b>{counts[t]}</b></li>'
        for t in (*ALL_TYPES, "ref") if counts[t]) or '<li class="note">no facts found</li>'
    doc = title or getattr(page, "doc", "page")
    body = render_marks(original, _fact_marks(facts, audits, refs) + _gap_marks(original))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{escape(doc)} · extractor report</title>
<style>{CSS}{type_css()}</style>
</head>
<body>
<header>
<h1>{escape(doc)}</h1>
<p class="counts">{len(facts)} facts in {len(original):,} characters · hover or focus a highlighted fact
for its value, unit, qualifier, metric, place and period; click a finding to mark its facts.</p>
</header>
<div class="layout">
<main><label class="note"><input type="checkbox" id="compact" checked> blank lines as small gaps</label>
<pre class="page compact" id="page">{body}</pre></main>
<aside><ul class="legend" id="legend" aria-label="fact types">{legend}</ul>
<section id="audit">{_findings_panel(found, keys, original)}</section></aside>
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""
