"""extractor: typed, checkable facts from Chinese government news, and an audit of their totals."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import extract_file, extract_text  # noqa: E402
from .pipeline import load  # noqa: E402

__all__ = ["extract_text", "extract_file", "load", "__version__"]
