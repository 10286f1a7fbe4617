"""Times and dates written in the forms blind batches 02–05 missed (issue 13), each class in
several languages with sentences written here: the pass's rise and set in words, months in
their grammatical cases, zone names and day periods from CLDR, era years, series and spans."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _ut(text: str) -> str:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat()


@pytest.mark.parametrize(
    ("text", "header", "photo", "start", "end"),
    [
        (
            "On 3 May 2024 the ISS rose at 21:02 and set at 21:09 UT. "
            "My frame was taken at 21:05:10 UT.",
            "Sat, 04 May 2024 08:00:00 +0000",
            "2024-05-03T21:05:10",
            "2024-05-03T21:02:00",
            "2024-05-03T21:09:00",
        ),
        (
            "Am 3. Mai 2024 erschien die ISS um 23:02 und verschwand um 23:09 MESZ. "
            "Aufgenommen um 23:05:10 MESZ.",
            "Sat, 04 May 2024 08:00:00 +0200",
            "2024-05-03T21:05:10",
            "2024-05-03T21:02:00",
            "2024-05-03T21:09:00",
        ),
        (
            "3 мая 2024 г. станция появилась в 00:02 и исчезла в 00:09 UTC+3. "
            "Снимок сделан в 00:05:10 UTC+3.",
            "Sat, 04 May 2024 08:00:00 +0300",
            "2024-05-02T21:05:10",
            "2024-05-02T21:02:00",
            "2024-05-02T21:09:00",
        ),
        (
            "Il 3 maggio 2024 la ISS è apparsa alle 23:02 ed è scomparsa alle 23:09 CEST. "
            "Foto scattata alle 23:05:10 CEST.",
            "Sat, 04 May 2024 08:00:00 +0200",
            "2024-05-03T21:05:10",
            "2024-05-03T21:02:00",
            "2024-05-03T21:09:00",
        ),
    ],
)
def test_the_pass_rise_and_set_in_words_is_the_window_not_the_photo(
    text: str, header: str, photo: str, start: str, end: str
) -> None:
    from email.utils import parsedate_to_datetime

    when = parsedate_to_datetime(header)
    taken = find_taken_at(text, NO_MEDIA, when)
    flyby = find_flyby(text, taken, when)
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(photo)
    assert flyby.start is not None and flyby.start.isoformat() == _ut(start)
    assert flyby.end is not None and flyby.end.isoformat() == _ut(end)


def _sent(header: str) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(header)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Снимљено 3. августа 2024. у 22:10 UTC.", "Sun, 04 Aug 2024 09:00:00 +0200",
         "2024-08-03T22:10:00"),
        ("Snimljeno 3. oktobra 2024. u 19:10 UTC.", "Sun, 06 Oct 2024 09:00:00 +0200",
         "2024-10-03T19:10:00"),
        ("Posneto 12. marca 2024 ob 18:40 UTC.", "Wed, 13 Mar 2024 09:00:00 +0100",
         "2024-03-12T18:40:00"),
        ("Uzņemts 2024. gada 5. augustā plkst. 21:05 UTC.", "Tue, 06 Aug 2024 09:00:00 +0300",
         "2024-08-05T21:05:00"),
        ("Pildistatud 3. juulil 2024 kell 21:30 UTC.", "Thu, 04 Jul 2024 09:00:00 +0300",
         "2024-07-03T21:30:00"),
        ("Pilt tehtud 12. septembris 2024 kell 19:02 UTC.", "Fri, 13 Sep 2024 09:00:00 +0300",
         "2024-09-12T19:02:00"),
    ],
)  # fmt: skip
def test_a_month_in_a_grammatical_case_dates_the_time(text: str, header: str, want: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "day"),
    [
        # Riga keeps EET: "CET" from a clock at UTC+2 is the neighbour's name
        ("Uzņemts 2024. gada 10. februārī plkst. 19:30 CET.", "Sun, 11 Feb 2024 12:30:00 +0200",
         "2024-02-10"),
        # Chicago keeps Central time: "EST" from a clock at UTC-6
        ("Shot on 12 January 2024 at 6:45 pm EST.", "Sat, 13 Jan 2024 09:00:00 -0600",
         "2024-01-12"),
        # Helsinki keeps EET: "CEST" from a clock at UTC+3 in summer
        ("Kuvattu 3. heinäkuuta 2024 klo 23:10 CEST.", "Thu, 04 Jul 2024 09:00:00 +0300",
         "2024-07-03"),
    ],
)  # fmt: skip
def test_a_neighbouring_zone_name_from_another_clock_gives_only_the_date(
    text: str, header: str, day: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is None
    assert taken.taken_date == day


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Aufgenommen am 3. Juli 2024 um 23:10 mitteleuropäischer Sommerzeit.",
         "Thu, 04 Jul 2024 09:00:00 +0200", "2024-07-03T21:10:00"),
        ("Nufotografuota 2024 m. liepos 3 d. 23:10 Rytų Europos vasaros laiku.",
         "Thu, 04 Jul 2024 09:00:00 +0300", "2024-07-03T20:10:00"),
        ("Kuvattu 3. heinäkuuta 2024 klo 23:10 Itä-Euroopan kesäaikaa.",
         "Thu, 04 Jul 2024 09:00:00 +0300", "2024-07-03T20:10:00"),
        ("Zdjęcie z 3 lipca 2024 o 23:10 czasu środkowoeuropejskiego letniego.",
         "Thu, 04 Jul 2024 09:00:00 +0200", "2024-07-03T21:10:00"),
        ("Snimljeno 3. srpnja 2024. u 23:10 po srednjoeuropskom ljetnom vremenu.",
         "Thu, 04 Jul 2024 09:00:00 +0200", "2024-07-03T21:10:00"),
        ("Taken on 3 July 2024 at 10:10 pm Eastern Daylight Time.",
         "Thu, 04 Jul 2024 09:00:00 -0400", "2024-07-04T02:10:00"),
    ],
)  # fmt: skip
def test_a_zone_named_as_cldr_names_it_in_any_case_is_certain(
    text: str, header: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


def test_a_summer_time_name_written_in_winter_gives_no_time() -> None:
    text = "Aufgenommen am 10. Januar 2024 um 18:10 mitteleuropäischer Sommerzeit."
    taken = find_taken_at(text, NO_MEDIA, _sent("Thu, 11 Jan 2024 09:00:00 +0100"))
    assert taken.taken_at is None
    assert taken.taken_date == "2024-01-10"


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Foto del 3 de julio de 2024 a las 9:30 de la noche UTC.",
         "Thu, 04 Jul 2024 09:00:00 +0200", "2024-07-03T21:30:00"),
        ("Aufgenommen am 3. Juli 2024 um 9.30 Uhr abends MESZ.",
         "Thu, 04 Jul 2024 09:00:00 +0200", "2024-07-03T19:30:00"),
        ("時間：2024年7月3日 晚上7點12分（台灣時間）", "Thu, 04 Jul 2024 09:00:00 +0800",
         "2024-07-03T11:12:00"),
        ("2024년 7월 3일 밤 11시 12분 (한국시간)", "Thu, 04 Jul 2024 09:00:00 +0900",
         "2024-07-03T14:12:00"),
        ("Снято 3 июля 2024 г. в 9:30 вечера по мск.", "Thu, 04 Jul 2024 09:00:00 +0300",
         "2024-07-03T18:30:00"),
        ("Taken 3 July 2024 at 9:30 in the evening UTC.", "Thu, 04 Jul 2024 09:00:00 +0000",
         "2024-07-03T21:30:00"),
    ],
)  # fmt: skip
def test_a_day_period_word_from_cldr_settles_a_12_hour_clock(
    text: str, header: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


def test_a_day_period_word_that_fits_neither_reading_gives_no_time() -> None:
    # 晚上 (evening) is 19:00–24:00 in CLDR: "晚上10點" fits, "晚上3點" fits neither 3 nor 15
    text = "2024年7月3日 晚上3點12分 UTC"
    taken = find_taken_at(text, NO_MEDIA, _sent("Thu, 04 Jul 2024 09:00:00 +0800"))
    assert taken.taken_at is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("時間：民國113年3月9日 20:12（台灣時間）", "Sun, 10 Mar 2024 08:30:00 +0800",
         "2024-03-09T12:12:00"),
        ("撮影日時：令和6年5月3日 21時12分（日本時間）", "Sat, 04 May 2024 09:00:00 +0900",
         "2024-05-03T12:12:00"),
        ("拍攝時間：中華民國112年12月31日 23:05 UTC", "Mon, 01 Jan 2024 09:00:00 +0800",
         "2023-12-31T23:05:00"),
    ],
)  # fmt: skip
def test_a_year_counted_from_an_era_is_the_gregorian_year(
    text: str, header: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Отправляю снимок, сделанный сегодня вечером.\n\nКадр сделан в 20:06:14 мск.",
         "Sat, 14 Sep 2024 23:05:00 +0300", "2024-09-14T17:06:14"),
        ("Šaljem snimak napravljen večeras.\n\nSnimljeno u 20:06:14 UTC.",
         "Sat, 14 Sep 2024 23:05:00 +0200", "2024-09-14T20:06:14"),
        ("Här är bilden, tagen i kväll.\n\nBilden är tagen 20:06:14 UTC.",
         "Sat, 14 Sep 2024 23:05:00 +0200", "2024-09-14T20:06:14"),
    ],
)  # fmt: skip
def test_tonight_in_a_sentence_about_the_photo_dates_a_time_without_a_date(
    text: str, header: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


@pytest.mark.parametrize(
    "text", ["2024. 6. 15. 12시 07분 33초 (한국시간)", "2024年6月15日 12時07分33秒（日本時間）"]
)
def test_a_cjk_clock_without_a_period_word_is_a_24_hour_clock(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent("Sat, 15 Jun 2024 18:40:00 +0900"))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut("2024-06-15T03:07:33")


@pytest.mark.parametrize(
    ("body", "date", "want"),
    [
        ("Pass details: rose 11:52 PM EDT Friday June 21 2024, set 12:03 AM EDT.\n\n"
         "The frame was taken at 11:58:40 PM EDT.", "Sat, 22 Jun 2024 02:14:00 -0400",
         "2024-06-22T03:58:40"),
        ("Überflug am 21. Juni 2024 von 23:52 bis 00:03 MESZ.\n\n"
         "Das Bild entstand um 00:01:10 MESZ.", "Sat, 22 Jun 2024 08:14:00 +0200",
         "2024-06-21T22:01:10"),
        ("Пролёт 21 июня 2024 г.: с 23:52 до 00:03 мск.\n\nКадр сделан в 23:58:40 мск.",
         "Sat, 22 Jun 2024 08:14:00 +0300", "2024-06-21T20:58:40"),
    ],
)  # fmt: skip
def test_a_photo_time_inside_the_dated_pass_window_takes_the_window_date(
    body: str, date: str, want: str
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    raw = _raw(body, "ISS photo").replace(b"Mon, 13 May 2024 08:00:00 +0200", date.encode())
    fields = check_message(raw, Config()).fields
    assert fields.taken_at is not None and fields.taken_at.isoformat() == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Időpont: 2024. szeptember 14-én 19:58:22-kor (magyar idő szerint)",
         "Sun, 15 Sep 2024 10:45:00 +0200", "2024-09-14T17:58:22"),
        ("Data: 16 de agosto de 2024, às 21:58:12, hora dos Açores", "Sat, 17 Aug 2024 11:00:00 +0100",
         "2024-08-16T21:58:12"),
        ("Snimljeno 28. avgusta 2024, u 21:17:05 po lokalnom vremenu (CEST).",
         "Fri, 30 Aug 2024 14:00:00 +0200", "2024-08-28T19:17:05"),
        ("Kuvattu 7.4.2024 klo 22.14.05 Suomen aikaa.", "Mon, 08 Apr 2024 07:50:00 +0300",
         "2024-04-07T19:14:05"),
        ("Fotoğraf 7 Nisan 2024 saat 22:14'te TSİ ile çekildi.", "Mon, 08 Apr 2024 07:50:00 +0300",
         "2024-04-07T19:14:00"),
    ],
)  # fmt: skip
def test_a_zone_after_a_case_ending_a_comma_or_words_before_brackets(
    text: str, header: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Sarja kuvattiin 7.4.2024 klo 22.14.05–22.14.49 UTC.", "2024-04-07T22:14:49"),
        ("撮影：2024年4月7日 22時14分05秒〜22時14分49秒（UTC）の連続撮影", "2024-04-07T22:14:49"),
        ("Serie am 7.4.2024 von 22:14:05 bis 22:14:49 UTC aufgenommen.", "2024-04-07T22:14:49"),
    ],
)  # fmt: skip
def test_a_series_of_some_seconds_has_its_end_a_stack_of_a_few_does_not(
    text: str, until: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent("Mon, 08 Apr 2024 07:50:00 +0300"))
    assert taken.until is not None and taken.until.isoformat() == _ut(until)
    stack = find_taken_at("A stack of frames from 22:14:05 to 22:14:09 UT on 2024-04-07.",
                          NO_MEDIA, _sent("Mon, 08 Apr 2024 07:50:00 +0300"))  # fmt: skip
    assert stack.until is None and stack.taken_at is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Знято у суботу 05.10.2024 о 19:12:08 UTC.", "2024-10-05T19:12:08"),
        ("Zdjęcie zrobione w sobotę 05.10.2024 o 19:12:08 UTC.", "2024-10-05T19:12:08"),
        ("Снято в субботу 05.10.2024 в 19:12:08 UTC.", "2024-10-05T19:12:08"),
        ("Vyfoceno v sobotu 5. 10. 2024 v 19:12:08 UTC.", "2024-10-05T19:12:08"),
    ],
)  # fmt: skip
def test_a_weekday_in_a_grammatical_case_settles_a_date_that_reads_two_ways(
    text: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent("Sun, 06 Oct 2024 11:20:00 +0300"))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "start"),
    [
        ("Il 3 settembre 2024 la stazione è sorta alle 20:44 ed è tramontata alle 20:51 "
         "(sempre ora italiana).", "Wed, 04 Sep 2024 09:00:00 +0200", "2024-09-03T18:44:00"),
        ("2 kwietnia 2024 ISS wzeszła o 20:58 i zaszła o 21:05 (czas polski).",
         "Wed, 03 Apr 2024 08:00:00 +0200", "2024-04-02T18:58:00"),
        ("On 3 May 2024 the ISS rose at 21:02 and set at 21:09 (all times UT).",
         "Sat, 04 May 2024 08:00:00 +0000", "2024-05-03T21:02:00"),
    ],
)  # fmt: skip
def test_a_zone_named_after_a_word_in_brackets(text: str, header: str, start: str) -> None:
    when = _sent(header)
    flyby = find_flyby(text, find_taken_at(text, NO_MEDIA, when), when)
    assert flyby.start is not None and flyby.start.isoformat() == _ut(start)


def test_a_transit_time_beside_its_duration_is_the_photo_time() -> None:
    text = "Time of transit 10:21:33.4 UTC on 2024/05/14, transit duration 0.7 s."
    taken = find_taken_at(text, NO_MEDIA, _sent("Tue, 14 May 2024 16:00:00 +0200"))
    assert taken.taken_at == datetime(2024, 5, 14, 10, 21, 33, 400000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "photo", "start", "end"),
    [
        ("The pass ran from 11:58 PM EDT on Wednesday August 14 to 12:04 AM EDT on Thursday "
         "August 15, and this frame was taken at 12:01:05 AM EDT (so Aug 15).",
         "Thu, 15 Aug 2024 08:41:00 -0400", "2024-08-15T04:01:05", "2024-08-15T03:58:00",
         "2024-08-15T04:04:00"),
        ("Der Überflug ging von 23:58 MESZ am 14. August 2024 bis 00:04 MESZ am 15. August "
         "2024, das Bild entstand um 00:01:05 MESZ am 15. August 2024.",
         "Thu, 15 Aug 2024 08:41:00 +0200", "2024-08-14T22:01:05", "2024-08-14T21:58:00",
         "2024-08-14T22:04:00"),
    ],
)  # fmt: skip
def test_a_span_whose_ends_carry_their_own_dates(
    text: str, header: str, photo: str, start: str, end: str
) -> None:
    when = _sent(header)
    taken = find_taken_at(text, NO_MEDIA, when)
    flyby = find_flyby(text, taken, when)
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(photo)
    assert flyby.start is not None and flyby.start.isoformat() == _ut(start)
    assert flyby.end is not None and flyby.end.isoformat() == _ut(end)


@pytest.mark.parametrize(
    ("text", "day"),
    [("got the iss friday oct 4th at 11:48 PM from the yard", "2024-10-04"),
     ("vi la ISS el viernes 4 oct a las 23:48", "2024-10-04"),
     ("ISS am Freitag, 4. Okt. um 23:48 gesehen", "2024-10-04")],
)  # fmt: skip
def test_a_yearless_short_month_is_read_when_its_weekday_fits(text: str, day: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent("Sat, 05 Oct 2024 08:10:00 -0600"))
    assert taken.taken_at is None and taken.taken_date == day


def test_a_yearless_short_month_with_a_weekday_that_does_not_fit_is_not_read() -> None:
    taken = find_taken_at("got it thursday oct 4th at 11:48 PM", NO_MEDIA,
                          _sent("Sat, 05 Oct 2024 08:10:00 -0600"))  # fmt: skip
    assert taken.taken_date is None


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Anbei ein Foto unseres Mitglieds.\n\n---------- Forwarded message ---------\n"
         "Von: Bernd <bernd@example.de>\nGesendet: Mittwoch, 5. Juni 2024 23:41\n"
         "Betreff: ISS\n\ndie ISS heute Abend um 23:14:30 MESZ.", "2024-06-05T21:14:30"),
        ("Forwarding for our member.\n\n---------- Forwarded message ---------\n"
         "From: Ann <ann@example.org>\nDate: Wed, 5 Jun 2024 at 23:41\nSubject: ISS\n\n"
         "Caught the ISS tonight at 21:14:30 UTC.", "2024-06-05T21:14:30"),
    ],
)  # fmt: skip
def test_tonight_in_a_forwarded_message_is_that_messages_evening(body: str, want: str) -> None:
    taken = find_taken_at(body, NO_MEDIA, _sent("Thu, 06 Jun 2024 09:30:00 +0200"))
    assert taken.taken_at is not None and taken.taken_at.isoformat() == _ut(want)
