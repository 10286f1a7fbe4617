"""Hostile and broken attachments: each gets its problem code, and the photo beside it counts."""

from __future__ import annotations

import io
import os
import signal
import struct
import threading
import time
import zlib
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from ipom_mail.config import LimitsConfig
from ipom_mail.pipeline.media import extract_media, pool
from ipom_mail.pipeline.values import Media, Part
from tests import corpus
from tests.pipeline.test_media_samples import LIMITS, part, photo, png

GOOD = photo(1024, 768, make="Canon", model="Canon EOS 6D", taken="2024:05:12 23:34:10")


def _beside_a_good_photo(hostile: Part, limits: LimitsConfig = LIMITS) -> Media:
    """Run the hostile part between two good photos; both photos must survive it."""
    media = extract_media([part("before.jpg", GOOD), hostile, part("after.jpg", GOOD)], limits)
    assert len(media.items) == 3
    assert [media.items[0].kind, media.items[2].kind] == ["photo", "photo"]
    assert media.items[2].camera == "Canon EOS 6D"
    return media


def _png_header(width: int, height: int) -> bytes:
    """A PNG with a real IHDR claiming width×height and almost no pixel data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 8))


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    """A real, valid 15000×11000 RGB PNG (165 Mpx, under the default limit) that is slow to decode:
    half a gigabyte of pixels to inflate (a grey one of zeros decodes in under half a second)."""
    out = io.BytesIO()
    Image.new("RGB", (15000, 11000)).save(out, "PNG", compress_level=1)
    return out.getvalue()


def _problem(media: Media) -> tuple[str, str | None, str | None]:
    item = media.items[1]
    return item.kind, item.problem, item.note


def test_corpus_decompression_bomb_gif_is_a_bomb() -> None:
    corpus.require()
    data = (corpus.IMAGES / "broken" / "pillow__decompression_bomb.gif").read_bytes()
    kind, problem, note = _problem(_beside_a_good_photo(part("bomb.gif", data)))
    assert (kind, problem) == ("other", "bomb")
    assert note is not None and note.startswith("bomb.gif: ")


def test_a_png_claiming_ten_gigapixels_is_a_bomb() -> None:
    media = _beside_a_good_photo(part("huge.png", _png_header(100_000, 100_000)))
    assert _problem(media)[:2] == ("other", "bomb")
    assert "decompression bomb" in (media.items[1].note or "")


def test_a_4k_png_header_with_no_pixels_is_truncated_not_a_photo() -> None:
    stub = _png_header(3840, 2160)
    assert len(stub) < 80
    media = _beside_a_good_photo(part("image_4k.png", stub))
    assert _problem(media)[:2] == ("other", "truncated")
    assert media.items[1].width is None


def test_a_64_megapixel_stub_is_a_bomb_where_the_limit_is_lower() -> None:
    stub = _png_header(8000, 8000)
    default = _beside_a_good_photo(part("huge64.png", stub))
    assert _problem(default)[:2] == ("other", "truncated")
    strict = _beside_a_good_photo(
        part("huge64.png", stub), replace(LIMITS, max_image_megapixels=50)
    )
    assert _problem(strict)[:2] == ("other", "bomb")


def test_a_truncated_jpeg_is_truncated() -> None:
    cut = photo(1024, 768)[:20_000]
    assert _problem(_beside_a_good_photo(part("cut.jpg", cut)))[:2] == ("other", "truncated")


def test_an_executable_named_photo_jpg_is_not_an_image() -> None:
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(4000)
    kind, problem, note = _problem(_beside_a_good_photo(part("photo.jpg", exe)))
    assert (kind, problem) == ("other", "not_image")
    assert note == "photo.jpg: the file is an executable program, not an image; it was ignored"


def test_an_empty_attachment_is_empty() -> None:
    media = _beside_a_good_photo(part("empty.jpg", b""))
    assert _problem(media)[:2] == ("other", "empty")
    assert media.items[1].size == 0


def _noise_jpeg(megabytes: float) -> bytes:
    side = int((megabytes * 1024 * 1024 / 1.2) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def test_an_attachment_over_the_size_limit_is_too_large_without_being_opened() -> None:
    big = _noise_jpeg(2.0)
    assert 1024 * 1024 < len(big) < 6 * 1024 * 1024
    media = _beside_a_good_photo(part("big.jpg", big), replace(LIMITS, max_attachment_mb=1))
    item = media.items[1]
    assert (item.kind, item.problem, item.width, item.exif) == ("other", "too_large", None, None)
    assert "over the 1 MB limit" in (item.note or "")


@pytest.mark.slow
def test_a_30_megabyte_photo_under_the_40_megabyte_limit_is_a_photo() -> None:
    width, height = 3400, 3000
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=0)
    assert 29 * 1024 * 1024 < out.tell() < 40 * 1024 * 1024
    media = _beside_a_good_photo(part("big.png", out.getvalue()))
    assert (media.items[1].kind, media.items[1].width, media.items[1].height) == (
        "photo",
        width,
        height,
    )


def test_a_path_traversal_name_shows_only_the_last_part() -> None:
    media = _beside_a_good_photo(part("../../etc/passwd.jpg", GOOD))
    assert media.items[1].filename == "passwd.jpg"
    assert media.items[1].kind == "photo"


def test_five_hundred_tiny_attachments_are_all_processed_in_a_few_seconds() -> None:
    parts = [part(f"icon{i}.png", png(16, 16, (i % 256, i // 256, 7))) for i in range(500)]
    extract_media([part("warm.jpg", GOOD)], LIMITS)  # decoder processes already running
    started = time.monotonic()
    media = extract_media([*parts, part("iss.jpg", GOOD)], LIMITS)
    elapsed = time.monotonic() - started
    assert elapsed < 5.0
    assert len(media.items) == 501
    assert len({i.sha256 for i in media.items[:500]}) == 500
    assert all(i.kind == "other" and i.width == 16 for i in media.items[:500])
    assert media.items[500].kind == "photo"


def test_a_decode_over_the_time_bound_is_a_timeout_and_the_next_file_goes_on(
    huge_png: bytes,
) -> None:
    limits = replace(LIMITS, decode_timeout_seconds=0.5)
    started = time.monotonic()
    media = _beside_a_good_photo(part("slow.png", huge_png), limits)
    assert _problem(media)[:2] == ("other", "timeout")
    assert time.monotonic() - started < 10


def test_a_decode_over_the_memory_bound_is_too_large(huge_png: bytes) -> None:
    media = _beside_a_good_photo(
        part("greedy.png", huge_png), replace(LIMITS, decode_memory_mb=150)
    )
    assert _problem(media)[:2] == ("other", "too_large")


def test_a_decoder_process_killed_mid_file_costs_only_that_file(huge_png: bytes) -> None:
    found: list[Media] = []
    parts = [part("before.jpg", GOOD), part("slow.png", huge_png), part("after.jpg", GOOD)]
    worker = threading.Thread(target=lambda: found.append(extract_media(parts, LIMITS)))
    worker.start()
    deadline = time.monotonic() + 10
    killed = False
    while not killed and time.monotonic() < deadline:
        current = pool._pool
        busy = [w for w in (current._workers if current else []) if w.job == 1]
        if busy:
            time.sleep(0.1)
            os.kill(busy[0].process.pid, signal.SIGKILL)
            killed = True
        time.sleep(0.01)
    worker.join(30)
    assert killed and found
    media = found[0]
    assert [i.kind for i in media.items] == ["photo", "other", "photo"]
    assert media.items[1].problem == "too_large"
    assert extract_media([part("next.jpg", GOOD)], LIMITS).items[0].kind == "photo"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    prefix=st.sampled_from(
        [
            b"\xff\xd8\xff",
            b"\x89PNG\r\n\x1a\n",
            b"GIF89a",
            b"II*\x00",
            b"RIFF\x00\x00\x00\x00WEBP",
            b"\x00\x00\x00\x18ftypheic",
            b"\x00\x00\x00\x18ftypisom",
            b"",
            b"BM",
        ]
    ),
    body=st.binary(max_size=600),
    name=st.one_of(st.none(), st.text(max_size=300)),
)
def test_no_input_makes_media_raise(prefix: bytes, body: bytes, name: str | None) -> None:
    media = extract_media([Part(name, None, prefix + body)], LIMITS)
    item = media.items[0]
    assert item.kind in ("photo", "animation", "other")
    assert item.filename is None or ("/" not in item.filename and "\\" not in item.filename)
    if item.problem is not None:
        assert item.kind == "other" and item.note
