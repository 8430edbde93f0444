"""Every command of the command line has --help, and its help shows an example."""
from __future__ import annotations

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


def test_the_core_commands_are_registered():
    names = {p[0] for p in ALL if p}
    assert {"extract", "report"} <= names


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "extractor")
def test_help_has_an_example(path: tuple[str, ...]):
    r = CliRunner().invoke(main, [*path, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage:" in r.output
    assert "Example" in r.output, f"`extractor {' '.join(path)} --help` shows no example"
    assert "extractor " in r.output.split("Example", 1)[1], "the example does not show a command line"
