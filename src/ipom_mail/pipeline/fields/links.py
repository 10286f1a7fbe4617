"""Links in a message: the shared photo (counts as the photo) and the sender's profile links.

A link counts as the photo only when it points at a shared file, photo or video
on a configured host; a profile or home page is credit for the photographer,
never the photo. Links in other people's quoted replies, mailto: and newsletter
tracking links are not ours. Pure: text in, values out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from ipom_mail.pipeline.fields.labels import WORD_END, label_pattern, mail_pattern, mail_words
from ipom_mail.pipeline.fields.own_site import name_words, named_after
from ipom_mail.pipeline.fields.place_words import words_of
from ipom_mail.pipeline.fields.quoted import own_text
from ipom_mail.pipeline.parse.textcodec import bounded_html


@dataclass(frozen=True, slots=True)
class FoundLinks:
    """The links of one message, each once, in order of appearance."""

    photo: tuple[str, ...]  # links to a shared file/photo/video: count as the photo
    profile: tuple[str, ...]  # the photographer's own site/profile links (never the photo)


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\[\]{}|\\^`]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>'\"*»”’"


class _Hrefs(HTMLParser):
    """Collects href targets outside quoted blocks (blockquote, Gmail/Outlook quotes)."""

    _QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self._stack: list[bool] = []  # one flag per open element: starts a quote?
        self._quotes = 0  # how many of them do: a count, not a scan of the stack per link

    def _quoted(self) -> bool:
        return self._quotes > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        starts_quote = (
            tag == "blockquote"
            or any(c in a.get("class", "") for c in self._QUOTE_CLASSES)
            or a.get("id", "") in ("divRplyFwdMsg", "appendonsend")
        )
        if tag == "a" and a.get("href") and not self._quoted():
            self.hrefs.append(a["href"].strip())
        if tag not in ("br", "img", "hr", "meta", "input", "link", "wbr", "col", "area", "base"):
            self._stack.append(starts_quote)
            self._quotes += starts_quote

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._quotes -= self._stack.pop()


def _html_hrefs(html: str) -> list[str]:
    parser = _Hrefs()
    try:
        parser.feed(bounded_html(html)[0])
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    return [h for h in parser.hrefs if h.lower().startswith(("http://", "https://", "www."))]


def _clean(url: str) -> str:
    """Strip trailing punctuation (and an unbalanced closing bracket) from a found URL."""
    url = url.strip()
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    if url.lower().startswith("www."):
        url = "https://" + url
    return url


def _split(url: str) -> tuple[str, str, dict[str, list[str]]]:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return host.removeprefix("www.").removeprefix("m."), parts.path, parse_qs(parts.query)


def _on(host: str, base: str) -> bool:
    return host == base or host.endswith("." + base)


_Rule = Callable[[str, dict[str, list[str]]], bool]


def _re(pattern: str) -> _Rule:
    rx = re.compile(pattern, re.IGNORECASE)
    return lambda path, query: bool(rx.search(path))


_RULES: dict[str, _Rule] = {
    "dropbox.com": _re(r"^/(?:s|scl/fi|scl/fo|sh|l)/\w"),
    "db.tt": _re(r"^/\w"),
    "drive.google.com": lambda p, q: (
        bool(re.match(r"^/(?:file/d/|drive/(?:u/\d+/)?folders/)", p))
        or (p in ("/open", "/uc") and "id" in q)
    ),
    "docs.google.com": lambda p, q: p.startswith("/file/d/") or (p == "/uc" and "id" in q),
    "photos.google.com": _re(r"^/(?:u/\d+/)?(?:share|photo|album)/"),
    "photos.app.goo.gl": _re(r"^/\w"),
    "wetransfer.com": _re(r"^/downloads/\w"),
    "we.tl": _re(r"^/\w"),
    "onedrive.live.com": lambda p, q: (
        bool({"resid", "id", "cid", "redeem"} & set(q))
        or p.startswith(("/redir", "/embed", "/view"))
    ),
    "1drv.ms": _re(r"^/\w+/"),
    "sharepoint.com": _re(r"/:[a-z]:/"),
    "icloud.com": _re(r"^/(?:sharedalbum|photos|iclouddrive|attachment)/?"),
    "share.icloud.com": _re(r"^/photos/\w"),
    "flickr.com": _re(r"^/photos/[^/]+/(?:\d{5,}|albums/\d+|sets/\d+)"),
    "flic.kr": _re(r"^/(?:p|s)/\w"),
    "youtube.com": lambda p, q: (
        (p == "/watch" and "v" in q) or bool(re.match(r"^/(?:shorts|live|embed)/[\w-]{6,}", p))
    ),
    "youtu.be": _re(r"^/[\w-]{6,}"),
    "vimeo.com": _re(r"^/(?:channels/[^/]+/)?\d{5,}"),
    "astrobin.com": lambda p, q: (
        bool(re.match(r"^/(?:full/)?([a-z0-9]{4,8}|\d{4,})/", p + "/"))
        and not re.match(r"^/(?:users|search|explore|forum|iotd|groups|about|help|api)\b", p)
    ),
    "mega.nz": _re(r"^/(?:file|folder|#!|#F!)"),
    "box.com": _re(r"^/(?:s|shared)/\w"),
    "swisstransfer.com": _re(r"^/d/\w"),
    "smash.gg": _re(r"^/\w"),
    "imgur.com": _re(r"^/(?:a/|gallery/)?\w{5,}"),
}


def is_photo_link(url: str, hosts: Sequence[str]) -> bool:
    """Whether `url` points at a shared file, photo or video on one of `hosts`."""
    host, path, query = _split(url)
    for base in hosts:
        base = base.lower().removeprefix("www.")
        if not _on(host, base):
            continue
        rule = next((r for name, r in _RULES.items() if _on(host, name) or name == base), None)
        if rule is None:
            return len(path.strip("/")) > 0  # a host the operator added: any file path
        return rule(path, query)
    return False


_SOCIAL = (
    "instagram.com",
    "facebook.com",
    "fb.com",
    "twitter.com",
    "x.com",
    "flickr.com",
    "youtube.com",
    "vimeo.com",
    "astrobin.com",
    "threads.net",
    "mastodon.social",
    "bsky.app",
    "linkedin.com",
    "500px.com",
    "deviantart.com",
    "tiktok.com",
    "cloudynights.com",
    "smugmug.com",
    "behance.net",
    "vk.com",
    "weibo.com",
    "space.bilibili.com",
    "ok.ru",
    "note.com",
    "blog.naver.com",
)
_NOT_PROFILE = re.compile(
    r"unsubscribe|optout|opt-out|/track|click\.|/click|list-manage|mailchi\.mp|"
    r"utm_|/redirect|safelinks|urldefense|/privacy|/terms|/legal|/help|/support|"
    r"apple\.com|microsoft\.com|aka\.ms|google\.com|outlook|gmail\.com|yahoo\.|"
    r"samsung\.com|avast|avg\.com|mcafee|norton|listinfo|mailman|/issues/|/bugs?/|launchpad|"
    r"delta\.chat",
    re.IGNORECASE,
)
_FOOTER_LINE = re.compile(
    r"^\s*+(?:sent (?:with|from|using)|get \w+ for|envoyé|gesendet|enviado|inviato|verzonden|"
    r"wysłane|odesláno|this (?:e-?mail|message) (?:was|has been))\b",
    re.IGNORECASE,
)
# A mail app's footer line ("Sent from my iPhone", "Hent Outlook til iOS"; a footer's lead and
# a mail app's or a phone's name, "Sent from Gmail Mobile", "Enviado desde Yahoo Mail",
# data/mail_words.toml [sent_from_leads], [mail_apps]): no story, no signature, no place
_APP_FOOTER = (
    f"(?:{mail_words('sent_from_leads')})\\s+(?:(?:{mail_words('sent_from_owners')})\\s*)?"
    f"(?:{mail_words('mail_apps')})"
)
SENT_FROM = re.compile(
    r"^\s*+(?:sent from (?:my|mail|yahoo|outlook|samsung)|get outlook for|von meinem .{1,40}? gesendet|"
    r"gesendet von|envoyé de mon|envoyé depuis|enviado desde mi|enviado do meu|enviado de meu|"
    r"inviato da|verzonden (?:vanaf|met) mijn|wysłane z|odesláno z|iphone-ról küldve|"
    r"\S+-ról küldve|sent with|sent using|"
    + mail_words("sent_from")
    + "|"
    + _APP_FOOTER
    + ")"
    + WORD_END,
    re.IGNORECASE,
)
_CLIENT_FOOTER = re.compile(rf"{_FOOTER_LINE.pattern}|{SENT_FROM.pattern}", re.IGNORECASE)

_NAME_LINE = re.compile(r"^\s*+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}\s*$")
_MINE = re.compile(
    r"\b(?:my|mine|our)\b.{0,40}\b(?:work|website|site|web|page|pages|gallery|portfolio|"
    r"profile|blog|instagram|flickr|facebook|youtube|channel|astrobin|twitter)\b|"
    r"\b(?:meine[rnms]?|mon|ma|mes|mi|mis|il mio|la mia|meu|minha|mijn|mój|moje|můj|moje)\b"
    r".{0,40}\b(?:\w*seite|site|web\w*|galer\w*|portfol\w*|profil\w*|blog|instagram|flickr|"
    r"facebook|youtube|astrobin|strona|stránk\w*|pagina|página)\b|"
    r"\b(?:oldalam|weboldalam|honlapom|galériám)\b|"
    r"\b(?:more of|find me|follow me|see more|visit)\b",
    re.IGNORECASE,
)


def _is_social_profile(url: str) -> bool:
    host, path, _ = _split(url)
    return any(_on(host, s) for s in _SOCIAL) and len(path.strip("/")) > 0


def is_profile_page(url: str) -> bool:
    """Whether a link is a page of the sender's on a social site, not a photo shared there."""
    return _is_social_profile(url) and not is_photo_link(url, tuple(_RULES))


