"""The pass check's place index (170,000 places, seconds to build) is built by the command,
before the first message, never inside a message's time bound."""

from __future__ import annotations

from pathlib import Path

from ipom_mail.config import load
from ipom_mail.pipeline.bounded import shutdown_runner, start_runner
from ipom_mail.pipeline.verify.stage import ensure_places_index

ELEMENTS = Path(__file__).parents[1] / "data" / "iss-elements.txt"


def config_at(folder: Path, elements: str = str(ELEMENTS)) -> Path:
    path = folder / "ipom.toml"
    path.write_text(
        f'[storage]\npath = "{folder / "data"}"\n[verify]\nelements_file = "{elements}"\n',
        encoding="utf-8",
    )
    return path


def test_starting_the_pipeline_builds_the_missing_index_once_before_any_message(
    tmp_path: Path,
) -> None:
    config = load(config_at(tmp_path))
    index = tmp_path / "data" / "cache" / "places-v1.sqlite"
    shutdown_runner()  # a worker left warm by an earlier test in this process
    try:
        start_runner(config)
        assert index.is_file() and index.stat().st_size > 10_000_000
        assert not list(index.parent.glob("*.tmp"))  # written whole, then renamed
        built = index.stat().st_mtime_ns
        assert ensure_places_index(config) is False  # there: left as it is
        assert index.stat().st_mtime_ns == built
    finally:
        shutdown_runner()


def test_with_the_pass_check_off_no_index_is_built(tmp_path: Path) -> None:
    config = load(config_at(tmp_path, elements=""))
    assert ensure_places_index(config) is False
    assert not (tmp_path / "data" / "cache").exists()
