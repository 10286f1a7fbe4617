"""The photo's time from the camera: EXIF and GPS times, used when the words give none,
checked against the words when both are there, and several photos' times compared."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Exif, Media, MediaItem

SENT = datetime(2024, 5, 20, 10, 0, tzinfo=timezone(timedelta(hours=2)))
NO_MEDIA = Media(())


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def photo(
    when: datetime | None, source: str | None = None, exif: Exif | None = None, kind: str = "photo"
) -> MediaItem:
    return MediaItem(
        filename="iss.jpg",
        sha256="0" * 64,
        size=1000,
        kind=kind,  # type: ignore[arg-type]
        mime="image/jpeg",
        taken_at=when,
        taken_at_source=source,  # type: ignore[arg-type]
        exif=exif,
    )


def test_gps_time_is_used_when_the_text_gives_none() -> None:
    media = Media((photo(utc(2024, 5, 12, 21, 34, 10), "gps"),))
    result = find_taken_at("Here is my ISS photo!", media, SENT)
    assert (result.taken_at, result.source) == (utc(2024, 5, 12, 21, 34, 10), "gps")


def test_exif_time_with_offset_is_used_when_the_text_gives_none() -> None:
    media = Media((photo(utc(2024, 5, 12, 21, 34), "exif"),))
    assert find_taken_at("ISS!", media, SENT).source == "exif"


def test_an_unusable_attachment_does_not_give_the_time() -> None:
    media = Media((photo(utc(2024, 5, 12, 21, 34), "exif", kind="other"),))
    assert find_taken_at("ISS!", media, SENT).taken_at is None


def test_text_and_camera_that_agree_keep_the_texts_time() -> None:
    media = Media((photo(utc(2024, 5, 12, 21, 36), "exif"),))
    result = find_taken_at("Time (UT): 2024-05-12 21:34", media, SENT)
    assert (result.taken_at, result.source) == (utc(2024, 5, 12, 21, 34), "body")


def test_text_and_camera_that_disagree_keep_no_time_and_say_so() -> None:
    media = Media((photo(utc(2024, 5, 12, 22, 40), "gps"),))
    result = find_taken_at("Time (UT): 2024-05-12 21:34", media, SENT)
    assert (result.taken_at, result.source) == (None, None)
    assert result.taken_date == "2024-05-12"
    assert any("camera" in n for n in result.notes)


def test_exif_time_without_offset_is_not_ut() -> None:
    exif = Exif(datetime_original="2024:05:12 23:34:10")
    result = find_taken_at("ISS over my house", Media((photo(None, exif=exif),)), SENT)
    assert (result.taken_at, result.taken_date) == (None, None)
    assert "the camera time 2024:05:12 23:34:10 has no zone" in result.notes


def test_a_local_time_consistent_with_the_camera_lets_the_camera_give_ut() -> None:
    media = Media((photo(utc(2024, 5, 12, 21, 34, 10), "exif"),))
    result = find_taken_at("Taken 12.05.2024 at 23:34 local time", media, SENT)
    assert (result.taken_at, result.source) == (utc(2024, 5, 12, 21, 34, 10), "exif")


def test_a_local_time_no_zone_could_explain_conflicts_with_the_camera() -> None:
    media = Media((photo(utc(2024, 5, 12, 21, 10), "exif"),))
    result = find_taken_at("Taken 12.05.2024 at 23:34 local time", media, SENT)
    assert result.taken_at is None
    assert result.taken_date == "2024-05-12"


def test_two_photos_whose_camera_times_differ_give_only_their_shared_date() -> None:
    media = Media(
        (photo(utc(2024, 5, 12, 21, 34, 10), "gps"), photo(utc(2024, 5, 12, 21, 44, 0), "gps"))
    )
    result = find_taken_at("Two photos of the ISS, pick one!", media, SENT)
    assert (result.taken_at, result.taken_date) == (None, "2024-05-12")
    assert any("different times" in n for n in result.notes)


def test_two_photos_a_few_seconds_apart_keep_the_first_ones_time() -> None:
    media = Media(
        (photo(utc(2024, 5, 12, 21, 34, 10), "gps"), photo(utc(2024, 5, 12, 21, 34, 40), "gps"))
    )
    result = find_taken_at("Two frames of the ISS", media, SENT)
    assert result.taken_at == utc(2024, 5, 12, 21, 34, 10)


def test_a_text_time_matching_one_of_several_photos_is_kept() -> None:
    media = Media(
        (photo(utc(2024, 5, 12, 21, 44, 0), "gps"), photo(utc(2024, 5, 12, 21, 34, 10), "gps"))
    )
    result = find_taken_at("Taken 12 May 2024 at 21:34:10 UT", media, SENT)
    assert result.taken_at == utc(2024, 5, 12, 21, 34, 10)
