"""The classes blind batches 02–04 missed that are not places (issue 13), each tested in
several languages with sentences written here: the pass's rise and set in words, month
names in their grammatical cases, zone names from CLDR, 12-hour day-period words from
CLDR, era years, the pass's highest point written with an abbreviation."""

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
    ("text", "elevation"),
    [
        ("Пролёт хороший (макс. высота 77°), очень яркий.", 77.0),
        ("Макс. висота: 63°", 63.0),
        ("Altura máx. 45º sobre el horizonte.", 45.0),
        ("Max. Höhe 52°, sehr hell.", 52.0),
        ("Макс. височина  68°", 68.0),
        ("Станция была в кульминации 81°.", 81.0),
    ],
)
def test_the_highest_point_written_with_an_abbreviation_is_the_max_elevation(
    text: str, elevation: float
) -> None:
    assert (
        find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).max_elevation_deg == elevation
    )


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [("最高仰角 70°，星等 -3.2", -3.2), ("Maksimaalne kõrgus 44°, heledus -2,9.", -2.9),
     ("Spožums -3,1, augstums 60°.", -3.1)],
)  # fmt: skip
def test_brightness_words_in_more_languages_give_the_magnitude(text: str, magnitude: float) -> None:
    assert find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).magnitude == magnitude


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Vou tentar fotografar a passagem da ISS amanhã, 14 de setembro, às 20:05 UTC. "
         "Posso mandar em RAW?", "Fri, 13 Sep 2024 10:00:00 -0300"),
        ("Morgen am 14. September 2024 um 21:10 MESZ fliegt die ISS über uns. Soll ich das Foto "
         "als TIFF schicken?", "Fri, 13 Sep 2024 10:00:00 +0200"),
        ("I'm planning to shoot the ISS pass on 14 September 2024 at 8:05 pm EDT. Which format "
         "do you prefer for the photo?", "Fri, 13 Sep 2024 10:00:00 -0400"),
    ],
)  # fmt: skip
def test_a_pass_still_to_come_with_no_photo_is_no_submission(body: str, date: str) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    raw = _raw(body, "ISS").replace(b"Mon, 13 May 2024 08:00:00 +0200", date.encode())
    fields = check_message(raw, Config()).fields
    assert fields.taken_at is None and fields.story is None and fields.photographer.name is None
    assert fields.notes == ("not a submission: no photo, and its pass is still to come",)


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
    ("line", "items"),
    [
        ("Utrustning: Sky-Watcher Evostar 80ED på en Sky-Watcher EQ3-montering",
         ("Sky-Watcher Evostar 80ED", "Sky-Watcher EQ3")),
        ("Ausrüstung: Nikon Z6 mit Sigma 150-600-Objektiv", ("Nikon Z6", "Sigma 150-600")),
        ("Kalusto: Canon EOS R6 -kamera ja Canon RF 600mm F11 -objektiivi",
         ("Canon EOS R6", "Canon RF 600mm F11")),
        ("Ausrüstung: Celestron C8 und eine Baader Barlow 2,25x", ("Celestron C8", "Baader Barlow 2,25x")),
        ("Equipo: Celestron C8, Barlow Celestron 2,5x, ZWO ASI224MC",
         ("Celestron C8", "Barlow Celestron 2,5x", "ZWO ASI224MC")),
        ("Обладнання: камера Canon EOS 600D через Т-кільце, телескоп Sky-Watcher 150/750",
         ("Canon EOS 600D", "Sky-Watcher 150/750")),
        ("機材：キヤノン EOS R7、RF100-500mm F4.5-7.1 L IS USM（手持ち）",
         ("キヤノン EOS R7", "RF100-500mm F4.5-7.1 L IS USM")),
        ("機材：ミード LX90 鏡筒をビクセン SXP 赤道儀に載せ", ("ミード LX90", "ビクセン SXP")),
        ("Strumentazione: filtro IR-pass Astronomik ProPlanet 742, camera ZWO ASI462MM",
         ("Astronomik ProPlanet 742", "ZWO ASI462MM")),
        ("Equipamento: Sky-Watcher 150P com a câmara ZWO ASI224MC acoplada, barlow 2x",
         ("Sky-Watcher 150P", "ZWO ASI224MC", "barlow 2x")),
        ("Оборудование: Sky-Watcher BK MAK127, ZWO ASI462MC, выдержка 1/2000 с, усиление 320",
         ("Sky-Watcher BK MAK127", "ZWO ASI462MC")),
        ("Prístroje: Sky-Watcher 200PDS, Barlowova šošovka Baader 2,25x",
         ("Sky-Watcher 200PDS", "Barlowova šošovka Baader 2,25x")),
        ("Přístroje: Celestron C8, Barlowova čočka Celestron 2x",
         ("Celestron C8", "Barlowova čočka Celestron 2x")),
        ("Телескоп Sky-Watcher BK MAK127 на монтировке Sky-Watcher AZ-GTi, камера QHY5III178M.",
         ("Sky-Watcher BK MAK127", "Sky-Watcher AZ-GTi", "QHY5III178M")),
        ("Gép: Nikon Z6, objektív: Nikkor Z 180-600mm", ("Nikon Z6", "Nikkor Z 180-600mm")),
        ("器材：Nikon Z6 + 尼克尔 Z 100-400mm 镜头", ("Nikon Z6", "尼克尔 Z 100-400mm")),
        ("Equipment: Lunt LS50THa H-alpha telescope, ZWO ASI174MM",
         ("Lunt LS50THa", "ZWO ASI174MM")),
        ("Eszközök: Sky-Watcher 200/1000 Newton-távcső, ZWO ASI462MC",
         ("Sky-Watcher 200/1000 Newton-távcső", "ZWO ASI462MC")),
    ],
)  # fmt: skip
def test_equipment_kinds_joined_by_hyphens_decimal_commas_adapters_notes_and_gain(
    line: str, items: tuple[str, ...]
) -> None:
    from ipom_mail.pipeline.fields.equipment import find_equipment

    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        ("Could you forward this to the ISS Photo of the Month people?\n\n"
         "The seeing was superb, the panels are sharp.\n\nTom",
         "The seeing was superb", "Could you forward"),
        ("Перешлите, пожалуйста, на конкурс.\n\nСтанция прошла прямо над мостом.\n\nИрина",
         "прямо над мостом", "Перешлите"),
        ("Kunnen jullie deze doorsturen naar de redactie?\n\nDe vuurtoren stond mooi in beeld.\n\n"
         "Met vriendelijke groet,\nJan", "De vuurtoren", "doorsturen"),
        ("Respected Sir/Madam,\n\nThe ISS crossed the crescent Moon near the terminator.\n\n"
         "Thanking you,\nRavi", "crossed the crescent", "Thanking you"),
        ("Hej!\n\nStationen syntes tydligt över inloppet.\n\nMed vänliga hälsningar\nAnna",
         "syntes tydligt", "hälsningar"),
        ("Tere!\n\nJaam liikus üle kupli.\n\nParimate soovidega\nKadri", "liikus üle kupli",
         "Parimate"),
        ("Stacija pārlidoja pāri tornim.\n\nUzaicinu uz novērošanas vakaru 7. septembrī plkst. 20:30.",
         "pāri tornim", "novērošanas vakaru"),
    ],
)  # fmt: skip
def test_forward_requests_closings_and_invitations_are_no_story(
    text: str, kept: str, left_out: str
) -> None:
    from ipom_mail.pipeline.fields.story import find_story

    story = find_story(text)
    assert story is not None and kept in story and left_out not in story


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
    ("text", "magnitude"),
    [
        ("It was a very bright pass, about -3.7, almost overhead.", -3.7),
        ("Die ISS war sehr hell, etwa -3,8.", -3.8),
        ("pasó altísima y brillaba un montón (-3.8 más o menos)", -3.8),
        ("Fairly faint (around -2.1) but visible.", -2.1),
        ("ISS je preletela, sij -3,3.", -3.3),
    ],
)
def test_brightness_written_as_bright_or_faint_with_a_signed_number(
    text: str, magnitude: float
) -> None:
    assert find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).magnitude == magnitude


