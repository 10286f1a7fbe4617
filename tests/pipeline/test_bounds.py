"""Invariant 8, bounded work: a small hostile mail is checked in seconds whatever its shape.

Each shape is about 1 MB and was quadratic (seconds to minutes) before. The cap
is absolute, for `ipom check` with its pipeline worker started (as a running
poller has it): each shape takes well under a second of CPU where the code is
linear. It is counted in CPU seconds of this process and its worker, which is what
the shape costs whatever else the machine runs (on a quiet machine, its wall time);
a looser cap on the wall time catches a wait.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipom_mail.cli import cli
from ipom_mail.config import Config, LimitsConfig
from ipom_mail.pipeline.bounded import (
    PipelineStopped,
    check_bounded,
    finish_check,
    shutdown_runner,
    start_check,
)
from ipom_mail.pipeline.fields import MAX_LINES, MAX_TEXT
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Fields
from tests.hostile import (
    SHAPES,
    begin_lines,
    encoded_word_subject,
    huge_from,
    many_photos,
    many_tiny_parts,
    message,
    times_last_night_on_the_senders_clock,
)

SECONDS = 5.0  # CPU seconds of the check and its worker
WALL_SECONDS = 30.0  # a shape that waits instead of working
SIZE = 1_000_000
LOCAL_TIME = (
    b"From: a <a@example.org>\r\nSubject: ISS\r\nDate: Mon, 01 Dec 2025 10:00:00 +0000\r\n\r\n"
    b"My photo of the ISS, 30 November 2025 at 18:34 local time in Paris.\r\n"
)

# A whole submission: each field's reader runs once, as at a running poller's first mail
WHOLE_SUBMISSION = (
    b"From: Ann Lee <ann@example.org>\r\nSubject: ISS over Ely\r\n"
    b"Date: Mon, 01 Dec 2025 10:00:00 +0000\r\n\r\n"
    b"Hi all,\r\n\r\nHere is my photo of the ISS over Ely Cathedral, taken last night from my\r\n"
    b"garden in Ely, Cambridgeshire. The pass ran from 17:32 to 17:38 UT, max. elevation 81\xc2\xb0\r\n"
    b"at 17:35 UT, magnitude -3.6. A series of 30 frames, from 17:33:10 to 17:35:40 UTC.\r\n\r\n"
    b"Equipment: Canon EOS 6D with a Samyang 14mm f/2.8 on a Manfrotto 055 tripod\r\n"
    b"Time: 17:34:20 UTC, 30 November 2025\r\n\r\nClear skies,\r\nAnn Lee\r\n"
)


@pytest.fixture(scope="module", autouse=True)
def started_worker(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Start the pipeline worker once: the timings are the message's, not the start-up's.
    The second mail's local time builds the table of clocks named by place (half a second,
    once per worker: a running poller builds it at its first such mail)."""
    warm_worker(tmp_path_factory.mktemp("warm"))


def warm_worker(folder: Path) -> None:
    """Three small mails through the worker: started, its clocks table built, every reader
    run once (their words are compiled at first use). Cheap when the worker is warm; a
    test that stopped the worker before leaves a cold one to the next."""
    (folder / "small.eml").write_bytes(encoded_word_subject(100))
    (folder / "local.eml").write_bytes(LOCAL_TIME)
    (folder / "whole.eml").write_bytes(WHOLE_SUBMISSION)
    for name in ("small.eml", "local.eml", "whole.eml"):
        timed_check(folder / name)


