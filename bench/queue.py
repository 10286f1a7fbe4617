"""Benchmark: `ipom queue` on 10,000 generated submissions (aim: under 1 s).

Run: .venv/bin/python bench/queue.py [N]. Prints each query's time beside a
floor: a raw SELECT of the same rows with no joins.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from ipom_mail.config import Config, StorageConfig
from ipom_mail.desk.queue import QueueQuery, list_queue
from ipom_mail.store import migrate, open_store
from ipom_mail.store.models import Decision, FieldValue, MediaRow, Submission


def fill(config: Config, n: int) -> None:
    """n submissions over a year, each with taken_at, equipment, one photo; a tenth decided."""
    store = open_store(config)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    subs, fields, media, decisions = [], [], [], []
    for i in range(1, n + 1):
        received = start + timedelta(minutes=53 * i)
        subs.append(
            {
                "id": i,
                "reference": f"IPOM-{received.year}-{i:05d}",
                "year": received.year,
                "seq": i,
                "status": "complete" if i % 3 else "incomplete",
                "missing": [] if i % 3 else ["taken_at"],
                "sender": f"p{i % 700}@example.org",
                "sender_name": f"Photographer {i % 700}",
                "subject": f"ISS pass {i}",
                "reply_send": False,
                "received_at": received,
                "created_at": received,
                "updated_at": received,
            }
        )
        fields += [
            {
                "submission_id": i,
                "name": "taken_at",
                "value": received.isoformat(),
                "source": "body",
                "updated_at": received,
            },
            {
                "submission_id": i,
                "name": "equipment",
                "value": ["Celestron EdgeHD 8", "ZWO"],
                "source": "body",
                "updated_at": received,
            },
        ]
        media.append(
            {
                "submission_id": i,
                "position": 0,
                "sha256": f"{i:064x}",
                "size": 1,
                "kind": "photo",
                "archived": True,
            }
        )
        if i % 10 == 0:
            decisions.append(
                {
                    "submission_id": i,
                    "kind": "shortlist",
                    "curator": "bench",
                    "created_at": received,
                }
            )
    with store.session() as session:
        for model, rows in (
            (Submission, subs),
            (FieldValue, fields),
            (MediaRow, media),
            (Decision, decisions),
        ):
            session.execute(insert(model), rows)
    store.close()


def timed(label: str, fn: object, floor: object) -> None:
    t0 = time.perf_counter()
    rows = fn()  # type: ignore[operator]
    t1 = time.perf_counter()
    floor()  # type: ignore[operator]
    t2 = time.perf_counter()
    print(f"{label:<42} {t1 - t0:7.3f} s  ({len(rows)} rows; raw SELECT floor {t2 - t1:.3f} s)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(storage=StorageConfig(path=str(Path(tmp) / "data")))
        migrate(config)
        fill(config, n)
        store = open_store(config)
        print(f"{n} submissions")

        def raw(sql: str) -> object:
            def run() -> list[object]:
                with store.engine.connect() as conn:
                    return list(conn.execute(text(sql)))

            return run

        page = "SELECT * FROM submissions ORDER BY received_at DESC LIMIT 50"
        every = "SELECT * FROM submissions ORDER BY received_at DESC"
        timed("ipom queue (first page)", lambda: list_queue(store)[0], raw(page))
        timed(
            "ipom queue --status incomplete --page 20",
            lambda: list_queue(store, QueueQuery(status="incomplete", page=20))[0],
            raw(
                "SELECT * FROM submissions WHERE status='incomplete' ORDER BY received_at DESC LIMIT 50 OFFSET 950"
            ),
        )
        timed(
            "ipom queue --decision shortlisted --sort taken",
            lambda: list_queue(store, QueueQuery(decision="shortlisted", sort="taken"))[0],
            raw(page),
        )
        timed(
            "ipom queue --search 'photographer 42'",
            lambda: list_queue(store, QueueQuery(search="photographer 42"))[0],
            raw(page),
        )
        timed(
            "ipom queue --json (every row)",
            lambda: list_queue(store, QueueQuery(per_page=None))[0],
            raw(every),
        )
        store.close()


if __name__ == "__main__":
    main()
