"""A 12-hour time without am or pm on the day the mail was sent, read in the half of the
day the mail names for it (blind batch 09, issue 13): "captured … this morning. The
transit was at 10:14:37 AEDT" is 10:14:37 am; and what must stay unread: both halves
named, a day other than the mail's, a reading after the mail was sent."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

_AR = (
    "يسعدني أن أشارككم صورتي لعبور محطة الفضاء الدولية أمام قرص الشمس، التي التقطتها {half}"
    " {day} أكتوبر ٢٠٢٦ من صحراء الخاتم."
    "\n\nوقت العبور: 10:21:36 بتوقيت الإمارات"
)


def _taken_at(text: str, header: str) -> datetime | None:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("Solar transit captured this morning from Brisbane. It was at 9:41:07 AEST on "
         "Saturday 17 October 2026.", "Sat, 17 Oct 2026 15:00:00 +1000", "2026-10-16T23:41:07"),
        ("Tránsito solar capturado esta mañana en Monterrey, el 17 de octubre de 2026 a las "
         "9:41:07 CST.", "Sat, 17 Oct 2026 15:00:00 -0600", "2026-10-17T15:41:07"),
        ("Photo prise ce soir depuis Montréal, le 17 octobre 2026 à 7:41 HAE.",
         "Sat, 17 Oct 2026 22:00:00 -0400", "2026-10-17T23:41"),
        ("Foto von heute Abend aus Chicago, 17. Oktober 2026 um 7:41 CDT.",
         "Sat, 17 Oct 2026 22:00:00 -0500", "2026-10-18T00:41"),
        # the UAE writes a 12-hour clock; "this morning" wrapped over a line's end (batch-23)
        (_AR.format(half="صباح", day="\nاليوم الجمعة ٩"), "Fri, 09 Oct 2026 15:48:03 +0400",
         "2026-10-09T06:21:36"),
        ("मैंने आज शाम यह फोटो ली। समय: 17 अक्टूबर 2026, 7:41 IST",
         "Sat, 17 Oct 2026 22:00:00 +0530", "2026-10-17T14:11"),
        ("Τη φωτογραφία την τράβηξα σήμερα το απόγευμα, 17 Οκτωβρίου 2026, στις 7:41 ώρα "
         "Ελλάδος.", "Sat, 17 Oct 2026 22:00:00 +0300", "2026-10-17T16:41"),
    ],
)  # fmt: skip
def test_the_half_of_the_day_the_mail_names_settles_a_12_hour_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken_at(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # both halves named
        ("Went out this morning and again this evening; the pass was at 7:41 EDT on "
         "17 October 2026.", "Sat, 17 Oct 2026 22:00:00 -0400"),
        # the photo's day is not the mail's: "this morning" is about something else
        ("The pass was at 9:41 EDT on 16 October 2026; I stacked the frames this morning.",
         "Sat, 17 Oct 2026 11:00:00 -0400"),
        # the evening reading is after the mail was sent
        ("Shot this evening, 17 October 2026 at 9:41 EDT.", "Sat, 17 Oct 2026 20:00:00 -0400"),
        # "tonight" leaves the small hours possible
        ("Shot tonight, 17 October 2026 at 11:41 EDT.", "Sat, 17 Oct 2026 23:59:00 -0400"),
        # twelve o'clock and a morning named elsewhere: noon on a 24-hour clock, or 00:37?
        # (blind batch 23 read the Greek as 00:37, half a day early)
        ("Σας στέλνω τη διέλευση μπροστά από τον Ήλιο, που τράβηξα σήμερα το πρωί.\n"
         "Ημερομηνία: Κυριακή 11 Οκτωβρίου 2026\nΏρα διέλευσης: 12:37:08 ώρα Ελλάδος",
         "Sun, 11 Oct 2026 19:44:21 +0300"),
        ("Tránsito solar capturado esta mañana en Monterrey, el 17 de octubre de 2026 a las "
         "12:41:07 CST.", "Sat, 17 Oct 2026 15:00:00 -0600"),
        ("Solar transit captured this morning from Brisbane, 17 October 2026 at 12:05 AEST.",
         "Sat, 17 Oct 2026 15:00:00 +1000"),
        # this evening: 22:21 is after the mail was sent at 15:48
        (_AR.format(half="مساء اليوم", day="الجمعة ٩"), "Fri, 09 Oct 2026 15:48:03 +0400"),
        # yesterday morning: the half named is not the mail's day's
        (_AR.format(half="صباح أمس", day="الخميس ٨"), "Fri, 09 Oct 2026 15:48:03 +0400"),
    ],
)  # fmt: skip
def test_a_12_hour_time_the_mails_words_do_not_settle_stays_unread(text: str, header: str) -> None:
    assert _taken_at(text, header) is None
