"""location: a town the mail names for another reason than the photo is never its place —
where the sender drove from, where the station went, where a piece of gear stayed, the
town of the closing greeting, the town beside a named site; and the town under the sender's
name only when nothing says the photo was taken away from home (an observatory, a cottage,
a place the Subject says was passed over). Near-misses keep their place."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_away import away_from_home, without_journeys
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS photo", "We drove up from Toronto on Saturday for dark skies and shot the ISS "
         "at 23:02 from a field.\n\nBest,\nDerek"),
        ("Mynd af geimstöðinni", "Geimstöðin fór yfir gjána og hvarf í átt að Reykjavík "
         "kl. 22:41.\n\nKveðja,\nGuðrún"),
        ("МКС", "Станция шла высоко и ушла в сторону Твери в 00:47.\n\nС уважением,\nАлексей"),
        ("Photo ISS", "La lunette du club est restée au local à Gap, elle ne rentrait pas "
         "dans la voiture. Pose de 20 s à 23h18.\n\nBien cordialement,\nCamille"),
        ("ISS fotoğrafı", "Pozlama 30 sn, saat 21:39.\nCelestron'u bu sefer evde, "
         "İstanbul'da bıraktım.\n\nSaygılarımla,\nEmre"),
        ("ISS", "Snimljeno u 21:58 po lokalnom vremenu.\n\nLijep pozdrav iz Splita,\nIvana"),
        ("Φωτογραφία ISS", "Ο σταθμός περνούσε πάνω από τη Θεσσαλονίκη προς τα "
         "βορειοανατολικά στις 22:48.\n\nΜε εκτίμηση,\nΝίκος"),
    ],
)  # fmt: skip
def test_a_town_named_for_another_reason_is_no_place(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # the photo's own place beside a journey's start stays
        ("ISS photo", "We drove up from Toronto and shot the ISS above the lake in Bruce "
         "Peninsula National Park, Ontario, at 23:02.\n\nBest,\nDerek",
         "Bruce Peninsula National Park, Ontario"),
        # "from" after no verb of travel is where it was taken
        ("ISS photo", "Shot from Hamilton, Ontario at 23:02 last night.\n\nBest,\nDerek",
         "Hamilton, Ontario"),
        # a greeting opening a mail is not its closing
        ("Foto ISS", "Saluti da Torino! La ISS fotografata ieri alle 21:15 da Torino, "
         "Piemonte.\n\nCiao,\nLuca", "Torino, Piemonte"),
    ],
)  # fmt: skip
def test_the_photos_own_place_stays(subject: str, body: str, place: str) -> None:
    assert mail_place(subject, body) == place


def test_the_town_beside_a_named_site_is_not_read_as_the_place() -> None:
    body = (
        "A felvételt a Zselici Csillagparkban, Zselickisfalud mellett készítettem 21:58-kor."
        "\n\nÜdvözlettel:\nRéka"
    )
    assert "Zselickisfalud" not in without_journeys(body)
    assert "Zselici Csillagparkban" in without_journeys(body)
    assert mail_place("ISS felvétel", body) != "Zselickisfalud"


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        ("SKS fotogrāfija", "Attēls uzņemts pie LU Astronomijas institūta observatorijas "
         "27. maijā 23:05.\n\nAr cieņu,\nJānis Bērziņš\nRīga", "Jānis Bērziņš <j@example.lv>"),
        ("TKS nuotrauka", "Nuotrauka daryta prie Molėtų astronomijos observatorijos "
         "23:18.\n\nPagarbiai,\nTomas Kazlauskas\nKaunas", "Tomas Kazlauskas <t@example.lt>"),
        ("ISS-kuva", "Kuvasin sen mökkilaiturilta klo 23.47.\n\nTerveisin\nMatti Virtanen\n"
         "Espoo", "Matti Virtanen <m@example.fi>"),
        ("ISS nad Kolonickým sedlom", "Fotka ISS zo včerajšieho večera o 21:52.\n\n"
         "S pozdravom\nMartina Kováčová\nKošice", "Martina Kováčová <m@example.sk>"),
        ("МКС", "Снимок снят этой ночью на даче в деревне Синьково Дмитровского района.\n\n"
         "С уважением,\nАлексей Громов\nМосква", "Алексей Громов <a@example.ru>"),
    ],
)  # fmt: skip
def test_the_senders_town_is_no_place_when_the_photo_was_taken_away(
    subject: str, body: str, sender: str
) -> None:
    assert mail_place(subject, body, sender) is None


def test_a_village_named_by_its_kind_beats_the_senders_town() -> None:
    body = (
        "Снимок снят этой ночью на даче в деревне Синьково, в 00:47.\n\n"
        "С уважением,\nАлексей Громов\nМосква"
    )
    assert mail_place("МКС", body, "Алексей Громов <a@example.ru>") == "Синьково"


def test_the_senders_town_stays_when_the_photo_was_taken_at_home() -> None:
    body = "Shot from my back garden at 22:10 last night.\n\nCheers,\nAnna Berg\nUppsala"
    assert mail_place("ISS pass", body, "Anna Berg <a@example.se>") == "Uppsala"
    assert not away_from_home("Shot from my back garden, near the observatory's road.")
    assert away_from_home("Shot at the observatory on the hill.")


def test_a_home_in_a_clause_without_the_verb_of_taking_is_not_the_place() -> None:
    body = (
        "Aufgenommen habe ich ihn auf dem Gelände der Sternwarte Kirchheim, weil die Linie "
        "dort durchlief – bei mir zu Hause in Erfurt hätte ich ihn verpasst.\n\nGrüße,\nMatthias"
    )
    assert mail_place("ISS-Transit", body) != "Erfurt"
    home = "Aufgenommen am Mittwoch, bei uns in St. Koloman vom Parkplatz aus.\n\nGrüße,\nSepp"
    assert mail_place("ISS", home) == "St. Koloman"
