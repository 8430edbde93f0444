"""pyproject.toml says what the code needs: the Python floor its classifiers and CI use, the
dependencies it imports (and only those), jieba at the version whose internals tagger.py
subclasses, package data globs that ship exactly the data files there are; and a batch on Dask
without the `dask` extra stops with one line that says what to install."""
from __future__ import annotations

import re
import sys
import tomllib
from fnmatch import fnmatch
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "extractor"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def _floor() -> tuple[int, ...]:
    m = re.fullmatch(r">=\s*(\d+(?:\.\d+)+)", PROJECT["requires-python"].strip())
    assert m, f"requires-python should be a plain floor (>=X.Y), not {PROJECT['requires-python']!r}"
    return _version(m.group(1))


def _python_classifiers() -> list[tuple[int, ...]]:
    found = [re.fullmatch(r"Programming Language :: Python :: (\d+\.\d+)", c) for c in PROJECT["classifiers"]]
    return sorted(_version(m.group(1)) for m in found if m)


def test_floor_is_the_lowest_classifier_and_3_11_or_later() -> None:
    versions = _python_classifiers()
    assert versions, "no 'Programming Language :: Python :: 3.X' classifiers"
    assert _floor() == versions[0]
    assert _floor() >= (3, 11)  # tomllib, hashlib.file_digest
    # one classifier per minor version from the floor up, no gaps
    assert versions == [(3, m) for m in range(versions[0][1], versions[-1][1] + 1)]


def test_running_interpreter_meets_the_floor() -> None:
    assert sys.version_info[:len(_floor())] >= _floor()


def test_ci_makes_its_venv_with_the_floor_interpreter() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "requires-python" in ci and 'python$floor' in ci
    assert re.search(r'"\$py" -m venv', ci), "the venv must come from the interpreter .ci/run checked"
    for step in ("SE_OFFLINE=true", "pip install -q -e '.[test]'", "python -m pytest -q"):
        assert step in ci


def _requirement_name(req: str) -> str:
    return re.match(r"[A-Za-z0-9_.-]+", req).group(0).lower()


def _imported_modules() -> set[str]:
    out: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for m in re.finditer(r"^\s*(?:import|from)\s+([A-Za-z_]\w*)", path.read_text(encoding="utf-8"), re.M):
            out.add(m.group(1))
    return out


def test_every_dependency_is_imported() -> None:
    # distribution name -> the module the code imports, where the two differ
    module_of = {"dask": "distributed"}
    imported = _imported_modules()
    deps = [_requirement_name(r) for r in PROJECT["dependencies"]] + \
           [_requirement_name(r) for r in PROJECT["optional-dependencies"]["dask"]]
    unused = [d for d in deps if module_of.get(d, d.replace("-", "_")) not in imported]
    assert not unused, f"declared but never imported: {unused}"


def test_dask_is_an_extra_that_the_tests_install() -> None:
    assert not any(_requirement_name(r) == "dask" for r in PROJECT["dependencies"])
    extras = PROJECT["optional-dependencies"]
    assert any(r.startswith("dask[distributed]") for r in extras["dask"])
    assert set(extras["dask"]) <= set(extras["test"])


def test_jieba_is_pinned_to_the_installed_version() -> None:
    # extractor/tagger.py subclasses jieba.posseg.POSTokenizer's private methods
    pins = [r for r in PROJECT["dependencies"] if _requirement_name(r) == "jieba"]
    assert len(pins) == 1 and re.fullmatch(r"jieba==[\d.]+", pins[0].replace(" ", "")), pins
    assert pins[0].split("==")[1].strip() == metadata.version("jieba")


def _data_files() -> list[str]:
    """Every file of the package that is not Python source, relative to extractor/."""
    return sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc"))


def test_package_data_globs_ship_exactly_the_data_files() -> None:
    globs = SETUPTOOLS["package-data"]["extractor"]
    files = _data_files()
    # setuptools globs do not cross folders with `*`: match folder by folder
    def matches(glob: str, f: str) -> bool:
        return glob.count("/") == f.count("/") and fnmatch(f, glob)
    assert [f for f in files if not any(matches(g, f) for g in globs)] == [], "data files left out of the wheel"
    assert [g for g in globs if not any(matches(g, f) for f in files)] == [], "globs that match nothing"


def test_no_script_inside_the_package_outside_a_package_folder() -> None:
    # a .py file in a folder without __init__.py ships as a namespace package (build.py did)
    strays = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py")
              if "__pycache__" not in p.parts and not (p.parent / "__init__.py").exists()]
    assert strays == []


def test_batch_on_dask_without_distributed_says_what_to_install(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.batch import BatchError, run_batch
    from extractor.batch.executors import DASK_MISSING
    from extractor.cli import main
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` raises ImportError
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("全市新增就业1200人。\n", encoding="utf-8")
    with pytest.raises(BatchError, match=re.escape(DASK_MISSING)):
        run_batch([str(pages)], tmp_path / "out", scheduler="tcp://127.0.0.1:8786")
    result = CliRunner().invoke(main, ["batch", str(pages), "-o", str(tmp_path / "out2"),
                                       "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].endswith(DASK_MISSING), result.output
    assert "Traceback" not in result.output
    assert DASK_MISSING == "the dask executor needs: pip install 'extractor[dask]'"
