"""Sample submissions for the demo and the tests, made on the spot.

Each is a realistic email a photographer might send: a photo made with
Pillow (with camera EXIF), text in the style of the ISS Photo of the Month
page. Nothing here is committed as generated data; run
`python examples/samples.py DIR` to write them as .eml files.
"""

from __future__ import annotations

import io
import random
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from PIL import Image, ImageDraw


def photo_jpeg(
    width: int = 1600,
    height: int = 1000,
    *,
    camera: tuple[str, str] | None = ("Canon", "Canon EOS 6D"),
    taken: str | None = "2024:05:12 23:34:10",
    offset: str | None = "+02:00",
    seed: int = 0,
) -> bytes:
    """A JPEG of a bright ISS-like streak on a dark sky, with camera EXIF; each seed another sky."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height), (8, 10, 24))
    draw = ImageDraw.Draw(img)
    for _ in range(width // 7):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + 2, y + 2), fill=(200, 200, 220))
    start = (rng.uniform(0.05, 0.45) * width, rng.uniform(0.55, 0.95) * height)
    end = (rng.uniform(0.55, 0.95) * width, rng.uniform(0.05, 0.45) * height)
    draw.line((*start, *end), fill=(255, 240, 200), width=6)
    ridge = [(0, height)] + [
        (x, height * rng.uniform(0.8, 0.95)) for x in range(0, width + 1, width // 8)
    ]
    draw.polygon([*ridge, (width, height)], fill=(3, 3, 6))
    exif = Image.Exif()
    if camera:
        exif[0x010F], exif[0x0110] = camera
    ifd = exif.get_ifd(0x8769)
    if taken:
        ifd[0x9003] = taken
    if offset:
        ifd[0x9011] = offset
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def _message(
    sender: str, subject: str, body: str, date: datetime, *, html: str | None = None
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ISS Photo of the Month <ipom@example.org>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1].rstrip(">"))
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def samples(base: datetime | None = None) -> dict[str, bytes]:
    """Name → raw bytes of each sample message."""
    base = base or datetime(2024, 5, 13, 8, 15, tzinfo=UTC)
    out: dict[str, bytes] = {}

    complete = _message(
        "Maria López <maria@example.es>",
        "ISS transit over Madrid",
        "Hello,\n\nhere is my photo of the ISS pass last night.\n\n"
        "Time/date (UT): 2024-05-12 21:34:10 UT\n"
        "Equipment: Celestron EdgeHD 8, ZWO ASI462MC, Sky-Watcher EQ6-R Pro\n"
        "Max elevation 72°, from 21:31 to 21:38 UT, brightness -3.6 mag\n\n"
        "The sky cleared just ten minutes before the pass and I caught it crossing Vega.\n\n"
        "Clear skies,\nMaria\nhttps://www.instagram.com/maria.astro\n",
        base,
    )
    complete.add_attachment(
        photo_jpeg(), maintype="image", subtype="jpeg", filename="iss-madrid.jpg"
    )
    out["01-complete.eml"] = complete.as_bytes()

    incomplete = _message(
        "Jonas Weber <jonas@example.de>",
        "ISS Foto",
        "Hallo,\n\nanbei mein Foto der ISS vom 12.05.2024 um 23:34 Uhr über Hamburg.\n"
        "Es war ein toller Überflug!\n\nViele Grüße\nJonas\n",
        base + timedelta(hours=1),
    )
    incomplete.add_attachment(
        photo_jpeg(camera=None, taken=None, offset=None, seed=1),
        maintype="image",
        subtype="jpeg",
        filename="ISS Überflug.jpg",
    )
    out["02-incomplete.eml"] = incomplete.as_bytes()

    link = _message(
        "Kovács Péter <peter@example.hu>",
        "ISS fotó",
        "Szia!\n\nA fájl túl nagy volt, itt letölthető: https://www.dropbox.com/s/abc123xyz/iss.tif?dl=0\n"
        "Időpont: 2024. május 12. 21:36 UT\nFelszerelés: Sky-Watcher Esprit 100ED, ZWO ASI174MM\n\n"
        "Üdvözlettel,\nPéter\n",
        base + timedelta(hours=2),
    )
    out["03-link.eml"] = link.as_bytes()

    vacation = _message(
        "Out Of Office <oof@example.com>",
        "Automatic reply: ISS Photo of the Month",
        "I am away until Monday.\n",
        base + timedelta(hours=3),
    )
    vacation["Auto-Submitted"] = "auto-replied"
    out["04-autoreply.eml"] = vacation.as_bytes()
    return out


def write_samples(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, raw in samples().items():
        path = folder / name
        path.write_bytes(raw)
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "demo-data/mail")
    for p in write_samples(target):
        print(p)
