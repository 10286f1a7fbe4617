"""The pass's window written as the station appearing and disappearing, rising and setting,
with its times, in more languages (blind batch 41; issue 13): the verb before each time
("Stöðin birtist í vestri kl. 21:02 og hvarf í austri kl. 21:08"), or after it with the
compass direction between ("오후 7시 31분에 서쪽에서 떠서 오후 7시 37분에 동쪽으로 졌고"), a
12-hour end whose half only the start says, and the zone of the photo's time when the
window names none. Traps: a tripod set up, the Sun's setting, a series started and ended,
another night's window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media
from tests.pipeline.test_fields_pass_window_words import SENT, _at, _read  # one reader of both


def _local(minute: int, offset: int) -> datetime:
    """21:`minute` on 8 April 2027 on a clock `offset` hours from UT, in UT."""
    return datetime(2027, 4, 8, 21, minute, tzinfo=timezone(timedelta(hours=offset))).astimezone(
        UTC
    )


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # Icelandic: "appeared … and vanished"
        ("Myndin var tekin 8. apríl 2027 kl. 21:35 (UTC). Stöðin birtist í vestri kl. "
         "21:32 og hvarf í austri kl. 21:39 (UTC).", 0),
        # Vietnamese
        ("Ảnh chụp lúc 21h35 ngày 8/4/2027 (UTC+7). Trạm xuất hiện ở hướng tây lúc 21h32 và "
         "biến mất ở hướng đông lúc 21h39 (UTC+7).", 7),
        # Thai, written without spaces between words
        ("ถ่ายเมื่อวันที่ 8 เมษายน 2027 เวลา 21.35 น. (UTC+7) สถานีปรากฏทางทิศตะวันตกเวลา 21.32 น. "
         "และหายไปทางทิศตะวันออกเวลา 21.39 น. (UTC+7)", 7),
        # Indonesian: "seen from … and vanished"
        ("Foto diambil 8 April 2027 pukul 21.35 WIB. ISS terlihat dari arah barat pukul "
         "21.32 dan menghilang di timur pukul 21.39 WIB.", 7),
        # Brazilian Portuguese: "surgiu … sumiu"
        ("Foto de 8/4/2027 às 21h35 (UTC-3). A ISS surgiu no oeste às 21h32 e sumiu no "
         "leste às 21h39 (UTC-3).", -3),
        # Spanish: "se perdió"
        ("La foto es del 8 de abril de 2027 a las 21:35 (UTC-3). La estación apareció por "
         "el oeste a las 21:32 y se perdió por el este a las 21:39 (UTC-3).", -3),
        # Catalan, the end's verb wrapped onto the next line
        ("La foto és del 8 d'abril de 2027 a les 21:35 (UTC+2). L'estació va aparèixer per "
         "l'oest a les 21:32 i\nes va perdre per l'est a les 21:39 (UTC+2).", 2),
        # Greek: "appeared … was lost", 12-hour clocks
        ("Τραβήχτηκε στις 8 Απριλίου 2027, στις 9:35 μ.μ. (UTC+3). Ο σταθμός εμφανίστηκε "
         "στα δυτικά στις 9:32 μ.μ. και χάθηκε στα ανατολικά στις 9:39 μ.μ. (UTC+3).", 3),
        # Slovenian: "se je prikazala … izginila"
        ("Posneto 8. aprila 2027 ob 21:35 (UTC+2). Postaja se je prikazala na jugozahodu "
         "ob 21:32 in izginila na severovzhodu ob 21:39 (UTC+2).", 2),
    ],
)  # fmt: skip
def test_a_window_with_its_verb_before_each_time(text: str, offset: int) -> None:
    taken_at, start, end = _read(text)
    assert (start, end) == (_local(32, offset), _local(39, offset))
    assert taken_at == _local(35, offset)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # Korean: the direction and its case ending between the time and the verb; the
        # photo's own sentence after it, after a full stop and no capital
        ("2027년 4월 8일 정거장은 한국 시간으로 오후 9시 32분에 서쪽에서 떠서 오후 9시 39분에 "
         "동쪽으로 졌고, 최대 고도는 79도였습니다. 사진은 한국 시간 오후 9시 35분에 시작한 20초 "
         "노출 한 장입니다.", 12),
        # Japanese: the zone in brackets after the set verb
        ("撮影日時：2027年4月8日 21時35分（日本時間）\nISSは21時32分に北西の空から現れ、21時39分に"
         "東の空へ消えました（日本時間）。", 12),
        # Persian: verb last, the direction between
        ("عکس در ۸ آوریل ۲۰۲۷ ساعت ۲۱:۳۵ (UTC+3) گرفته شد. ایستگاه ساعت ۲۱:۳۲ از غرب ظاهر شد "
         "و ساعت ۲۱:۳۹ در شرق ناپدید شد (UTC+3).", 18),
    ],
)  # fmt: skip
def test_a_window_with_its_verb_after_each_time(text: str, hours: int) -> None:
    taken_at, start, end = _read(text)
    assert (start, end) == (_at(hours, 32), _at(hours, 39))
    assert taken_at == _at(hours, 35)


def test_a_twelve_hour_end_takes_the_half_its_start_says() -> None:
    # Chinese: "晚上" (evening) is written only before the rise's time
    text = (
        "拍攝時間：2027年4月8日晚上9點35分（UTC+8）\n"
        "國際太空站於晚上9點32分從西方升起，9點39分在東方落下（UTC+8）。"
    )
    taken_at, start, end = _read(text)
    assert (start, end) == (_at(13, 32), _at(13, 39))
    assert taken_at == _at(13, 35)


def test_a_full_stop_after_a_decimal_number_ends_the_sentence() -> None:
    # Ukrainian: "−3,1." ends the window's sentence; the exposure in the next is the photo's
    text = (
        "Прохід 08.04.2027: з'явилася на заході о 21:32, зникла на сході о 21:39 (UTC+3), "
        "яскравість −3,1. Знімок — одна 30-секундна\nекспозиція, почата о 21:35 (UTC+3)."
    )
    taken_at, start, end = _read(text)
    assert (start, end) == (_at(18, 32), _at(18, 39))
    assert taken_at == _at(18, 35)


@pytest.mark.parametrize(
    "text",
    [
        # a tripod set up, then the station's rise alone: no end
        "On 8 April 2027 I started at 21:20 UTC and set up the tripod at 21:29 UTC; the photo "
        "is from 21:35 UTC.",
        # the Sun's setting is no pass's end
        "On 8 April 2027 the ISS rose at 21:32 UTC; the Sun had set at 19:40 UTC.",
        # the Moon's rise and set, in English and Spanish
        "Photo taken 8 April 2027 at 21:35 UTC. The Moon rose at 21:20 UTC and set at 21:45 UTC.",
        "La foto es del 8 de abril de 2027 a las 21:35 UTC. La luna apareció a las 21:25 UTC y "
        "se perdió tras las nubes a las 21:40 UTC.",
        # a series started and ended: the photos' span, not the pass's
        "Photos taken on 8 April 2027: I started the series at 21:32 UTC and ended it at "
        "21:39 UTC.",
        # Indonesian: the photos shot, "terlihat" (seen) without a pass's end
        "Foto diambil 8 April 2027 pukul 21.35 WIB, ISS terlihat terang sekali pukul 21.36 WIB.",
    ],
)
def test_no_window_without_the_pass_rising_and_setting(text: str) -> None:
    _, start, end = _read(text)
    assert (start, end) == (None, None)


def test_a_body_beside_the_station_leaves_its_window() -> None:
    text = (
        "Photo taken 8 April 2027 at 21:35 UTC. Beside the Moon the ISS appeared at 21:32 UTC "
        "and disappeared at 21:39 UTC."
    )
    assert _read(text) == (_at(21, 35), _at(21, 32), _at(21, 39))


def test_another_nights_window_is_not_this_photos() -> None:
    # Icelandic: the pass of the night before, the photo's own a day later
    text = (
        "Í gær, 7. apríl 2027, birtist stöðin kl. 21:32 og hvarf kl. 21:39 (UTC). "
        "Myndin sjálf var tekin 8. apríl 2027 kl. 21:05:12 (UTC)."
    )
    taken_at, start, end = _read(text)
    assert taken_at == _at(21, 5, 12)
    assert (start, end) == (None, None)


@pytest.mark.parametrize(
    ("text", "height"),
    [
        ("Stacja pojawiła się o 22:41 i zniknęła o 22:47. Najwyżej była na 68° nad horyzontem.",
         68.0),
        ("Stotis pasirodė 21:32 ir išnyko 21:39, aukščiausiai pakilo iki 55° virš horizonto.",
         55.0),
        ("Stacija parādījās 22:15 un pazuda 22:21, visaugstāk tā bija 63° virs horizonta.", 63.0),
        # the Sun at its highest is no pass's height
        ("Słońce było najwyżej na 60° w południe.", None),
        ("Sonce je bilo najvišje na 60°.", None),
    ],
)  # fmt: skip
def test_the_pass_at_its_highest_written_as_an_adverb(text: str, height: float | None) -> None:
    assert find_flyby(text, find_taken_at(text, Media(()), SENT), SENT).max_elevation_deg == height