@pytest.mark.parametrize(
    "text",
    ["A bright pass on 4 August 2024 over the lake.", "Jupiter was bright (-2.5) beside the ISS."],
)
def test_a_bright_word_before_a_date_or_a_planet_gives_no_magnitude(text: str) -> None:
    assert find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).magnitude is None


@pytest.mark.parametrize(
    ("text", "elevation"),
    [("Suurin korkeus 47°.", 47.0), ("Suurim kõrgus 54°.", 54.0),
     ("Высота пролёта 48°, яркость −2,9m", 48.0), ("Wysokość przelotu 61°.", 61.0),
     ("didžiausias aukštis 49°", 49.0), ("Elevació màxima 68°", 68.0)],
)  # fmt: skip
def test_highest_point_words_in_more_languages(text: str, elevation: float) -> None:
    assert (
        find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).max_elevation_deg == elevation
    )


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


@pytest.mark.parametrize(
    ("subject", "body", "story"),
    [
        ("Re: [IPOM-2024-0077] ISS", "Tere,\n\nKoht: Tartu\nVarustus: Sky-Watcher 100ED\n\n"
         "Jaam kadus just enne horisonti Maa varju.\n\nKadri", "Jaam kadus"),
        ("Re: [IPOM-2024-0131] 정보", "안녕하세요.\n\n장비: Celestron C8\n\n"
         "구름 사이로 겨우 잡았는데 태양전지판이 또렷하게 나왔어요.\n\n이지은 드림", "구름 사이로"),
        ("Re: [IPOM-2024-0044] missing time", "Hi,\n\nThe time was 21:34 UT.\n\nTom", None),
    ],
)  # fmt: skip
def test_an_answer_to_our_reply_keeps_only_its_words_without_values_as_story(
    subject: str, body: str, story: str | None
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.fields import extract_fields
    from ipom_mail.pipeline.parse.message import parse_message
    from tests.pipeline.test_fields_submission import _raw

    fields = extract_fields(parse_message(_raw(body, subject)), NO_MEDIA, Config(), True)
    assert (fields.story is None) if story is None else (story in (fields.story or ""))


@pytest.mark.parametrize(
    "body", ["Pozdrav,\n\nStanica je prošla kroz Vegu!\n\nLijep pozdrav,\nIvana",
             "Поздрав,\n\nСтаница је прошла кроз Вегу!\n\nСрдачан поздрав,\nИвана"],
)  # fmt: skip
def test_a_closing_word_on_top_is_a_greeting_and_keeps_the_story(body: str) -> None:
    from ipom_mail.pipeline.fields.story import find_story

    story = find_story(body)
    assert (story is not None and "Vegu" in story) or "Вегу" in (story or "")


def _own_quote(top: str, sender: str = "marco@example.it") -> bytes:
    from tests.pipeline.test_fields_submission import _raw

    body = (
        f"{top}\n\nMarco\n\n-----Original Message-----\nFrom: Marco <{sender}>\n"
        "Sent: domenica 26 novembre 2023 00:31\nTo: soci@example.it\nSubject: ISS\n\n"
        "Data: 25/11/2023 ore 17:52:30 UTC\nStrumenti: Nikon D850 + Nikkor 500mm f/5.6 PF\n"
    )
    return _raw(body, "R: ISS").replace(b"someone@example.org", b"marco@example.it")


@pytest.mark.parametrize(
    ("top", "sender", "found"),
    [
        ("vi giro i dati che avevo scritto al gruppo, la foto è nel link.", "marco@example.it", True),
        ("vi giro i dati che avevo scritto al gruppo, la foto è nel link.", "anna@example.it", False),
        ("Nuova foto: 26/11/2023 ore 18:10:00 UTC, Canon EOS R6.", "marco@example.it", False),
    ],
)  # fmt: skip
def test_data_in_the_senders_own_quoted_mail_are_read_when_the_top_gives_none(
    top: str, sender: str, found: bool
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message

    fields = check_message(_own_quote(top, sender), Config()).fields
    want = datetime(2023, 11, 25, 17, 52, 30, tzinfo=UTC)
    assert (fields.taken_at == want) is found
    assert ("Nikon D850" in fields.equipment) is found


def test_a_forward_under_the_senders_own_timed_submission_stays_a_quote() -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    body = (
        "Sending you my ISS solar transit from this morning, Saturday 2024/05/18.\n\n"
        "Time of transit: 11:23:07 SAST\nEquipment: Lunt LS60THa, ZWO ASI178MM\n\n"
        "The silhouette crosses a prominence.\n\nRegards\nJohan\n\n-----Original Message-----\n"
        "From: Pieter <pieter@example.co.za>\nSent: Wednesday, 15 May 2024 20:11\n"
        "To: Johan <johan@example.co.za>\nSubject: transit\n\n"
        "Centre line on Saturday at 11:23 local. Good luck!\nPieter\n"
    )
    raw = _raw(body, "FW: ISS solar transit").replace(
        b"Mon, 13 May 2024 08:00:00 +0200", b"Sat, 18 May 2024 16:05:00 +0200"
    )
    fields = check_message(raw, Config()).fields
    assert fields.taken_at == datetime(2024, 5, 18, 9, 23, 7, tzinfo=UTC)
    assert fields.story is not None and "Good luck" not in fields.story


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
    ("text", "items"),
    [
        ("I used my Canon EOS R5 with the RF 800mm f/11 on a Manfrotto head.",
         ("Canon EOS R5", "RF 800mm f/11")),
        ("Nikon Z6 II mit Nikkor Z 400mm auf einem Benro Kugelkopf.",
         ("Nikon Z6 II", "Nikkor Z 400mm")),
    ],
)  # fmt: skip
def test_a_tripod_head_is_no_instrument(text: str, items: tuple[str, ...]) -> None:
    from ipom_mail.pipeline.fields.equipment import find_equipment

    assert find_equipment(text, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("body", "items"),
    [
        ("ISS over the church, 3 June 2024 22:10:05 UT, shot with my usual setup.\n\n-- \n"
         "Jane Doe\nGear: Sky-Watcher Esprit 100ED, Canon 600D\n",
         ("Sky-Watcher Esprit 100ED", "Canon 600D")),
        ("ISS über der Kirche, 3. Juni 2024 22:10:05 UT, mit Canon EOS R6.\n\n-- \n"
         "Max Muster\nAusrüstung: Sky-Watcher Esprit 100ED\n", ("Canon EOS R6",)),
    ],
)  # fmt: skip
def test_gear_in_the_signature_counts_only_when_the_mail_names_none(
    body: str, items: tuple[str, ...]
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    assert check_message(_raw(body, "ISS"), Config()).fields.equipment == items
