"""location, issue 13: a site named in the grammar of a declining language (Romanian,
Estonian, Hungarian, Greek, Czech, Slovak, Bulgarian, Ukrainian, Slovenian), where the
photographer stood; a home town, the station's own name or what was passed over is none."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # the Subject writes a case ending onto the body's base form
        (
            "ISS deasupra Vârfului Omu",
            "Vă trimit fotografia mea cu trecerea stației. Am fotografiat de pe Vârful Omu, "
            "în Munții Bucegi, unde am urcat cu prietenii.",
            "Vârful Omu",
        ),
        (
            "ISS deasupra Vârfului Toaca",
            "Vă trimit fotografia mea. Am fotografiat de pe Vârful Toaca, în Munții "
            "Ceahlău, după o urcare lungă.",
            "Vârful Toaca",
        ),
        # the Subject's name after the station's capitals, in the body in a case ending
        (
            "ISS Tõravere kohal",
            "Tere! Saadan oma foto ISS-i ülelennust. Pildistasin Tõraveres, Tartumaal, "
            "observatooriumi torni taustal.",
            "Tõravere",
        ),
        (
            "ISS a Piszkés-tető felett",
            "Küldöm a Nemzetközi Űrállomásról készült felvételemet, amelyet szombat este "
            "készítettem a Piszkés-tetőn, Mátraszentimre mellett, a csillagvizsgáló "
            "kupolái fölött.",
            "Piszkés-tető",
        ),
        (
            "ISS a Kékestető felett",
            "Küldöm a Nemzetközi Űrállomásról készült felvételemet, amelyet szombat este "
            "készítettem a Kékestetőn, a tévétorony mellől.",
            "Kékestető",
        ),
        # a site after "seen from" in Greek, in the accusative
        (
            "ISS πάνω από τον Παρθενώνα",
            "Σας στέλνω τη φωτογραφία μου με τον ISS να περνάει πάνω από τον Παρθενώνα, όπως "
            "φαίνεται από τον Υμηττό, πάνω από την Αθήνα.",
            "Υμηττό",
        ),
        # an observatory "at" in Czech and Slovak, its name after the kind as it is
        (
            "Přechod ISS přes Slunce",
            "Posílám přechod ISS, který jsem vyfotil včera na Hvězdárně Ďáblice. Bydlím v "
            "Kladně, ale to leželo mimo pás přechodu.",
            "Hvězdárně Ďáblice",
        ),
        (
            "Prelet ISS",
            "Posielam fotku preletu ISS, ktorú som odfotil včera na hvezdárni Hlohovec. "
            "Býva som v Trnave, ale tam bolo zamračené.",
            "hvezdárni Hlohovec",
        ),
        # a site in capitals the Subject names, the body after "на"
        (
            "МКС над НАО Рожен",
            "Изпращам снимка на прелитането на МКС, направена от двора на НАО Рожен, "
            "където бях на летен лагер.",
            "НАО Рожен",
        ),
        # a village after its kind in the locative, its name as it is
        (
            "МКС над Дніпром",
            "Сьогодні ввечері нарешті вдалося зняти МКС з пагорба над Дніпром у селі Витачів.",
            "Витачів",
        ),
        # the Subject's base form after a dash, the body's name with an ending added
        (
            "Fotografija ISS – Rožnik",
            "Pošiljam fotografijo ISS, posneto danes zgodaj zjutraj na Rožniku v Ljubljani.",
            "Rožnik",
        ),
        (
            "Fotografija ISS – Krim",
            "Pošiljam fotografijo ISS, posneto včeraj zvečer na Krimu nad Igom.",
            "Krim",
        ),
    ],
)
def test_a_site_in_a_declining_language_is_where_the_photo_was_taken(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body", "not_place"),
    [
        # a short stem a case ending lengthens may be a case itself
        ("ISS nad Tatrami", "Posílám fotku, fotil jsem ji z Tatr minulý týden.", "Tatr"),
        # the station named in a case before a verb of taking is no spot it was taken from
        ("ISS felett", "A Nemzetközi Űrállomásról készült felvételem.", "Űrállomás"),
        # what was seen is not where one stood
        (
            "ISS πάνω από τον Παρθενώνα",
            "Ο ISS περνάει πάνω από τον Παρθενώνα.",
            "Παρθενώνα",
        ),
        # a person's name after the dash, the body's word is not it with an ending
        ("Fotografija ISS – Nejc", "Pošiljam fotografijo mojega sina Nejca.", "Nejc"),
    ],
)
def test_a_name_that_is_no_site_is_not_read(subject: str, body: str, not_place: str) -> None:
    assert mail_place(subject, body) != not_place
