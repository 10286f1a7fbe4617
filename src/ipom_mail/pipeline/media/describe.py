"""The sentences the curator and the photographer read about an attachment's problem."""

from __future__ import annotations

from datetime import datetime

from ipom_mail.pipeline.media.decode import Decoded

_HEADLINES = {
    "bomb": "the image claims more pixels than allowed, like a decompression bomb",
    "truncated": "the image is incomplete or damaged",
    "timeout": "the image took too long to decode",
    "too_large": "the file needs more memory to decode than allowed",
    "empty": "the file is empty",
    "not_image": "the file is not an image",
}


def describe_problem(label: str, description: str, decoded: Decoded) -> str:
    """ "photo.jpg: the image is incomplete or damaged (…); it was ignored"."""
    problem = decoded.problem or "unsupported"
    headline = _HEADLINES.get(problem, f"the file looks like {description} but cannot be read")
    reason = f" ({decoded.reason})" if decoded.reason else ""
    return f"{label}: {headline}{reason}; it was ignored"


def describe_size(label: str, size: int, limit_mb: float) -> str:
    """The note for an attachment over the size limit (it was never opened)."""
    return (
        f"{label}: the file is {size / (1024 * 1024):.1f} MB, over the {limit_mb:g} MB limit "
        "for an attachment; it was not opened (a link to a file host works for big files)"
    )


def video_time_note(label: str, created: datetime) -> str:
    """Why a video's creation time is used as UT, and why it deserves a check."""
    return (
        f"{label}: the time {created:%Y-%m-%d %H:%M:%S} UT is the video's QuickTime creation "
        "time, which the format defines as UT (some cameras record local time there instead)"
    )
