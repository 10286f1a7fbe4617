"""A relative day in a sentence about what the sender did with the photo afterwards (stacked,
edited, showed it at a meeting) is that day's, never the photo's (batch-42): "Yesterday
evening I finally stacked the frames" does not date a time written elsewhere with no date of
its own. The photo's own "last night" still does, in the same mails."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

SENT = "Thu, 15 Jul 2027 08:00:00 +0200"


@pytest.mark.parametrize(
    "body",
    [
        "Here's my ISS over the cathedral.\n\nTime: 19:42:10 UT, max elevation 68°.\n\n"
        "I finally got round to stacking the frames yesterday evening after work.",
        "Anbei mein Foto der ISS über dem Dom.\n\nAufnahmezeit 21:42 MESZ.\n\n"
        "Gestern Abend habe ich die Bilder endlich bearbeitet.",
        "Vedlagt er bildet mitt av ISS over Mjøsa, tatt kl. 22:47 norsk tid.\n\n"
        "I går kveld viste jeg bildet på medlemsmøtet, og flere mente jeg burde sende det inn.",
        "Voici ma photo de l'ISS au-dessus du phare, à 22h47 heure de Paris.\n\n"
        "Hier soir je l'ai enfin retouchée et montrée au club.",
        "Os envío mi foto de la ISS sobre el castillo, a las 22:47 hora peninsular.\n\n"
        "Anoche la procesé con Siril.",
        "Przesyłam zdjęcie ISS nad zamkiem, godz. 22:47 czasu polskiego.\n\n"
        "Wczoraj wieczorem obrobiłem je w Photoshopie.",
        "Sänder min bild av ISS över fyren, kl. 22.47 svensk sommartid.\n\n"
        "I går kväll redigerade jag bilden hemma.",
        "Посылаю снимок МКС над храмом, в 22:47 по московскому времени.\n\n"
        "Вчера вечером я обработал кадры.",
        "Beküldöm az ISS képemet a vár fölött, 22:47-kor, nyári időszámítás szerint.\n\n"
        "Tegnap este raktam össze a képeket StarStaX-szel.",
    ],
)
def test_a_relative_day_of_what_was_done_afterwards_dates_no_photo(body: str) -> None:
    fields = mail_fields("ISS photo", body, date=SENT)
    assert fields.taken_at is None
    assert fields.taken_date is None


@pytest.mark.parametrize(
    "body",
    [
        "Gestern Abend habe ich das Foto noch bearbeitet.\n\n"
        "Das Foto entstand um Viertel nach neun (MESZ) über Regensburg.",
        "I går kveld redigerte jeg bildet.\n\nISS kom kvart over ni (norsk sommertid).",
    ],
)
def test_an_edit_last_night_settles_no_clock_said_in_words(body: str) -> None:
    fields = mail_fields("ISS photo", body, date=SENT)
    assert fields.taken_at is None


@pytest.mark.parametrize(
    ("body", "ut"),
    [
        (
            "Yesterday evening I photographed the ISS over the cathedral.\n\n"
            "Time: 21:42:10 CEST. I stacked 12 frames in Sequator.",
            "2027-07-14T19:42:10+00:00",
        ),
        (
            "Gestern Abend habe ich die ISS über dem Dom fotografiert.\n\n"
            "Aufnahmezeit 21:42 MESZ. Die Bilder habe ich heute früh bearbeitet.",
            "2027-07-14T19:42:00+00:00",
        ),
        (
            "I går kveld tok jeg bildet av ISS over Mjøsa.\n\nKlokka var 22:47 norsk tid.",
            "2027-07-14T20:47:00+00:00",
        ),
    ],
)
def test_the_photos_own_relative_day_still_dates_its_time(body: str, ut: str) -> None:
    fields = mail_fields("ISS photo", body, date=SENT)
    assert fields.taken_at is not None
    assert fields.taken_at.isoformat() == ut
