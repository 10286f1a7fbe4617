"""The config: every key of the example is real and documented, errors name file and key."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from ipom_mail.config import Config, ConfigError, from_mapping, load, resolve_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "config.example.toml"


def _sections() -> dict[str, list[str]]:
    return {
        f.name: [g.name.rstrip("_") for g in fields(getattr(Config(), f.name))]
        for f in fields(Config)
        if f.name != "path"
    }


def test_the_example_config_loads_and_equals_the_defaults_where_it_should() -> None:
    config = load(EXAMPLE)
    assert config.imap.security == "tls"
    assert config.limits.max_message_mb == 50.0
    assert config.links.hosts == Config().links.hosts


def test_every_config_key_is_in_the_example_and_every_example_key_is_real() -> None:
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert set(data) == set(_sections())
    for section, keys in _sections().items():
        assert set(data[section]) == set(keys), section


def test_every_key_in_the_example_has_a_comment_above_or_beside_it() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    undocumented = []
    for i, line in enumerate(lines):
        m = re.match(r"^([a-z_0-9]+) = ", line)
        if not m:
            continue
        block = lines[max(0, i - 6) : i]
        if not any(b.startswith("#") for b in block) and "#" not in line:
            undocumented.append(m.group(1))
    assert undocumented == []


def test_an_unknown_key_is_named_with_its_section() -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'hots' in \[imap\]"):
        from_mapping({"imap": {"hots": "x"}}, "ipom.toml")


def test_a_wrong_type_is_named() -> None:
    with pytest.raises(ConfigError, match=r"\[poll\] interval_seconds must be a whole number"):
        from_mapping({"poll": {"interval_seconds": "often"}}, "ipom.toml")


def test_plaintext_imap_is_refused_for_a_remote_host() -> None:
    with pytest.raises(ConfigError, match="only for localhost"):
        from_mapping({"imap": {"host": "imap.example.org", "security": "none"}})


def test_a_missing_config_file_says_to_run_init(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ipom init"):
        load(tmp_path / "ipom.toml")


def test_the_config_path_comes_from_the_option_then_the_environment_then_the_folder() -> None:
    assert resolve_path("a.toml", {"IPOM_CONFIG": "b.toml"}) == Path("a.toml")
    assert resolve_path(None, {"IPOM_CONFIG": "b.toml"}) == Path("b.toml")
    assert resolve_path(None, {}) == Path("ipom.toml")


def test_our_own_addresses_include_the_mailbox_and_the_reply_sender() -> None:
    config = from_mapping(
        {"imap": {"username": "IPOM@Example.org"}, "smtp": {"from": "IPOM <reply@example.org>"}}
    )
    assert config.own_addresses == ("ipom@example.org", "reply@example.org")
