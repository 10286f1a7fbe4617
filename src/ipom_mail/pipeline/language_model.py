"""py3langid's model, kept unpacked in the user's cache folder and mapped, not loaded.

py3langid ships its model xz-compressed inside the package: unpacking it costs a second
of CPU and 75 MB in every process that asks a text's language (a pipeline worker, `ipom
check`, the reply). So the first process writes the model's arrays unpacked to the cache
folder (cache_folder.folder()), and the others map them: opening takes milliseconds, and
only the pages a text's features touch are read, shared by every process. A folder that
cannot be written, or files that are short or damaged, only mean the packaged model is
unpacked in memory, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import shutil
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ipom_mail.pipeline import cache_folder

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier  # type: ignore[import-untyped]

FORMAT = "1"  # bump when what is written changes
# the model's arrays, as py3langid's model file names them
NAMES = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")

Arrays = dict[str, np.ndarray]


def identifier(languages: tuple[str, ...] | None = None) -> LanguageIdentifier:
    """A py3langid identifier with probabilities, over every language it knows or only
    over `languages` (ISO 639-1); each call gives a new one, over the same arrays."""
    from py3langid.langid import LanguageIdentifier

    arrays = _arrays()
    found = LanguageIdentifier(
        np.asarray(arrays["ptc"]),
        np.asarray(arrays["pc"]),
        [str(c) for c in arrays["classes"].tolist()],
        np.asarray(arrays["nextmove"]).data,  # a memoryview: plain ints, fast to index
        np.asarray(arrays["out_feat"]).data,
        norm_probs=True,
        tk_row=arrays["nextmove_row"].tolist(),
    )
    if languages is not None:
        found.set_languages(list(languages))
    return found


@cache
def _arrays() -> Arrays:
    """The model's arrays: mapped from the cache folder, written there first if need be."""
    packed = _packed_model()
    folder = cache_folder.folder()
    if folder is None:
        return _unpack(packed)
    kept = folder / f"langid-{_key(packed)}"
    if (mapped := _mapped(kept)) is not None:
        return mapped
    arrays = _unpack(packed)
    shutil.rmtree(kept, ignore_errors=True)  # damaged: a process mapping it keeps its copy
    _write(kept, arrays)
    return _mapped(kept) or arrays


def _packed_model() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(str(MODEL_DIR)) / str(MODEL_FILE)


def _key(packed: Path) -> str:
    """A name for the unpacked arrays of this installed model."""
    digest = hashlib.sha256(f"{FORMAT} {packed}".encode())
    with contextlib.suppress(OSError, metadata.PackageNotFoundError):
        stat = packed.stat()
        digest.update(f"{metadata.version('py3langid')} {stat.st_size} {stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _unpack(packed: Path) -> Arrays:
    """The packaged model's arrays, in memory (the xz stream goes through a temporary file,
    so the unpacked archive is never held twice)."""
    with tempfile.TemporaryFile(suffix=".npz") as unpacked:
        with lzma.open(packed) as stream:
            shutil.copyfileobj(stream, unpacked, length=1 << 20)
        unpacked.seek(0)
        with np.load(unpacked, allow_pickle=False) as data:
            return {name: data[name] for name in NAMES}


def _mapped(kept: Path) -> Arrays | None:
    """The arrays written under `kept`, mapped read-only; None when any is missing,
    short or does not fit the others."""
    try:
        arrays = {
            name: np.load(kept / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in NAMES
        }
    except (OSError, ValueError):
        return None
    fits = (
        arrays["ptc"].ndim == 2
        and arrays["ptc"].shape[1] == arrays["pc"].shape[0] == arrays["classes"].shape[0]
        and arrays["nextmove_row"].shape == arrays["out_feat"].shape
        and arrays["nextmove"].ndim == 1
    )
    return arrays if fits else None


def _write(kept: Path, arrays: Arrays) -> None:
    """Keep the arrays under `kept` for the next process: written to a temporary folder,
    then renamed, so a reader sees all of them or none; a folder that cannot be written,
    or one another process wrote first, is left alone."""
    with contextlib.suppress(OSError):
        kept.parent.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(dir=kept.parent, prefix=".langid-"))
        try:
            for name, array in arrays.items():
                np.save(temp / f"{name}.npy", array, allow_pickle=False)
            os.replace(temp, kept)
        finally:
            shutil.rmtree(temp, ignore_errors=True)
