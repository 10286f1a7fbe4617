"""A site or village the sender went to, not their home town (batch-39): a site named with
its kind in lower case after a verb of going ("je suis montée au col de Porte", "em vẫn ra
hồ Tuyền Lâm"), a village with an adverb before the preposition ("am urcat special la
Bran"), a Dutch site behind its article ("naar het Dwingelderveld gereden"), a Hindi
village before "from" and a verb of taking ("लद्दाख के हानले गाँव से … ली"), a Catalan site
after "al" the Subject names too. Never the town the sender lives in, nor a kind alone."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_indic import indic_site
from ipom_mail.pipeline.fields.place_went_to import went_to_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("J'habite à Grenoble, mais je suis montée au col de Porte, où l'horizon est dégagé.", "col de Porte"),
        ("Samedi, nous sommes allés au lac de Serre-Ponçon pour le passage.", "lac de Serre-Ponçon"),
        ("Tối qua trời quang nên em vẫn ra hồ Tuyền Lâm chụp ISS.", "hồ Tuyền Lâm"),
        ("Cuối tuần chúng tôi lên đồi Robin ngắm trạm.", "đồi Robin"),
        ("Noi locuim în Brașov, dar am urcat special la Bran pentru cadru.", "Bran"),
        ("Sâmbătă am mers la Sinaia cu toată familia.", "Sinaia"),
        ("Samen met mijn vriend ben ik naar\nhet Dwingelderveld gereden, vlak bij Dwingeloo.", "Dwingelderveld"),
        ("Gisteren ben ik naar de Posbank gereden.", None),  # no town, no site by its kind
    ],
)  # fmt: skip
def test_the_site_or_village_gone_to_is_the_place(text: str, place: str | None) -> None:
    assert went_to_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "J'habite à Grenoble, le col est loin.",  # a home town, no verb of going
        "Je suis allée au lac hier, sans nom.",  # a kind alone
        "Em ra hồ chụp ISS.",  # a kind alone, no name
        "Noi locuim în Brașov și am fotografiat din grădină.",  # the home town
        "Thuis in Assen heb je overal straatverlichting.",  # the home town
    ],
)  # fmt: skip
def test_a_home_town_or_a_kind_alone_is_no_place_gone_to(text: str) -> None:
    assert went_to_place(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("आरव ने शाम लद्दाख के हानले गाँव से अंतरराष्ट्रीय अंतरिक्ष स्टेशन की यह तस्वीर ली।", "हानले"),
        ("मैंने कल रात अपने गांव बरसाना से यह तस्वीर खींची थी।", None),  # a kind before: unsure
        ("मैं जयपुर शहर में रहता हूँ।", None),  # lives in: no verb of taking
        # with its region after a comma, the village is left to be read as written, kind and all
        ("कल रात हानले गाँव, लद्दाख से यह तस्वीर ली।", None),
    ],
)  # fmt: skip
def test_a_hindi_village_taken_from_is_the_place(text: str, place: str | None) -> None:
    assert indic_site(text) == place


def test_the_catalan_site_the_subject_names_after_al_is_the_place() -> None:
    body = (
        "Bon dia,\n\nUs envio la meva foto de l'Estació Espacial Internacional passant per\n"
        "sobre de la cúpula de l'observatori, al Montsec. Dissabte al vespre hi vam pujar.\n\n"
        "Salutacions,\nNúria\n"
    )
    assert mail_place("Foto de l'ISS des del Montsec", body) == "Montsec"


def test_the_village_climbed_to_beats_the_home_town() -> None:
    body = (
        "Bună ziua,\n\nEa a fotografiat Stația Spațială Internațională marți seara, deasupra\n"
        "Castelului Bran. Noi locuim în Brașov, dar am urcat special la Bran pentru cadru.\n\n"
        "Cu stimă,\nMihai\n"
    )
    assert mail_place("Fotografie ISS", body) == "Bran"


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # the Subject names the mountain gone to: no town list needed
        ("ISS über dem Schauinsland",
         "Also bin ich nach Feierabend auf den Schauinsland oberhalb von Freiburg gefahren.\n"
         "Ich wohne zwar in Emmendingen, aber dort oben ist der Horizont frei.\n\nJogi",
         "Schauinsland"),
        ("ISS boven de Posbank",
         "Gisteren ben ik naar de Posbank gereden, thuis in Arnhem is het te licht.\n\nSanne",
         "Posbank"),
    ],
)  # fmt: skip
def test_a_site_gone_to_that_the_subject_names_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the Subject names no place gone to: the mountain is unsure
        ("ISS-Foto", "Also bin ich auf den Schneeberg gefahren.\n\nJogi"),
        # the Subject names another place than the one gone to
        ("ISS über dem Feldberg", "Also bin ich auf den Schauinsland gefahren.\n\nJogi"),
    ],
)  # fmt: skip
def test_a_site_gone_to_the_subject_does_not_name_is_unsure(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None
