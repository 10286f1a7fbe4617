"""The pipeline worker starts its decoder process with its first message, without waiting
for it: the decoder loads Pillow while the worker loads the stages, and the first photo
is read as ever. A decoder that never starts is the same environment fault as before."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from ipom_mail.pipeline.child import DecoderUnavailable
from ipom_mail.pipeline.media import extract_media, pool, shutdown_pool
from tests.pipeline.test_media_samples import LIMITS, part, photo


@pytest.fixture(autouse=True)
def fresh_pool() -> Iterator[None]:
    shutdown_pool()
    yield
    shutdown_pool()


def test_the_decoder_started_early_reads_the_first_photo() -> None:
    pool.start_pool(LIMITS.decode_memory_mb)
    started = pool._pool
    assert started is not None and not started._workers[0].confirmed  # not waited for
    item = extract_media([part("iss.jpg", photo())], LIMITS).items[0]
    assert (item.kind, item.mime, item.problem) == ("photo", "image/jpeg", None)
    assert pool._pool is started  # the same process read it: none was started again


def test_starting_early_twice_starts_one_decoder() -> None:
    pool.start_pool(LIMITS.decode_memory_mb)
    first = pool._pool
    pool.start_pool(LIMITS.decode_memory_mb)
    assert pool._pool is first and first is not None and len(first._workers) == 1


def test_a_decoder_started_early_that_never_says_ready_is_no_decoder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "executable", "/bin/false")  # a process that ends at once
    pool.start_pool(LIMITS.decode_memory_mb)
    monkeypatch.undo()
    with pytest.raises(DecoderUnavailable):
        extract_media([part("iss.jpg", photo())], LIMITS)
    item = extract_media([part("iss.jpg", photo())], LIMITS).items[0]
    assert item.kind == "photo"  # the next message starts a working decoder
