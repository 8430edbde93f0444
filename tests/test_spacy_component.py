"""extractor as a spaCy component: extractor.load(), and gov_facts added to a blank Chinese pipeline."""
from __future__ import annotations

import pytest
import spacy
from spacy import displacy
from spacy.language import Language

import extractor
from extractor.page import Page
from extractor.pipeline import load, run

# Layout whitespace inside numbers, and classifiers that jieba glues to the next word (个村, 名表).
TEXT = ("2022 年，全市发放创业担保贷款 3943\n\n万元，同比增长 4.0%；\n"
        "覆盖 335 个村，培训 465 名表现突出的青年，历时 45 个工作日。\n")


def check_spans(doc, text: str) -> list:
    spans = list(doc.spans["facts"])
    assert spans, "no fact spans"
    for span in spans:
        rec = span._.fact
        assert rec is not None and span.label_ == rec["type"]
        assert (span.start_char, span.end_char) == (rec["start"], rec["end"])
        assert span.text == rec["text"] == text[rec["start"]:rec["end"]]
    return spans


def by_type(spans) -> dict[str, list]:
    out: dict[str, list] = {}
    for s in spans:
        out.setdefault(s.label_, []).append(s._.fact)
    return out


def test_load_returns_a_spacy_language_with_the_component():
    nlp = extractor.load()
    assert isinstance(nlp, Language) and nlp.lang == "zh" and "gov_facts" in nlp.pipe_names
    doc = nlp(TEXT)
    facts = by_type(check_spans(doc, TEXT))
    assert facts["money"][0]["value"] == 39430000 and facts["money"][0]["unit"] == "元"
    assert [f["value"] for f in facts["count"]] == [335, 465]  # not 335 个村: tokens are split at facts
    assert facts["percent"][0]["value"] == 4.0 and facts["duration"][0]["unit"] == "工作日"


def test_blank_chinese_pipeline_with_character_tokens():
    nlp = spacy.blank("zh")
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "char"
    nlp.add_pipe("gov_facts")
    doc = nlp(TEXT)
    assert doc.text == TEXT
    spans = check_spans(doc, TEXT)
    assert by_type(spans) == by_type(check_spans(extractor.load()(TEXT), TEXT))


def test_component_config_limits_types_and_rejects_unknown_ones():
    nlp = spacy.blank("zh")
    nlp.add_pipe("gov_facts", config={"types": ["money", "percent"]})
    doc = nlp(TEXT)  # spans live only as long as their Doc
    assert {s.label_ for s in doc.spans["facts"]} == {"money", "percent"}
    with pytest.raises(ValueError, match="unknown fact types"):
        spacy.blank("zh").add_pipe("gov_facts", config={"types": ["cash"]})


def test_displacy_draws_the_fact_spans():
    html = displacy.render(extractor.load()(TEXT), style="span", options={"spans_key": "facts"})
    for label in ("money", "count", "percent", "date"):
        assert label in html
    assert "3943" in html


def test_empty_and_whitespace_texts():
    for nlp in (extractor.load(), spacy.blank("zh")):
        if "gov_facts" not in nlp.pipe_names:
            nlp.add_pipe("gov_facts")
        for text in ("", "   \n\n", "没有数字。"):
            doc = nlp(text)
            assert list(doc.spans["facts"]) == []


def test_sample_page_spans_match_the_records(sample_page: str):
    records = run(load(), Page.read(sample_page, "hn-page-01"))
    blank = spacy.blank("zh")
    blank.add_pipe("gov_facts")
    for nlp in (extractor.load(), blank):
        spans = check_spans(nlp(sample_page), sample_page)
        assert [(s.start_char, s.end_char, s.label_) for s in spans] == \
               [(r["start"], r["end"], r["type"]) for r in records]


def test_spacy_finds_the_component_without_importing_extractor():
    """spaCy looks factories up by entry point, so `spacy.blank("zh").add_pipe("gov_facts")` works in a
    fresh process that never imported extractor."""
    from importlib import metadata
    try:
        points = metadata.distribution("extractor").entry_points
    except metadata.PackageNotFoundError:
        pytest.skip("extractor is not installed (pip install -e .): no entry points to look up")
    if not any(p.group == "spacy_factories" and p.name == "gov_facts" for p in points):
        pytest.skip("pyproject.toml declares no gov_facts under [project.entry-points.spacy_factories]")
    import subprocess
    import sys
    code = ("import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('gov_facts');"
            "doc = nlp('发放贷款 3943 万元。');"
            "print([(s.text, s.label_, s._.fact['value']) for s in doc.spans['facts']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "('3943 万元', 'money', 39430000)" in out.stdout


def test_the_library_gives_the_components_records_without_spacy(sample_page: str):
    """extract_text and the CLI take engine.page_records, never importing spaCy: the records
    must be the component's own."""
    import subprocess
    import sys
    from extractor.api import extract_text
    from extractor.records import to_json
    page = Page.read(sample_page, "hn-page-01")
    component = [r for r in run(load(), page)]
    library = [f.model_dump() for f in extract_text(sample_page, "hn-page-01")]
    assert [(r["start"], r["end"], r["type"], r["metric"], r.get("place")) for r in component] == \
           [(f["start"], f["end"], f["type"], f["metric"], f.get("place")) for f in library]
    assert to_json(extract_text(sample_page, "hn-page-01")[0])
    code = "import sys, extractor; extractor.extract_text('2023年发放贷款5亿元，培训300人'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_cyclic_collector_is_paused_only_while_a_page_is_read():
    import gc
    from extractor.api import extract_text
    from extractor.engine import paused_gc
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    extract_text("2023年发放贷款5亿元", "t")
    assert gc.isenabled()
    gc.disable()
    try:
        extract_text("2023年发放贷款5亿元", "t")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_pipe_gives_what_each_doc_gives_alone():
    """nlp.pipe runs gov_facts a batch at a time (GovFacts.pipe, engine.batch_records): the same
    spans and records as nlp(text) one text at a time."""
    nlp = extractor.load()
    texts = [TEXT, "", "某镇今年新修道路12公里。", TEXT.replace("2022", "2021")]
    def facts(docs) -> list:  # (a doc's spans are read while the doc is held)
        return [[(s.start_char, s.end_char, s.label_, s._.fact) for s in d.spans["facts"]] for d in docs]

    alone = facts([nlp(t) for t in texts])
    piped = facts(list(nlp.pipe(texts, batch_size=3)))
    assert piped == alone and alone[0] and alone[2]
