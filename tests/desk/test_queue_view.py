"""`ipom queue` as a curator sees it: fits an 80-column terminal, --wide, piped rows, full JSON."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from samples import _message, photo_jpeg
from tests.desk_kit import Desk, polled_template

ROOT = Path(__file__).resolve().parents[2]
ESCAPES = "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J"


def long_and_hostile() -> dict[str, bytes]:
    long = _message(
        "Aleksandra Wiśniewska-Kowalczyk <aleksandra.wisniewska@example.pl>",
        "Zdjęcie ISS na tle Księżyca podczas przejścia tranzytowego nad Krakowem, 20 listopada",
        "Czas: 2024-05-12 21:34:10 UT\nSprzęt: Nikon Z6, Nikkor 20mm f/1.4, Sky-Watcher EQ6-R\n",
        datetime(2024, 5, 13, 12, 0, tzinfo=UTC),
    )
    long.add_attachment(
        photo_jpeg(camera=None, seed=2), maintype="image", subtype="jpeg", filename="iss.jpg"
    )
    evil = _message(
        "Eve \u202egpj.exe <eve@example.net>",
        f"ISS {ESCAPES} \u202egpj.exe",
        f"Time: 2024-05-12 21:40 UT\nEquipment: Nikon D850\n\nStory {ESCAPES}\n",
        datetime(2024, 5, 13, 13, 0, tzinfo=UTC),
    )
    evil.add_attachment(
        photo_jpeg(camera=None, seed=3), maintype="image", subtype="jpeg", filename="evil.jpg"
    )
    return {"06-long.eml": long.as_bytes(), "07-evil.eml": evil.as_bytes()}


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with polled_template(tmp_path_factory.mktemp("polled"), long_and_hostile()) as desk:
        yield desk


def in_terminal(desk: Desk, *args: str, columns: int = 80) -> str:
    """What `ipom ARGS` shows in a real terminal (tmux) of `columns` columns."""
    if shutil.which("tmux") is None:
        message = "tmux is not installed (Debian: apt-get install tmux)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    ipom = ROOT / ".venv" / "bin" / "ipom"
    env = desk.setup.env()
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items() if k.startswith("IPOM_"))
    session = f"ipom-test-{uuid.uuid4().hex[:8]}"
    # A server of its own (-S): on the shared default one, another test's kill-session could
    # end the server while this one starts ("server exited unexpectedly").
    socket = Path(tempfile.gettempdir()) / f"{session}.tmux"
    tmux = ["tmux", "-S", str(socket)]
    command = (
        f"env {exports} {ipom} --config {shlex.quote(str(desk.setup.config))} "
        f"{' '.join(map(shlex.quote, args))}; echo '<done>'; sleep 30"
    )
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", session, "-x", str(columns), "-y", "40", command],
        check=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            shown = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if "<done>" in shown:
                return shown.split("<done>")[0]
            time.sleep(0.2)
        raise AssertionError(f"ipom {' '.join(args)} did not finish in the terminal")
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
        socket.unlink(missing_ok=True)


def test_the_queue_fits_an_80_column_terminal_and_cuts_only_the_subject(desk: Desk) -> None:
    shown = in_terminal(desk, "queue")
    lines = [line for line in shown.splitlines() if line.strip()]
    assert all(len(line) <= 80 for line in lines), shown
    assert lines[0].split()[:4] == ["reference", "received", "status", "decision"]
    row = next(line for line in lines if "Aleksandra" in line)
    assert re.search(r" \d\d-\d\d \d\d:\d\d ", row) and desk.refs["06-long.eml"] in row
    assert row.endswith("…") and "Zdjęcie ISS" in row
    assert next(line for line in lines if desk.refs["02-incomplete.eml"] in line).count(
        "no time+equip"
    )


def test_control_and_bidi_characters_of_a_sender_are_shown_escaped_in_the_terminal(
    desk: Desk,
) -> None:
    ref = desk.refs["07-evil.eml"]
    shown = in_terminal(desk, "queue")
    assert "\\x1b]0;pwned" in shown and "[2J" not in shown.replace("\\x1b[2J", ""), shown
    for args in (("queue", "--wide"), ("show", ref), ("queue",)):
        done = desk.run(*args)
        assert "\x1b" not in done.output and "\u202e" not in done.output, args
        assert "\\x1b]0;pwned\\x07" in done.output and "\\u202e" in done.output, args


def test_wide_gives_every_column_in_full(desk: Desk) -> None:
    done = desk.run("queue", "--wide")
    assert done.exit_code == 0, done.output
    assert "aleksandra.wisniewska@example.pl" in done.output
    assert "Nikon Z6, Nikkor 20mm f/1.4" in done.output


def test_piped_the_queue_is_one_tab_separated_line_per_submission(desk: Desk) -> None:
    done = desk.run("queue")
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert len(lines) == 6 and all(line.count("\t") == 11 for line in lines)
    long = next(line.split("\t") for line in lines if "Aleksandra" in line)
    assert long[0] == desk.refs["06-long.eml"] and re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\dZ", long[1]
    )
    assert long[7] == "Nikon Z6; Nikkor 20mm f/1.4; Sky-Watcher EQ6-R"
    assert long[10].endswith("nad Krakowem, 20 listopada")
    evil = next(line for line in lines if "eve@example.net" in line)
    assert "\x1b" not in evil and "\\x1b]0;pwned" in evil


def test_json_gives_full_values_and_keeps_the_keys_scripts_read(desk: Desk) -> None:
    rows = json.loads(desk.run("queue", "--json").output)
    long = next(r for r in rows if r["reference"] == desk.refs["06-long.eml"])
    assert long["equipment"] == ["Nikon Z6", "Nikkor 20mm f/1.4", "Sky-Watcher EQ6-R"]
    assert {"reference", "sender", "status"} <= set(long)
    assert long["subject"].endswith("20 listopada")
    shown = json.loads(desk.run("show", desk.refs["06-long.eml"], "--json").output)
    assert {"reference", "sender", "status", "fields"} <= set(shown)


def test_show_prints_values_in_words_not_json(desk: Desk) -> None:
    done = desk.run("show", desk.refs["01-complete.eml"])
    assert done.exit_code == 0, done.output
    assert "max. elevation 72°, −3.6 mag, 21:31–21:38 UT" in done.output
    assert "2024-05-12 21:34:10 UT" in done.output
    assert "Celestron EdgeHD 8, ZWO ASI462MC" in done.output
    assert "Maria López, https://www.instagram.com/maria.astro" in done.output
    assert "{" not in done.output and '"max_elevation_deg"' not in done.output
    assert "\\x0a" not in done.output  # the story keeps its paragraphs as lines


def test_undo_answers_in_words_with_the_decision_now_in_force(desk: Desk) -> None:
    ref = desk.refs["01-complete.eml"]
    assert desk.run("shortlist", ref).exit_code == 0
    assert desk.run("pick", ref, "--month", "2024-06").exit_code == 0
    done = desk.run("undo", ref)
    assert done.exit_code == 0, done.output
    assert done.output.strip() == f"{ref} Maria López: pick undone; shortlisted"


def test_an_empty_queue_says_why_in_words(desk: Desk) -> None:
    assert "no submissions match these filters" in in_terminal(desk, "queue", "--month", "2001-01")
    assert "no submissions on page 9; there are 6" in in_terminal(desk, "queue", "--page", "9")
