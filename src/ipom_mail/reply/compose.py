"""Compose the automatic reply: pure, from a CheckResult, a reference and the config.

The words come from Jinja2 templates (one folder per language, shipped in
ipom_mail/templates/reply and overridable from a `templates/reply` folder
beside the config file). Everything the sender wrote is passed to the plain
text as text, and to the HTML part through autoescaping. The Message-ID is
fixed here, from the hash of the message answered, so it is stored before
anything is sent and the same message can never get two different replies.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parseaddr
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal, TypeGuard

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ipom_mail.config import Config
from ipom_mail.pipeline.values import CheckResult, Fields, MediaItem, OutboxReply
from ipom_mail.reply.address import same_domain
from ipom_mail.reply.language import detect_language
from ipom_mail.reply.questions import question_context

ReplyKind = Literal["ack", "complete"]
KINDS: tuple[ReplyKind, ...] = ("ack", "complete")
_PREFIX = re.compile(
    r"^\s*+(?:(?:re|aw|sv|vs|wg|fw|fwd|r|rif|tr|antw|vá)\s*(?:\[\d+\])?\s*:\s*)+", re.I
)
_REFERENCE = re.compile(r"\s*\[IPOM-\d{4}-\d{4,}\]\s*")
_SPACE = re.compile(r"\s+")
DEFAULT_SUBJECT = "ISS Photo of the Month"


def shipped_folder() -> Path:
    """The templates shipped with ipom-mail (one folder per language)."""
    return Path(str(files("ipom_mail").joinpath("templates/reply")))


def template_folders(config: Config) -> tuple[Path, ...]:
    """Where templates are looked up, first match wins: beside the config, then shipped."""
    folders = [shipped_folder()]
    if config.path is not None:
        override = config.path.resolve().parent / "templates" / "reply"
        if override.is_dir():
            folders.insert(0, override)
    return tuple(folders)


def languages(folders: tuple[Path, ...]) -> tuple[str, ...]:
    """The languages with a complete set of text templates (ack and complete)."""
    found = {
        p.name
        for folder in folders
        for p in folder.iterdir()
        if p.is_dir() and all((p / f"{k}.txt").is_file() for k in KINDS)
    }
    return tuple(sorted(found))


@lru_cache(maxsize=8)
def _environments(folders: tuple[Path, ...]) -> tuple[Environment, Environment]:
    """(plain text, HTML) Jinja2 environments over `folders`; HTML autoescapes."""
    loader = ChoiceLoader([FileSystemLoader(str(f)) for f in folders])
    common: dict[str, Any] = {
        "loader": loader,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "undefined": StrictUndefined,
    }
    text = Environment(autoescape=False, **common)
    html = Environment(
        autoescape=select_autoescape(default=True, default_for_string=True), **common
    )
    return text, html


def our_address(config: Config) -> str:
    """The address our replies come from (the SMTP From's addr-spec)."""
    return parseaddr(config.smtp.from_)[1] or config.imap.username


def reply_message_id(result: CheckResult, kind: ReplyKind, config: Config) -> str:
    """Our reply's Message-ID, fixed by the hash of the message answered."""
    domain = our_address(config).rpartition("@")[2] or "ipom.invalid"
    return f"<ipom.{kind}.{result.parsed.sha256[:32]}@{domain}>"


def reply_subject(original: str | None, reference: str | None) -> str:
    """'Re: <original> [IPOM-2024-0012]', without piling up Re:'s or references."""
    clean = _SPACE.sub(" ", _REFERENCE.sub(" ", _PREFIX.sub("", original or ""))).strip()
    subject = f"Re: {clean or DEFAULT_SUBJECT}"
    return f"{subject} [{reference}]" if reference else subject


def reply_address(result: CheckResult) -> str | None:
    """From, or a Reply-To in the From's own domain; never a third party, never the body.

    A Reply-To elsewhere could aim our reply (and the sender's words in it) at
    someone who never wrote to us, so it is not used. None when unusable.
    """
    sender, reply_to = result.parsed.sender, result.parsed.reply_to
    if not _usable(sender):
        return None
    if _usable(reply_to) and same_domain(reply_to, sender):
        return reply_to.strip()
    return sender.strip()


def _usable(address: str | None) -> TypeGuard[str]:
    """One plain address: an @, no blank, no list."""
    if address is None:
        return False
    text = address.strip()
    return "@" in text and not _SPACE.search(text) and "," not in text


def compose_reply(
    result: CheckResult,
    reference: str | None,
    config: Config,
    kind: ReplyKind = "ack",
    language: str | None = None,
    resent: tuple[str, ...] = (),
) -> OutboxReply | None:
    """The reply to queue for this message, or None when the rules say not to answer it.

    `resent`: the references of the sender's own earlier submissions with the same
    photo (a re-send); another sender's look-alike is never mentioned in a reply."""
    to_addr = reply_address(result)
    if not result.verdict.reply.send or to_addr is None:
        return None
    if result.verdict.status not in ("complete", "incomplete"):
        return None
    folders = template_folders(config)
    lang = language or sender_language(result, folders)
    context = reply_context(result, reference, config, lang) | {"resent": list(resent)}
    # A Reply-To in the sender's domain is still another mailbox: it is not sent the
    # sender's own links or Subject, which only the sender may have read back to them.
    own = to_addr.casefold() == (result.parsed.sender or "").strip().casefold()
    if not own:
        context["links"] = []
    text_env, html_env = _environments(folders)
    body_text = text_env.get_template(f"{lang}/{kind}.txt").render(context)
    body_html = _render_html(html_env, lang, kind, context, body_text)
    return OutboxReply(
        message_id=reply_message_id(result, kind, config),
        to_addr=to_addr,
        subject=reply_subject(result.parsed.subject if own else None, reference),
        body_text=body_text,
        body_html=body_html,
    )


def sender_language(result: CheckResult, folders: tuple[Path, ...]) -> str:
    """The language to answer in: the sender's, where we have a translation.

    Their own words come with the result from the pipeline's process; read here only
    when they did not (the fields package is loaded for it: tens of MB, seconds)."""
    own = result.own_words
    if own is None:
        from ipom_mail.pipeline.fields import own_words

        own = own_words(result.parsed)
    return detect_language(own, languages(folders))


def _render_html(
    env: Environment, lang: str, kind: str, context: dict[str, Any], body_text: str
) -> str:
    """The HTML part: a language's own HTML template, else the text in the shared layout."""
    name = f"{lang}/{kind}.html"
    if name in env.list_templates(filter_func=lambda n: n.endswith(".html")):
        return env.get_template(name).render(context)
    paragraphs = [p.splitlines() for p in re.split(r"\n\s*\n", body_text.strip()) if p.strip()]
    return env.get_template("layout.html").render(paragraphs=paragraphs, lang=lang)


def human_size(size: int) -> str:
    """A file size for people: 519 B, 34 KB, 4.2 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1048576:.1f} MB"


def ut(value: datetime | None, with_date: bool = True) -> str | None:
    """An aware time as '2024-05-12 21:34:10 UT' (or the time alone); None when unknown."""
    if value is None or value.tzinfo is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UT" if with_date else "%H:%M:%S UT")


def _file(item: MediaItem) -> dict[str, str]:
    return {"name": item.filename or "(no name)", "size": human_size(item.size)}


def _flyby(fields: Fields) -> dict[str, str | None]:
    f = fields.flyby
    return {
        "elevation": None if f.max_elevation_deg is None else f"{f.max_elevation_deg:g}°",
        "start": ut(f.start, with_date=False),
        "end": ut(f.end, with_date=False),
        "magnitude": None if f.magnitude is None else f"{f.magnitude:+g}",
    }


def reply_context(
    result: CheckResult, reference: str | None, config: Config, lang: str = "en"
) -> dict[str, Any]:
    """What the templates may use; every value from the sender is plain text here."""
    fields, media = result.fields, result.media
    flyby = _flyby(fields)
    return {
        "reference": reference or "",
        "name": fields.photographer.name or result.parsed.sender_name or "",
        "files": [_file(i) for i in media.usable],
        "unusable": [i.filename or "(no name)" for i in media.items if i.problem is not None],
        "links": list(fields.links),
        "taken_at": ut(fields.taken_at),
        "taken_date": fields.taken_date,
        "equipment": list(fields.equipment),
        "flyby": flyby if any(flyby.values()) else None,
        "missing": list(result.verdict.missing),
        "questions": question_context(fields.questions, lang),
        "address": our_address(config),
    }
