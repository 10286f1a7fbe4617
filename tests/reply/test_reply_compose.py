"""The reply's words: what was received, exactly what is missing, in the sender's language."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import CheckResult, ReplyDecision
from ipom_mail.reply.compose import compose_reply, reply_subject, shipped_folder
from ipom_mail.reply.language import detect_language
from tests.reply_kit import submission

LANGS = ("de", "hu", "es", "fr", "it")
# A phrase of each missing item's sentence, per language (read from the shipped templates' wording).
ASKS = {
    "en": ("attach the image or video file", "Universal Time", "telescope or lens"),
    "de": ("Bild- oder Videodatei", "Weltzeit", "Teleskop oder Objektiv"),
    "hu": ("kép- vagy videofájlt", "világidőben", "távcső vagy objektív"),
    "es": ("archivo de imagen o de vídeo", "tiempo universal", "telescopio u objetivo"),
    "fr": ("fichier image ou vidéo", "temps universel", "télescope ou objectif"),
    "it": ("file dell'immagine o del video", "tempo universale", "telescopio od obiettivo"),
}
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def english_phrases() -> set[str]:
    """Every phrase of three words or more written in the English templates (not data)."""
    phrases = set()
    for name in ("ack.txt", "complete.txt"):
        source = (shipped_folder() / "en" / name).read_text(encoding="utf-8")
        for chunk in TAG.split(source):
            for piece in re.split(r"[\n.,:;()*]", chunk):
                words = re.findall(r"[A-Za-z]+", piece)
                if len(words) >= 3 and not re.search(r"\d", piece):
                    phrases.add(piece.strip())
    return phrases


@pytest.fixture(scope="module")
def nothing_read() -> CheckResult:
    """A message with no photo, no time, no equipment: everything is missing."""
    result = check_message(submission(body="Hello, here it is.", photo=False), Config())
    assert result.verdict.missing == ("photo", "taken_at", "equipment")
    return result


@pytest.mark.parametrize("lang", LANGS)
def test_each_translation_asks_for_every_missing_item_with_no_english_left(
    nothing_read: CheckResult, lang: str
) -> None:
    for kind in ("ack", "complete"):
        reply = compose_reply(nothing_read, "IPOM-2024-0012", Config(), kind, language=lang)
        assert reply is not None
        assert "IPOM-2024-0012" in reply.body_text
        leftovers = [p for p in english_phrases() if p in reply.body_text]
        assert leftovers == [], (lang, kind)
    ack = compose_reply(nothing_read, "IPOM-2024-0012", Config(), "ack", language=lang)
    assert ack is not None
    for phrase in ASKS[lang]:
        assert phrase in ack.body_text


def test_the_english_reply_asks_for_each_missing_item_and_how_to_give_it(
    nothing_read: CheckResult,
) -> None:
    reply = compose_reply(nothing_read, "IPOM-2024-0012", Config(), language="en")
    assert reply is not None
    for phrase in ASKS["en"]:
        assert phrase in reply.body_text
    assert "the time in UT, e.g. 2024-05-12 21:34 UT, or your local time with its zone" in (
        reply.body_text
    )
    assert "keep IPOM-2024-0012 in the subject" in reply.body_text


def test_an_incomplete_reply_lists_exactly_what_is_missing() -> None:
    result = check_message(submission(body="My ISS photo, taken with a Canon EOS 6D."), Config())
    assert result.verdict.missing == ("taken_at",)
    reply = compose_reply(result, "IPOM-2024-0001", Config(), language="en")
    assert reply is not None
    assert ASKS["en"][1] in reply.body_text
    assert ASKS["en"][0] not in reply.body_text and ASKS["en"][2] not in reply.body_text
    assert "iss.jpg" in reply.body_text  # what was received


def test_a_complete_reply_says_what_was_read_and_asks_for_nothing() -> None:
    result = check_message(submission(), Config())
    assert result.verdict.status == "complete"
    reply = compose_reply(result, "IPOM-2024-0002", Config())
    assert reply is not None
    assert "Time taken: 2024-05-12 21:34:10 UT" in reply.body_text
    assert "Celestron EdgeHD 8" in reply.body_text
    assert all(phrase not in reply.body_text for phrase in ASKS["en"])
    assert reply.to_addr == "maria@example.es"
    assert reply.subject == "Re: ISS transit [IPOM-2024-0002]"


def test_the_reply_goes_to_a_reply_to_in_the_senders_domain_and_its_message_id_is_fixed() -> None:
    raw = submission(headers={"Reply-To": "photos@mail.example.es"})
    result = check_message(raw, Config())
    first = compose_reply(result, "IPOM-2024-0003", Config())
    again = compose_reply(check_message(raw, Config()), "IPOM-2024-0003", Config())
    assert first is not None and again is not None
    assert first.to_addr == "photos@mail.example.es"
    assert first.message_id == again.message_id and first.message_id.endswith("@example.org>")


def test_the_sender_s_words_are_escaped_in_the_html_part() -> None:
    raw = submission(sender='"<script>alert(1)</script>" <x@example.es>')
    reply = compose_reply(check_message(raw, Config()), "IPOM-2024-0004", Config())
    assert reply is not None and reply.body_html is not None
    assert "<script>" not in reply.body_html and "&lt;script&gt;" in reply.body_html
    assert "<script>alert(1)</script>" in reply.body_text  # plain text stays plain text


def test_no_reply_is_composed_when_the_rules_withhold_it(nothing_read: CheckResult) -> None:
    withheld = replace(
        nothing_read, verdict=replace(nothing_read.verdict, reply=ReplyDecision(False, "list"))
    )
    assert compose_reply(withheld, "IPOM-2024-0005", Config()) is None


def test_subject_keeps_one_re_and_one_reference() -> None:
    assert reply_subject("AW: Re: ISS [IPOM-2024-0012]", "IPOM-2024-0012") == (
        "Re: ISS [IPOM-2024-0012]"
    )
    assert reply_subject(None, "IPOM-2024-0001") == "Re: ISS Photo of the Month [IPOM-2024-0001]"


def test_the_reply_is_in_the_sender_s_language() -> None:
    body = "Hallo, anbei mein Foto der ISS vom Sonntagabend, aufgenommen mit meinem Teleskop."
    reply = compose_reply(
        check_message(submission(body=body), Config()), "IPOM-2024-0006", Config()
    )
    assert reply is not None and "Ihre Einsendung" in reply.body_text
    assert detect_language("ok", ("de", "en")) == "en"  # too short to tell: English


def test_a_result_without_the_senders_own_words_is_answered_in_their_language_too() -> None:
    body = "Hallo, anbei mein Foto der ISS vom Sonntagabend, aufgenommen mit meinem Teleskop."
    quoted = "\n\n> On Sunday you wrote:\n> Please send us the time of your photo in UT."
    result = check_message(submission(body=body + quoted), Config())
    assert result.own_words is not None and "Please send" not in result.own_words
    for words in (result.own_words, None):  # None: read by compose_reply itself
        reply = compose_reply(replace(result, own_words=words), "IPOM-2024-0006", Config())
        assert reply is not None and "Ihre Einsendung" in reply.body_text


def test_templates_beside_the_config_override_the_shipped_ones(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "reply" / "en"
    folder.mkdir(parents=True)
    (folder / "ack.txt").write_text("Our own words for {{ reference }}.\n", encoding="utf-8")
    (folder / "complete.txt").write_text("Done {{ reference }}.\n", encoding="utf-8")
    config = replace(Config(), path=tmp_path / "ipom.toml")
    result = check_message(submission(), config)
    reply = compose_reply(result, "IPOM-2024-0007", config, language="en")
    assert reply is not None and reply.body_text == "Our own words for IPOM-2024-0007.\n"


def test_a_reply_to_another_mailbox_of_the_senders_domain_repeats_neither_links_nor_subject() -> (
    None
):
    raw = submission(
        sender="Ann <ann@example.org>",
        subject="Cheap pills https://spam.example/buy",
        body="ISS pass on 2024-05-12 at 21:34:10 UT. Celestron EdgeHD 8, ZWO ASI462MC.\n"
        "Full size: https://www.dropbox.com/s/abc123/iss.tif?dl=0\n",
        headers={"Reply-To": "bob@example.org"},
    )
    result = check_message(raw, Config())
    assert result.fields.links  # the link is read and kept for the curator
    reply = compose_reply(result, "IPOM-2024-0001", Config())
    assert reply is not None and reply.to_addr == "bob@example.org"
    assert "spam.example" not in reply.subject and "Cheap pills" not in reply.subject
    assert "dropbox.com" not in reply.body_text and "dropbox.com" not in (reply.body_html or "")
    own = compose_reply(check_message(raw.replace(b"Reply-To: bob@example.org\n", b""), Config()),
                        "IPOM-2024-0001", Config())  # fmt: skip
    assert own is not None and own.to_addr == "ann@example.org"
    assert "dropbox.com" in own.body_text and "Cheap pills" in own.subject
