"""Document ids for a run over many files: unique within the run, stable across runs.

A document's id is its path relative to the root the user named, without the page extension:
`batch archive/` gives `2023-05-01/01` for archive/2023-05-01/01.txt, a glob `archive/*/*.txt` the
same (its root is the part before the first wildcard), and a file named on its own its stem, as a
flat folder of pages does. Ids do not depend on how many files a run holds, so a later run over
more of the same archive gives the same ids. Where two inputs still share an id (`a/01.txt` and
`b/01.txt` named as files), those ids become the paths relative to the common root of the inputs
(`a/01`, `b/01`); two files that differ only by extension keep their whole names (`01.txt.gz`).
"""
from __future__ import annotations

import glob
import os
from collections import Counter
from pathlib import PurePath
from typing import NamedTuple, Sequence

from .textio import doc_id


class PageRef(NamedTuple):
    """A page file and the id its records carry."""

    path: str
    doc: str


def glob_root(pattern: str) -> str:
    """The folder part of a glob before its first wildcard ('.' when it starts with one)."""
    parts = PurePath(pattern).parts
    keep: list[str] = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        keep.append(part)
    return os.path.join(*keep) if keep else "."


def _relative(path: str, root: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return PurePath(rel).as_posix()


def _without_extension(rel: str) -> str:
    head, _, name = rel.rpartition("/")
    stem = doc_id(name)
    return f"{head}/{stem}" if head else stem


def document_ids(paths: Sequence[str], roots: Sequence[str]) -> list[str]:
    """One id per path (in order), each unique among them; `roots[i]` is the folder that path i
    was named under (its own folder for a file named on its own)."""
    ids = [_without_extension(_relative(p, r)) for p, r in zip(paths, roots)]
    repeated = {d for d, n in Counter(ids).items() if n > 1}
    if not repeated:
        return ids
    common = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    ids = [_without_extension(_relative(p, common)) if d in repeated else d for p, d in zip(paths, ids)]
    repeated = {d for d, n in Counter(ids).items() if n > 1}
    return [_relative(p, common) if d in repeated else d for p, d in zip(paths, ids)]


def file_ids(paths: Sequence[str]) -> list[str]:
    """Ids of files named one by one (the `extract` and `audit` commands): stems, unique."""
    return document_ids(paths, [os.path.dirname(p) or "." for p in paths])
