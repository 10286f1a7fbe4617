"""A submission is its thread: `ipom reprocess` replays the original and each follow-up in order.

Seeded through the library (an IMAP-origin message gets our reply, whose
Message-ID a follow-up can answer) and `ipom ingest`; reprocessed through the
command line, as a curator runs it. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from ipom_mail.store import open_store
from ipom_mail.store.models import RawMessage, Submission
from tests.desk_kit import Site
from tests.reply_kit import submission, take

DATE_ONLY = "My ISS photo from 2024-05-12, taken with a Celestron EdgeHD 8."
NO_EQUIPMENT = "ISS over Hamburg on 2024-05-12."


def answer(site: Site, reference: str, body: str, how: str, photo: bool = False) -> bytes:
    """The photographer's answer to our reply, by reference in the subject or by In-Reply-To."""
    by_subject = how == "reference_in_subject"
    return submission(
        body=body,
        subject=f"Re: ISS [{reference}]" if by_subject else "Re: ISS",
        in_reply_to=None if by_subject else site.our_reply(reference),
        photo=photo,
    )


def what_the_curator_sees(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "status": data["status"],
        "missing": data["missing"],
        "fields": data["fields"],
        "media": sorted(m["sha256"] for m in data["media"]),
        "links": data["links"],
    }


