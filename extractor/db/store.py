"""Loading a batch's OUT/ into DuckDB, idempotently, and running queries."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import duckdb

from ..fact_types import NUMBER_VALUE_TYPES
from .schema import SCHEMA_SQL

NUMERIC_VALUE_TYPES = NUMBER_VALUE_TYPES


class DbError(Exception):
    """A database or OUT folder that cannot be used; one line."""


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as e:
        raise DbError(f"{path}: cannot open the database ({_first_line(e)})") from None
    if not read_only:
        con.execute(SCHEMA_SQL)
    return con


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else e.__class__.__name__


_NUM = "CASE WHEN json->>'type' IN {types} THEN TRY_CAST(json->>'{field}' AS DOUBLE) END"

_STAGE_DOCS = """
CREATE OR REPLACE TEMP TABLE new_documents AS
SELECT json->>'doc' AS doc, json->>'path' AS path, json->>'sha256' AS sha256, json->>'status' AS status,
       (json->>'facts')::INTEGER AS facts, (json->>'findings')::INTEGER AS findings,
       (json->>'chars')::INTEGER AS chars, (json->>'seconds')::DOUBLE AS seconds, json->>'error' AS error,
       $source AS source, now()::TIMESTAMP AS loaded_at
FROM read_ndjson_objects($file)
"""

_STAGE_FACTS = f"""
CREATE OR REPLACE TEMP TABLE new_facts AS
SELECT json->>'id' AS id, json->>'doc' AS doc, json->>'type' AS type,
       (json->>'start')::INTEGER AS start, (json->>'end')::INTEGER AS "end", json->>'text' AS text,
       {_NUM.format(types=NUMERIC_VALUE_TYPES, field='value')} AS value, json->>'value' AS value_text,
       json->>'unit' AS unit, json->>'qualifier' AS qualifier,
       {_NUM.format(types=NUMERIC_VALUE_TYPES, field='value_max')} AS value_max,
       json->>'value_max' AS value_max_text, json->>'metric' AS metric, json->>'place' AS place,
       json->>'period' AS period, (json->>'article')::INTEGER AS article,
       (json->>'paragraph')::INTEGER AS paragraph, json->>'sentence' AS sentence, json->>'rule' AS rule,
       json AS record
FROM read_ndjson_objects($file)
"""

_STAGE_FINDINGS = """
CREATE OR REPLACE TEMP TABLE new_findings AS
SELECT coalesce(nullif(json->>'id', ''), md5(json::VARCHAR)) AS id, json->>'doc' AS doc,
       json->>'check' AS "check", json->>'verdict' AS verdict, json->'expected' AS expected,
       json->'observed' AS observed, json->>'explanation' AS explanation,
       coalesce(json->'facts', '[]') AS facts, json AS record, $source AS source
FROM read_ndjson_objects($file)
"""

_FINDING_FACTS = """
INSERT INTO finding_facts
SELECT id, pos, coalesce(ref->>'doc', doc), (ref->>'start')::INTEGER, (ref->>'end')::INTEGER, ref->>'text'
FROM (SELECT id, doc, unnest(json_extract(facts, '$[*]')) AS ref,
             unnest(range(json_array_length(facts)::BIGINT)) AS pos FROM new_findings)
"""

_REPLACE = """
CREATE OR REPLACE TEMP TABLE gone AS
SELECT id FROM findings WHERE doc IN (SELECT doc FROM new_documents) OR source = $source;
DELETE FROM finding_facts WHERE finding_id IN (SELECT id FROM gone);
DELETE FROM findings WHERE id IN (SELECT id FROM gone);
DELETE FROM facts WHERE doc IN (SELECT doc FROM new_documents);
DELETE FROM documents WHERE doc IN (SELECT doc FROM new_documents);
"""


def check_out(out: str | Path) -> Path:
    """The OUT folder of a batch, as a path; raises DbError where it holds no batch output."""
    out = Path(out)
    if not (out / "documents.jsonl").is_file():
        raise DbError(f"{out}: no documents.jsonl here; is it the -o folder of `extractor batch`?")
    return out


def load_out(con: duckdb.DuckDBPyConnection, out: str | Path) -> dict[str, int]:
    """Load OUT/documents.jsonl, facts.jsonl and findings.jsonl in one transaction.

    A document already in the database (same doc id) has all its rows replaced, so loading the
    same OUT twice leaves one copy. Returns the number of rows loaded per table."""
    out = check_out(out)
    docs = out / "documents.jsonl"
    facts, findings = out / "facts.jsonl", out / "findings.jsonl"
    source = str(out.resolve())
    params = {"source": source}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_STAGE_DOCS, {**params, "file": str(docs)})
        _stage(con, _STAGE_FACTS, facts, {}, "new_facts", "facts")
        _stage(con, _STAGE_FINDINGS, findings, params, "new_findings", "findings")
        for stmt in filter(str.strip, _REPLACE.split(";")):
            con.execute(stmt, params if "$source" in stmt else None)
        con.execute("INSERT INTO documents SELECT * FROM new_documents")
        con.execute("INSERT INTO facts SELECT * FROM new_facts")
        con.execute("INSERT INTO findings SELECT * FROM new_findings")
        con.execute(_FINDING_FACTS)
        counts = {t: con.execute(f"SELECT count(*) FROM new_{t}").fetchone()[0]
                  for t in ("documents", "facts", "findings")}
        con.execute("COMMIT")
    except duckdb.Error as e:
        con.execute("ROLLBACK")
        raise DbError(f"{out}: cannot load ({_first_line(e)})") from None
    return counts


def _stage(con, sql: str, path: Path, params: dict, table: str, like: str) -> None:
    if path.is_file() and path.stat().st_size > 0:
        con.execute(sql, {**params, "file": str(path)})
    else:  # an empty or absent file: nothing to load, same columns
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {like} LIMIT 0")


def query(con: duckdb.DuckDBPyConnection, sql: str, batch: int = 1000) -> tuple[list[str], Iterator[tuple]]:
    """(column names, rows) of one SQL statement; rows are fetched lazily."""
    try:
        cur = con.execute(sql)
    except duckdb.Error as e:
        raise DbError(_first_line(e)) from None
    names = [d[0] for d in cur.description] if cur.description else []
    # JSON columns come back as text; parsed, they print as JSON in every format
    json_cols = [i for i, d in enumerate(cur.description or []) if str(d[1]) == "JSON"]

    def rows() -> Iterator[tuple]:
        while True:
            chunk = cur.fetchmany(batch)
            if not chunk:
                return
            for row in chunk:
                if json_cols:
                    row = list(row)
                    for i in json_cols:
                        row[i] = None if row[i] is None else json.loads(row[i])
                yield tuple(row)
    return names, rows()


def open_for_query(path: str | Path) -> duckdb.DuckDBPyConnection:
    if not Path(path).exists():
        raise DbError(f"{path}: no such database; create it with `extractor db load OUT/ --db {path}`")
    return connect(path, read_only=True)
