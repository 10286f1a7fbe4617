"""The type comes from the bytes, never the name; names are made safe to show."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.media.names import MAX_NAME_CHARS, display_name
from ipom_mail.pipeline.media.sniff import sniff
from tests import corpus
from tests.pipeline.test_media_samples import LIMITS, part, photo, png


def _saved(fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (1, 2, 3)).save(out, fmt, **params)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "mime"),
    [
        ("JPEG", "image/jpeg"),
        ("PNG", "image/png"),
        ("GIF", "image/gif"),
        ("WEBP", "image/webp"),
        ("TIFF", "image/tiff"),
        ("BMP", "image/bmp"),
        ("AVIF", "image/avif"),
    ],
)
def test_images_written_by_pillow_are_recognised_by_their_bytes(fmt: str, mime: str) -> None:
    sniffed = sniff(_saved(fmt))
    assert (sniffed.mime, sniffed.family) == (mime, "image")


def test_an_animated_png_is_told_apart_from_a_still_one() -> None:
    frames = [Image.new("RGB", (32, 32), (i * 40, 0, 0)) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:])
    assert sniff(out.getvalue()).mime == "image/apng"
    assert sniff(png(32, 32)).mime == "image/png"


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200), "an executable program"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "an executable program"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "a ZIP archive"),
        (b"Hello,\r\nhere is my photo of the ISS.\r\n", "a text document"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "an HTML page"),
        (bytes(range(256)) * 4, "not a recognised image or video"),
    ],
)
def test_things_that_are_not_images_are_named_for_what_they_are(payload: bytes, words: str) -> None:
    sniffed = sniff(payload)
    assert sniffed.family == "other"
    assert sniffed.description.startswith(words)


def test_heic_avif_and_quicktime_are_told_apart_by_their_ftyp_brands() -> None:
    corpus.require()
    formats = corpus.IMAGES / "formats"
    assert sniff((formats / "ianare__IMG_5195.HEIC").read_bytes()).mime == "image/heic"
    assert sniff((formats / "pillow__exif.avif").read_bytes()).mime == "image/avif"
    assert sniff((formats / "pillow__star.avifs").read_bytes()).mime == "image/avif"
    assert sniff((formats / "exiftool__QuickTime.mov").read_bytes()).family == "video"


def test_a_jpeg_declared_as_octet_stream_and_named_dat_is_still_a_photo() -> None:
    media = extract_media([part("IMG.dat", photo(), declared="application/octet-stream")], LIMITS)
    assert media.items[0].mime == "image/jpeg"
    assert media.items[0].kind == "photo"


def test_a_png_named_jpg_reports_the_type_it_really_is() -> None:
    media = extract_media([part("photo.jpg", png(640, 480))], LIMITS)
    assert media.items[0].mime == "image/png"


def test_a_text_part_is_an_item_of_kind_other_that_is_not_an_image() -> None:
    media = extract_media([part("notes.txt", b"Taken at 21:34 UT\n", "text/plain")], LIMITS)
    item = media.items[0]
    assert (item.kind, item.problem, item.mime) == ("other", "not_image", "text/plain")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("../../etc/passwd.jpg", "passwd.jpg"),
        ("C:\\TEMP\\x.png", "x.png"),
        ("C:x.png", "x.png"),
        ("iss\x00.jpg", "iss.jpg"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ("line\r\nbreak.jpg", "linebreak.jpg"),
        ("  Maßnahmen Okt. 2021.html ", "Maßnahmen Okt. 2021.html"),
        ("..", None),
        ("/", None),
        ("", None),
        (None, None),
    ],
)
def test_sender_file_names_are_reduced_to_a_safe_display_name(
    raw: str | None, shown: str | None
) -> None:
    assert display_name(raw) == shown


def test_a_very_long_name_is_cut_but_keeps_its_extension() -> None:
    shown = display_name("a" * 5000 + ".jpeg")
    assert shown is not None
    assert len(shown) <= MAX_NAME_CHARS
    assert shown.endswith(".jpeg")


def test_the_item_shows_the_sanitised_name_never_the_path() -> None:
    media = extract_media([part("../../etc/passwd.jpg", photo())], LIMITS)
    assert media.items[0].filename == "passwd.jpg"
    assert media.items[0].kind == "photo"