@pytest.mark.parametrize("how", ["reference_in_subject", "in_reply_to"])
@pytest.mark.parametrize("command", [("--all",), ("REF",)])
def test_a_submission_completed_by_a_follow_up_stays_complete_after_reprocess(
    site: Site, how: str, command: tuple[str, ...]
) -> None:
    reference = site.take(submission(body=DATE_ONLY, subject="ISS"))
    assert site.show(reference)["status"] == "incomplete"
    assert site.take(answer(site, reference, "die Uhrzeit war 21:34 UT", how)) == reference
    before = site.show(reference)
    assert before["status"] == "complete" and before["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    done = site.reprocess(*(reference if arg == "REF" else arg for arg in command))
    assert "0 change(s)" in done.output, done.output
    assert what_the_curator_sees(site.show(reference)) == what_the_curator_sees(before)


def test_what_each_follow_up_added_is_kept_in_the_order_received(site: Site) -> None:
    reference = site.take(submission(body=NO_EQUIPMENT, subject="ISS", photo=False))
    how = "in_reply_to"
    site.take(answer(site, reference, "The time was 21:34 UT, with a Nikon D750.", how))
    site.take(answer(site, reference, "Sorry, here is the photo.", how, photo=True))
    site.take(answer(site, reference, "I also used a Celestron C8.", how))
    before = site.show(reference)
    assert before["status"] == "complete" and before["missing"] == []
    assert before["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    assert before["fields"]["taken_date"] is None  # the date became part of a UT time
    assert before["fields"]["equipment"] == ["Nikon D750"]  # the first answer's, not the last
    site.reprocess("--all")
    after = site.show(reference)
    assert what_the_curator_sees(after) == what_the_curator_sees(before)
    assert len(after["media"]) == 1 and after["media"][0]["kind"] == "photo"


def test_interleaved_threads_each_keep_only_their_own_follow_ups(site: Site) -> None:
    maria = site.take(submission(body=DATE_ONLY, subject="ISS"))
    jonas = site.take(submission(sender="Jonas Berg <jonas@example.de>", body=DATE_ONLY))
    site.take(
        submission(
            sender="Jonas Berg <jonas@example.de>",
            body="It was 22:10 UT.",
            subject="Re: ISS",
            in_reply_to=site.our_reply(jonas),
            photo=False,
        )
    )
    site.take(answer(site, maria, "the time was 21:34 UT", "reference_in_subject"))
    site.reprocess("--all")
    assert site.show(maria)["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    assert site.show(jonas)["fields"]["taken_at"] == "2024-05-12T22:10:00Z"
    assert site.show(maria)["status"] == site.show(jonas)["status"] == "complete"


def test_a_follow_up_ingested_from_a_backlog_is_replayed_too(site: Site) -> None:
    site.ingest(submission(body=DATE_ONLY, subject="ISS", msgid="<first@example.es>"), "a.eml")
    (row,) = json.loads(site.run("queue", "--json").output)
    reference = row["reference"]
    site.ingest(answer(site, reference, "the time was 21:34 UT", "reference_in_subject"), "b.eml")
    assert site.show(reference)["status"] == "complete"
    site.reprocess(reference)
    after = site.show(reference)
    assert after["status"] == "complete" and after["fields"]["taken_at"] == "2024-05-12T21:34:00Z"


def test_curator_edits_stay_on_top_of_the_replayed_thread(site: Site) -> None:
    reference = site.take(submission(body=DATE_ONLY, subject="ISS"))
    site.take(answer(site, reference, "the time was 21:34 UT", "in_reply_to"))
    edited = site.run("edit", reference, "--story", "Mine.", "--location", "Delft")
    assert edited.exit_code == 0, edited.output
    site.reprocess("--all")
    after = site.show(reference)
    assert (after["fields"]["story"], after["fields"]["location"]) == ("Mine.", "Delft")
    assert after["sources"]["story"] == after["sources"]["location"] == "curator"
    assert after["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    assert after["status"] == "complete"


def test_a_follow_up_after_a_reprocess_completes_the_replayed_thread(site: Site) -> None:
    reference = site.take(submission(body=NO_EQUIPMENT, subject="ISS", photo=False))
    site.take(answer(site, reference, "the time was 21:34 UT", "in_reply_to"))
    site.reprocess(reference)
    assert site.show(reference)["missing"] == ["photo", "equipment"]
    site.take(answer(site, reference, "Taken with a Nikon D750.", "reference_in_subject", True))
    after = site.show(reference)
    assert (after["status"], after["missing"]) == ("complete", [])
    assert after["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    assert after["fields"]["equipment"][0] == "Nikon D750"


def test_a_message_that_no_longer_counts_as_a_follow_up_is_left_out_and_named(site: Site) -> None:
    reference = site.take(submission(body=DATE_ONLY, subject="ISS"))
    other = submission(
        sender="mallory@example.net", body="the time was 03:00 UT", subject=f"Re: [{reference}]"
    )
    site.take(other)
    with open_store(site.config) as store, store.session() as session:
        # as an older version could have merged it: linked to the submission it quoted
        mallory = session.scalars(
            select(RawMessage).where(RawMessage.sender == "mallory@example.net")
        ).one()
        mallory.submission_id = session.scalars(
            select(Submission.id).where(Submission.reference == reference)
        ).one()
    done = site.reprocess(reference)
    assert f"left out: {reference}: message {mallory.id} no longer counts" in done.output
    after = site.show(reference)
    assert after["status"] == "incomplete" and after["fields"]["taken_at"] is None


def test_a_follow_up_that_failed_joins_its_thread_when_retried(site: Site) -> None:
    reference = site.take(submission(body=DATE_ONLY, subject="ISS"))
    follow_up = submission(
        body="the time was 21:34 UT",
        subject=f"Re: ISS [{reference}]",
        photo=False,
        headers={"X-IPOM-Poison": "1"},  # the fault hook fails a stage on it, once
    )
    with open_store(site.config, frozenset({"poison"})) as store:
        assert take(store, site.config, follow_up).status == "failed"
    assert site.show(reference)["status"] == "incomplete"
    retried = site.run("reprocess", "--failed")
    assert retried.exit_code == 0, retried.output
    after = site.show(reference)
    assert after["status"] == "complete" and after["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    assert [row["reference"] for row in json.loads(site.run("queue", "--json").output)] == [
        reference
    ]
    assert site.reprocess(reference).output.startswith("reprocess: 1 submission(s), 0 change(s)")
