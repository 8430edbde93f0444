"""extractor: typed, checkable facts from Chinese government news, and an audit of their totals."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract_text", "extract_file", "load", "__version__"]


def __getattr__(name: str):
    # spaCy and jieba take a second to import: only when the library is really used
    if name in ("extract_text", "extract_file"):
        from . import api
        return getattr(api, name)
    if name == "load":
        from .pipeline import load
        return load
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
