"""The wheel ships every package under src/ and the migrations."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_under_src_is_listed_for_the_wheel() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT / "src").parts)
        for p in (ROOT / "src").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
    assert {"ipom_mail.migrations", "ipom_mail.migrations.versions"} <= listed


def test_every_folder_of_data_or_templates_is_listed_so_the_build_prints_no_warnings() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    package = ROOT / "src" / "ipom_mail"
    folders = {
        ".".join(p.relative_to(ROOT / "src").parts)
        for p in package.rglob("*")
        if p.is_dir() and p.name != "__pycache__" and any(f.is_file() for f in p.iterdir())
    }
    assert folders <= listed, sorted(folders - listed)
