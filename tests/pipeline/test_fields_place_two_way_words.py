"""location, issue 13: a word that is "in" or "at" in one language and an ordinary word in
another ("en", "a", "i", "in", "da", …) leads a place only in a mail written in a language
where it is the locative; in a mail whose language is unsure, never."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields
from ipom_mail.pipeline.fields.place_words import licensed_in
from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.parse.message import parse_message


def _place(body: str, subject: str = "ISS") -> str | None:
    msg = EmailMessage()
    msg["From"] = "Sky Watcher <sky@example.org>"
    msg["To"] = "ISS Photo of the Month <ipom@example.org>"
    msg["Subject"] = subject
    msg["Date"] = "Sat, 14 Nov 2026 22:10:00 +0100"
    msg.set_content(body, cte="8bit")
    parsed = parse_message(msg.as_bytes())
    config = Config()
    return extract_fields(parsed, extract_media(parsed.parts, config.limits), config).location


@pytest.mark.parametrize(
    ("body", "not_a_place"),
    [
        # Dutch "en" is "and": a star's and a friend's names, no Spanish "in"
        ("Hallo,\n\nHierbij mijn foto van het ISS, gisteravond om 18:04 UT genomen. Op de foto "
         "staat het ISS tussen de sterren Vega en Mira.\n\nGroeten,\nSanne\n", "Mira"),
        ("Hallo,\n\nHierbij mijn foto van het ISS, gisteravond om 18:04 UT genomen. Ik stond "
         "buiten samen met mijn dochter en Sofia.\n\nGroeten,\nSanne\n", "Sofia"),
        # Catalan "en" is the article before a man's name
        ("Hola,\n\nus envio la meva foto de l'ISS, feta ahir a les 18:04 UT. La vaig fer amb "
         "en Pau, el meu germà, des del balcó de casa.\n\nSalutacions,\nMarta\n", "Pau"),
        # Croatian "i" is "and", not Swedish "in"
        ("Pozdrav,\n\nšaljem svoju fotografiju ISS-a snimljenu sinoć u 18:04 UT. Prelet smo "
         "gledali moj brat i Luka.\n\nLijep pozdrav,\nIvan\n", "Luka"),
        # Slovenian "in" is "and", not English or German "in"
        ("Pozdravljeni,\n\npošiljam svojo fotografijo ISS, posneto včeraj ob 18:04 UT. Na vrtu "
         "sva jo gledala moj mož in Vera.\n\nLep pozdrav,\nMaja\n", "Vera"),
        # Spanish "a" is "to", not Italian "a" ("in"): the photo was shown to Carmen
        ("Hola,\n\nos envío mi foto de la ISS tomada anoche a las 18:04 UT desde el jardín. "
         "Antes se la enseñé a Carmen.\n\nUn saludo,\nLucía\n", "Carmen"),
        # Czech "a" is "and"
        ("Dobrý den,\n\nposílám svou fotografii ISS, pořízenou včera v 18:04 UT na zahradě. "
         "Přelet jsme pozorovali já a Vera.\n\nS pozdravem,\nPetr\n", "Vera"),
    ],
)  # fmt: skip
def test_a_word_that_is_no_locative_in_the_mails_language_leads_no_place(
    body: str, not_a_place: str
) -> None:
    assert _place(body) != not_a_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Hola,\n\nos envío mi foto de la ISS tomada anoche a las 18:04 UT en Zaragoza, con el "
         "cielo totalmente despejado.\n\nUn saludo,\nLucía\n", "Zaragoza"),
        ("Ciao,\n\nvi mando la mia foto della ISS scattata ieri sera alle 18:04 UT a Bologna, "
         "con il cielo limpido.\n\nSaluti,\nMarco\n", "Bologna"),
        ("Hej,\n\nhär är min bild på ISS, tagen i går kväll kl. 18:04 UT i Uppsala, när himlen "
         "var helt klar.\n\nHälsningar,\nAnna\n", "Uppsala"),
        ("Hallo,\n\nHierbij mijn foto van het ISS, gisteravond om 18:04 UT genomen te Leiden, "
         "met een heldere hemel.\n\nGroeten,\nSanne\n", "Leiden"),
    ],
)  # fmt: skip
def test_the_same_word_in_its_own_language_still_leads_the_place(body: str, place: str) -> None:
    assert _place(body) == place


def test_a_mail_too_short_to_tell_its_language_reads_no_two_way_word() -> None:
    assert _place("ISS en Madrid, 18:04 UT.\n") is None


def test_the_mails_language_decides_which_two_way_words_are_locatives() -> None:
    dutch = "Hierbij mijn foto van het ISS, gisteravond genomen vanuit de tuin met mijn dochter."
    spanish = "Os envío mi foto de la ISS tomada anoche desde el jardín de mi casa con mi hija."
    assert "en" not in licensed_in(dutch)
    assert "en" in licensed_in(spanish)
    assert licensed_in("ISS en Madrid") == frozenset()
