"""Web copies made with Pillow from any format in a bounded worker, with the GPS block stripped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageSequence

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.publish.images import web_copy
from ipom_mail.desk.publish.render import md_escape
from tests import corpus
from tests.publish_kit import leaks

GPS_IFD = 0x8825


def with_gps(path: Path, fmt: str, mode: str = "RGB") -> Path:
    image = Image.new(mode, (900, 600), 4000 if mode == "I;16" else (30, 40, 90))
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif.get_ifd(GPS_IFD)[2] = (40.0, 25.0, 0.0)  # GPSLatitude: a backyard
    image.save(path, fmt, exif=exif.tobytes()) if fmt != "PNG" else image.save(path, fmt)
    return path


@pytest.mark.parametrize(
    "fmt,mode,name",
    [
        ("JPEG", "RGB", "a.jpg"),
        ("TIFF", "RGB", "a.tif"),
        ("PNG", "I;16", "a.png"),
        ("HEIF", "RGB", "a.heic"),
    ],
)
def test_a_web_copy_is_a_small_upright_jpeg_without_gps(
    tmp_path: Path, fmt: str, mode: str, name: str
) -> None:
    if fmt == "HEIF":
        pytest.importorskip("pillow_heif").register_heif_opener()  # to write the sample
    source = with_gps(tmp_path / name, fmt, mode)
    copy = web_copy(source, tmp_path / "out", "ab" * 32, 400).path
    assert copy is not None and copy.name == f"{'ab' * 32}-400.jpg"
    with Image.open(copy) as out:
        assert out.format == "JPEG" and out.mode == "RGB" and max(out.size) == 400
        assert GPS_IFD not in out.getexif()


def test_a_file_pillow_cannot_read_gets_no_copy_and_a_reason(tmp_path: Path) -> None:
    broken = tmp_path / "x.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really")
    made = web_copy(broken, tmp_path / "out", "cd" * 32, 400)
    assert made.path is None and made.reason
    assert not list((tmp_path / "out").iterdir())


def test_markdown_escaping_turns_markup_into_text() -> None:
    assert md_escape("<script>*x*</script>") == "&lt;script&gt;\\*x\\*&lt;/script&gt;"


def durations(animation: Image.Image) -> list[int]:
    """Each frame's duration in ms (Pillow knows it once the frame is loaded)."""
    found = []
    for frame in ImageSequence.Iterator(animation):
        frame.load()
        found.append(int(frame.info.get("duration") or 0))
    return found


def test_an_animation_keeps_its_frames_timing_and_loop(tmp_path: Path) -> None:
    corpus.require()
    source = corpus.IMAGES / "formats" / "pillow__iss634.gif"
    made = web_copy(source, tmp_path / "out", "ef" * 32, 120, animate=True).path
    assert made is not None and made.suffix == ".webp"
    with Image.open(source) as original, Image.open(made) as out:
        assert (
            getattr(out, "n_frames", 1) == getattr(original, "n_frames", 1) and max(out.size) == 120
        )
        assert durations(out)[1:] == durations(original)[1:] and sum(durations(out)) > 0
        assert out.info.get("loop", 0) == original.info.get("loop", 0)


def test_a_single_frame_asked_as_an_animation_is_still_a_real_webp(tmp_path: Path) -> None:
    source = with_gps(tmp_path / "one.png", "PNG")
    made = web_copy(source, tmp_path / "out", "12" * 32, 300, animate=True).path
    assert made is not None and made.suffix == ".webp"
    with Image.open(made) as out:
        assert out.format == "WEBP"


def test_a_photo_over_the_pixel_limit_gets_no_copy_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "big.png"
    Image.new("RGB", (2000, 1500)).save(source)
    limits = LimitsConfig(max_image_megapixels=1)
    made = web_copy(source, tmp_path / "out", "34" * 32, 300, limits)
    assert made.path is None and made.reason == "3 megapixels; the limit is 1"


@pytest.mark.parametrize(
    "rel",
    [
        "formats/ianare__IMG_5195.HEIC",  # GPS, MakerNote
        "formats/ianare__DudleyLeavittUtah.tiff",  # Artist
        "formats/pillow__flower.webp",  # MakerNote with the owner's name
        "gps/exiftool__Apple.jpg",  # GPS, MakerNote
        "gps/ianare__HMD_Nokia_8.3_5G.jpg",  # GPS
        "exif/ianare__32-lens_data.jpeg",  # Artist, Copyright, serial number, XMP
        "exif/ianare__Samsung_Digimax_i50_MP3.jpg",  # Copyright, ImageDescription
    ],
)
def test_a_web_copy_of_a_corpus_photo_keeps_nothing_that_tells_where_or_who(
    tmp_path: Path, rel: str
) -> None:
    corpus.require()
    source = corpus.IMAGES / rel
    assert leaks(source.read_bytes())  # the original tells
    made = web_copy(source, tmp_path / "out", "56" * 32, 400).path
    assert made is not None and leaks(made.read_bytes()) == []


def test_a_long_animation_stays_animated_within_the_decoders_memory(tmp_path: Path) -> None:
    frames = [Image.new("P", (1000, 1000), i) for i in range(100)]  # 400 MB as RGBA frames
    for i, frame in enumerate(frames):
        frame.putpalette([(j * 7 + i) % 256 for j in range(768)])
    source = tmp_path / "long.gif"
    frames[0].save(source, save_all=True, append_images=frames[1:], duration=40, loop=0)
    limits = LimitsConfig(decode_memory_mb=400)
    made = web_copy(source, tmp_path / "out", "78" * 32, 1600, limits, animate=True)
    assert made.path is not None, made.reason
    with Image.open(made.path) as out:
        assert getattr(out, "n_frames", 1) == 100 and durations(out)[1:] == [40] * 99
