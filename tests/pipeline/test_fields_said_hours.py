"""Clocks said in words in more languages ("alle nove e un quarto di sera", "dix heures
moins le quart du soir", "v půl desáté večer", "в половине десятого вечера", "halb elf
abends"), a whole hour with its zone ("um 21 Uhr MESZ", "रात 9 बजे IST"), and an evening
word past CLDR's end ("o jedenastej wieczorem" is 23:00). German, Dutch, Czech and Russian
count a half toward the next hour ("halb elf" is 10:30), English does not ("half eleven"
is 11:30). A time is read only with its zone; a number word that is no clock gives none."""

from __future__ import annotations

import pytest

from tests.pipeline.test_fields_period_words import _taken

CEST = "Sat, 04 Sep 2027 09:00:00 +0200"
MSK = "Sat, 04 Sep 2027 09:00:00 +0300"
BST = "Sat, 04 Sep 2027 09:00:00 +0100"
IST = "Sat, 04 Sep 2027 09:00:00 +0530"


# fmt: off
@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        # said in words, in more languages
        ("Ho scattato la foto il 3 settembre 2027 alle nove e un quarto di sera, ora italiana.", CEST, "2027-09-03T19:15"),
        ("Ho scattato la foto il 3 settembre 2027 alle dieci meno un quarto di sera, ora italiana.", CEST, "2027-09-03T19:45"),
        ("Ho scattato la foto il 3 settembre 2027 verso le nove e mezza di sera, ora italiana.", CEST, "2027-09-03T19:30"),
        ("J'ai pris la photo le 3 septembre 2027 à dix heures moins le quart du soir, heure de Paris.", CEST, "2027-09-03T19:45"),
        ("J'ai pris la photo le 3 septembre 2027 à neuf heures et demie du soir, heure de Paris.", CEST, "2027-09-03T19:30"),
        ("J'ai pris la photo le 3 septembre 2027 à vingt et une heures trente, heure de Paris.", CEST, "2027-09-03T19:30"),
        ("Fotil jsem 3. září 2027 v půl desáté večer SELČ.", CEST, "2027-09-03T19:30"),
        ("Fotil jsem 3. září 2027 ve čtvrt na deset večer SELČ.", CEST, "2027-09-03T19:15"),
        ("Fotil jsem 3. září 2027 ve tři čtvrtě na deset večer SELČ.", CEST, "2027-09-03T19:45"),
        ("Снимал 3 сентября 2027 года в половине десятого вечера по московскому времени.", MSK, "2027-09-03T18:30"),
        ("Снимал 3 сентября 2027 года без четверти десять вечера по московскому времени.", MSK, "2027-09-03T18:45"),
        ("Снимал 3 сентября 2027 года в четверть одиннадцатого вечера по московскому времени.", MSK, "2027-09-03T19:15"),
        ("Ich habe das Foto am 3. September 2027 halb elf abends MESZ gemacht.", CEST, "2027-09-03T20:30"),
        ("Ich habe das Foto am 3. September 2027 um Viertel nach zehn abends MESZ gemacht.", CEST, "2027-09-03T20:15"),
        ("Ich habe das Foto am 3. September 2027 um Viertel vor zehn abends MESZ gemacht.", CEST, "2027-09-03T19:45"),
        ("Ich habe das Foto am 3. September 2027 dreiviertel zehn abends MESZ gemacht.", CEST, "2027-09-03T19:45"),
        ("Ik maakte de foto op 3 september 2027 om kwart over tien 's avonds, Nederlandse tijd.", CEST, "2027-09-03T20:15"),
        ("Ik maakte de foto op 3 september 2027 om half elf 's avonds, Nederlandse tijd.", CEST, "2027-09-03T20:30"),
        ("Tomé la foto el 3 de septiembre de 2027, las diez menos cuarto de la noche, hora peninsular.", CEST, "2027-09-03T19:45"),
        ("The station crossed on 3 September 2027 at half eleven at night BST.", BST, "2027-09-03T22:30"),
        # a whole hour with its zone
        ("मैंने 3 सितंबर 2027 को रात 9 बजे IST फोटो ली।", IST, "2027-09-03T15:30"),
        ("Ich habe das Foto am 3. September 2027 um 21 Uhr MESZ gemacht.", CEST, "2027-09-03T19:00"),
        ("J'ai pris la photo le 3 septembre 2027 à 21 h heure de Paris.", CEST, "2027-09-03T19:00"),
        ("Zrobiłem zdjęcie 3 września 2027 o 21 czasu polskiego.", CEST, "2027-09-03T19:00"),
        ("Zrobiłem zdjęcie 3 września 2027 o 9 wieczorem czasu polskiego.", CEST, "2027-09-03T19:00"),
        ("The station crossed on 3 September 2027, I shot it at 9 pm BST from the pier.", BST, "2027-09-03T20:00"),
        # an evening word beside eleven means the evening
        ("Zrobiłem zdjęcie 3 września 2027 o jedenastej wieczorem czasu polskiego.", CEST, "2027-09-03T21:00"),
        ("Снимал 3 сентября 2027 года в одиннадцать вечера по московскому времени.", MSK, "2027-09-03T20:00"),
        ("Ho scattato la foto il 3 settembre 2027 alle undici di sera, ora italiana.", CEST, "2027-09-03T21:00"),
        ("Ich habe das Foto am 3. September 2027 um elf Uhr abends MESZ gemacht.", CEST, "2027-09-03T21:00"),
        ("The station crossed on 3 September 2027 at eleven in the evening BST.", BST, "2027-09-03T22:00"),
    ],
)
def test_an_hour_said_in_words_or_whole_with_its_zone_is_read(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


# fmt: on
@pytest.mark.parametrize(
    "text",
    [
        # a number word that is no clock
        "The station crossed on 3 September 2027, I took nine photos in the evening BST.",
        "The station crossed on 3 September 2027; I missed half the pass in the evening BST.",
        "Ho scattato il 3 settembre 2027 alle nove foto di sera, ora italiana.",
        # a whole hour without a period word: morning or evening?
        "The station crossed on 3 September 2027 at 9 BST.",
        "The station crossed on 3 September 2027 at 13 pm BST.",
        # an afternoon word beside nine contradicts it
        "The station crossed on 3 September 2027 at nine in the afternoon BST.",
    ],
)
def test_words_that_are_no_certain_clock_are_not_read(text: str) -> None:
    assert _taken(text, BST) is None


@pytest.mark.parametrize(
    ("text", "header", "wrong"),
    [
        # "halb elf" is half an hour before eleven, not after it
        (
            "Ich habe das Foto am 3. September 2027 um halb elf abends MESZ gemacht.",
            CEST,
            "2027-09-03T21:30",
        ),
        ("Fotil jsem 3. září 2027 ve čtvrt na deset večer SELČ.", CEST, "2027-09-03T20:15"),
        (
            "The station crossed on 3 September 2027 at half eleven at night BST.",
            BST,
            "2027-09-03T21:30",
        ),
    ],
)
def test_a_half_or_quarter_counts_the_way_its_language_does(
    text: str, header: str, wrong: str
) -> None:
    assert _taken(text, header) not in (None, wrong)


def test_a_whole_hour_without_a_zone_is_no_time() -> None:
    text = "Ich habe das Foto am 3. September 2027 um 21 Uhr gemacht."
    assert _taken(text, CEST) is None
