"""Every command of the command line has --help, and its help shows an example; the help
starts without the heavy libraries."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import main


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix]
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        path = prefix + (name,)
        out += commands(cmd, path) if isinstance(cmd, click.Group) else [path]
    return out


ALL = commands(main)


COMMANDS = {"extract", "audit", "batch", "db", "report"}


def test_every_command_is_registered_and_listed():
    names = {p[0] for p in ALL if p}
    assert names == COMMANDS
    r = CliRunner().invoke(main, ["--help"])
    assert r.exit_code == 0, r.output
    listed = r.output.split("Commands:", 1)[1].split()
    assert COMMANDS <= set(listed), r.output


def test_help_imports_no_heavy_library():
    # DuckDB, Dask and spaCy take seconds to import: only the commands that use them do
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    code = ("import sys\nfrom extractor.cli import main\n"
            "for args in (['--help'], ['db', '--help'], ['batch', '--help']):\n"
            "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'duckdb', 'dask', 'distributed', 'spacy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "extractor")
def test_help_has_an_example(path: tuple[str, ...]):
    r = CliRunner().invoke(main, [*path, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage:" in r.output
    assert "Example" in r.output, f"`extractor {' '.join(path)} --help` shows no example"
    assert "extractor " in r.output.split("Example", 1)[1], "the example does not show a command line"
