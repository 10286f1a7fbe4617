"""Published videos: remuxed by ffmpeg without any metadata, plus a still frame.

`ffmpeg -map_metadata -1 -c copy` keeps the pictures and sound bit for bit
and drops the container's tags, among them QuickTime's location (`©xyz`,
`com.apple.quicktime.location.ISO6709`), the camera's serial number and the
owner. Only video and audio streams are kept: data and subtitle streams
(GoPro's GPMF, a drone's GPS subtitles, timecode) and cover pictures go.
The result is read back with MediaInfo and refused if a location remains.
Without ffmpeg a video is never published as it was sent.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pymediainfo import MediaInfo

FFMPEG_SECONDS = 300
NO_FFMPEG = (
    "ffmpeg is not installed, and a video is never published with its metadata "
    "(location, serial number); install it (Debian: apt-get install ffmpeg)"
)
_LEAKS = ("xyz", "location", "gps", "serial", "owner", "artist", "copyright")


def ffmpeg() -> str | None:
    """The ffmpeg program, or None when it is not installed."""
    return shutil.which("ffmpeg")


def _run(arguments: list[str]) -> str | None:
    """Run ffmpeg; None when it worked, else its complaint in one line."""
    program = ffmpeg()
    if program is None:
        return NO_FFMPEG
    command = [program, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *arguments]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=FFMPEG_SECONDS)
    except subprocess.TimeoutExpired:
        return f"ffmpeg took longer than {FFMPEG_SECONDS} seconds"
    except OSError as exc:
        return f"ffmpeg could not be run: {exc.strerror}"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"ffmpeg failed: {last[:160]}"
    return None


def leftover_tags(path: Path) -> list[str]:
    """Names of container tags in `path` that could tell where or who (MediaInfo's view)."""
    info = MediaInfo.parse(str(path))
    found = []
    for track in info.tracks:
        for key, value in track.to_data().items():
            if value not in (None, "") and any(word in key.lower() for word in _LEAKS):
                found.append(key)
    return found


def remux(source: Path, target: Path) -> str | None:
    """Write `target` (same container) with no metadata; None, or why it was not made."""
    tmp = target.with_name(f"{target.stem}.part{target.suffix}")
    streams = ["-map", "0:V", "-map", "0:a?", "-dn", "-sn"]  # pictures and sound only
    no_tags = ["-map_metadata", "-1", "-map_metadata:s", "-1", "-map_chapters", "-1"]
    copy = ["-c", "copy", "-fflags", "+bitexact", "-movflags", "+faststart"]
    failed = _run(["-i", str(source), *streams, *no_tags, *copy, str(tmp)])
    if failed is None and (leaks := leftover_tags(tmp)):
        failed = f"its metadata could not be removed ({', '.join(sorted(set(leaks)))})"
    if failed is not None:
        tmp.unlink(missing_ok=True)
        return failed
    tmp.replace(target)
    return None


def still_frame(source: Path, target: Path) -> str | None:
    """The first picture of the video, turned upright, as a PNG with no metadata."""
    first = ["-map", "0:V:0", "-frames:v", "1", "-map_metadata", "-1"]
    return _run(["-i", str(source), *first, "-f", "image2", "-c:v", "png", str(target)])
