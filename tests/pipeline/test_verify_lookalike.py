"""Photo fingerprints on real photos: variants are linked to their original, distinct photos never are."""

from __future__ import annotations

import io
import itertools
import random
from collections.abc import Callable

import pytest
from PIL import Image, ImageDraw

from ipom_mail.pipeline.verify import lookalike
from ipom_mail.pipeline.verify.lookalike import (
    crop_hashes,
    dhash,
    distance,
    fingerprint,
    look_alike,
)
from tests import corpus

# The corpus holds the same picture twice four times (an AVIF and a PNG of one
# Pillow sample, an animated GIF and WebP of one animation, two blank ExifTool
# samples, and a stereo MPO beside a copy whose second frame is cut off);
# those pairs are the same photo, not false links.
SAME_PICTURE = {
    frozenset({"pillow__sugarshack.mpo", "pillow__sugarshack_no_data.mpo"}),
    frozenset({"pillow__exif.avif", "pillow__exif.png"}),
    frozenset({"pillow__iss634.gif", "pillow__iss634.webp"}),
    frozenset({"exiftool__ExifTool.tif", "exiftool__GPS.jpg"}),
}


def corpus_photos() -> dict[str, Image.Image]:
    """Every corpus image Pillow opens that is big enough to be a photo (≥ 64 px a side)."""
    corpus.require()
    photos = {}
    for entry in corpus.images():
        path = corpus.CORPORA / entry.path
        try:
            with Image.open(path) as image:
                image.load()
                rgb = image.convert("RGB")
        except Exception:
            continue
        if min(rgb.size) >= 64:
            photos[path.name] = rgb
    return photos


def jpeg_60(image: Image.Image) -> Image.Image:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=60)
    return Image.open(io.BytesIO(out.getvalue()))


def watermarked(image: Image.Image) -> Image.Image:
    copy = image.copy()
    w, h = copy.size
    ImageDraw.Draw(copy).text(
        (w * 0.04, h * 0.9), "© J. Doe 2024", fill=(255, 255, 255), font_size=max(10, h // 30)
    )
    return copy


VARIANTS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "resized to half": lambda im: im.resize((im.width // 2, im.height // 2)),
    "cropped 10% around": lambda im: im.crop((int(im.width * 0.05), int(im.height * 0.05), int(im.width * 0.95), int(im.height * 0.95))),
    "cropped 10% at the right": lambda im: im.crop((0, 0, int(im.width * 0.9), im.height)),
    "cropped 10% at a corner": lambda im: im.crop((0, 0, int(im.width * 0.9), int(im.height * 0.9))),
    "cropped 10% off-centre": lambda im: im.crop((int(im.width * 0.03), int(im.height * 0.07), int(im.width * 0.93), int(im.height * 0.97))),
    "JPEG quality 60": jpeg_60,
    "watermarked": watermarked,
}  # fmt: skip


@pytest.fixture(scope="module")
def photos() -> dict[str, Image.Image]:
    return corpus_photos()


def test_at_least_95_percent_of_variants_are_linked_to_their_original(
    photos: dict[str, Image.Image],
) -> None:
    assert len(photos) >= 30
    linked, missed = 0, []
    for name, image in photos.items():
        original = fingerprint(image)
        if original is None:
            continue
        for label, make in VARIANTS.items():
            variant = fingerprint(make(image))
            if variant is not None and look_alike(original, variant):
                linked += 1
            else:
                missed.append(f"{name} {label}")
    total = linked + len(missed)
    assert linked / total >= 0.95, missed


def test_no_two_distinct_corpus_photos_are_linked(photos: dict[str, Image.Image]) -> None:
    prints = {name: fingerprint(image) for name, image in photos.items()}
    false_links = [
        (a, b, distance(pa, pb))
        for (a, pa), (b, pb) in itertools.combinations(prints.items(), 2)
        if pa and pb and frozenset({a, b}) not in SAME_PICTURE and look_alike(pa, pb)
    ]
    assert false_links == []


def night_sky(seed: int) -> Image.Image:
    """A synthetic night: stars, one bright ISS trail, sometimes a dark horizon."""
    rng = random.Random(seed)
    image = Image.new("RGB", (1500, 1000), (4, 6, 12))
    draw = ImageDraw.Draw(image)
    for _ in range(150):
        x, y, b = rng.randrange(1500), rng.randrange(1000), rng.randrange(40, 200)
        draw.ellipse((x, y, x + 2, y + 2), fill=(b, b, b))
    draw.line((rng.randrange(1500), rng.randrange(500), rng.randrange(1500), rng.randrange(500, 1000)),
              fill=(250, 240, 200), width=6)  # fmt: skip
    return image


def test_dark_night_sky_photos_are_told_apart_and_found_again() -> None:
    prints = [fingerprint(night_sky(seed)) for seed in range(12)]
    known = [p for p in prints if p is not None]
    assert len(known) == len(prints)
    assert not any(look_alike(a, b) for a, b in itertools.combinations(known, 2))
    found = [
        look_alike(known[seed], variant)
        for seed in range(len(known))
        for make in VARIANTS.values()
        if (variant := fingerprint(make(night_sky(seed)))) is not None
    ]
    assert sum(found) / (len(known) * len(VARIANTS)) >= 0.95


def test_our_difference_hash_is_imagehash_s(photos: dict[str, Image.Image]) -> None:
    import imagehash

    for image in list(photos.values())[:12]:
        grey = image.convert("L")
        assert f"{dhash(grey):016x}" == str(imagehash.dhash(grey))


def test_the_crops_hashed_together_are_each_crop_hashed_alone() -> None:
    """crop_hashes shares the crops' work; each hash must still be that crop's own dhash,
    so fingerprints stored before stay comparable with new ones."""
    rng = random.Random(17)
    sizes = [(256, 256), (256, 171), (256, 144), (256, 8), (171, 256), (100, 256), (9, 8)]
    sizes += [(255, 256), (30, 256), (rng.randint(9, 256), rng.randint(8, 256))]
    sizes += [(256, rng.randint(8, 256)) for _ in range(30)]
    for w, h in sizes:
        noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
        sky = night_sky(w * h).convert("L").resize((w, h))
        for grey in (noise, sky):
            boxes = lookalike._boxes(w, h)
            alone = [dhash(grey.crop((x, y, x + cw, y + ch))) for x, y, cw, ch in boxes]
            assert crop_hashes(grey) == alone, (w, h)


def test_a_blank_picture_has_no_fingerprint() -> None:
    assert fingerprint(Image.new("RGB", (800, 600), (10, 10, 10))) is None
