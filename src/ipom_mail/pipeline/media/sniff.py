"""What a file really is, from its first bytes (never from its name or declared type).

A sender's Content-Type and file name are claims; the magic numbers at the start
of the payload are facts. `sniff` is cheap and pure, so the caller can turn away
programs, documents and archives before any decoder sees them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Family = Literal["image", "video", "unsupported", "other"]

# ISO base media (ftyp) brands, grouped by what they mean for us.
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_QUICKTIME_BRANDS = frozenset({b"qt  "})
_AUDIO_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})
_RAW_BRANDS = frozenset({b"crx "})
_QUICKTIME_ATOMS = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The sniffed type: a MIME type, what to do with it, and how to name it to a person."""

    mime: str | None
    family: Family
    description: str  # e.g. "an executable program", "a JPEG image"
    pillow_formats: tuple[str, ...] = ()  # the Pillow plugins allowed to open it


def _image(mime: str, description: str, *formats: str) -> Sniffed:
    return Sniffed(mime, "image", description, formats)


def _other(mime: str | None, description: str) -> Sniffed:
    return Sniffed(mime, "other", description)


# Plain prefixes, checked in order (longest and most specific first).
_PREFIXES: tuple[tuple[bytes, Sniffed], ...] = (
    (b"\xff\xd8\xff", _image("image/jpeg", "a JPEG image", "JPEG", "MPO")),
    (b"GIF87a", _image("image/gif", "a GIF image", "GIF")),
    (b"GIF89a", _image("image/gif", "a GIF image", "GIF")),
    (
        b"II*\x00\x10\x00\x00\x00CR",
        Sniffed("image/x-canon-cr2", "unsupported", "a camera raw file"),
    ),
    (b"IIRO", Sniffed("image/x-olympus-orf", "unsupported", "a camera raw file")),
    (b"IIRS", Sniffed("image/x-olympus-orf", "unsupported", "a camera raw file")),
    (b"IIU\x00", Sniffed("image/x-panasonic-rw2", "unsupported", "a camera raw file")),
    (b"FUJIFILMCCD-RAW", Sniffed("image/x-fuji-raf", "unsupported", "a camera raw file")),
    (b"II*\x00", _image("image/tiff", "a TIFF image", "TIFF")),
    (b"MM\x00*", _image("image/tiff", "a TIFF image", "TIFF")),
    (b"II+\x00", Sniffed("image/tiff", "unsupported", "a BigTIFF image")),
    (b"MM\x00+", Sniffed("image/tiff", "unsupported", "a BigTIFF image")),
    (b"\x00\x00\x01\x00", _image("image/vnd.microsoft.icon", "an icon", "ICO")),
    (b"8BPS", _image("image/vnd.adobe.photoshop", "a Photoshop image", "PSD")),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", _image("image/jp2", "a JPEG 2000 image", "JPEG2000")),
    (b"\xff\x4f\xff\x51", _image("image/jp2", "a JPEG 2000 image", "JPEG2000")),
    (b"SIMPLE  =", _image("image/fits", "a FITS image", "FITS")),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", Sniffed("image/jxl", "unsupported", "a JPEG XL image")),
    (b"\xff\x0a", Sniffed("image/jxl", "unsupported", "a JPEG XL image")),
    (b"\x1a\x45\xdf\xa3", Sniffed("video/x-matroska", "video", "a Matroska/WebM video")),
    (b"%PDF", _other("application/pdf", "a PDF document")),
    (b"PK\x03\x04", _other("application/zip", "a ZIP archive (or an Office document)")),
    (b"PK\x05\x06", _other("application/zip", "an empty ZIP archive")),
    (b"Rar!\x1a\x07", _other("application/vnd.rar", "a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", _other("application/x-7z-compressed", "a 7-Zip archive")),
    (b"\x1f\x8b", _other("application/gzip", "a gzip archive")),
    (b"BZh", _other("application/x-bzip2", "a bzip2 archive")),
    (b"\xfd7zXZ\x00", _other("application/x-xz", "an xz archive")),
    (b"MZ", _other("application/vnd.microsoft.portable-executable", "an executable program")),
    (b"\x7fELF", _other("application/x-executable", "an executable program")),
    (b"\xcf\xfa\xed\xfe", _other("application/x-mach-binary", "an executable program")),
    (b"\xce\xfa\xed\xfe", _other("application/x-mach-binary", "an executable program")),
    (b"#!", _other("text/x-script", "a script")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        _other("application/x-ole-storage", "an Office document"),
    ),
    (b"\x78\x9f\x3e\x22", _other("application/vnd.ms-tnef", "an Outlook TNEF file")),
    (b"{\\rtf", _other("application/rtf", "an RTF document")),
    (b"ID3", _other("audio/mpeg", "an audio file")),
    (b"OggS", _other("audio/ogg", "an audio file")),
    (b"fLaC", _other("audio/flac", "an audio file")),
    (b"-----BEGIN PGP", _other("application/pgp", "a PGP block")),
)


def _riff(data: bytes) -> Sniffed | None:
    """RIFF containers: WebP images, AVI videos, WAV audio."""
    if not data.startswith(b"RIFF") or len(data) < 12:
        return None
    kind = data[8:12]
    if kind == b"WEBP":
        return _image("image/webp", "a WebP image", "WEBP")
    if kind == b"AVI ":
        return Sniffed("video/x-msvideo", "video", "an AVI video")
    if kind == b"WAVE":
        return _other("audio/wav", "an audio file")
    return _other("application/octet-stream", "a RIFF file")


def _png(data: bytes) -> Sniffed | None:
    """PNG, or APNG when an acTL chunk comes before the first IDAT."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    head = data[:65536]
    actl, idat = head.find(b"acTL"), head.find(b"IDAT")
    if actl != -1 and (idat == -1 or actl < idat):
        return _image("image/apng", "an animated PNG", "PNG")
    return _image("image/png", "a PNG image", "PNG")


def _brands(data: bytes) -> list[bytes]:
    """The major and compatible brands of an ISO base media file's ftyp box."""
    size = int.from_bytes(data[0:4], "big")
    end = min(max(size, 16), len(data), 4096)
    brands = [data[8:12]]
    brands.extend(data[i : i + 4] for i in range(16, end - 3, 4))
    return brands


def _iso_media(data: bytes) -> Sniffed | None:
    """HEIF/AVIF images and MP4/MOV videos share the ISO box structure."""
    if len(data) < 12:
        return None
    box = data[4:8]
    if box == b"ftyp":
        return _by_brand(_brands(data))
    size = int.from_bytes(data[0:4], "big")
    if box in _QUICKTIME_ATOMS and (size in (0, 1) or size >= 8):
        return Sniffed("video/quicktime", "video", "a QuickTime video")
    return None


def _by_brand(brands: list[bytes]) -> Sniffed:
    """Sort an ftyp file by the brands it declares (the major brand decides ties)."""
    major, found = brands[0], set(brands)
    if major in _RAW_BRANDS:
        return Sniffed("image/x-canon-cr3", "unsupported", "a camera raw file")
    if major in _AUDIO_BRANDS:
        return _other("audio/mp4", "an audio file")
    if found & _AVIF_BRANDS:
        return _image("image/avif", "an AVIF image", "AVIF", "HEIF")
    if found & _HEIF_BRANDS:
        return _image("image/heic", "a HEIC/HEIF image", "HEIF")
    if major in _QUICKTIME_BRANDS:
        return Sniffed("video/quicktime", "video", "a QuickTime video")
    return Sniffed("video/mp4", "video", "an MP4 video")


_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")


def _text(data: bytes) -> Sniffed | None:
    """Text-like payloads (HTML, SVG, plain text): no control bytes in the first 4 KiB."""
    head = data[:4096]
    if any(b < 32 and b not in _TEXT_CONTROLS for b in head):
        return None
    lowered = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if b"<svg" in lowered[:1024]:
        return Sniffed("image/svg+xml", "unsupported", "an SVG drawing")
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return _other("text/html", "an HTML page")
    return _other("text/plain", "a text document")


def _bmp(data: bytes) -> Sniffed | None:
    """BMP: 'BM' plus a known DIB header size (so text starting "BM" is not an image)."""
    if data.startswith(b"BM") and data[14:18] in _BMP_HEADERS:
        return _image("image/bmp", "a BMP image", "BMP")
    return None


_BMP_HEADERS = frozenset(n.to_bytes(4, "little") for n in (12, 16, 40, 52, 56, 64, 108, 124))


def sniff(data: bytes) -> Sniffed:
    """The real type of `data`, from its magic numbers; unknown bytes are 'other'."""
    for check in (_png, _riff, _iso_media, _bmp):
        found = check(data)
        if found is not None:
            return found
    for prefix, sniffed in _PREFIXES:
        if data.startswith(prefix):
            return sniffed
    found = _text(data)
    if found is not None:
        return found
    return _other(None, "not a recognised image or video")
