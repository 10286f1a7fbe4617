"""Property-based: mutated real mails and images never make parse or media raise or hang."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipom_mail.config import LimitsConfig
from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.values import Part
from tests import corpus

MAILS = [e.path for e in corpus.emails() if e.size < 300_000]
IMAGES = [e.path for e in corpus.images() if e.size < 400_000]
SECONDS_PER_INPUT = 5.0
LIMITS = LimitsConfig(decode_timeout_seconds=3.0)


@st.composite
def mutated(draw: st.DrawFn, pool: list) -> bytes:  # type: ignore[type-arg]
    data = bytearray(draw(st.sampled_from(pool)).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "boundary", "header", "insert"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "boundary":
            data[at:at] = b"\r\n--" + draw(st.binary(max_size=20)) + b"\r\n"
        elif kind == "header":
            name = draw(
                st.sampled_from(
                    [b"Content-Type", b"Subject", b"From", b"Content-Transfer-Encoding"]
                )
            )
            value = draw(
                st.sampled_from(
                    [b"multipart/mixed; boundary=", b"=?x?Q?=ff?=", b"\xff" * 300, b"a" * 5000]
                )
            )
            data[0:0] = name + b": " + value + b"\r\n"
        else:
            data[at:at] = draw(st.binary(max_size=64))
    return bytes(data)


@pytest.mark.skipif(not MAILS, reason="shared corpora not found")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=mutated(MAILS))
def test_parse_never_raises_or_hangs_on_mutated_real_mail(raw: bytes) -> None:
    start = time.monotonic()
    parsed = parse_message(raw)
    assert parsed.size == len(raw)
    extract_media(parsed.parts, LIMITS)
    assert time.monotonic() - start < SECONDS_PER_INPUT


@pytest.mark.skipif(not IMAGES, reason="shared corpora not found")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated(IMAGES))
def test_media_never_raises_or_hangs_on_mutated_real_images(data: bytes) -> None:
    start = time.monotonic()
    media = extract_media([Part("photo.jpg", "image/jpeg", data)], LIMITS)
    assert len(media.items) == 1
    item = media.items[0]
    assert item.kind in ("photo", "animation", "other")
    if item.kind == "other" and item.problem is not None:
        assert item.note
    assert time.monotonic() - start < SECONDS_PER_INPUT
