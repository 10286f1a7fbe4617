"""Every real image in the shared corpus gives the facts its MANIFEST row states."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.values import MediaItem
from tests import corpus
from tests.pipeline.test_media_samples import LIMITS, part

ROWS = [e for e in corpus.images() if e.kind.split("/")[-1] in ("exif", "gps", "formats", "broken")]
# The MANIFEST says "Pillow load: ok" here, but Pillow 13.0's load() of these bytes raises
# "unrecognized data stream contents" (checked by hand): the pixels cannot all be decoded.
DAMAGED_DESPITE_MANIFEST = {"images/broken/pillow__broken_data_stream.png"}


def _facts(fact: str) -> dict[str, str]:
    """The key=value facts of a MANIFEST row ("camera=…; DateTimeOriginal=…; …")."""
    found: dict[str, str] = {}
    for section in fact.split(" | "):
        for piece in section.split("; "):
            key, sep, value = piece.partition("=")
            if sep:
                found.setdefault(key.strip(), value.strip())
    return found


@functools.cache
def _decoded(path: Path) -> MediaItem:
    return extract_media([part(path.name, path.read_bytes())], LIMITS).items[0]


def _item(entry: corpus.Entry) -> MediaItem:
    """The file's item (each file is decoded once for all the tests that look at it)."""
    return _decoded(entry.path)


def _readable(e: corpus.Entry) -> bool:
    """Rows whose file Pillow reads whole, per the MANIFEST (and per Pillow 13 here)."""
    return "Pillow load: ok" in e.fact and e.rel not in DAMAGED_DESPITE_MANIFEST


def _rows(keep: Callable[[corpus.Entry], bool]) -> pytest.MarkDecorator:
    """Parametrise a test over the rows that state the fact it compares, and only those."""
    chosen = [e for e in ROWS if keep(e)]
    return pytest.mark.parametrize(
        "entry", chosen or [None], ids=[e.rel for e in chosen] or ["absent"]
    )


SHAPE = re.compile(r"\b[A-Z]+ (\d+)x(\d+) \S+ frames=(\d+)")


ENTRIES: list[corpus.Entry | None] = [*ROWS] or [None]  # None: the corpora are absent


@pytest.fixture(params=ENTRIES, ids=lambda e: e.rel if e else "absent")
def entry(request: pytest.FixtureRequest) -> corpus.Entry:
    corpus.require()
    assert request.param is not None
    return request.param  # type: ignore[no-any-return]


def test_readable_files_have_no_problem_and_broken_ones_have_one(entry: corpus.Entry) -> None:
    item = _item(entry)
    load = re.search(r"Pillow load: (\S+)", entry.fact)
    if entry.rel in DAMAGED_DESPITE_MANIFEST:
        assert (item.kind, item.problem) == ("other", "truncated")
    elif "type=MOV" in entry.fact:
        assert (item.kind, item.problem) == ("animation", None)
    elif load is not None and load.group(1) == "ok":
        assert item.problem is None
    else:
        assert (item.kind, item.problem is not None) == ("other", True)
        assert item.note and item.note.startswith(entry.path.name + ": ")


@_rows(lambda e: _readable(e) and SHAPE.search(e.fact) is not None)
def test_size_and_frames_match_the_manifest(entry: corpus.Entry) -> None:
    corpus.require()
    item = _item(entry)
    shape = SHAPE.search(entry.fact)
    assert shape is not None and item.problem is None
    width, height, frames = (int(g) for g in shape.groups())
    assert (item.width, item.height, item.frames) == (width, height, frames)
    if frames > 1 and "MPO" not in entry.fact:  # small ones are icons, not the animation
        small = max(width, height) < LIMITS.min_photo_pixels
        assert item.kind == ("other" if small else "animation")


