"""The sender's own words in a message: other people's quoted replies cut off.

A reply quotes earlier mail under a header ("On … wrote:", "-----Original
Message-----", Outlook's "From:/Sent:" block) in many languages; a forwarded
submission is kept, for a club's forward of a member's mail is the submission.
Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.forward_words import forward_words, header_label, separator_line
from ipom_mail.pipeline.fields.labels import mail_data

# A line that starts another person's quoted message: everything below is theirs.
_QUOTE_HEADER = re.compile(
    r"^\s*+(?:"
    r"On\b.{0,200}\bwrote:"
    r"|Am\b.{0,200}\bschrieb\b.{0,80}:"
    r"|Le\b.{0,200}\ba écrit\s?:"
    r"|El\b.{0,200}\bescribió:"
    r"|Il\b.{0,200}\bha scritto:"
    r"|Em\b.{0,200}\bescreveu:"
    r"|Op\b.{0,200}\bschreef\b.{0,80}:"
    r"|W dniu\b.{0,200}\bnapisał\w*:"
    r"|Dne\b.{0,200}\bnapsal\w*:"
    r"|.{0,200}\bírta:"
    r"|-{2,}\s*Original Message\s*-{2,}"
    r"|-{2,}\s*Ursprüngliche Nachricht\s*-{2,}"
    r"|-{2,}\s*Message d'origine\s*-{2,}"
    r"|-{2,}\s*Mensaje original\s*-{2,}"
    r"|-{2,}\s*(?:Oprindelig meddelelse|Opprinnelig melding|Ursprungligt meddelande"
    r"|Alkuperäinen viesti|Oorspronkelijk bericht|Messaggio originale|Mensagem original"
    r"|Původní zpráva|Pôvodná správa|Oryginalna wiadomość|Eredeti üzenet|Исходное сообщение"
    r"|Оригінальне повідомлення|Izvorna poruka|Izvirno sporočilo|Mesaj original"
    r"|Orijinal ileti|Αρχικό μήνυμα|Оригинално съобщение|Оригинална порука|Missatge original"
    r"|Mensaxe orixinal|Jatorrizko mezua|Originalus laiškas|Sākotnējā ziņa|Algne kiri)\s*-{2,}"
    r")\s*$",
    re.IGNORECASE,
)
# Outlook's reply header block: "From: …" followed by "Sent:/Date:" within two lines. The
# labels of every client's language (data/forward_blocks.toml) count when the From line holds
# an address ("Šalje: Marko <marko@…>"); the first ones also without one (Exchange's names).
_OUTLOOK_FROM = re.compile(
    r"^\s*+\*?(?:(?:From|Von|De|Da|Od|Van|Feladó|Fra|Från|Lähettäjä|От|Від|Από|Kimden)"
    r"\s*:\*?\s+\S"
    rf"|(?:{forward_words('from')})\s*[:：]\*?\s*[^\n]*?(?:@|\[mailto:))",
    re.IGNORECASE,
)
_OUTLOOK_SENT = re.compile(
    r"^\s*+\*?(?:Sent|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Wysłano|Odesláno|Elküldve|Date"
    r"|Datum|Sendt|Skickat|Lähetetty|Отправлено|Надіслано|Στάλθηκε|Gönderildi|Tarih|Enviat)"
    r"(?:\s+(?:el|le|il|op|den|am))?\s*:",  # "Enviat el:", "Enviado el:" (Outlook)
    re.IGNORECASE,
)
# Under a From line with an address, any client's Sent or Date label ("Datum:", "Data:"): a
# sender's own field lines ("Da: lungomare di Bari" / "Data: 13 aprile") hold no address.
_ANY_SENT = re.compile(rf"^\s*+\*?{header_label('sent')}\s*[:：]", re.IGNORECASE)
_ADDRESS = re.compile(r"@|\[mailto:")


@cache
def _wrote_end() -> re.Pattern[str]:
    """The verb that ends a quote header, before its colon, in any language and with the
    gender forms clients write ("wrote:", "napisał(a):", "написав(ла):"; data/mail_words.toml
    [quote_wrote]); CJK ones ("写道：") may follow a name without a space."""
    words = [w for listed in mail_data()["quote_wrote"].values() for w in listed]
    bounded = "|".join(w for w in words if not _CJK.match(w))
    free = "|".join(w for w in words if _CJK.match(w))
    return re.compile(rf"(?:(?<![^\W\d_])(?:{bounded})|(?:{free}))\s?[:：]\s*$", re.I)


_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _ends_wrote(line: str) -> bool:
    """Whether a line ends with a quote header's verb and colon ("… wrote:"). Only a line
    ending with a colon is searched: the verbs' alternation, tried at each character of a
    long line (a line of blanks), cost more than all the rest of the line's reading."""
    return line.rstrip().endswith((":", "：")) and _wrote_end().search(line) is not None


def is_quote_header(line: str) -> bool:
    """Whether a line is a whole quote header ("On …, Ana <ana@example.org> wrote:", "Am …
    schrieb Ana <ana@example.org>:") or ends one."""
    return _QUOTE_HEADER.match(line) is not None or _ends_wrote(line)


def _own_words_above(lines: Sequence[str], index: int) -> bool:
    """Whether the sender wrote anything of their own above line `index`."""
    return any(line.strip() and not line.lstrip().startswith(">") for line in lines[:index])


def starts_outlook_block(lines: Sequence[str], i: int) -> bool:
    """Whether line i opens an Outlook header block ("From: …" then "Sent: …") not marked as
    a forward just above."""
    sent = _ANY_SENT if _ADDRESS.search(lines[i]) else _OUTLOOK_SENT
    return bool(
        _OUTLOOK_FROM.match(lines[i])
        and any(sent.match(n) for n in lines[i + 1 : i + 3])
        and not any(separator_line().match(p) for p in lines[max(0, i - 2) : i])
    )


def _starts_quote(lines: Sequence[str], i: int) -> bool:
    """Whether line i opens another person's quoted message."""
    line = lines[i]
    if _QUOTE_HEADER.match(line) or _ends_wrote(line):
        return True
    return starts_outlook_block(lines, i)


def _drop_wrapped_header(kept: list[str]) -> None:
    """Remove the start of a quote header that the mail client wrapped onto earlier lines."""
    for _ in range(2):
        last = kept[-1].strip() if kept else ""
        if last and not last.endswith((".", "!", "?")) and re.search(r"\d|@|<", last):
            kept.pop()
            continue
        break


def own_text(text: str) -> str:
    """The sender's own part of `text`: quoted replies ("> …", "On … wrote:") cut off.

    A forwarded message is kept (a club member's forwarded submission is the
    submission); a quote header with nothing of the sender's above it (a
    forward, or a bottom-posted reply) is dropped and reading goes on.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if separator_line().match(line):
            kept.append(line)
            continue
        if _starts_quote(lines, i):
            if _own_words_above(lines, i) and not (
                _OUTLOOK_FROM.match(line) and not _ends_wrote(line) and _forward_above(kept)
            ):
                if _ends_wrote(line):
                    _drop_wrapped_header(kept)
                break
            if not _OUTLOOK_FROM.match(line):
                continue
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept)


def _forward_above(kept: Sequence[str]) -> bool:
    return any(separator_line().match(x) for x in kept)


def quote_starts(lines: Sequence[str]) -> int | None:
    """The line where another person's quoted message starts below the sender's own words."""
    return next(
        (i for i in range(len(lines)) if _starts_quote(lines, i) and _own_words_above(lines, i)),
        None,
    )
