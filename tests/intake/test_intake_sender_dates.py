"""A date that reads two ways (04/11/2023) is settled by the sender's own earlier submissions:
one that wrote 25/12/2023 writes day first. A new sender gets no value and a reply that asks
with both readings; `ipom check` (no store) reads the mail alone. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from ipom_mail.store import open_store
from ipom_mail.store.models import Reply
from tests.desk_kit import Site
from tests.reply_kit import submission

DANA = "Dana Whitfield <dana@example.com>"
TWO_WAYS = "The ISS again on 04/11/2023 at 21:34 UT from Leeds. Nikon D750 with a 300mm lens."


def reply_text(site: Site, reference: str) -> str:
    """The body of the latest reply queued for `reference`."""
    with open_store(site.config) as store, store.session(write=False) as session:
        replies = session.scalars(select(Reply).order_by(Reply.id)).all()
        return next(r.body_text for r in reversed(replies) if reference in r.subject)


def test_a_date_is_read_the_way_the_sender_wrote_dates_before_with_a_note(site: Site) -> None:
    first = site.take(
        submission(sender=DANA, body="ISS over Leeds on 25/12/2023 at 18:02 UT. Nikon D750.")
    )
    second = site.take(submission(sender=DANA.lower(), body=TWO_WAYS))
    shown = site.show(second)
    assert shown["fields"]["taken_at"] == "2023-11-04T21:34:00Z"
    why = f"the date 04/11/2023 is read as 4 November 2023 (day first): this sender wrote 25/12/2023 in {first}"
    assert why in shown["notes"]
    assert "date_styles" not in shown["sources"]
    assert "11 April 2023" not in reply_text(site, second)
    site.reprocess("--all")
    again = site.show(second)
    assert again["fields"]["taken_at"] == "2023-11-04T21:34:00Z" and why in again["notes"]


def test_a_sender_who_wrote_month_first_has_it_read_month_first(site: Site) -> None:
    site.take(
        submission(sender=DANA, body="ISS over Denver on 12/25/2023 at 01:02 UT. Nikon D750.")
    )
    second = site.take(submission(sender=DANA, body=TWO_WAYS))
    assert site.show(second)["fields"]["taken_at"] == "2023-04-11T21:34:00Z"


def test_a_new_sender_gets_no_value_and_a_reply_with_both_readings(site: Site) -> None:
    site.take(submission(sender=DANA, body="ISS over Leeds on 25/12/2023 at 18:02 UT. Nikon D750."))
    other = site.take(submission(sender="Eve Marsh <eve@example.org>", body=TWO_WAYS))
    shown = site.show(other)
    assert shown["fields"]["taken_at"] is None and "taken_at" in shown["missing"]
    assert not any("this sender wrote" in n for n in shown["notes"])
    text = reply_text(site, other)
    assert "4 November 2023" in text and "11 April 2023" in text


def test_a_sender_who_wrote_both_ways_settles_nothing(site: Site) -> None:
    site.take(submission(sender=DANA, body="ISS over Leeds on 25/12/2023 at 18:02 UT. Nikon D750."))
    site.take(
        submission(sender=DANA, body="ISS over Denver on 12/26/2023 at 01:02 UT. Nikon D750.")
    )
    third = site.take(submission(sender=DANA, body=TWO_WAYS))
    assert site.show(third)["fields"]["taken_at"] is None


def test_ipom_check_reads_the_mail_alone_as_before(site: Site) -> None:
    site.take(submission(sender=DANA, body="ISS over Leeds on 25/12/2023 at 18:02 UT. Nikon D750."))
    path = site.tmp / "two-ways.eml"
    path.write_bytes(submission(sender=DANA, body=TWO_WAYS))
    done = site.run("check", str(path), "--json")
    checked = json.loads(done.output)
    assert checked["fields"]["taken_at"] is None and "taken_at" in checked["missing"]
    assert any("reads as 4 November 2023 or 11 April 2023" in n for n in checked["notes"])


def test_only_an_earlier_date_in_the_same_style_settles_it() -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from ipom_mail.pipeline.values import DateStyle

    raw = submission(sender=DANA, body=TWO_WAYS)
    dashes = check_message(raw, Config(), (DateStyle("-", "dmy", "25-12-2023", "IPOM-2024-0001"),))
    assert dashes.fields.taken_at is None and dashes.fields.questions
    slashes = check_message(raw, Config(), (DateStyle("/", "mdy", "12/25/2023", "IPOM-2024-0001"),))
    assert slashes.fields.taken_at is not None and slashes.fields.taken_at.month == 4
    assert slashes.fields.date_styles == ()  # this mail's own dates settle no style


def test_the_styles_a_mail_settles_are_kept_for_the_next_one() -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message

    body = "ISS over Leeds on 25/12/2023 at 18:02 UT, and again on 12-01-2024. Nikon D750."
    styles = check_message(submission(sender=DANA, body=body), Config()).fields.date_styles
    assert [(s.style, s.order, s.example) for s in styles] == [("/", "dmy", "25/12/2023")]
