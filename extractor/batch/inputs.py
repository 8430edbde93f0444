"""Which files a batch reads: files, folders (recursively) and glob patterns, in a stable order."""
from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable

# What a folder contributes; a file named explicitly is read whatever its name.
PAGE_SUFFIXES = (".txt", ".txt.gz")


def _is_page_name(name: str) -> bool:
    return name.endswith(PAGE_SUFFIXES) and not name.startswith(".")


def _walk(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        # hidden folders hold tool state (a batch's own OUT/.batch), never pages
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(root, f) for f in files if _is_page_name(f)]
    return sorted(found)


def _has_magic(arg: str) -> bool:
    return glob.has_magic(arg)


def expand_inputs(args: Iterable[str]) -> tuple[list[str], list[str]]:
    """(page paths in a deterministic order, globs and folders that matched no page).

    Each argument contributes its files sorted by path; arguments keep the order given; a file
    reached twice is read once."""
    paths: list[str] = []
    missing: list[str] = []
    seen: set[str] = set()
    for arg in args:
        if _has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            found = []
            for m in matches:
                found += _walk(m) if os.path.isdir(m) else [m]
        elif os.path.isdir(arg):
            found = _walk(arg)
        else:
            # a missing file is still a document: the batch lists it in errors.jsonl
            found = [arg]
        if not found:
            missing.append(arg)
        for p in found:
            key = os.path.realpath(p)
            if key not in seen:
                seen.add(key)
                paths.append(p)
    return paths, missing


def display_path(path: str) -> str:
    """The path as written in the outputs: POSIX separators, as the user gave it."""
    return Path(path).as_posix()
