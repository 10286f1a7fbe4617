"""Camera facts and the file's own UT time, from EXIF written into real photos."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.media.exif import camera_name
from ipom_mail.pipeline.values import MediaItem
from tests.pipeline.test_media_samples import LIMITS, part, photo


def _item(data: bytes, name: str = "iss.jpg") -> tuple[MediaItem, tuple[str, ...]]:
    media = extract_media([part(name, data)], LIMITS)
    return media.items[0], media.notes


def test_exif_time_with_an_offset_is_converted_to_ut() -> None:
    item, _ = _item(photo(taken="2024:05:12 23:34:10", offset="+02:00"))
    assert item.taken_at == datetime(2024, 5, 12, 21, 34, 10, tzinfo=UTC)
    assert item.taken_at_source == "exif"


def test_exif_time_without_offset_is_not_ut() -> None:
    item, notes = _item(photo(make="Canon", model="Canon EOS 40D", taken="2024:05:12 23:34:10"))
    assert item.taken_at is None
    assert item.taken_at_source is None
    assert item.exif is not None and item.exif.datetime_original == "2024:05:12 23:34:10"
    assert any("camera time has no zone" in n for n in notes)


def test_a_negative_offset_moves_the_time_forward_into_the_next_day() -> None:
    item, _ = _item(photo(taken="2024:05:12 22:10:00", offset="-05:00", subsec="25"))
    assert item.taken_at == datetime(2024, 5, 13, 3, 10, 0, 250000, tzinfo=UTC)


def test_gps_date_and_time_give_ut_when_the_camera_time_has_no_zone() -> None:
    item, _ = _item(
        photo(taken="2024:05:12 23:34:12", gps_date="2024:05:12", gps_time=(21, 34, 10.5))
    )
    assert item.taken_at == datetime(2024, 5, 12, 21, 34, 10, 500000, tzinfo=UTC)
    assert item.taken_at_source == "gps"


def test_gps_time_without_a_gps_date_gives_no_time() -> None:
    item, _ = _item(photo(taken="2024:05:12 23:34:12", gps_time=(21, 34, 10)))
    assert item.exif is not None and item.exif.gps_datetime is None
    assert item.taken_at is None


def test_offset_time_wins_but_a_gps_time_far_from_it_is_noted() -> None:
    item, notes = _item(
        photo(
            taken="2024:05:12 23:34:10",
            offset="+02:00",
            gps_date="2024:05:12",
            gps_time=(21, 50, 0),
        )
    )
    assert item.taken_at == datetime(2024, 5, 12, 21, 34, 10, tzinfo=UTC)
    assert item.taken_at_source == "exif"
    assert any("disagree by 16 minutes" in n for n in notes)


def test_offset_time_and_gps_time_that_agree_need_no_remark() -> None:
    item, notes = _item(
        photo(
            taken="2024:05:12 23:34:10",
            offset="+02:00",
            gps_date="2024:05:12",
            gps_time=(21, 34, 11),
        )
    )
    assert item.taken_at_source == "exif"
    assert notes == ()


@pytest.mark.parametrize("blank", ["0000:00:00 00:00:00", "    :  :     :  :  ", ""])
def test_a_blank_or_zero_camera_time_is_unknown(blank: str) -> None:
    item, notes = _item(photo(make="Canon", model="EOS R5", taken=blank))
    assert item.exif is not None and item.exif.datetime_original is None
    assert notes == ()


def test_an_impossible_offset_is_ignored_so_the_time_is_not_ut() -> None:
    item, _ = _item(photo(taken="2024:05:12 23:34:10", offset="+25:00"))
    assert item.exif is not None and item.exif.offset is None
    assert item.taken_at is None


def test_southern_and_western_coordinates_are_negative() -> None:
    item, _ = _item(photo(lat=("S", (33, 51, 36)), lon=("W", (70, 30, 0))))
    assert item.exif is not None
    assert item.exif.gps_lat == pytest.approx(-33.86, abs=1e-6)
    assert item.exif.gps_lon == pytest.approx(-70.5, abs=1e-6)


def test_a_position_without_its_hemisphere_is_unknown() -> None:
    data = photo(lat=("", (33, 51, 36)), lon=("E", (70, 30, 0)))
    item, _ = _item(data)
    assert item.exif is None or item.exif.gps_lat is None


def test_lens_and_camera_are_reported_for_the_equipment() -> None:
    item, _ = _item(
        photo(make="NIKON CORPORATION", model="NIKON Z 6_2", lens="NIKKOR Z 24-70mm f/4 S")
    )
    assert item.camera == "NIKON Z 6_2"
    assert item.lens == "NIKKOR Z 24-70mm f/4 S"


def test_a_model_with_a_nul_inside_is_cut_at_the_nul() -> None:
    item, _ = _item(photo(make="WWL", model="ION230\x00F"))
    assert item.camera == "WWL ION230"


@pytest.mark.parametrize(
    ("make", "model", "camera"),
    [
        ("Canon", "Canon EOS 40D", "Canon EOS 40D"),
        ("NIKON CORPORATION", "NIKON D300", "NIKON D300"),
        ("Apple", "iPhone 7", "Apple iPhone 7"),
        ("HMD Global", "Nokia 8.3 5G", "HMD Global Nokia 8.3 5G"),
        ("Jolla", "Jolla", "Jolla"),
        (None, "ILCE-7M3", "ILCE-7M3"),
        ("SONY", None, "SONY"),
        (None, None, None),
    ],
)
def test_camera_name_does_not_repeat_the_maker(
    make: str | None, model: str | None, camera: str | None
) -> None:
    assert camera_name(make, model) == camera


@pytest.mark.parametrize("image_format", ["PNG", "WEBP"])  # Pillow's TIFF writer drops Exif IFDs
def test_exif_is_read_from_png_and_webp_too(image_format: str) -> None:
    data = photo(
        640,
        480,
        make="Canon",
        model="Canon EOS 6D",
        taken="2024:05:12 23:34:10",
        offset="+02:00",
        image_format=image_format,
    )
    item, _ = _item(data, f"iss.{image_format.lower()}")
    assert item.camera == "Canon EOS 6D"
    assert item.taken_at == datetime(2024, 5, 12, 21, 34, 10, tzinfo=UTC)
