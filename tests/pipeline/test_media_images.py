"""Photos, animations and logos: what kind each attachment is, measured from its pixels."""

from __future__ import annotations

import hashlib
import io

from PIL import Image

from ipom_mail.pipeline.media import extract_media
from tests.pipeline.test_media_samples import LIMITS, part, photo, png


def _frames(fmt: str, size: tuple[int, int], count: int, **params: object) -> bytes:
    frames = [Image.new("RGB", size, (i * 60 % 256, 90, 200 - i)) for i in range(count)]
    out = io.BytesIO()
    frames[0].save(out, fmt, save_all=True, append_images=frames[1:], **params)
    return out.getvalue()


def test_one_item_per_part_in_order_with_its_hash_and_size() -> None:
    payloads = [photo(800, 600), png(640, 480), b"", b"%PDF-1.4\n"]
    media = extract_media([part(f"f{i}", p) for i, p in enumerate(payloads)], LIMITS)
    assert [i.filename for i in media.items] == ["f0", "f1", "f2", "f3"]
    assert [i.sha256 for i in media.items] == [hashlib.sha256(p).hexdigest() for p in payloads]
    assert [i.size for i in media.items] == [len(p) for p in payloads]


def test_a_full_hd_jpeg_is_a_photo_with_its_size() -> None:
    item = extract_media([part("iss.jpg", photo())], LIMITS).items[0]
    assert (item.kind, item.mime, item.width, item.height, item.frames) == (
        "photo",
        "image/jpeg",
        1920,
        1080,
        1,
    )
    assert item.problem is None


def test_a_signature_logo_is_not_the_photo_and_says_why() -> None:
    media = extract_media([part("logo.png", png(20, 20))], LIMITS)
    item = media.items[0]
    assert (item.kind, item.problem) == ("other", None)
    assert item.note == "logo.png is 20×20 pixels: too small to be the photo (a logo or icon?)"
    assert media.notes == (item.note,)


def test_a_long_thin_panorama_is_a_photo_even_if_one_side_is_small() -> None:
    item = extract_media([part("pano.png", png(1200, 150))], LIMITS).items[0]
    assert item.kind == "photo"


def test_an_animated_gif_is_an_animation_with_its_frames() -> None:
    data = _frames("GIF", (400, 300), 5, duration=100, loop=0)
    item = extract_media([part("pass.gif", data)], LIMITS).items[0]
    assert (item.kind, item.frames, item.mime) == ("animation", 5, "image/gif")


def test_an_animated_webp_is_an_animation() -> None:
    data = _frames("WEBP", (320, 240), 3, duration=100)
    item = extract_media([part("pass.webp", data)], LIMITS).items[0]
    assert (item.kind, item.frames) == ("animation", 3)


def test_a_tiny_animated_icon_is_not_an_animation_to_judge() -> None:
    data = _frames("GIF", (24, 24), 4, duration=80, loop=0)
    item = extract_media([part("smiley.gif", data)], LIMITS).items[0]
    assert (item.kind, item.problem) == ("other", None)


def test_a_multi_page_tiff_is_a_photo_not_an_animation() -> None:
    data = _frames("TIFF", (640, 480), 2)
    item = extract_media([part("stack.tif", data)], LIMITS).items[0]
    assert (item.kind, item.frames) == ("photo", 2)


def test_a_still_gif_is_a_photo() -> None:
    out = io.BytesIO()
    Image.new("P", (640, 480), 3).save(out, "GIF")
    item = extract_media([part("still.gif", out.getvalue())], LIMITS).items[0]
    assert (item.kind, item.frames) == ("photo", 1)


def test_an_avif_photo_is_read_natively() -> None:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (5, 5, 60)).save(out, "AVIF")
    item = extract_media([part("iss.avif", out.getvalue())], LIMITS).items[0]
    assert (item.kind, item.mime, item.width) == ("photo", "image/avif", 640)


def test_a_heic_and_an_avif_after_a_jpeg_are_read_by_the_same_decoder() -> None:
    """HEIF's and AVIF's libraries load in a decoder with the first file that needs them:
    a decoder that read JPEGs until then still reads both."""
    import pillow_heif

    from ipom_mail.pipeline.media import shutdown_pool

    shutdown_pool()  # one fresh decoder process, which sees the JPEG first
    assert extract_media([part("iss.jpg", photo())], LIMITS).items[0].kind == "photo"
    heic, avif = io.BytesIO(), io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (640, 480), (5, 5, 60))).save(heic, quality=50)
    Image.new("RGB", (640, 480), (5, 5, 60)).save(avif, "AVIF")
    items = [extract_media([part(n, d.getvalue())], LIMITS).items[0] for n, d in
             (("IMG_0001.HEIC", heic), ("iss.avif", avif))]  # fmt: skip
    assert [(i.kind, i.mime, i.width) for i in items] == [
        ("photo", "image/heic", 640),
        ("photo", "image/avif", 640),
    ]


def test_a_heic_made_with_pillow_heif_is_a_photo() -> None:
    import pillow_heif

    heif = pillow_heif.from_pillow(Image.new("RGB", (640, 480), (5, 5, 60)))
    out = io.BytesIO()
    heif.save(out, quality=50)
    item = extract_media([part("IMG_0001.HEIC", out.getvalue())], LIMITS).items[0]
    assert (item.kind, item.mime, item.width, item.height) == ("photo", "image/heic", 640, 480)
