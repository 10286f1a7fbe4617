"""Jinja2 for the post and the gallery: HTML autoescaped, Markdown escaped by a filter.

Everything a sender wrote (name, subject, story, equipment) reaches a page
only through these, so it is shown as text and never runs as markup.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .entries import month_title

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def md_escape(text: object) -> str:
    """Text safe in Markdown: HTML characters as entities, Markdown punctuation backslashed."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


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
