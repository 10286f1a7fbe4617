"""The verdict: status, missing items, the reply and the notes that explain them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from ipom_mail.config import Config, LimitsConfig, ReplyConfig
from ipom_mail.pipeline.rules.verdict import judge, missing_items
from ipom_mail.pipeline.values import Fields, Header, Media, MediaItem, ParsedMessage

CONFIG = Config(reply=ReplyConfig(trusted_authserv_ids=("mx.example.org",)))
PHOTO = MediaItem(filename="iss.jpg", sha256="a" * 64, size=5000, kind="photo", mime="image/jpeg")
LOGO = replace(PHOTO, filename="logo.png", kind="other", problem="not_image")
WHEN = datetime(2024, 5, 12, 21, 34, 10, tzinfo=UTC)
FULL = Fields(taken_at=WHEN, taken_at_source="body", equipment=("Celestron EdgeHD 8",))


def message(*headers: tuple[str, str], size: int = 1000, **facts: object) -> ParsedMessage:
    """A ParsedMessage as parse would give it, built from a few facts."""
    parsed = ParsedMessage(
        sha256="0" * 64,
        size=size,
        message_id="<1@example.es>",
        sender="maria@example.es",
        sender_name="María López",
        reply_to=None,
        return_path="maria@example.es",
        subject="ISS over Madrid",
        date=None,
        in_reply_to=(),
        references=(),
        content_type="multipart/mixed",
        report_type=None,
        headers=tuple(Header(n, v) for n, v in headers),
        text="",
        html=None,
        parts=(),
    )
    return replace(parsed, **facts)  # type: ignore[arg-type]


def test_a_photo_with_ut_time_and_equipment_is_complete() -> None:
    verdict = judge(message(), Media((PHOTO,)), FULL, CONFIG)
    assert verdict.status == "complete"
    assert verdict.missing == ()
    assert (verdict.reply.send, verdict.reply.reason) == (True, "will reply: submission complete")


def test_a_message_with_nothing_misses_all_three_in_order() -> None:
    verdict = judge(message(), Media(()), Fields(), CONFIG)
    assert verdict.status == "incomplete"
    assert verdict.missing == ("photo", "taken_at", "equipment")
    assert verdict.reply.reason == "will reply: 3 items missing"


def test_a_link_to_a_shared_photo_counts_as_the_photo() -> None:
    fields = replace(FULL, links=("https://www.dropbox.com/s/abc/iss.tif?dl=0",))
    assert judge(message(), Media(()), fields, CONFIG).status == "complete"


def test_a_logo_is_not_the_photo() -> None:
    verdict = judge(message(), Media((LOGO,)), FULL, CONFIG)
    assert verdict.missing == ("photo",)
    assert verdict.reply.reason == "will reply: 1 item missing"


def test_a_date_without_a_ut_time_is_still_missing_taken_at() -> None:
    fields = replace(FULL, taken_at=None, taken_at_source=None, taken_date="2024-05-12")
    assert judge(message(), Media((PHOTO,)), fields, CONFIG).missing == ("taken_at",)


def test_missing_equipment_alone_is_asked_for() -> None:
    assert missing_items(Media((PHOTO,)), replace(FULL, equipment=())) == ("equipment",)


def test_a_bounce_is_ignored_and_nothing_is_asked_of_it() -> None:
    verdict = judge(message(return_path=""), Media(()), Fields(), CONFIG)
    assert verdict.status == "ignored"
    assert verdict.missing == ()
    assert verdict.reply.send is False
    assert verdict.notes == (
        "not a submission: empty Return-Path (a bounce or other machine mail)",
    )


def test_an_auto_reply_is_ignored_even_with_a_photo() -> None:
    parsed = message(("Auto-Submitted", "auto-replied"))
    verdict = judge(parsed, Media((PHOTO,)), FULL, CONFIG)
    assert (verdict.status, verdict.reply.send) == ("ignored", False)


def test_a_read_report_is_ignored() -> None:
    parsed = message(content_type="multipart/report", report_type="disposition-notification")
    assert judge(parsed, Media(()), Fields(), CONFIG).status == "ignored"


def test_spam_is_ignored() -> None:
    verdict = judge(message(("X-Spam-Flag", "YES")), Media((PHOTO,)), FULL, CONFIG)
    assert verdict.status == "ignored"
    assert verdict.reply.reason == "marked as spam (X-Spam-Flag: YES)"


def test_list_mail_is_judged_by_its_content_but_not_answered() -> None:
    parsed = message(("List-Id", "Astro club <club.example.org>"), ("Precedence", "bulk"))
    verdict = judge(parsed, Media((PHOTO,)), replace(FULL, equipment=()), CONFIG)
    assert verdict.status == "incomplete"
    assert verdict.missing == ("equipment",)
    assert verdict.reply.send is False
    assert verdict.notes == (
        "mailing-list mail (List-Id: Astro club <club.example.org>): "
        "judged by its content, no reply sent",
    )


def test_bulk_mail_without_list_headers_is_ignored() -> None:
    parsed = message(("Precedence", "bulk"))
    assert judge(parsed, Media(()), Fields(), CONFIG).status == "ignored"


def test_list_mail_that_is_also_an_auto_reply_is_ignored() -> None:
    parsed = message(("List-Id", "<club.example.org>"), ("Auto-Submitted", "auto-replied"))
    verdict = judge(parsed, Media(()), Fields(), CONFIG)
    assert verdict.status == "ignored"
    assert verdict.reply.reason == "mailing-list mail (List-Id: <club.example.org>)"


def test_a_sender_failing_dmarc_is_judged_but_not_answered() -> None:
    parsed = message(
        ("Authentication-Results", "mx.example.org; dmarc=fail header.from=example.es")
    )
    verdict = judge(parsed, Media((PHOTO,)), FULL, CONFIG)
    assert verdict.status == "complete"
    assert verdict.reply.send is False
    assert verdict.notes == (
        "sender failed DMARC per mx.example.org: judged by its content, no reply sent",
    )


def test_a_file_host_notice_written_for_a_person_is_judged() -> None:
    parsed = message(sender="noreply@wetransfer.com", reply_to="maria@example.es")
    fields = replace(FULL, links=("https://we.tl/t-abc123",))
    verdict = judge(parsed, Media(()), fields, CONFIG)
    assert verdict.status == "complete"
    assert verdict.reply.reason == "no-reply sender (noreply@wetransfer.com)"


def test_a_no_reply_sender_without_a_person_behind_it_is_ignored() -> None:
    parsed = message(sender="no-reply@mail.example.jp", reply_to="no-reply@app.example.jp")
    assert judge(parsed, Media(()), Fields(), CONFIG).status == "ignored"


def test_with_replies_disabled_a_submission_is_still_judged() -> None:
    config = Config(reply=ReplyConfig(enabled=False))
    verdict = judge(message(), Media((PHOTO,)), FULL, config)
    assert verdict.status == "complete"
    assert verdict.reply.send is False


def test_with_replies_disabled_a_bounce_is_still_ignored() -> None:
    config = Config(reply=ReplyConfig(enabled=False))
    verdict = judge(message(return_path=""), Media(()), Fields(), config)
    assert verdict.status == "ignored"
    assert verdict.reply.reason == "replies are disabled in the config"


def test_a_message_over_the_size_limit_is_rejected_with_its_size() -> None:
    config = replace(CONFIG, limits=LimitsConfig(max_message_mb=1))
    verdict = judge(message(size=3 * 1024 * 1024), Media((PHOTO,)), FULL, config)
    assert verdict.status == "rejected"
    assert verdict.missing == ()
    assert verdict.notes == ("the message is 3.0 MB, over the 1 MB limit",)
    assert verdict.reply.reason == "will reply: message over the size limit"


def test_a_message_at_the_size_limit_is_judged() -> None:
    config = replace(CONFIG, limits=LimitsConfig(max_message_mb=1))
    verdict = judge(message(size=1024 * 1024), Media((PHOTO,)), FULL, config)
    assert verdict.status == "complete"


def test_an_oversized_bounce_is_rejected_without_a_reply() -> None:
    config = replace(CONFIG, limits=LimitsConfig(max_message_mb=1))
    verdict = judge(message(size=2 * 1024 * 1024, return_path=""), Media(()), Fields(), config)
    assert (verdict.status, verdict.reply.send) == ("rejected", False)
