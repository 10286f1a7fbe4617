"""Text out of mail: bytes in any charset, RFC 2047 headers, addresses, HTML.

Mail lies about its charset, or says nothing and sends 8-bit bytes. These
helpers decode what was declared, fall back to charset detection
(charset-normalizer) for what was not, and never raise.
"""

from __future__ import annotations

import binascii
import codecs
import re
from email.utils import getaddresses

from charset_normalizer import from_bytes as detect_charset
from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

_HTML_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_links=False)
_MAX_HTML = 2_000_000  # characters; larger HTML is cut before conversion
_MAX_TAGS = 20_000  # each tag costs the converter microseconds: 1 MB of "<p>a</p>" took 6 s
_ALIASES = {"ks_c_5601-1987": "cp949", "x-unknown": "utf-8", "unknown-8bit": "utf-8"}


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = _ALIASES.get(charset.strip().lower(), charset.strip().lower())
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL byte in the name ("utf\x008")
        return None


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode body bytes; returns the text and a note when the charset was wrong or missing."""
    codec = _codec(charset)
    if codec:
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess(data)
        declared = f"declared {charset!r}" if charset else "no charset declared"
        return text, f"text with {declared} was decoded by detection"
    if charset and not codec:
        return text, f"unknown charset {charset!r}; the text was read as UTF-8"
    return text, None


def _guess(data: bytes) -> str:
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(1, len(data) // 50):
        return lenient  # UTF-8 with a few broken bytes: detection would garble the rest
    best = detect_charset(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


_SURROGATES = re.compile("[\udc80-\udcff]")
_FOLD = re.compile(r"\r?\n[ \t]+")


def decode_header_value(value: object, hint: str | None = None) -> str:
    """A header as text: raw 8-bit recovered, encoded-words decoded, folding undone.

    Raw 8-bit bytes are read as UTF-8, else in `hint` (the message's own
    charset, the likeliest for a mailer that did not encode its headers),
    else by detection.
    """
    text = str(value)
    if _SURROGATES.search(text):
        raw = text.encode("ascii", "surrogateescape")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, _ = decode_bytes(raw, hint)
    text = _FOLD.sub(" ", text)
    if "=?" not in text:
        return text.strip()
    return decode_encoded_words(text).strip()


# An RFC 2047 encoded word. No part may hold a "?", so each try to match scans at
# most the next three "?"-separated stretches: the whole search is linear. (The
# stdlib's decode_header is quadratic: its pattern scans to the line's end from
# every "=?", and it pops from the front of a list; a 1 MB Subject took seconds.)
_ENCODED_WORD = re.compile(r"=\?([^?]*)\?([qQbB])\?([^?]*)\?=")


def decode_encoded_words(text: str) -> str:
    """Decode RFC 2047 encoded words in linear time; an undecodable word stays as sent.

    Adjacent words in one charset are joined before decoding (a character may be
    split across two words) and the blanks between encoded words are dropped.
    """
    out: list[str] = []
    run: list[bytes] = []  # the bytes of adjacent encoded words in `charset`
    charset = ""
    end = 0
    for found in _ENCODED_WORD.finditer(text):
        between = text[end : found.start()]
        data = _word_bytes(found.group(2), found.group(3))
        word_charset = found.group(1).split("*", 1)[0].strip().lower()
        blank = bool(run) and not between.strip()  # only blanks since the last word
        if data is None:  # not decodable: kept as sent
            out += [_flush(run, charset), between, found.group(0)]
        elif not (blank and word_charset == charset):
            out += [_flush(run, charset), "" if blank else between]
        if data is not None:
            run.append(data)
            charset = word_charset
        end = found.end()
    out += [_flush(run, charset), text[end:]]
    return "".join(out)


def _flush(run: list[bytes], charset: str) -> str:
    """Decode and empty the pending run of encoded-word bytes."""
    if not run:
        return ""
    data = b"".join(run)
    run.clear()
    return decode_bytes(data, charset or None)[0]


def _word_bytes(encoding: str, encoded: str) -> bytes | None:
    try:
        raw = encoded.encode("ascii")
    except UnicodeEncodeError:
        return None
    try:
        if encoding in "qQ":
            return binascii.a2b_qp(raw, header=True)
        return binascii.a2b_base64(raw + b"=" * (-len(raw) % 4))
    except binascii.Error:
        return None


def parse_address(values: list[str], hint: str | None = None) -> tuple[str | None, str | None]:
    """The first (display name, addr-spec) of address headers; the domain lower-cased."""
    if not values:
        return None, None
    raw = [str(v) for v in values]
    try:
        pairs = getaddresses(raw)
    except Exception:
        pairs = []
    for name, address in pairs:
        if "@" in address:
            local, _, domain = address.strip().rpartition("@")
            display = decode_header_value(name, hint).strip().strip('"') if name else ""
            return display or None, f"{decode_header_value(local, hint)}@{domain.lower()}"
    return None, None


def bounded_html(html: str) -> tuple[str, str | None]:
    """The part of the HTML that is read (2 MB, 20,000 tags), and a note when it was cut."""
    note = None
    if len(html) > _MAX_HTML:
        html = html[:_MAX_HTML]
        note = "the HTML body was very large; only its first 2 MB were read"
    cut = nth(html, "<", _MAX_TAGS + 1)
    if cut is not None:
        html = html[:cut]
        note = f"the HTML body has more than {_MAX_TAGS:,} tags; only the first {_MAX_TAGS:,} were read"
    return html, note


def nth(text: str, char: str, count: int) -> int | None:
    """Where the `count`-th `char` of `text` is, or None when there are fewer."""
    if text.count(char) < count:
        return None
    index = -1
    for _ in range(count):
        index = text.find(char, index + 1)
    return index


def html_to_text(html: str) -> tuple[str, str | None]:
    """Readable text from HTML (table cells kept apart); a note when it had to be cut or failed."""
    html, note = bounded_html(html)
    try:
        text = get_text(html, _HTML_CONFIG)
    except Exception as exc:  # lxml refuses some hostile HTML (e.g. nesting too deep)
        text = re.sub(r"<[^>]*>", " ", html)
        note = f"the HTML body could not be read as HTML ({type(exc).__name__}); its tags were stripped"
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), note
