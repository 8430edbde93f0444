"""Printing query results: an aligned table (CJK characters are two columns wide), CSV or JSON."""
from __future__ import annotations

import csv
import datetime
import decimal
import json
import unicodedata
from typing import Iterable, TextIO

MAX_CELL = 60  # a table cell longer than this is cut with '…'; csv and json are never cut


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cut(s: str, limit: int = MAX_CELL) -> str:
    if _width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        w += _width(c)
        if w > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def plain(v: object) -> object:
    """A JSON-friendly value: whole floats as ints, decimals as numbers, dates as ISO strings."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        return int(v)
    if isinstance(v, decimal.Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, (datetime.date, datetime.datetime, datetime.time)):
        return v.isoformat()
    if isinstance(v, (list, dict, tuple)):
        return json.loads(json.dumps(v, default=str))
    return v


def _cell(v: object) -> str:
    v = plain(v)
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return " ".join(str(v).split())


def write_table(out: TextIO, names: list[str], rows: Iterable[tuple], limit: int = 10000) -> int:
    """An aligned text table; holds at most `limit` rows to measure widths, then says how many more."""
    cells, more = [], 0
    for row in rows:
        if len(cells) < limit:
            cells.append([_cut(_cell(v)) for v in row])
        else:
            more += 1
    widths = [max([_width(n)] + [_width(r[i]) for r in cells]) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()
    out.write(line(names) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")
    total = len(cells) + more
    out.write(f"({total} row{'s' if total != 1 else ''}" + (f", {more} not shown; use --format csv" if more else "") + ")\n")
    return total


def write_csv(out: TextIO, names: list[str], rows: Iterable[tuple]) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(names)
    n = 0
    for row in rows:
        w.writerow(["" if v is None else (json.dumps(plain(v), ensure_ascii=False)
                    if isinstance(v, (list, dict)) else plain(v)) for v in row])
        n += 1
    return n


def write_json(out: TextIO, names: list[str], rows: Iterable[tuple]) -> int:
    """A JSON array of objects, one per line, written as rows arrive."""
    n = 0
    out.write("[")
    for row in rows:
        obj = {k: plain(v) for k, v in zip(names, row)}
        out.write(("," if n else "") + "\n" + json.dumps(obj, ensure_ascii=False, default=str))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


WRITERS = {"table": write_table, "csv": write_csv, "json": write_json}

