"""Jinja2 for the post and the gallery: HTML autoescaped, Markdown escaped by a filter.

Everything a sender wrote (name, subject, story, equipment) reaches a page
only through these, so it is shown as text and never runs as markup.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ipom_mail.desk.publish.entries import month_title

# characters that open inline markup (an underscore inside a word never does)
_MD_INLINE = re.compile(r"([\\`*\[\]]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
# a heading, list item, setext underline (=== or ---), fence or table at a line's start
_MD_LINE_START = re.compile(r"^(\s*)(#|[-+*](?=\s|$)|[=\-~]{2,}\s*$|\|)", re.M)
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s|$)", re.M)  # "1. " starts an ordered list


def md_escape(text: object) -> str:
    """Text safe in Markdown and read as written: HTML characters as entities, inline markup
    characters backslashed, and block markup only where it would act (the start of a line),
    so '2026-11-20', 'f/1.4' and '−3.9' stay as they are and a line of '=====' is no heading."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_INLINE.sub(r"\\\1", value)
    value = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), value)
    return _MD_ORDERED.sub(r"\1\\\2", value)


def md_url(url: object) -> str:
    """A URL safe inside Markdown's (…): spaces, brackets and quotes percent-encoded."""
    return quote(str(url), safe=":/?#@!$&'*+,;=%~-._")


def environment() -> Environment:
    """The template environment (templates/post and templates/gallery in the package)."""
    env = Environment(
        loader=PackageLoader("ipom_mail", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    env.filters["md_url"] = md_url
    env.filters["month_title"] = month_title
    return env
