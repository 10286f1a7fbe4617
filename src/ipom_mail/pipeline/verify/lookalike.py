"""Photo fingerprints: is this photo the same as, or a resize, crop or recompression of, another?

A fingerprint is 25 difference hashes (dhash, 64 bits each) of a
256-pixel grey thumbnail: the whole picture, then crops of 90% of it (sixteen
placed on a grid, and eight that trim one side), so that a 10% crop of the
original still meets one of the original's own crops nearly bit for bit.
Two photos look alike when their whole-picture hash is within
SAME_PHOTO_DISTANCE bits of any crop of the other. Measured on the shared
corpus: a resize, JPEG quality 60, a watermark text or a 10% crop lands at
≤ 12 bits (almost all ≤ 5); the closest distinct photos are 14 bits apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported by those that make fingerprints, not those comparing them
    from PIL import Image

SAME_PHOTO_DISTANCE = 10
THUMB_SIDE = 256  # the fingerprint reads no finer picture (decoders may stop there)
_CROP = 0.9
_HASH_HEX = 16  # 64 bits
_OFFSETS = (0.0, 1 / 3, 2 / 3, 1.0)


def dhash(image: Image.Image) -> int:
    """The difference hash of a grey image, as imagehash computes it (a test checks they agree).

    Written with Pillow alone: importing imagehash (numpy, its thread pools)
    in the decoding worker would break the worker's memory bound for 64 bits.
    """
    from PIL import Image

    return _bits(image.resize((9, 8), Image.Resampling.LANCZOS).tobytes())


def _bits(px: bytes) -> int:
    """The 64 bits of a 9×8 grey picture: each pixel brighter than the one on its left."""
    value = 0
    for row in range(8):
        for col in range(8):
            value = (value << 1) | (px[row * 9 + col + 1] > px[row * 9 + col])
    return value


def fingerprint(image: Image.Image) -> str | None:
    """The image's fingerprint as hex (25 hashes of 16 hex digits each), None for a blank picture."""
    from PIL import Image, ImageOps

    scale = THUMB_SIDE / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    small = image if scale >= 1 else image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    # Night-sky photos are nearly black: stretch the contrast so that their
    # structure (the trail, the stars, the horizon) makes the hash, not noise;
    # a picture with almost no contrast at all has nothing to compare.
    grey = ImageOps.autocontrast(small.convert("L"), cutoff=1)
    low, high = grey.getextrema()
    assert isinstance(low, int) and isinstance(high, int)
    if high - low < 16:
        return None
    return "".join(f"{h:016x}" for h in crop_hashes(grey))


def crop_hashes(grey: Image.Image) -> list[int]:
    """The dhash of the whole picture and of each crop (_boxes), in order.

    A picture at least as wide as it is high is resized by Pillow's LANCZOS in two
    passes, across and then down, and its crops share their columns: each band of
    columns is narrowed to 9 pixels once, and each crop of it is then brought down to 8
    rows, which gives the bytes of resizing each crop whole (a test checks it on
    pictures of many sizes) in a third of the time. A taller picture is hashed crop by crop.
    """
    from PIL import Image

    w, h = grey.size
    boxes = _boxes(w, h)
    if h > w or w < 9 or h < 8:
        return [dhash(grey.crop((x, y, x + cw, y + ch))) for x, y, cw, ch in boxes]
    lanczos = Image.Resampling.LANCZOS
    bands: dict[tuple[int, int], Image.Image] = {}
    out = []
    for x, y, cw, ch in boxes:
        band = bands.get((x, cw))
        if band is None:
            band = bands[x, cw] = grey.crop((x, 0, x + cw, h)).resize((9, h), lanczos)
        out.append(_bits(band.crop((0, y, 9, y + ch)).resize((9, 8), lanczos).tobytes()))
    return out


def _boxes(w: int, h: int) -> list[tuple[int, int, int, int]]:
    """(x, y, width, height) of the whole picture, sixteen 90% crops on a grid, and eight
    that trim one side by 10%."""
    out = [(0, 0, w, h)]
    for fx, fy in ((_CROP, _CROP), (_CROP, 1.0), (1.0, _CROP)):
        cw, ch = round(w * fx), round(h * fy)
        for ox in _OFFSETS if fx < 1 else (0.0,):
            for oy in _OFFSETS if fy < 1 else (0.0,):
                out.append((round((w - cw) * ox), round((h - ch) * oy), cw, ch))
    return out


def hashes(value: str) -> tuple[int, ...]:
    """A fingerprint's hashes, parsed (parse each stored fingerprint once, compare many times)."""
    return tuple(int(value[i : i + _HASH_HEX], 16) for i in range(0, len(value), _HASH_HEX))


def hash_distance(ha: tuple[int, ...], hb: tuple[int, ...]) -> int:
    """`distance` of two parsed fingerprints."""
    if not ha or not hb:
        return 64
    return min(min((ha[0] ^ y).bit_count() for y in hb), min((x ^ hb[0]).bit_count() for x in ha))


def distance(a: str, b: str) -> int:
    """Bits apart: the whole of either photo against every crop of the other (smaller is closer)."""
    return hash_distance(hashes(a), hashes(b))


def look_alike(a: str, b: str) -> bool:
    """The same photo, or a resize/crop/recompression/watermark of it."""
    return distance(a, b) <= SAME_PHOTO_DISTANCE
