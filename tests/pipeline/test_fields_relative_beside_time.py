"""A relative day word right before a time ("vakar vakarā 23:58:30", "yesterday evening at
23:58") dates that time; a date in another clause of its sentence ("Crew Dragon, which was
launched on 13 July") is that clause's own event's, never the time's (blind batch 34)."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken(text: str, header: str) -> tuple[str | None, str | None]:
    taken = find_taken_at(text, Media(items=()), parsedate_to_datetime(header))
    return (taken.taken_at.isoformat() if taken.taken_at else None), taken.taken_date


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Vakar vakarā 23:58:30 pēc Latvijas laika SKS pārlidoja pāri bākai, un blakus bija "
         "Crew Dragon, kas tika palaists 13. jūlijā un vēl nebija piestājis.",
         "Fri, 16 Jul 2027 09:12:00 +0300", "2027-07-15T20:58:30+00:00"),
        ("Yesterday evening at 23:58 BST the ISS passed over the lighthouse beside Crew Dragon, "
         "which was launched on 13 July and had not docked yet.",
         "Fri, 16 Jul 2027 09:12:00 +0100", "2027-07-15T22:58:00+00:00"),
        ("Gestern Abend um 23:58 MESZ flog die ISS über den Leuchtturm, daneben der Crew "
         "Dragon, der am 13. Juli gestartet war.",
         "Fri, 16 Jul 2027 09:12:00 +0200", "2027-07-15T21:58:00+00:00"),
        ("Hier soir à 23h58 (heure de Paris), l'ISS est passée au-dessus du phare, à côté du "
         "Crew Dragon qui avait décollé le 13 juillet.",
         "Fri, 16 Jul 2027 09:12:00 +0200", "2027-07-15T21:58:00+00:00"),
        ("Вчера вечером в 23:58 по московскому времени МКС пролетела над маяком рядом с "
         "Crew Dragon, который стартовал 13 июля.",
         "Fri, 16 Jul 2027 09:12:00 +0300", "2027-07-15T20:58:00+00:00"),
        ("Wczoraj wieczorem o 23:58 CEST ISS przeleciała nad latarnią obok Crew Dragona, "
         "który wystartował 13 lipca.",
         "Fri, 16 Jul 2027 09:12:00 +0200", "2027-07-15T21:58:00+00:00"),
    ],
)  # fmt: skip
def test_a_relative_day_beside_a_time_dates_it_not_another_clauses_date(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header) == (want, None)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        # the date in the time's own clause dates it, whatever "vakar" says later
        ("13. jūlijā 23:58 pēc Latvijas laika SKS pārlidoja pāri bākai, vakar beidzot "
         "apstrādāju foto.", "Fri, 16 Jul 2027 09:12:00 +0300", "2027-07-13T20:58:00+00:00"),
        ("On 13 July at 23:58 BST the ISS passed over the lighthouse, and yesterday I "
         "edited the photo.", "Fri, 16 Jul 2027 09:12:00 +0100", "2027-07-13T22:58:00+00:00"),
        ("Am 13. Juli um 23:58 MESZ flog die ISS über den Leuchtturm, gestern habe ich das "
         "Foto bearbeitet.", "Fri, 16 Jul 2027 09:12:00 +0200", "2027-07-13T21:58:00+00:00"),
        # "yesterday" in an unrelated sentence dates no time that has its own date
        ("Yesterday I finally had time to edit it. The ISS passed over the lighthouse on "
         "13 July at 23:58 BST.", "Fri, 16 Jul 2027 09:12:00 +0100", "2027-07-13T22:58:00+00:00"),
        ("Hier soir j'ai enfin traité la photo. L'ISS est passée le 13 juillet à 23h58 "
         "(heure de Paris).", "Fri, 16 Jul 2027 09:12:00 +0200", "2027-07-13T21:58:00+00:00"),
    ],
)  # fmt: skip
def test_a_date_in_the_times_own_clause_still_dates_it(text: str, header: str, want: str) -> None:
    assert _taken(text, header) == (want, None)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Yesterday evening at 23:58 BST the ISS passed over the lighthouse beside Crew Dragon, "
         "which was launched on 13 July at 06:15 UTC.",
         "Fri, 16 Jul 2027 09:12:00 +0100", "2027-07-15T22:58:00+00:00"),
        ("Vakar vakarā 23:58:30 pēc Latvijas laika SKS pārlidoja pāri bākai, blakus Crew "
         "Dragon, kas tika palaists 13. jūlijā 06:15 UTC un vēl nebija piestājis.",
         "Fri, 16 Jul 2027 09:12:00 +0300", "2027-07-15T20:58:30+00:00"),
    ],
)  # fmt: skip
def test_the_other_events_own_time_in_its_clause_is_not_the_photos(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header) == (want, None)
