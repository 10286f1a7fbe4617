"""Dates and times as the world writes them (issue 13): CLDR month names in their grammatical
forms, CJK dates and clocks, zones written as words or in local scripts, relative days and
launches in more languages, sentences in any alphabet."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Fields, Media

NO_MEDIA = Media(())


def _at(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def _sent(y: int, mo: int, d: int, hours: float) -> datetime:
    return datetime(y, mo, d, 12, 0, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("20 июня 2024 года", date(2024, 6, 20)),
        ("12 серпня 2024 р.", date(2024, 8, 12)),
        ("15 Ιουλίου 2024", date(2024, 7, 15)),
        ("2 Eylül 2023", date(2023, 9, 2)),
        ("2. maaliskuuta 2024", date(2024, 3, 2)),
        ("17. rujna 2023.", date(2023, 9, 17)),
        ("5 octombrie 2024", date(2024, 10, 5)),
        ("14 февруари 2024 г.", date(2024, 2, 14)),
        ("24. августа 2024.", date(2024, 8, 24)),
        ("18. mája 2024", date(2024, 5, 18)),
        ("10. decembra 2023", date(2023, 12, 10)),
        ("25. januar 2024", date(2024, 1, 25)),
        ("8. august 2023", date(2023, 8, 8)),
        ("2023年10月14日", date(2023, 10, 14)),
        ("2024년 2월 10일", date(2024, 2, 10)),
    ],
)
def test_month_names_of_many_languages_in_their_grammatical_forms(written: str, want: date) -> None:
    assert [h.readings for h in find_dates(f"— {written} —", date(2024, 10, 10))] == [(want,)]


def test_a_short_month_word_counts_only_beside_a_day_and_a_year() -> None:
    assert find_dates("set 2023, mar del plata", date(2024, 1, 1)) == []
    assert [h.readings for h in find_dates("3 mar 2024", date(2024, 4, 1))] == [(date(2024, 3, 3),)]


WORLD = [
    (
        "2023年10月14日 20時05分32秒（日本時間）に撮影しました。",
        _sent(2023, 10, 14, 9),
        _at(2023, 10, 14, 11, 5, 32),
    ),
    (
        "我于2024年5月3日 20:15:40（北京时间）拍摄。",
        _sent(2024, 5, 4, 8),
        _at(2024, 5, 3, 12, 15, 40),
    ),
    ("拍攝時間：2023/11/18 18:25（台灣時間）", _sent(2023, 11, 19, 8), _at(2023, 11, 18, 10, 25)),
    (
        "2024년 2월 10일 오후 7시 12분 (한국시간)에 촬영했습니다.",
        _sent(2024, 2, 11, 9),
        _at(2024, 2, 10, 10, 12),
    ),
    ("Снимок сделан 14.10.2023 в 19:34 мск.", _sent(2023, 10, 15, 3), _at(2023, 10, 14, 16, 34)),
    (
        "Снято 20 июня 2024 года в 22:47 по новосибирскому времени.",
        _sent(2024, 6, 21, 7),
        _at(2024, 6, 20, 15, 47),
    ),
    (
        "зроблене 12 серпня 2024 р. о 22:51 за київським часом.",
        _sent(2024, 8, 13, 3),
        _at(2024, 8, 12, 19, 51),
    ),
    (
        "Τραβήχτηκε στις 15 Ιουλίου 2024, στις 21:34 ώρα Ελλάδος.",
        _sent(2024, 7, 16, 3),
        _at(2024, 7, 15, 18, 34),
    ),
    ("Çekim: 2 Eylül 2023, saat 20:41 TSİ", _sent(2023, 9, 3, 3), _at(2023, 9, 2, 17, 41)),
    (
        "tagen den 2 juni 2024 kl. 22.47 svensk sommartid.",
        _sent(2024, 6, 3, 2),
        _at(2024, 6, 2, 20, 47),
    ),
    (
        "25. januar 2024 kl. 17:58 norsk tid fikk jeg ISS.",
        _sent(2024, 1, 26, 1),
        _at(2024, 1, 25, 16, 58),
    ),
    ("taget 8. august 2023 kl. 23.12 dansk tid.", _sent(2023, 8, 9, 2), _at(2023, 8, 8, 21, 12)),
    (
        "otettu 2. maaliskuuta 2024 klo 20.31 Suomen aikaa.",
        _sent(2024, 3, 3, 2),
        _at(2024, 3, 2, 18, 31),
    ),
    ("od 17. rujna 2023. u 20:14 (UTC+2).", _sent(2023, 9, 18, 2), _at(2023, 9, 17, 18, 14)),
    (
        "din 5 octombrie 2024, ora 20:12 (ora României).",
        _sent(2024, 10, 6, 3),
        _at(2024, 10, 5, 17, 12),
    ),
    (
        "направена на 14 февруари 2024 г., 19:03 ч. българско време.",
        _sent(2024, 2, 15, 2),
        _at(2024, 2, 14, 17, 3),
    ),
    (
        "da ISS de 28 de maio de 2024, às 22h10 (hora de Lisboa).",
        _sent(2024, 5, 29, 1),
        _at(2024, 5, 28, 21, 10),
    ),
    (
        "la ISS el 21 de junio de 2024 a las 21h34 (hora de Madrid).",
        _sent(2024, 6, 22, 2),
        _at(2024, 6, 21, 19, 34),
    ),
]


@pytest.mark.parametrize(("text", "sent", "want"), WORLD)
def test_dates_times_and_zones_as_the_world_writes_them(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "Вчора о 19:05 UTC сфотографував МКС. Crew-8, запущений 4 березня, теж видно.",
            _sent(2024, 3, 6, 2),
            _at(2024, 3, 5, 19, 5),
        ),
        ("Вчера в 19:05 UTC снял МКС.", _sent(2024, 3, 6, 3), _at(2024, 3, 5, 19, 5)),
        ("Χθες στις 19:05 UTC τράβηξα τον σταθμό.", _sent(2024, 3, 6, 2), _at(2024, 3, 5, 19, 5)),
        (
            "Aseară la 18:40 UTC am prins ISS.\n\nNe vedem la întâlnirea clubului din 28 noiembrie.",
            _sent(2023, 11, 20, 2),
            _at(2023, 11, 19, 18, 40),
        ),
        (
            "昨日の夜19時40分（日本時間）に撮りました。",
            _sent(2024, 3, 6, 9),
            _at(2024, 3, 5, 10, 40),
        ),
    ],
)
def test_relative_days_of_many_languages_date_a_time_before_any_other_date(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


@pytest.mark.parametrize(
    "text",
    [
        "Crew Dragon запущений 4 березня 2024 о 19:05 UTC.",
        "Ракета стартовала 4 марта 2024 в 19:05 UTC.",
        "ドッキングは2024年3月4日 19時05分（UTC）でした。",
    ],
)
def test_a_launch_or_docking_time_in_any_language_is_not_the_photos(text: str) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(2024, 3, 6, 2)).taken_at is None


@pytest.mark.parametrize(
    "text",
    [
        "Trecerea a fost între 20:09 și 20:15 UTC, elevație maximă 71°.",
        "Passagen var mellan 20:09 och 20:15 UTC.",
        "Пролёт был между 20:09 и 20:15 UTC.",
    ],
)
def test_between_and_in_many_languages_is_a_span_not_two_photos(text: str) -> None:
    from ipom_mail.pipeline.fields.clock import find_times
    from ipom_mail.pipeline.fields.clock_spans import pair_ranges

    times = find_times(text)
    assert [(a.text, b.text) for a, b in pair_ranges(text, times)] == [
        (times[0].text, times[1].text)
    ]


def _fields_of(subject: str, body: str) -> Fields:
    msg = EmailMessage()
    msg["From"] = "Théo Marchand <theo@example.fr>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 24 Jun 2024 01:12:00 +0200"
    msg.set_content(body)
    return check_message(msg.as_bytes(), Config()).fields


def test_data_only_in_the_subject_is_read_below_the_body() -> None:
    subject = "ISS 23/06/2024 22h47 UTC – Sky-Watcher 200/1000 + ASI462MC – Lyon"
    fields = _fields_of(subject, "\nEnvoyé de mon iPhone\n")
    assert fields.taken_at == _at(2024, 6, 23, 22, 47)
    assert fields.equipment == ("Sky-Watcher 200/1000", "ASI462MC")


def test_the_body_outranks_the_subject() -> None:
    body = "Photo de l'ISS le 23 juin 2024 à 22:47 UTC, Celestron C8."
    assert _fields_of("ISS 22/06/2024 21h00 UTC", body).taken_at == _at(2024, 6, 23, 22, 47)


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "拍摄时间：北京时间2024年5月18日20时31分",
            _sent(2024, 5, 19, 8),
            _at(2024, 5, 18, 12, 31),
        ),
        ("2024年5月18日、日本時間 20:31 に撮影。", _sent(2024, 5, 19, 9), _at(2024, 5, 18, 11, 31)),
        (
            "darytą 2024 m. kovo 30 d. 20:12 Lietuvos laiku.",
            _sent(2024, 3, 31, 3),
            _at(2024, 3, 30, 18, 12),
        ),
    ],
)
def test_a_zone_written_before_the_time_and_year_first_date_forms(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want
