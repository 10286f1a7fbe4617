"""Benchmark of the checks beyond the inbox: photo fingerprints and the pass check, each beside its floor.

1. Fingerprint of one photo (made in the decoding worker from the decoded
   pixels) beside the floor: decoding that photo with Pillow, which the worker
   does anyway. Aim: < 50 ms per photo.
2. The pass check of one submission (warm, and the first one of a process that
   loads skyfield and the ephemeris), and a place lookup (time and memory).
   Aim: < 200 ms per check; a lookup ≤ 50 ms and ≤ 20 MB.
3. `ipom poll` of the same Dovecot mailbox with the pass check off and on, in
   the same run. Aim: within 10%.

Run: .venv/bin/python bench/verify.py [--count 60]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests.servers.dovecot import Dovecot  # noqa: E402

PY = sys.executable
IPOM = str(Path(PY).parent / "ipom")
ELEMENTS = ROOT / "tests" / "data" / "iss-elements.txt"


def night_photo(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A 12-megapixel night sky as a camera would save it (stars, a trail, sensor noise)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.effect_noise(size, 6).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(800):
        x, y, b = rng.randrange(size[0]), rng.randrange(size[1]), rng.randrange(80, 255)
        draw.ellipse((x, y, x + 4, y + 4), fill=(b, b, b))
    draw.line(
        (rng.randrange(size[0]), 0, rng.randrange(size[0]), size[1]), fill=(250, 240, 200), width=14
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def best_of(fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def bench_fingerprint() -> None:
    from PIL import Image

    from ipom_mail.pipeline.verify.lookalike import fingerprint

    data = night_photo(1)

    def decode() -> Image.Image:
        image = Image.open(io.BytesIO(data))
        image.load()
        return image

    loaded = decode()
    floor = best_of(decode)
    ours = best_of(lambda: fingerprint(loaded))
    print(f"1. fingerprint of a {loaded.width}×{loaded.height} JPEG ({len(data) / 1e6:.1f} MB)")
    print(f"   floor  Pillow decode (done anyway)  {floor * 1000:7.1f} ms")
    print(
        f"   ours   fingerprint of the pixels    {ours * 1000:7.1f} ms  ({ours / floor:.0%} of the decode; aim < 50 ms)"
    )


def bench_pass_check(places: Path) -> None:
    from ipom_mail.pipeline.verify.claim import Claim
    from ipom_mail.pipeline.verify.elements import parse_elements
    from ipom_mail.pipeline.verify.passcheck import check_pass
    from ipom_mail.pipeline.verify.places import PlaceIndex, build_index

    started = time.perf_counter()
    build_index(places)
    built = time.perf_counter() - started
    history = parse_elements(ELEMENTS.read_text(encoding="ascii"))
    index = PlaceIndex(places)

    def claim(when: datetime, place: str, **figures: object) -> Claim:
        values: dict[str, object] = dict(taken_at=when, day=None, sent=None, place=place, gps=None,
                                         max_elevation_deg=None, magnitude=None, sun_altitude_deg=None,
                                         clock=None, transit_of=None)  # fmt: skip
        values.update(figures)
        return Claim(**values)  # type: ignore[arg-type]

    agrees = claim(
        datetime(2016, 7, 29, 19, 57, tzinfo=UTC), "Tarján, Hungary", max_elevation_deg=85.0
    )
    doubtful = claim(datetime(2020, 3, 9, 11, 47, tzinfo=UTC), "Manorville NY, USA", sent=datetime(2020, 3, 13, tzinfo=UTC),
                     max_elevation_deg=84.0, magnitude=-3.9, sun_altitude_deg=-15.3)  # fmt: skip
    started = time.perf_counter()
    check_pass(agrees, history, index)
    cold = time.perf_counter() - started
    warm = best_of(lambda: check_pass(agrees, history, index))
    searched = best_of(lambda: check_pass(doubtful, history, index), runs=3)
    lookup = best_of(lambda: index.resolve("Palmdale, California"), runs=20)
    rss = subprocess.run(
        [PY, "-c", "import resource,sys; from ipom_mail.pipeline.verify.places import PlaceIndex; "
         "a=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; i=PlaceIndex(__import__('pathlib').Path(sys.argv[1])); "
         "[i.resolve(p) for p in ('Manorville NY, USA','Tarján, Hungary','Palmdale, CA')]; "
         "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss-a)/1024)", str(places)],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    print("2. pass check")
    print(
        f"   place index built once in {built:.1f} s ({places.stat().st_size / 1e6:.0f} MB on disk)"
    )
    print(
        f"   place lookup {lookup * 1000:.2f} ms, {float(rss):.1f} MB more memory (aim ≤ 50 ms, ≤ 20 MB)"
    )
    print(
        f"   a pass that agrees: {warm * 1000:.0f} ms warm, {cold * 1000:.0f} ms for the first in a process (loads skyfield and DE421)"
    )
    print(
        f"   a pass that disagrees, with the 5-day search for suggestions: {searched * 1000:.0f} ms (aim < 200 ms)"
    )


def message(i: int, photo: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Photographer {i} <p{i}@example.org>"
    msg["Subject"] = f"ISS pass #{i}"
    msg["Date"] = "Sun, 31 Jul 2016 20:00:00 +0200"
    msg["Message-ID"] = f"<verify-bench-{i}@example.org>"
    msg.set_content(f"The ISS over Tarján, Hungary on 29 July 2016 at 19:{50 + i % 9:02d} UT, max elevation 85°.\n"
                    "Equipment: Canon EOS 5D Mark II, Sigma 8mm\n")  # fmt: skip
    msg.add_attachment(photo, maintype="image", subtype="jpeg", filename=f"iss-{i}.jpg")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def poll_seconds(count: int, photos: list[bytes], verify: str, tmp: Path) -> float:
    with Dovecot() as server:
        with server.client() as client:
            for i in range(count):
                client.append("INBOX", message(i, photos[i % len(photos)]))
        config = tmp / "ipom.toml"
        config.write_text(
            f'[imap]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
            f'username = "{server.user}"\npassword_env = "BENCH_PW"\nbatch_size = 20\n'
            f'[storage]\npath = "{tmp / "data"}"\n[reply]\nenabled = false\n{verify}'
        )
        env = dict(os.environ, BENCH_PW=server.password)
        subprocess.run(
            [IPOM, "--config", str(config), "init"], env=env, check=True, capture_output=True
        )
        start = time.perf_counter()
        done = subprocess.run(
            [IPOM, "--config", str(config), "poll"], env=env, capture_output=True, text=True
        )
        took = time.perf_counter() - start
        assert done.returncode == 0 and f"{count} new" in done.stdout, done.stdout + done.stderr
        return took


def bench_poll(count: int, places: Path) -> None:
    photos = [night_photo(seed, (1600, 1200)) for seed in range(8)]
    on = f'[verify]\nelements_file = "{ELEMENTS}"\nplaces_index = "{places}"\n'
    results: dict[str, list[float]] = {"off": [], "on": []}
    for _round in range(2):
        for label, verify in (("off", ""), ("on", on)):
            with tempfile.TemporaryDirectory() as tmp:
                results[label].append(poll_seconds(count, photos, verify, Path(tmp)))
    off, on_s = min(results["off"]), min(results["on"])
    print(
        f"3. ipom poll of {count} submissions (1600×1200 photo each), best of 2, fingerprints made in both"
    )
    print(f"   pass check off  {off:6.1f} s  {count / off:5.1f} msg/s")
    print(
        f"   pass check on   {on_s:6.1f} s  {count / on_s:5.1f} msg/s   on/off = {on_s / off:.2f}× (aim ≤ 1.10×)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=60, help="submissions in the polled mailbox")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        places = Path(tmp) / "places-v1.sqlite"
        bench_fingerprint()
        bench_pass_check(places)
        bench_poll(args.count, places)


if __name__ == "__main__":
    main()