def _profile_context(text: str, url: str, signature_at: int) -> bool:
    """A non-photo link is the sender's: on a social host, near 'my work', or in the signature;
    never one on a line that names a club or an institution (its site, not the sender's)."""
    if _NOT_PROFILE.search(url) or _club_line(text, url):
        return False
    if _is_social_profile(url):
        return True
    at = text.find(url.removeprefix("https://").removeprefix("http://"))
    if at < 0:
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if _FOOTER_LINE.match(line):
        return False
    if _MINE.search(text[max(0, at - 120) : at + len(url) + 40]):
        return True
    home = _is_home_page(url)
    return home and ((signature_at >= 0 and at >= signature_at) or _in_closing_lines(text, at))


def _club_line(text: str, url: str) -> bool:
    """Whether the link's own line names a club's or an institution's (data/locatives.toml
    [club_words], [institution_words]) and not as the sender's ("Lincoln Astronomical
    Society – www.lincolnastro.example.org"): the club's site. A club named on the line
    above a link alone ("RASC Toronto Centre\nhttps://derekk-astro…") says nothing of it."""
    bare = url.removeprefix("https://").removeprefix("http://")
    for line in text.split("\n"):
        if bare not in line:
            continue
        words = {w.strip(".,;:()–—-|\"'").lower() for w in line.replace(bare, " ").split()}
        named = (words_of("club_words") - {"astro", "optics"}) | words_of("institution_words")
        return bool(words & named) and not _MINE.search(line)
    return False


