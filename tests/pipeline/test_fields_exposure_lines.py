"""An exposure's or a series' start and end under labels, a line each ("Inizio posa" /
"Fine posa", "Start of exposure:", "Początek ekspozycji:", "Belichtungsbeginn",
"début de pose", "露光開始"): the photo's taken_at and taken_until, never the pass window
(issue 13, batch-21). A pass's own start and end labels stay the flyby's.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.exposure_lines import exposure_edge, label_edge
from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.segments import segments as segments_of
from ipom_mail.pipeline.fields.shot_spans import timed_exposure
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _read(text: str, sent: str) -> tuple[str | None, str | None, str | None, str | None]:
    header = datetime.fromisoformat(sent)
    taken = find_taken_at(text, NO_MEDIA, header)
    flyby = find_flyby(text, taken, header)

    def iso(value: datetime | None) -> str | None:
        return value.strftime("%Y-%m-%dT%H:%M:%S") if value is not None else None

    return iso(taken.taken_at), iso(taken.until), iso(flyby.start), iso(flyby.end)


@pytest.mark.parametrize(
    ("text", "sent", "start", "end"),
    [
        (  # an HTML table turned to text: the label in the first cell
            "vi invio la mia foto della ISS.\n\nData                domenica 12 luglio 2026\n"
            "Inizio posa         22:31:40 (ora legale italiana, UTC+2)\n"
            "Fine posa           22:33:10\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (
            "Here is my photo of the ISS.\n\nDate: Sunday 12 July 2026\n"
            "Start of exposure: 22:31:40 CEST\nEnd of exposure: 22:33:10 CEST\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (
            "Przesyłam zdjęcie ISS.\n\nData: niedziela 12 lipca 2026\n"
            "Początek ekspozycji: 22:31:40 CEST\nKoniec ekspozycji: 22:33:10 CEST\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (  # compound words: the start and end written onto the exposure's noun
            "Anbei mein Foto der ISS.\n\nDatum: Sonntag, 12. Juli 2026\n"
            "Belichtungsbeginn: 22:31:40 MESZ\nBelichtungsende: 22:33:10 MESZ\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (
            "Voici ma photo de l'ISS.\n\nDate : dimanche 12 juillet 2026\n"
            "Début de pose : 22:31:40 (heure de Paris)\nFin de pose : 22:33:10\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (
            "本栖湖で撮影したISSの写真です。\n\n撮影日：2026年7月12日\n"
            "露光開始：22時31分40秒（日本時間）\n露光終了：22時33分10秒\n",
            "2026-07-15T14:22:08+09:00",
            "2026-07-12T13:31:40",
            "2026-07-12T13:33:10",
        ),
        (
            "Les envío mi foto de la ISS.\n\nFecha: domingo 12 de julio de 2026\n"
            "Inicio de la exposición: 22:31:40 CEST\nFin de la exposición: 22:33:10 CEST\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (
            "Här är min bild av ISS.\n\nDatum: 12 juli 2026\n"
            "Exponeringsstart: 22:31:40 CEST\nExponeringsslut: 22:33:10 CEST\n",
            "2026-07-15T14:22:08+02:00",
            "2026-07-12T20:31:40",
            "2026-07-12T20:33:10",
        ),
        (
            "Отправляю фото МКС.\n\nДата: 12 июля 2026\n"
            "Начало съёмки: 22:31:40 МСК\nКонец съёмки: 22:33:10 МСК\n",
            "2026-07-15T14:22:08+03:00",
            "2026-07-12T19:31:40",
            "2026-07-12T19:33:10",
        ),
        (
            "Σας στέλνω τη φωτογραφία μου του ISS.\n\nΗμερομηνία: 12 Ιουλίου 2026\n"
            "Έναρξη λήψης: 22:31:40 ώρα Ελλάδος\nΛήξη λήψης: 22:33:10 ώρα Ελλάδος\n",
            "2026-07-15T14:22:08+03:00",
            "2026-07-12T19:31:40",
            "2026-07-12T19:33:10",
        ),
        (
            "ISS fotoğrafımı gönderiyorum.\n\nTarih: 12 Temmuz 2026\n"
            "Çekim başlangıcı: 22:31:40 TSİ\nÇekim bitişi: 22:33:10 TSİ\n",
            "2026-07-15T14:22:08+03:00",
            "2026-07-12T19:31:40",
            "2026-07-12T19:33:10",
        ),
        (
            "ISS 사진을 보냅니다.\n\n날짜: 2026년 7월 12일\n"
            "촬영 시작: 22시 31분 40초 (한국 시간)\n촬영 종료: 22시 33분 10초 (한국 시간)\n",
            "2026-07-15T14:22:08+09:00",
            "2026-07-12T13:31:40",
            "2026-07-12T13:33:10",
        ),
        (
            "Lähetän kuvani ISS:stä, otettu 12. heinäkuuta 2026.\n\n"
            "Valotuksen alku: 22:31:40 (UTC+3)\nValotuksen loppu: 22:33:10 (UTC+3)\n",
            "2026-07-15T14:22:08+03:00",
            "2026-07-12T19:31:40",
            "2026-07-12T19:33:10",
        ),
    ],
)
def test_an_exposures_labelled_start_and_end_are_the_photos_not_the_pass(
    text: str, sent: str, start: str, end: str
) -> None:
    assert _read(text, sent) == (start, end, None, None)


def test_the_pass_start_and_end_labels_stay_the_flybys_beside_an_exposure_line() -> None:
    text = (
        "Hier mein Bild der ISS.\n\nDatum: 12. Juli 2026\n"
        "Aufnahmebeginn 22:31:40 MESZ\nAufnahmeende 22:33:10 MESZ\n"
    )
    assert _read(text, "2026-07-15T14:22:08+02:00")[:2] == (
        "2026-07-12T20:31:40",
        "2026-07-12T20:33:10",
    )


@pytest.mark.parametrize(
    "text",
    [
        # labels naming the pass, not an exposure: the pass window, the photo's time apart
        "Here is my photo of the ISS.\n\nDate: Sunday 12 July 2026\n"
        "Start: 22:30:40 CEST\nEnd: 22:35:10 CEST\nPhoto taken at 22:31:40 CEST\n",
        "Ecco la mia foto della ISS.\n\nData: 12 luglio 2026\n"
        "Inizio passaggio: 22:30:40 CEST\nFine passaggio: 22:35:10 CEST\n"
        "Scatto: 22:31:40 CEST\n",
    ],
)
def test_a_pass_windows_labels_stay_the_flyby(text: str) -> None:
    assert _read(text, "2026-07-15T14:22:08+02:00") == (
        "2026-07-12T20:31:40",
        None,
        "2026-07-12T20:30:40",
        "2026-07-12T20:35:10",
    )


@pytest.mark.parametrize(
    "text",
    [
        # an exposure's length in its own line is no exposure's start: the window is the pass
        "Here is my photo of the ISS, 12 July 2026.\n\nExposure: 30 s at ISO 1600\n"
        "Pass start: 22:30:40 CEST\nPass end: 22:35:10 CEST\n",
        # a meeting's start and end are neither the photo's nor the pass's
        "Here is my photo of the ISS, 12 July 2026.\n\n"
        "Meeting start: 19:00 CEST\nMeeting end: 21:00 CEST\n",
        # the date reads two ways (5 July or 7 May): the exposure's span has no date
        "Ecco la mia foto della ISS.\n\nData: 05/07/2026\n"
        "Inizio posa: 22:31:40 CEST\nFine posa: 22:33:10 CEST\n",
        # no zone: an exposure's span read, but no UT time
        "Hier mein Bild der ISS vom 12. Juli 2026.\n\n"
        "Belichtungsbeginn 22:31:40\nBelichtungsende 22:33:10\n",
    ],
)
def test_no_photo_time_is_read_from_a_pass_window_a_meeting_or_a_zoneless_exposure(
    text: str,
) -> None:
    at, until, _, _ = _read(text, "2026-07-15T14:22:08+02:00")
    assert (at, until) == (None, None)


def test_a_label_names_an_exposures_start_or_end_only_with_an_exposure_word() -> None:
    assert label_edge("Inizio posa   ") == "start"
    assert label_edge("Belichtungsende: ") == "end"
    assert label_edge("露光開始：") == "start"
    assert label_edge("Początek przelotu: ") is None  # the pass's start
    assert label_edge("Exposure start/end: ") is None  # both: a row read elsewhere
    assert exposure_edge("Fine posa  22:33:10", 11) == "end"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Zdjęcie zrobiłam 28 czerwca 2027, naświetlanie 30 s od 22:49:05 do 22:49:35 CEST.",
            "2027-06-28T20:49:05",
            "2027-06-28T20:49:35",
        ),
        (
            "Taken on 28 June 2027, a 30 s exposure from 22:49:05 to 22:49:35 CEST.",
            "2027-06-28T20:49:05",
            "2027-06-28T20:49:35",
        ),
        (
            "Aufgenommen am 28. Juni 2027, Belichtung 20 s von 22:49:05 bis 22:49:25 MESZ.",
            "2027-06-28T20:49:05",
            "2027-06-28T20:49:25",
        ),
    ],
)
def test_an_exposure_as_long_as_its_span_is_the_photos_start_and_end(
    text: str, start: str, end: str
) -> None:
    taken, until, _, _ = _read(text, "2027-06-30T21:03:00+02:00")
    assert (taken, until) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Zdjęcie zrobiłam 28 czerwca, naświetlanie 15 s, przelot od 22:47:00 do 22:53:00.",
        "Exposure 15 s; the pass lasted from 22:47:00 to 22:53:00 CEST.",
    ],
)
def test_an_exposure_of_another_length_or_beside_the_pass_names_no_span(text: str) -> None:
    # trap: 15 s of exposure is no 6-minute span, and a span named the pass's is the window
    hits = [h for h in find_times(text) if h.clock.second == 0]
    assert not timed_exposure(text, segments_of(text), hits[0], hits[1], {})
