"""A weekday written beside an all-numeric date (issue 13, batch-22).

A weekday right after the date, in brackets or after a comma ("02/04/2027 (Friday)",
"05.10.2024, sobota"), settles which way round it reads, as one before it does. A weekday
named whole that none of the date's readings falls on makes the date doubtful: no date,
and a note asks (a wrong date is worse than none). A word that only starts like a
weekday's abbreviation ("Lune", "Szeged") names none.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.weekday_words import certain_weekday_before, weekday_after
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(header: str) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(header)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        # 2 April 2027 was a Friday, 4 February a Thursday
        ("Date: 02/04/2027 (Friday)\nTime: 21:14 BST", "Sat, 03 Apr 2027 10:05:00 +0100",
         datetime(2027, 4, 2, 20, 14, tzinfo=UTC)),
        ("Date: 02/04/2027 (Fri)\nTime: 21:14 UT", "Sat, 03 Apr 2027 10:05:00 +0100",
         datetime(2027, 4, 2, 21, 14, tzinfo=UTC)),
        ("Aufgenommen am 04/02/2027, Donnerstag, um 19:30 UT.", "Mon, 08 Feb 2027 09:00:00 +0100",
         datetime(2027, 2, 4, 19, 30, tzinfo=UTC)),
        # 5 October 2024 was a Saturday, 10 May a Friday
        ("Snímek 05.10.2024 (sobota) v 19:12:08 UTC.", "Sun, 06 Oct 2024 11:20:00 +0200",
         datetime(2024, 10, 5, 19, 12, 8, tzinfo=UTC)),
        ("Prise le 10/05/2024 (vendredi) à 21:40 TU.", "Sat, 11 May 2024 09:00:00 +0200",
         datetime(2024, 5, 10, 21, 40, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_weekday_after_a_date_settles_which_way_it_reads(
    text: str, header: str, want: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at == want


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # 15 April 2027 was a Thursday: the sender wrote Friday
        ("Date: 15/04/2027 (Friday)\nTime: 21:14 UT", "Sat, 17 Apr 2027 10:05:00 +0100"),
        ("Taken on Friday 15/04/2027 at 21:14 UT.", "Sat, 17 Apr 2027 10:05:00 +0100"),
        ("Aufgenommen am Freitag, 15.04.2027 um 21:14 UT.", "Sat, 17 Apr 2027 10:05:00 +0200"),
        ("Prise le samedi 2 avril 2027 à 21:14 TU.", "Sun, 03 Apr 2027 10:05:00 +0200"),
        # neither 3 April (Saturday) nor 4 March (Thursday) is a Monday
        ("Date: 03/04/2027 (Monday), 21:14 UT", "Mon, 05 Apr 2027 10:05:00 +0100"),
        # two weekdays that differ
        ("Taken on Friday 02/04/2027 (Saturday) at 21:14 UT.", "Mon, 05 Apr 2027 10:05:00 +0100"),
    ],
)  # fmt: skip
def test_a_weekday_the_date_does_not_fall_on_leaves_no_date(text: str, header: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert taken.taken_at is None and taken.taken_date is None
    assert any("the day written beside it" in note for note in taken.notes)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        # "Lune" is the Moon, not "lun." (Monday): 17 March 2024 was a Sunday
        ("Transit ISS/Lune 17/03/2024 20h14m32s TU", "Sun, 17 Mar 2024 23:48:00 +0100",
         datetime(2024, 3, 17, 20, 14, 32, tzinfo=UTC)),
        # "Szeged" is a town, not "sze" (Wednesday): 10 June 2024 was a Monday
        ("Az ISS 22:47 UTC-kor vonult át Szeged felett (2024. június 10.).",
         "Tue, 11 Jun 2024 09:00:00 +0200", datetime(2024, 6, 10, 22, 47, tzinfo=UTC)),
        # a weekday after a full stop starts another sentence
        ("Taken 15/04/2027 at 21:14 UT. Friday I tried again.", "Sat, 17 Apr 2027 10:05:00 +0100",
         datetime(2027, 4, 15, 21, 14, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_word_that_only_starts_like_a_weekday_names_none(
    text: str, header: str, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(header)).taken_at == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (" (Friday)", 4),
        (" (Fri) at 21:14", 4),
        (", Donnerstag, um", 3),
        (" (pátek)", 4),
        (" sobota", 5),
        (" at 21:14", None),
        (" (fri", 4),
        (" mar 21:14", None),  # an abbreviation outside brackets may be a word ("mar", sea)
        ("\nFriday", None),  # never across a line's end
    ],
)
def test_weekday_after(text: str, want: int | None) -> None:
    assert weekday_after(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [("on Friday ", 4), ("am Freitag, ", 4), ("w sobotę ", 5), ("Transit ISS/Lune ", None),
     ("Szeged felett (", None), ("odfotil predvčerom (", None)],
)  # fmt: skip
def test_certain_weekday_before(text: str, want: int | None) -> None:
    assert certain_weekday_before(text) == want
