"""The gazetteer as rows, stored at build time (data/gazetteer.pickle.gz).

Building it from the data files (46,000 lines of the division tree, the renames, the world's
names) was 0.1 CPU s of every process that reads places, before its first page. The store holds
what divisions.Gazetteer is made of (the units as rows, each name's rows, the renamed units,
the countries, the lengths of the names by their first two characters), with a digest of the
data files it was built from and of divisions.py, which reads them: where any of them differs,
or the store cannot be read, the gazetteer is built from the files as before, only slower.
tests/test_division_store.py holds the stored gazetteer equal to one built from the files.

Rebuild after changing the division data or divisions.py:
`python -m extractor.names.division_store`.
"""
from __future__ import annotations

import gzip
import hashlib
import pickle
from importlib import resources
from pathlib import Path
from typing import Optional

from . import divisions
from .divisions import Gazetteer, tables

STORE = Path(__file__).resolve().parent.parent / "data" / "gazetteer.pickle.gz"
FORMAT = 2  # what the store holds; a new layout of the rows is a new format
# the files divisions.tables() reads (data/names/)
SOURCES = ("divisions.tsv.gz", "renames.tsv", "renames_1990s.tsv", "world_plain_countries.txt", "world.tsv",
           "regions.txt", "geography.tsv", "short_stop.txt")


def digest() -> str:
    """A digest of the data files the gazetteer is built from and of the code that builds it
    (divisions.py: a change to how the files are read is a change to the gazetteer too)."""
    h = hashlib.blake2b(digest_size=16)
    folder = resources.files("extractor.data").joinpath("names")
    sources = [(name, folder.joinpath(name).read_bytes()) for name in SOURCES]
    sources.append(("divisions.py", Path(divisions.__file__).read_bytes()))
    for name, data in sources:
        h.update(name.encode() + b"\0" + len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def _parts(g: Gazetteer) -> tuple:
    return (g.rows, g.by_name_rows, g.by_short_rows, g.renamed_rows, g.customary, g.countries, g.world_level,
            g.heads())


def stored(path: Path = STORE) -> Optional[Gazetteer]:
    """The stored gazetteer, or None where there is none, it cannot be read, or the data files
    changed since it was built."""
    try:
        stamp, parts = pickle.loads(gzip.decompress(path.read_bytes()))
        if stamp != (FORMAT, digest()):
            return None
        return Gazetteer(*parts)
    except Exception:  # noqa: BLE001 - no store or an unreadable one: built from the files
        return None


def main() -> None:
    g = Gazetteer.of(tables())
    data = pickle.dumps(((FORMAT, digest()), _parts(g)), protocol=pickle.HIGHEST_PROTOCOL)
    STORE.write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"wrote {len(g.rows[0])} units to {STORE}")


if __name__ == "__main__":
    main()
