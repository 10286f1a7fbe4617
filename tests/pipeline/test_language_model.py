"""The language model is unpacked once per machine, then mapped from the user's cache
folder: every process ranks languages as py3langid's own packaged model does, and a
missing, damaged or unwritable cache only means unpacking it again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

from ipom_mail.pipeline import language_model
from ipom_mail.reply.language import detect_language

TEXTS = (
    "Taken from my garden in Leeds with my Nikon D750 last night, a wonderful bright pass.",
    "Posnetek je nastal v Ljubljani in na Krasu, ISS je letela zelo visoko nad obzorjem.",
    "Fotografiado desde Madrid con una Canon EOS, paso de la EEI a las 21:34 hora local.",
    "国際宇宙ステーションが月の前を通過する瞬間を撮影しました。札幌市の自宅からです。",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own, and a model opened afresh in it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language_model._arrays.cache_clear()
    yield tmp_path / "ipom-mail"
    language_model._arrays.cache_clear()


def packaged() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_mapped_model_ranks_every_language_as_the_packaged_one(cache: Path) -> None:
    reference = packaged()
    mapped = language_model.identifier()
    assert len(list(cache.glob("langid-*/*.npy"))) == len(language_model.NAMES)
    for text in TEXTS:
        assert mapped.rank(text) == reference.rank(text)


def test_a_later_process_maps_the_kept_arrays_without_unpacking(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    language_model.identifier()
    language_model._arrays.cache_clear()  # as a new process starts

    def unpack(packed: Path) -> language_model.Arrays:
        raise AssertionError(f"{packed} unpacked again")

    monkeypatch.setattr(language_model, "_unpack", unpack)
    assert language_model.identifier().classify(TEXTS[1])[0] == "sl"


def test_a_damaged_cache_is_unpacked_again_and_written_whole(cache: Path) -> None:
    language_model.identifier()
    (kept,) = cache.glob("langid-*/nextmove.npy")
    whole = kept.stat().st_size
    kept.write_bytes(kept.read_bytes()[: whole // 2])  # a disk that filled up
    language_model._arrays.cache_clear()
    assert language_model.identifier().rank(TEXTS[0]) == packaged().rank(TEXTS[0])
    assert kept.stat().st_size == whole


def test_a_cache_folder_that_cannot_be_written_still_tells_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    language_model._arrays.cache_clear()
    try:
        assert language_model.identifier().classify(TEXTS[2])[0] == "es"
    finally:
        language_model._arrays.cache_clear()


def test_the_reply_language_comes_from_the_same_model(cache: Path) -> None:
    assert detect_language(TEXTS[2], ("es", "de", "fr")) == "es"
    assert detect_language(TEXTS[0], ("es", "de", "fr")) == "en"