@_rows(lambda e: _readable(e) and "camera" in _facts(e.fact) and "exiftool: type=" not in e.fact)
def test_camera_and_lens_match_the_manifest(entry: corpus.Entry) -> None:
    corpus.require()
    facts, item = _facts(entry.fact), _item(entry)
    camera, lens = facts.get("camera"), facts.get("lens")
    assert item.problem is None
    if camera == "none":
        assert item.camera is None
    else:
        assert camera is not None
        model_tail = camera.split()[-1].split("?")[0]  # "?" in the MANIFEST stands for a NUL
        assert item.camera is not None and model_tail in item.camera
    if lens is not None:
        assert item.lens == lens


@_rows(lambda e: _readable(e) and "DateTimeOriginal" in _facts(e.fact))
def test_camera_time_and_offset_match_the_manifest(entry: corpus.Entry) -> None:
    corpus.require()
    facts, item = _facts(entry.fact), _item(entry)
    assert item.problem is None
    exif = item.exif
    original, offset = facts["DateTimeOriginal"], facts["OffsetTimeOriginal"]
    assert (exif.datetime_original if exif else None) == (None if original == "none" else original)
    assert (exif.offset if exif else None) == (None if offset == "none" else offset)


@_rows(lambda e: _readable(e) and "GPS date/time" in _facts(e.fact))
def test_gps_time_and_position_match_the_manifest(entry: corpus.Entry) -> None:
    corpus.require()
    facts, item = _facts(entry.fact), _item(entry)
    assert item.problem is None
    exif, stated = item.exif, facts["GPS date/time"]
    gps_time = exif.gps_datetime if exif else None
    if stated == "none" or stated.startswith("(no date)"):
        assert gps_time is None
    else:
        expected = datetime.strptime(stated[:19], "%Y:%m:%d %H:%M:%S")
        assert gps_time is not None
        assert gps_time.replace(tzinfo=None, microsecond=0) == expected
        offset = gps_time.utcoffset()
        assert offset is not None and offset.total_seconds() == 0
    position = facts.get("GPS position")
    if position is not None:
        lat, lon = (float(v) for v in position.split(","))
        assert exif is not None and exif.gps_lat is not None and exif.gps_lon is not None
        assert exif.gps_lat == pytest.approx(lat, abs=1e-4)
        assert exif.gps_lon == pytest.approx(lon, abs=1e-4)


def test_the_nokia_photo_has_an_agreeing_offset_and_gps_time_and_no_remark() -> None:
    corpus.require()
    path = corpus.IMAGES / "gps" / "ianare__HMD_Nokia_8.3_5G.jpg"
    media = extract_media([part(path.name, path.read_bytes())], LIMITS)
    item = media.items[0]
    assert item.taken_at is not None and item.taken_at.isoformat() == "2022-08-14T11:12:31+00:00"
    assert item.taken_at_source == "exif"
    assert media.notes == ()


def test_a_quicktime_movie_is_an_animation_with_duration_and_its_utc_creation_time() -> None:
    corpus.require()
    path = corpus.IMAGES / "formats" / "exiftool__QuickTime.mov"
    media = extract_media([part("clip.mov", path.read_bytes())], LIMITS)
    item = media.items[0]
    assert (item.kind, item.mime, item.width, item.height) == (
        "animation",
        "video/quicktime",
        320,
        240,
    )
    assert item.duration_s == pytest.approx(4.97, abs=0.01)
    assert item.taken_at is not None and item.taken_at.isoformat() == "2005-08-11T14:03:54+00:00"
    assert item.taken_at_source == "exif"
    assert any("QuickTime creation time" in n for n in media.notes)


def test_a_heic_from_an_iphone_gives_ut_from_its_offset() -> None:
    corpus.require()
    path = corpus.IMAGES / "formats" / "ianare__IMG_5195.HEIC"
    item = extract_media([part(path.name, path.read_bytes())], LIMITS).items[0]
    assert (item.kind, item.mime) == ("photo", "image/heic")
    assert item.taken_at is not None
    assert item.taken_at.isoformat() == "2021-04-11T20:47:53.054000+00:00"
