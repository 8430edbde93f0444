"""The JSON Schema of the records, generated from the pydantic models into schemas/.

    python -m extractor.schema schemas/      # regenerate (a test fails when they are stale)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .records import Fact, Finding

SCHEMAS = {"fact.schema.json": Fact, "finding.schema.json": Finding}


def render(model) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, model in SCHEMAS.items():
        (folder / name).write_text(render(model), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas"))
