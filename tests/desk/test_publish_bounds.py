"""`gallery` and `post` decode photos in the bounded decoder processes, never in the curator's.

A 169-megapixel PNG (507 MB of pixels once decoded) is made here, streamed
row by row so the test itself stays small; the curator's `ipom gallery`
process must stay under CURATOR_BOUND_MB whatever the photo's size.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from pathlib import Path

from PIL import Image

from tests.publish_kit import IPOM, Install, install, mail

SIDE = 13_000  # 169 megapixels: under the default 180 allowed, so intake keeps it
CURATOR_BOUND_MB = 400  # Python, Pillow and the store; the decoded pixels alone are 507 MB


def big_png(path: Path, side: int = SIDE) -> Path:
    """An RGB PNG of side×side pixels (a repeating gradient), written without holding it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pattern = bytes(v for x in range(256) for v in (x, 255 - x, (x * 7) % 256))
    row = b"\x00" + (pattern * (side * 3 // len(pattern) + 1))[: side * 3]
    packer = zlib.compressobj(6)
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)))
        for _ in range(side):
            out.write(chunk(b"IDAT", packer.compress(row)))
        out.write(chunk(b"IDAT", packer.flush()) + chunk(b"IEND", b""))
    return path


def gallery_measured(site: Install, out: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """`ipom gallery --all` in a process that reports its own peak memory (MB) when done."""
    script = (
        "import sys\n"
        "from ipom_mail.cli import cli\n"
        "try:\n"
        "    cli.main(sys.argv[1:], prog_name='ipom')\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        # VmHWM, not ru_maxrss: ru_maxrss keeps the forking test process's peak across exec
        "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1]\n"
        "print('peak-kb', hwm, file=sys.stderr)\n"
        "sys.exit(code or 0)\n"
    )
    arguments = ["--config", str(site.config), "gallery", "--all", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        timeout=600,
    )
    peak = next(line for line in done.stderr.splitlines() if line.startswith("peak-kb"))
    return done, int(peak.split()[1]) / 1024


def test_a_169_megapixel_png_is_shrunk_outside_the_curators_process(tmp_path: Path) -> None:
    assert Path(IPOM).exists()
    site = install(tmp_path)
    png = big_png(tmp_path / "huge.png")
    refs = site.ingest({"huge.png": mail("huge.png", png.read_bytes())})
    [sha] = site.sha256(refs["huge.png"])
    done, peak_mb = gallery_measured(site, tmp_path / "gallery")
    assert done.returncode == 0, done.stderr
    assert peak_mb < CURATOR_BOUND_MB, f"the curator's process peaked at {peak_mb:.0f} MB"
    [thumb] = (tmp_path / "gallery" / "thumbs").glob(f"{sha}-*.jpg")
    with Image.open(thumb) as small:
        assert small.size == (480, 480)


def test_a_photo_over_the_decoders_memory_gets_one_clear_line_and_no_copy(
    tmp_path: Path,
) -> None:
    site = install(tmp_path)
    png = big_png(tmp_path / "huge.png")
    refs = site.ingest({"huge.png": mail("huge.png", png.read_bytes())})
    assert site.sha256(refs["huge.png"])  # stored with the default bounds
    tight = site.config.read_text().replace("[limits]\n", "[limits]\ndecode_memory_mb = 400\n")
    site.config.write_text(tight)
    done, peak_mb = gallery_measured(site, tmp_path / "gallery")
    assert done.returncode == 0 and peak_mb < CURATOR_BOUND_MB, done.stderr
    lines = [line for line in done.stderr.splitlines() if refs["huge.png"] in line]
    assert len(lines) == 1 and "not published" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert not list((tmp_path / "gallery" / "thumbs").glob("*.jpg"))
