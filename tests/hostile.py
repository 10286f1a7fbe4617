"""Hostile message shapes of a chosen size, each once quadratic somewhere in the pipeline.

Shared by tests/pipeline/test_bounds.py (each at 1 MB, under an absolute time cap) and
bench/bounds.py (each over growing sizes, beside a linear floor).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from email.message import EmailMessage

HEAD = (
    b"From: Alice <alice@example.org>\r\n"
    b"To: ipom@example.org\r\n"
    b"Date: Mon, 1 Dec 2025 10:00:00 +0000\r\n"
    b"Message-ID: <bounds@example.org>\r\n"
)
UTF8 = b"Subject: photo\r\nContent-Type: text/plain; charset=utf-8\r\n"
MULTIPART = (
    b'Subject: photo\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n'
)


def folded(unit: bytes, size: int, per_line: int = 10) -> bytes:
    """`unit` repeated to about `size` bytes, folded into header continuation lines."""
    line = unit * per_line
    return b"\r\n ".join([line] * max(1, size // len(line)))


def message(headers: bytes = b"Subject: photo\r\n", body: bytes = b"Photo attached.\r\n") -> bytes:
    return HEAD + headers + b"\r\n" + body


def encoded_word_subject(size: int) -> bytes:
    return message(b"Subject: " + folded(b"=?utf-8?q?caf=C3=A9?= ", size) + b"\r\n")


def unclosed_encoded_words(size: int) -> bytes:
    return message(b"Subject: " + folded(b"=?utf-8?q?a ", size) + b"\r\n")


def huge_from(size: int) -> bytes:
    raw = message()
    return raw.replace(b"Alice <alice@example.org>", folded(b"a@b.example, ", size), 1)


def begin_lines(size: int) -> bytes:
    return message(body=b"begin 644 photo.jpg\r\n" * (size // 21))


def encoded_word_filename(size: int) -> bytes:
    body = (
        b"--b\r\nContent-Type: text/plain\r\n\r\nPhoto attached.\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="'
        + folded(b"=?utf-8?q?caf=C3=A9?= ", size)
        + b'"\r\n\r\nabc\r\n--b--\r\n'
    )
    return message(MULTIPART, body)


def many_parameters(size: int) -> bytes:
    return message(
        b"Subject: photo\r\nContent-Type: text/plain; " + folded(b"a=1; ", size) + b"\r\n"
    )


def a_line_of_dots(size: int) -> bytes:
    return message(body=b"." * size)


def numbered_sentences(size: int) -> bytes:
    return message(body=b"1. A " * (size // 5))


def many_tiny_parts(size: int) -> bytes:
    part = b"--b\r\nContent-Type: application/octet-stream\r\n\r\nab\r\n"
    return message(MULTIPART, part * (size // len(part)) + b"--b--\r\n")


def nested_html(size: int) -> bytes:
    return message(b"Subject: photo\r\nContent-Type: text/html\r\n", b"<div>" * (size // 5))


def times_in_ut(size: int) -> bytes:
    return message(body=b"21:34 UT " * (size // 9))


def times_last_night_on_the_senders_clock(size: int) -> bytes:
    """Times after "last night" in a mail whose Date header keeps the sender's offset: the
    relative day and the mail's places are read once, not once per time."""
    body = b"ISS last night. " + b"21:34 CET " * (size // 10)
    return message(body=body).replace(b"10:00:00 +0000", b"10:00:00 +0100", 1)


def times_on_lines(size: int) -> bytes:
    return message(body=b"21:34 UT\r\n" * (size // 10))


def time_spans(size: int) -> bytes:
    """Spans of time in one sentence: each span's sentence and dates are read once."""
    return message(body=b"21:34-21:35 UT " * (size // 15))


def one_capitalised_word(size: int) -> bytes:
    return message(body=b"UT" * (size // 2))


def flat_html(size: int) -> bytes:
    return message(b"Subject: photo\r\nContent-Type: text/html\r\n", b"<p>a</p>" * (size // 8))


def links_in_nested_html(size: int) -> bytes:
    unit = b"<div><a href='https://example.org/'>a</a>"
    return message(b"Subject: photo\r\nContent-Type: text/html\r\n", unit * (size // len(unit)))


def blank_led_lines(lead: str, quote: str = "") -> Callable[[int], bytes]:
    """Lines each led by `lead` (a table laid out with blanks, an event log): a pattern
    whose leading blanks could be given back one by one read each line over and over."""

    def shape(size: int) -> bytes:
        line = f"{quote}{lead}Clear skies tonight.\r\n".encode()
        return message(UTF8, line * (size // len(line)))

    return shape


def a_line_of_blanks(size: int) -> bytes:
    return message(body=b" " * size + b"word\r\n")


def lines_of_blanks(size: int) -> bytes:
    return message(body=(b" " * 300 + b"\r\n") * (size // 302))


SHAPES: dict[str, Callable[[int], bytes]] = {
    "encoded-word Subject": encoded_word_subject,
    "unclosed encoded words": unclosed_encoded_words,
    "From with a huge address list": huge_from,
    "begin lines with no end": begin_lines,
    "encoded-word attachment name": encoded_word_filename,
    "Content-Type with many parameters": many_parameters,
    "a line of dots": a_line_of_dots,
    "numbered sentences": numbered_sentences,
    "many tiny parts": many_tiny_parts,
    "nested HTML": nested_html,
    "flat HTML": flat_html,
    "links in nested HTML": links_in_nested_html,
    "times in UT": times_in_ut,
    "times on lines": times_on_lines,
    "spans of time in one sentence": time_spans,
    "one capitalised word": one_capitalised_word,
    "lines led by 300 spaces": blank_led_lines(" " * 300),
    "lines led by 3,000 spaces": blank_led_lines(" " * 3000),
    "lines led by 300 tabs": blank_led_lines("\t" * 300),
    "lines led by 150 no-break spaces": blank_led_lines("\u00a0" * 150),
    "quoted lines led by 300 spaces": blank_led_lines(" " * 300, quote="> "),
    "a line of blanks then one word": a_line_of_blanks,
    "lines of blanks only": lines_of_blanks,
}


def many_photos(count: int = 40) -> bytes:
    """A submission of `count` 24-megapixel PNG photos (40: about 23 MB): seconds of real,
    linear decoding work, several times a bound of a few seconds (a PNG has no reduced-scale
    decoding, as a JPEG has). CRLF, as on the wire."""
    from PIL import Image

    from samples import photo_jpeg  # examples/, on the tests' path (not the benchmark's)

    slow = EmailMessage()
    slow["From"] = "Slow <slow@example.org>"
    slow["Subject"] = "ISS"
    slow["Message-ID"] = "<slow@example.org>"
    slow.set_content("Time/date (UT): 2024-05-12 21:34 UT\nEquipment: Celestron EdgeHD 8")
    png = io.BytesIO()
    Image.open(io.BytesIO(photo_jpeg(6000, 4000))).save(png, "PNG")
    for n in range(count):
        slow.add_attachment(png.getvalue(), maintype="image", subtype="png", filename=f"iss{n}.png")
    return slow.as_bytes().replace(b"\n", b"\r\n")