def _is_home_page(url: str) -> bool:
    """A personal site's address: at most two path segments and no query."""
    parts = urlsplit(url)
    return not parts.query and len([p for p in parts.path.split("/") if p]) <= 2


def _without_footer(text: str) -> str:
    """The text without the mail client's footer paragraphs at its end ("Sent from Outlook",
    "Hent Outlook til iOS"): the signature above them is still the closing."""
    body = text.rstrip()
    while True:
        last = max(body.rfind("\n\n"), 0)
        lines = [x for x in body[last:].split("\n") if x.strip()]
        if not last or not lines or not all(_CLIENT_FOOTER.match(x) for x in lines):
            return body
        body = body[:last].rstrip()


# a line of a work signature: a phone number, or a job and a firm ("Inžinierius | UAB …");
# the website under it is the employer's
_WORK_LINE = re.compile(r"\+\d|\d[\d ()/-]{7,}\d|\s\|\s")
_CLOSING_LINES = 4  # a name, a town, a club and a website
_SIGNED_LINES = 6  # the same under a sign-off line ("Best,"), with a line more to spare


def _in_closing_lines(text: str, at: int) -> bool:
    """Whether position `at` lies in the short last paragraph (a name and a website), or in
    a signature block a sign-off opens ("Best,\nDerek\nToronto, ON\nRASC Toronto Centre\nURL")."""
    body = _without_footer(text)
    last = max(body.rfind("\n\n"), 0)
    lines = body[last:].strip().split("\n")
    named = any(_NAME_LINE.match(x) and x.strip()[:1].isupper() for x in lines)
    signed = mail_pattern("sign_off").match(lines[0].strip()) is not None and not any(
        _WORK_LINE.search(x) for x in lines
    )
    most = _SIGNED_LINES if signed else _CLOSING_LINES
    return at >= last and len(lines) <= most and named


_SIG = re.compile(r"^-- ?$", re.MULTILINE)


def _about_a_gathering(text: str, url: str) -> bool:
    """Whether a link's line, or the line above a link alone on its own, speaks of a
    gathering ("Oktobra lekcijas ieraksts: https://www.youtube.com/…", "Recording of the
    webinar:"; data/labels.toml [events]): a talk's video, not the photo."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if url not in line:
            continue
        words = line.replace(url, " ")
        if not re.search(r"[^\W\d_]{3}", words) and i:
            words = lines[i - 1]
        return label_pattern("events").search(words) is not None
    return False


def find_links(
    text: str, html: str | None, hosts: Sequence[str], owners: Sequence[str | None] = ()
) -> FoundLinks:
    """The photo links and the sender's profile links in the text and the HTML hrefs;
    `owners`, the sender's name and address, name their own site wherever it stands."""
    words, initials = name_words(owners)
    mine = own_text(text)
    found = [_clean(m.group(0)) for m in _URL.finditer(mine)]
    if html:
        found += [_clean(h) for h in _html_hrefs(html)]
    seen: set[str] = set()
    photo: list[str] = []
    profile: list[str] = []
    sig = _SIG.search(mine)
    for url in found:
        key = url.rstrip("/").lower()
        if not url or key in seen or not urlsplit(url).hostname:
            continue
        seen.add(key)
        if is_photo_link(url, hosts):
            if not _about_a_gathering(mine, url):
                photo.append(url)
        elif _profile_context(mine, url, sig.start() if sig else -1) or (
            not _NOT_PROFILE.search(url) and named_after(url, words, initials)
        ):
            profile.append(url)
    return FoundLinks(photo=tuple(photo), profile=tuple(profile))
