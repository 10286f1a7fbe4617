"""`ipom forget SENDER`: a photographer's right to be forgotten.

The curator sees what will go, confirms, and every submission, message,
reply and file of that sender is deleted — the address matched in any case —
together with the web copies `post` and `gallery` published of their files.
A gallery that showed them (ipom's own page) is written again without them;
a post (an article the curator may have edited) is named with the command
that writes it again. The event log keeps a record that it was done (with a
hash of the address, not the address).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.publish.gallery import write_gallery
from ipom_mail.desk.publish.ledger import Publication, copies, scrub, showing
from ipom_mail.store import Store
from ipom_mail.store.curator import Forgotten, forget_sender
from ipom_mail.store.holdings import sender_holdings


@dataclass(frozen=True, slots=True)
class Preview:
    """What forgetting a sender would delete, shown before the curator confirms."""

    sender: str
    references: tuple[str, ...]
    messages: int
    published: tuple[Path, ...] = ()  # web copies, stills and videos `post`/`gallery` wrote
    pages: tuple[Publication, ...] = ()  # the post and gallery pages that showed the sender
    sha256: frozenset[str] = frozenset()  # the sender's stored files


@dataclass(frozen=True, slots=True)
class Done:
    """What `forget` removed, the galleries written again, the posts still naming the sender."""

    forgotten: Forgotten
    published: int  # published copies removed
    rewritten: tuple[Path, ...]  # gallery pages written again without the sender
    pages: tuple[Publication, ...]  # pages still to write again (posts, missing galleries)


def preview(store: Store, sender: str) -> Preview:
    """The sender's submissions, messages and published copies, as the curator confirms them."""
    held = sender_holdings(store, sender)
    refs = tuple(ref or "(not a submission: no reference)" for ref in held.references)
    shas = set(held.sha256)
    pages = showing(store, set(refs), shas)
    mine = shas - held.shared  # a file someone else also sent stays published for them
    published = tuple(copies(pages, mine))
    return Preview(held.sender, refs, held.messages, published, tuple(pages), frozenset(mine))


def forget(store: Store, sender: str, curator: str, limits: LimitsConfig | None = None) -> Done:
    """Delete everything of `sender`, their published copies, and record that it was done."""
    seen = preview(store, sender)
    forgotten = forget_sender(store, sender, curator)
    removed = 0
    for path in seen.published:
        if path.is_file():
            path.unlink()
            removed += 1
    scrub(store, set(seen.references), set(seen.sha256))
    rewritten, left = [], []
    for page in seen.pages:
        index = page.pages[0]
        if page.what == "gallery" and index.is_file():
            rewritten.append(write_gallery(store, page.month, index.parent, limits).index)
        else:
            left.append(page)
    return Done(forgotten, removed, tuple(rewritten), tuple(left))
