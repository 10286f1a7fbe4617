"""The curator's month (pick, attach, post, export, queue, replies) on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests import corpus
from tests.desk_kit import ingest_samples


def test_the_curators_month_works_on_every_database(database_url: str, tmp_path: Path) -> None:
    corpus.require()
    desk = ingest_samples(database_url, tmp_path)
    maria, peter = desk.refs["01-complete.eml"], desk.refs["03-link.eml"]
    photo = corpus.IMAGES / "gps" / "ianare__DSCN0012.jpg"
    assert desk.run("attach", peter, str(photo)).exit_code == 0
    assert desk.run("pick", maria, "--month", "2024-06", "--photo", "1", "--notify").exit_code == 0
    second = desk.run("pick", peter, "--month", "2024-06")
    assert second.exit_code == 0 and f"already has a pick: {maria}" in second.output
    done = desk.run("post", "--month", "2024-06", "--out", str(tmp_path / "post"))
    assert done.exit_code == 0 and "warning: 2 photos" in done.output, done.output
    assert sorted(p.name for p in (tmp_path / "post" / "images").iterdir()) == [
        "2024-06-kovacs-peter.jpg",
        "2024-06-maria-lopez.jpg",
    ]
    taken = json.loads(
        desk.run("export", "--month", "2024-05", "--by", "taken", "--format", "json").output
    )
    assert {maria, peter} <= {r["reference"] for r in taken}
    rows = list(
        csv.DictReader(
            io.StringIO(desk.run("export", "--month", "2024-05", "--by", "taken").output)
        )
    )
    assert next(r for r in rows if r["reference"] == maria)["decision"] == "picked 2024-06"
    queue = json.loads(desk.run("queue", "--json").output)
    assert next(r for r in queue if r["reference"] == maria)["equipment"][:2] == [
        "Celestron EdgeHD 8",
        "ZWO ASI462MC",
    ]
    replies = json.loads(desk.run("replies", "--json").output)
    assert [r["reference"] for r in replies if r["to"] == "maria@example.es"] == [maria]
    assert desk.run("undo", peter).output.startswith(f"{peter} Kovács Péter: pick undone")
