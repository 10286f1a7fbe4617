"""Every command shows examples in its --help, and the README names every command
(in the manner of sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ipom_mail.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from commands(command, (*prefix, name))


ALL = list(commands())


def test_the_list_of_commands_is_not_empty() -> None:
    assert {("queue",), ("post",), ("replies", "show")} <= set(ALL)


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_every_command_help_has_examples_that_run_that_command(path: tuple[str, ...]) -> None:
    done = CliRunner().invoke(cli, [*path, "--help"], env={"COLUMNS": "100"})
    assert done.exit_code == 0, done.output
    assert "Examples:" in done.output, done.output
    examples = done.output.split("Examples:", 1)[1]
    assert f"ipom {' '.join(path)}" in examples, examples


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_the_readme_names_every_command(path: tuple[str, ...]) -> None:
    name = " ".join(path)
    assert re.search(rf"ipom (\S+/)*{re.escape(name)}\b", README), (
        f"`ipom {name}` is not in the README"
    )
