"""The day a photo's time belongs to, said by a day word or a weekday, against another
event's date in the same sentence (blind batch 37): a date after the time in a clause about
a launch or a gathering is that event's ("…, שבוע אחרי שיגור הסויוז שהתקיים ב-29
באוקטובר", "…, kung saan magkakaroon din kami ng star party sa Disyembre 12"); a weekday
written with its part of the day as one word ("Dienstagabend", "tisdagskväll") names that
weekday and settles a clock said in words ("um zehn nach sieben"), as "igår kväll",
"tegnap este" and "last night" do."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation
from ipom_mail.pipeline.fields.spoken_clock import spoken_times
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.weekday_words import weekdays_in
from ipom_mail.pipeline.values import Media

MON_IL = "Mon, 09 Nov 2026 11:02:18 +0200"
MON_PH = "Mon, 16 Nov 2026 12:05:30 +0800"
TUE_SE = "Tue, 10 Nov 2026 07:58:12 +0100"
SAT_HU = "Sat, 14 Nov 2026 10:41:18 +0100"
THU_DE = "Thu, 22 Oct 2026 09:00:00 +0200"
SUN_NZ = "Sun, 08 Nov 2026 10:15:22 +1300"


def _taken(text: str, sent: str) -> str | None:
    found = find_taken_at(text, Media(items=()), parsedate_to_datetime(sent)).taken_at
    return found.isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        ("צילמתי אותה ביום חמישי בערב ב-17:45 שעון ישראל, מהטיילת במצפה רמון, שבוע אחרי "
         "שיגור הסויוז שהתקיים ב-29 באוקטובר.", MON_IL, "2026-11-05T15:45:00+00:00"),
        ("Kinuhanan ko ito noong Sabado ng gabi, 7:12 PM PHT, sa Tagaytay, kung saan "
         "magkakaroon din kami ng star party sa Disyembre 12.", MON_PH,
         "2026-11-14T11:12:00+00:00"),
        ("I photographed the ISS on Saturday evening at 7:12 PM PHT from Tagaytay, a week "
         "before our star party on 21 November.", MON_PH, "2026-11-14T11:12:00+00:00"),
        ("Ich habe die ISS am Samstagabend um 19:12 MEZ fotografiert, eine Woche vor "
         "unserem Vereinstreffen am 21. November.", MON_PH, "2026-11-14T18:12:00+00:00"),
    ],
)  # fmt: skip
def test_another_events_date_after_the_time_leaves_the_weekday_to_date_it(
    text: str, sent: str, want: str
) -> None:
    assert _taken(text, sent) == want


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # no day word of the photo's own: the launch's or the gathering's date is no one's
        ("צילמתי אותה ב-17:45 שעון ישראל, שבוע אחרי שיגור הסויוז שהתקיים ב-29 באוקטובר.",
         MON_IL),
        ("Kinuhanan ko ito, 7:12 PM PHT, sa Tagaytay, kung saan magkakaroon din kami ng "
         "star party sa Disyembre 12.", MON_PH),
        ("I photographed the ISS at 7:12 PM PHT from Tagaytay, a week before our star party "
         "on 21 November.", MON_PH),
        # the weekday is the mail's own: today, or a week ago?
        ("I photographed the ISS on Monday evening at 7:12 PM PHT from Tagaytay, a week "
         "before our star party on 21 November.", MON_PH),
    ],
)  # fmt: skip
def test_another_events_date_never_dates_a_time_without_its_own_day(text: str, sent: str) -> None:
    assert _taken(text, sent) is None


@pytest.mark.parametrize(
    ("word", "day"),
    [("Dienstagabend", 1), ("Montagnacht", 0), ("Sonntagmorgen", 6), ("tisdagskväll", 1),
     ("dinsdagavond", 1), ("søndagaften", 6), ("Freitagabends", 4), ("ביום חמישי", 3)],
)  # fmt: skip
def test_a_weekday_written_with_its_part_of_the_day_names_the_weekday(word: str, day: int) -> None:
    assert weekdays_in(f"aufgenommen am {word} um") == {day}


@pytest.mark.parametrize("word", ["Abend", "Vereinsabend", "Sonntagszeitung", "Dienstagsrunde"])
def test_a_part_of_the_day_alone_or_another_compound_names_no_weekday(word: str) -> None:
    assert weekdays_in(word) == set()


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        ("Aufgenommen am Dienstagabend, 20. Oktober, um zehn nach sieben (MESZ) vom "
         "Parkplatz der Sternwarte.", THU_DE, "2026-10-20T17:10:00+00:00"),
        ("Jag tog bilden igår kväll kvart i sju (svensk tid) från kullen.", TUE_SE,
         "2026-11-09T17:45:00+00:00"),
        ("Tegnap este háromnegyed hétkor (magyar idő szerint) fotóztam le az ISS-t a "
         "Zselici Csillagparkban.", SAT_HU, "2026-11-13T17:45:00+00:00"),
        ("I opened the shutter at half past nine last night (NZDT), right as the pass "
         "started.", SUN_NZ, "2026-11-07T08:30:00+00:00"),
    ],
)  # fmt: skip
def test_a_day_word_with_its_evening_settles_a_clock_said_in_words(
    text: str, sent: str, want: str
) -> None:
    assert _taken(text, sent) == want


@pytest.mark.parametrize(
    "text",
    [
        "Aufgenommen am Dienstag, 20. Oktober, um zehn nach sieben (MESZ).",  # which seven?
        "Jag tog bilden igår kvart i sju (svensk tid).",
        "Tegnap háromnegyed hétkor (magyar idő szerint) fotóztam.",
        "I opened the shutter at half past nine (NZDT).",
        "Am Dienstagabend war Vereinssitzung. Um zehn nach sieben (MESZ) kam die ISS.",
    ],
)
def test_a_clock_in_words_without_its_half_of_the_day_is_not_read(text: str) -> None:
    assert spoken_times(text, []) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sie kam tief aus Westen, stieg auf 79° und war heller als alles andere.", 79.0),
        ("Trecerea a fost foarte luminoasă, cu înălțime maximă de 49 de grade.", 49.0),
        ("It went over the church. Max\n68 degrees, about mag -3.4.", 68.0),
    ],
)
def test_the_passs_highest_point_in_more_words(text: str, want: float) -> None:
    assert find_max_elevation(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Objektiv Samyang 14mm Art\n68 degrees of view.",  # no word for the pass's highest
        "Die Temperatur stieg auf 12 Grad.",  # no pass, a temperature: "Grad" alone
    ],
)
def test_degrees_no_word_calls_the_passs_highest_are_not_its_height(text: str) -> None:
    assert find_max_elevation(text) is None
