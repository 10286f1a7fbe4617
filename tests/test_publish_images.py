"""Web copies made with Pillow from any format in a bounded worker, with the GPS block stripped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from ipom_mail.publish.images import web_copy
from ipom_mail.publish.render import md_escape

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
