from pathlib import Path

from extractor.schema import SCHEMAS, render

ROOT = Path(__file__).resolve().parent.parent


def test_schemas_are_current():
    for name, model in SCHEMAS.items():
        path = ROOT / "schemas" / name
        assert path.exists(), f"{path} missing: run python -m extractor.schema schemas"
        assert path.read_text(encoding="utf-8") == render(model), \
            f"{path} is stale: run python -m extractor.schema schemas"