def tree_cpu() -> float:
    """CPU seconds used so far by this process and every process it started (the worker)."""
    mine = os.times()
    total, tick = mine.user + mine.system, os.sysconf("SC_CLK_TCK")
    kids: dict[int, list[int]] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{entry}/stat").read_bytes().rsplit(b")", 1)[1].split()
            kids.setdefault(int(fields[1]), []).append(int(entry))
    todo = list(kids.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def timed_check(path: Path) -> tuple[float, dict]:  # type: ignore[type-arg]
    """`ipom check --json` on one file: the CPU seconds it took (with its worker's), and
    its answer; it fails past WALL_SECONDS of wall time."""
    started, cpu = time.monotonic(), tree_cpu()
    done = CliRunner().invoke(cli, ["check", str(path), "--json"], catch_exceptions=False)
    used, elapsed = tree_cpu() - cpu, time.monotonic() - started
    assert done.exit_code == 0, done.output
    assert elapsed <= WALL_SECONDS, f"{path.name}: {elapsed:.1f} s of wall time"
    return used, json.loads(done.output)


@pytest.mark.parametrize("shape", SHAPES)
def test_each_hostile_shape_of_1_mb_is_checked_within_five_seconds(
    shape: str, tmp_path: Path
) -> None:
    raw = SHAPES[shape](SIZE)
    assert 0.9 * SIZE < len(raw) < 1.2 * SIZE
    warm_worker(tmp_path)  # the timing is the message's, whatever test ran before
    path = tmp_path / "hostile.eml"
    path.write_bytes(raw)
    used, data = timed_check(path)
    assert used <= SECONDS, f"{shape}: {used:.1f} s of CPU"
    assert data["status"] in ("incomplete", "ignored", "rejected")


def test_a_huge_encoded_subject_is_read_from_its_start_and_noted_as_cut(tmp_path: Path) -> None:
    path = tmp_path / "subject.eml"
    path.write_bytes(encoded_word_subject(SIZE))
    _, data = timed_check(path)
    assert data["subject"].startswith("cafécafécafé")
    assert any("Subject header is" in n and "only its first" in n for n in data["notes"])


def test_a_from_of_many_addresses_keeps_the_first_and_says_the_rest_was_not_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "from.eml"
    path.write_bytes(huge_from(SIZE))
    _, data = timed_check(path)
    assert data["sender"] == "a@b.example"
    assert any("From header lists more than 100 addresses" in n for n in data["notes"])


def test_begin_lines_with_no_end_stay_text_and_make_no_attachment(tmp_path: Path) -> None:
    path = tmp_path / "begin.eml"
    path.write_bytes(begin_lines(SIZE))
    _, data = timed_check(path)
    assert data["media"] == []
    assert not any("uuencoded" in n for n in data["notes"])


def test_parts_beyond_a_thousand_are_not_read_and_the_notes_say_so(tmp_path: Path) -> None:
    path = tmp_path / "parts.eml"
    path.write_bytes(many_tiny_parts(SIZE))
    _, data = timed_check(path)
    assert len(data["media"]) < 1000
    assert "the message has more than 1000 parts; the rest were not read" in data["notes"]


def test_a_message_over_the_time_bound_is_refused_by_check_in_one_line_exit_1(
    tmp_path: Path,
) -> None:
    config = tmp_path / "ipom.toml"
    config.write_text("[limits]\nmax_seconds_per_message = 0.001\n", encoding="utf-8")
    path = tmp_path / "parts.eml"
    path.write_bytes(many_tiny_parts(SIZE))
    done = CliRunner().invoke(cli, ["--config", str(config), "check", str(path)])
    assert done.exit_code == 1, done.output
    (line,) = done.stderr.strip().splitlines()
    assert line == (
        f"ipom: {path}: the pipeline took longer than the 0.001 seconds allowed per message "
        "([limits] max_seconds_per_message); it was stopped"
    )


def test_a_time_bound_of_zero_is_refused_with_the_key_named(tmp_path: Path) -> None:
    config = tmp_path / "ipom.toml"
    config.write_text("[limits]\nmax_seconds_per_message = 0\n", encoding="utf-8")
    path = tmp_path / "small.eml"
    path.write_bytes(encoded_word_subject(100))
    done = CliRunner().invoke(cli, ["--config", str(config), "check", str(path)])
    assert done.exit_code == 2
    assert "[limits] max_seconds_per_message must be greater than 0" in done.stderr


def _descendants(pid: int) -> set[int]:
    """The processes started by `pid`, and by them, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_message_stopped_at_the_bound_leaves_no_process_of_its_own_behind() -> None:
    config = Config(limits=LimitsConfig(max_seconds_per_message=2.0))
    shutdown_runner()  # a worker left warm by an earlier test in this process
    before = _descendants(os.getpid())  # e.g. this process's own decoders, from other tests
    check_bounded(encoded_word_subject(100), config)  # the worker and its decoders start
    started = _descendants(os.getpid()) - before
    assert len(started) >= 2  # the pipeline worker and at least one decoder
    with pytest.raises(PipelineStopped, match="longer than the 2 seconds allowed"):
        check_bounded(many_photos(), config)  # seconds of decoding
    deadline = time.monotonic() + 2  # a killed process takes a moment to go
    while [pid for pid in started if _running(pid)] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in started if _running(pid)]
    assert check_bounded(encoded_word_subject(100), config).parsed.subject  # a new worker


def test_messages_given_before_the_one_before_is_collected_are_answered_each_its_own() -> None:
    config = Config()
    subjects = [f"ISS pass {i}".encode() for i in range(3)]
    raws = [message(b"Subject: " + s + b"\r\n") for s in subjects]
    tickets = [start_check(raw, config) for raw in raws]  # all three in the worker's hands
    assert [finish_check(t).parsed.subject for t in reversed(tickets)] == [
        s.decode() for s in reversed(subjects)
    ]  # collected out of order: each answer is kept on its own ticket


def test_a_message_waiting_behind_one_stopped_at_the_bound_is_read_by_a_new_worker() -> None:
    config = Config(limits=LimitsConfig(max_seconds_per_message=2.0))
    check_bounded(encoded_word_subject(100), config)  # warm: the bound is the message's
    stalling = start_check(many_photos(), config)  # seconds of decoding
    waiting = start_check(message(b"Subject: after the stalled one\r\n"), config)
    with pytest.raises(PipelineStopped, match="longer than the 2 seconds allowed"):
        finish_check(stalling)
    assert finish_check(waiting).parsed.subject == "after the stalled one"


def test_a_message_needing_more_memory_than_the_bound_is_stopped_and_the_next_is_read() -> None:
    # The worker itself takes about 250 MB of address space, with this message about 650 MB.
    config = Config(limits=LimitsConfig(max_memory_mb_per_message=450))
    assert check_bounded(encoded_word_subject(100), config).parsed.subject
    big = message(body=b"Canon EOS R6, f/2.8, 1/1000 s\r\n" * 1_300_000)  # 40 MB of text
    with pytest.raises(PipelineStopped, match=r"more than the 450 MB allowed per message"):
        check_bounded(big, config)
    assert check_bounded(encoded_word_subject(100), config).parsed.subject


def _cpu_seconds(raw: bytes, config: Config) -> float:
    """The least CPU time of three checks in this process (the neighbours' work not counted)."""
    times = []
    for _ in range(3):
        start = time.process_time()
        check_message(raw, config)
        times.append(time.process_time() - start)
    return min(times)


# dated zoned times: each once read the relative day and the mail's places again
_SCALED = {**SHAPES, "times after last night": times_last_night_on_the_senders_clock}


@pytest.mark.parametrize(
    "shape",
    ["times in UT", "one capitalised word", "numbered sentences", "times after last night"],
)
def test_the_fields_stage_costs_four_times_as_much_for_four_times_the_text_not_sixteen(
    shape: str,
) -> None:
    # The fields stage reads the first MAX_TEXT characters: within them, the cost must grow
    # like the text (4x), not like its square (16x, as it did).
    config = Config()
    make = _SCALED[shape]
    check_message(make(1000), config)  # every stage loaded
    small = _cpu_seconds(make(MAX_TEXT // 4), config)
    large = _cpu_seconds(make(MAX_TEXT), config)
    assert large < 8 * max(small, 0.01), f"{shape}: {small:.3f} s, then {large:.3f} s"


def test_a_warm_worker_serves_another_config_and_only_a_new_memory_cap_starts_another() -> None:
    shutdown_runner()
    first = Config(limits=LimitsConfig(max_seconds_per_message=30.0))
    check_bounded(encoded_word_subject(100), first)
    warm = _descendants(os.getpid())
    other = Config(limits=LimitsConfig(max_seconds_per_message=31.0))  # another installation
    assert check_bounded(encoded_word_subject(100), other).parsed.subject
    assert _descendants(os.getpid()) == warm  # no process started: the warm one answered
    capped = Config(limits=LimitsConfig(max_memory_mb_per_message=900))
    assert check_bounded(encoded_word_subject(100), capped).parsed.subject
    assert _descendants(os.getpid()) - warm  # its cap is set at its start: a new worker


def _read_long(body: str) -> Fields:
    """The fields of a mail whose photo's time (21:34 UT on 2 March 2025) opens a long text."""
    raw = (
        "From: Ann <ann@example.org>\r\nSubject: ISS\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()
    fields = check_message(raw, Config()).fields
    assert fields.taken_at is not None
    assert fields.taken_at.isoformat().startswith("2025-03-02T21:34")
    return fields


def test_a_text_longer_than_the_readers_read_is_noted_and_its_start_still_read() -> None:
    body = "ISS transit over Lyon, photo taken at 21:34 UT on 2 March 2025.\n"
    fields = _read_long(body + "Clear skies and a long story.\n" * (MAX_TEXT // 20))
    assert any(f"only its first {MAX_TEXT:,} (" in n for n in fields.notes)


def test_a_text_of_more_lines_than_the_readers_read_is_noted_and_its_start_still_read() -> None:
    body = "ISS über Jena, aufgenommen am 2. März 2025 um 21:34 UT.\n"
    fields = _read_long(body + "a\n\n" * MAX_LINES)
    assert any(f"in {MAX_LINES:,} lines at most) were read" in n for n in fields.notes)


def test_a_text_within_what_the_readers_read_has_no_such_note() -> None:
    raw = (
        b"From: Ann <ann@example.org>\r\nSubject: ISS\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
        b"\r\nISS transit over Lyon at 21:34 UT on 2 March 2025.\r\n"
    )
    assert not any("were read" in n for n in check_message(raw, Config()).fields.notes)
