"""The errand around a story: the words that only send the photo are no story.

A story that only says the photo is sent is none (data/mail_words.toml [sending]).

"링크 보내드립니다", "Voici ma photo : prise le 3 mars à 19h21 TU. La photo est ici : <link>",
"pic attached. clear skies", "Billede vedhæftet 👍" tell the curator nothing the fields do
not already hold. Every sentence must say so: a sending sentence, a short one saying the
photo is attached ([attached]), or, beside those, a friendly word alone ([pleasantry]) or
an emoji.

Beside a story, a sentence anywhere that only names the entry ("Please find below my entry
for this month.", "Anbei mein Bild für das ISS Photo of the Month.", "…に応募します。":
[preamble] or [preamble_end] with [preamble_object] or a month's name: "Please see attached
my entry for April."), a closing hope ("Keen to see if it
makes the cut!", [hope]) and a line anywhere that only hands the photo over ("Photo
attached.", "Foto anbei.", "写真を添付します。") are left out too; so is a short sentence
anywhere that thanks the curator ("Thanks a million for featuring my October shot!",
"Merci d'avance", [thanks]), offers more files ("Happy to send the raw file as well.",
[offer_files]) or asks to hear back ("Kindly let me know if anything else is needed.",
[closing_request]).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ipom_mail.pipeline.fields.labels import mail_data, mail_pattern
from ipom_mail.pipeline.fields.words import month_names

_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*|\n+")
_SHORT = 6  # words: "the photo is attached" says that; a longer sentence may say more
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _size(sentence: str) -> int:
    """A sentence's length in words; CJK, written without spaces, as two characters a word."""
    return len(_CJK.sub(" ", sentence).split()) + len(_CJK.findall(sentence)) // 2


def _sentences(text: str) -> list[str]:
    """The sentences of a text; a full stop before a lower-case word on its line ends none,
    as it closes an abbreviation ("Див. вкладення.", "Ks. liite.": see the attachment)."""
    out: list[str] = []
    for line in text.split("\n"):
        start = len(out)
        for piece in (s.strip() for s in _SENTENCES.split(line) if s.strip()):
            if len(out) > start and out[-1][-1:] == "." and piece[0].islower():
                out[-1] += " " + piece
            else:
                out.append(piece)
    return out


def only_sending(story: str) -> bool:
    """Whether every sentence of the story says that the photo is sent or where it is, or
    only names the entry ("przesyłam zdjęcie ISS.", "Please consider my ISS image for the
    photo of the month."), read until the first that says something else."""
    sent = False
    for sentence in _sentences(story):
        if _says_sent(sentence) or _says_only_the_errand(sentence):
            sent = True
        elif not _friendly(sentence):
            return False
    return sent


_SENDING_CHARS = 300  # a longer run of words says more than that the photo is sent


def _says_sent(sentence: str) -> bool:
    if len(sentence) > _SENDING_CHARS:
        return False
    if mail_pattern("sending").search(sentence):
        return True
    return _size(sentence) <= _SHORT and bool(mail_pattern("attached").search(sentence))


def _hands_over(line: str) -> bool:
    """Whether a line only says the photo is attached, in short sentences ("Photo attached.",
    "see attached 👍", "Foto anbei.", "写真を添付します。"), maybe beside one saying it is sent:
    nothing the post would quote. A line only pointing at a link ("here is the link: …")
    stays beside a story."""
    sentences = _sentences(line)
    attached = [_attached(s) or _attached_with_courtesy(s) for s in sentences]
    return any(attached) and all(  # "빠진 정보 보내드립니다. 사진도 다시 첨부했어요."
        said or _says_sent(s) or _friendly(s) for s, said in zip(sentences, attached, strict=True)
    )


def _attached(sentence: str) -> bool:
    """A short sentence saying the photo is attached ("pic attached", "Foto anbei")."""
    return _size(sentence) <= _SHORT and bool(mail_pattern("attached").search(sentence))


_CLAUSES = re.compile(r"\s*[,;]\s+|\s+[-–—]\s+")
_COURTESY_WORDS = 8  # "hope it's good enough lol": a longer clause may tell of the sky
_COURTESIES = ("hope", "transport_hope", "closing_request")


def _courtesy(clause: str) -> bool:
    """A short clause that only hopes the photo does ("hope it's good enough", "espero que
    sirva", [hope]) or offers to answer ("qualquer coisa me chama", [closing_request])."""
    return _size(clause) <= _COURTESY_WORDS and any(
        re.match(rf"\W*(?:{mail_pattern(k).pattern})", clause, re.I) for k in _COURTESIES
    )


def _attached_with_courtesy(sentence: str) -> bool:
    """Whether a sentence's clauses only say the photo is attached, beside a hope or an offer
    to answer ("pic attached, hope it's good enough lol", "foto em anexo, qualquer coisa me
    chama"); a clause may go on after a comma ("qualquer coisa, me chama")."""
    clauses = [c for c in _CLAUSES.split(sentence) if c.strip()]
    attached, i = False, 0
    while i < len(clauses):
        if _attached(clauses[i]):
            attached, i = True, i + 1
        elif _friendly(clauses[i]) or _courtesy(clauses[i]):
            i += 1
        elif i + 1 < len(clauses) and _courtesy(f"{clauses[i]}, {clauses[i + 1]}"):
            i += 2
        else:
            return False
    return attached


def _without_handover(story: str) -> str:
    """The story without its lines that only hand the photo over, where they stand beside
    lines that tell something (a story made only of them is none: only_sending)."""
    kept = [x for x in story.split("\n") if not _hands_over(x)]
    rest = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return rest if rest != story.strip() and tells(rest) else story


def _friendly(sentence: str) -> bool:
    """A sentence with no word (an emoji, "!!"), or one friendly word alone."""
    bare = re.sub(r"[^\w\s]", " ", sentence).strip().casefold()
    if not bare:
        return True
    return (
        re.fullmatch(rf"(?:{mail_pattern('pleasantry').pattern})", " ".join(bare.split()), re.I)
        is not None
    )


_PARAGRAPHS = re.compile(r"\n\s*\n")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a word with an Indic script's vowel signs and virama in it, whole ("तस्वीर", not "तस", "व", "र")
_ENTRY_WORDS = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0966-\u0dff])+(?:['’][^\W\d_]+)?")
_HOPE_WORDS = 12  # a longer last sentence says more than a hope


@cache
def _object_words() -> frozenset[str]:
    """The words an opening may name the entry with (data/mail_words.toml [preamble_object])."""
    return frozenset(w for listed in mail_data()["preamble_object"].values() for w in listed)


@cache
def _cjk_objects() -> re.Pattern[str]:
    """The object words written without spaces (CJK), to take out of a run of them."""
    words = sorted((w for w in _object_words() if _CJK.match(w)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@cache
def _errand_end() -> re.Pattern[str]:
    """A sentence's last words that send the entry, where the verb comes last ("…için
    fotoğrafımı gönderiyorum.", "…に応募します。"; data/mail_words.toml [preamble_end])."""
    entries = [w for listed in mail_data()["preamble_end"].values() for w in listed]
    return re.compile(rf"(?:{'|'.join(entries)})\W*$", re.I)


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def _without_errand_verb(flat: str) -> str | None:
    """A sentence without the words that send the entry, at its start or its end; None when
    it has none."""
    opening = re.match(rf"\W*(?:{mail_pattern('preamble').pattern})", flat, re.I)
    if opening is not None:
        return flat[opening.end() :]
    closing = _errand_end().search(flat)
    return flat[: closing.start()] if closing is not None else None


def _says_only_the_errand(paragraph: str) -> bool:
    """Whether a paragraph is one sentence that names the entry and nothing else:
    no place, no time, no pass ("I'd like to submit my photo of the ISS for the Photo of
    the Month." yes; "here is my photo of the ISS pass last night." no)."""
    flat = " ".join(paragraph.split())
    rest = None if any(c.isdigit() for c in flat) else _without_errand_verb(flat)
    if rest is None:
        return False
    rest = _CJK_RUN.sub(lambda m: f" {m.group(0)} ", rest)  # "本月的ISS" → "本月的 ISS"
    rest = mail_pattern("contest").sub(" ", rest)
    if re.search(r"[.!?。].", rest.strip()):
        return False  # a second sentence
    words = [w.casefold() for w in _ENTRY_WORDS.findall(rest)]
    return all(
        w in _object_words() or _month(w) or (_CJK.match(w) and not _cjk_objects().sub("", w))
        for w in words
    )


def _month(word: str) -> bool:
    """Whether a word is a month's full name in any language (CLDR): the entry names the month
    it is for ("my entry for April.")."""
    names, abbreviations = month_names()
    return word in names and word not in abbreviations


_LABELLED = re.compile(r"^\W*[^\W\d_][^:：\n]{0,30}[:：]")
_TELLING_WORDS = 4


def tells(story: str) -> bool:
    """Whether a story still tells something: a line of words that is not a labelled value
    ("Timestamp: 2024-05-12T19:34") nor only says the photo is sent."""
    lines = [x for x in story.split("\n") if not _LABELLED.match(x)]
    return any(_words(x) >= _TELLING_WORDS for x in lines) and not only_sending(story)


def _words(line: str) -> int:
    """A line's words; CJK, written without spaces, as two characters a word."""
    return len(_WORDS.findall(_CJK.sub(" ", line))) + len(_CJK.findall(line)) // 2


def _without_hope(story: str) -> str:
    """The story without a short closing hope as its last sentence."""
    sentences = _SENTENCES.split(story.rstrip())
    last = sentences[-1] if sentences else ""
    hope = re.match(rf"\W*(?:{mail_pattern('hope').pattern})", last, re.I)
    if len(last.split()) > _HOPE_WORDS or hope is None:
        return story
    rest = story.rstrip()[: -len(last)].rstrip()
    return rest if tells(rest) else story


def without_errand(story: str) -> str:
    """The story without its sentences that only name the entry ("anbei mein Bild für das ISS
    Photo of the Month." before "Es zeigt …"), a closing hope and lines that only hand the
    photo over, when what is left still tells something; else as it is."""
    story = _without_handover(_without_hope(story)).strip()
    rest = _without_sentences(story, _says_only_the_errand)
    return rest if rest != story and tells(rest) else story


_FEW_WORDS = r"(?:\s+[^\s.!?。！？]+){0,3}?\s+"  # the " … " of a [thanks] entry
_THANKS_WORDS = 16  # a longer sentence that opens with thanks goes on to tell something
_THANKS_CHARS = 300
_SENTENCE_GAPS = re.compile(r"((?<=[.!?])(?<!\d\.)\s+|(?<=[。！？])\s*)")


@cache
def _thanks() -> re.Pattern[str]:
    """A sentence opening that thanks the curator (data/mail_words.toml [thanks])."""
    entries = [w.replace(" … ", _FEW_WORDS) for ws in mail_data()["thanks"].values() for w in ws]
    return re.compile(rf"\W*(?:{'|'.join(entries)})", re.I)


def thanks(sentence: str) -> bool:
    """Whether a sentence only thanks the curator: a thanks opening, and short."""
    if len(sentence) > _THANKS_CHARS or _size(sentence) > _THANKS_WORDS:
        return False  # a line of a thousand dots is one word, and no thanks
    return _thanks().match(sentence) is not None


def without_thanks(story: str) -> str:
    """The story without its sentences that thank the curator, wherever they stand; a
    paragraph left empty goes."""
    return _without_sentences(story, thanks)


_CREDIT_WORDS = 12  # "Krediet asseblief aan hom.": a longer sentence tells more than whom


def asks_for_credit(sentence: str) -> bool:
    """Whether a short sentence only asks whom to credit ("Please credit him.", "Krediet
    asseblief aan hom."; data/mail_words.toml [credit_request]): the post credits, it does
    not quote the request."""
    if _size(sentence) > _CREDIT_WORDS:
        return False
    return re.match(rf"\W*(?:{mail_pattern('credit_request').pattern})", sentence, re.I) is not None


def without_credit_requests(story: str) -> str:
    """The story without its short sentences asking whom to credit, wherever they stand."""
    return _without_sentences(story, asks_for_credit)


_OFFER_WORDS = 14  # "Happy to send the raw file as well.": a longer sentence tells more


@cache
def _file_words() -> re.Pattern[str]:
    """The words for the photo's files a sender offers (data/mail_words.toml [offer_file_words])."""
    words = mail_data()["offer_file_words"]["all"]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(words)})(?![^\W\d_])", re.I)


def offers_files(sentence: str) -> bool:
    """Whether a short sentence only offers the curator more of the photo's files ("Happy to
    send the raw file as well.", "Gerne schicke ich auch die RAW-Datei."; [offer_files]): a
    closing courtesy the post would not quote."""
    if _size(sentence) > _OFFER_WORDS:
        return False
    opening = re.match(rf"\W*(?:{mail_pattern('offer_files').pattern})", sentence, re.I)
    return opening is not None and _file_words().search(sentence) is not None


def without_file_offers(story: str) -> str:
    """The story without its short sentences offering more files, wherever they stand."""
    return _without_sentences(story, offers_files)


_REQUEST_WORDS = 16  # "Kindly let me know if anything else is needed.": a longer one tells more


def asks_to_hear_back(sentence: str) -> bool:
    """Whether a short sentence only asks the curator to say if more is needed, or to answer
    ("Kindly let me know if anything else is needed.", "Kindly revert.", "Sag Bescheid, falls
    noch etwas fehlt."; data/mail_words.toml [closing_request]): a closing courtesy, no story."""
    if _size(sentence) > _REQUEST_WORDS or len(sentence) > _THANKS_CHARS:
        return False
    opening = rf"\W*(?:{mail_pattern('closing_request').pattern})"
    return re.match(opening, sentence, re.I) is not None


def without_closing_requests(story: str) -> str:
    """The story without its short sentences asking to hear back, wherever they stand."""
    return _without_sentences(story, asks_to_hear_back)


def _without_sentences(story: str, leaves: Callable[[str], bool]) -> str:
    """The story without the sentences that `leaves` picks, wherever they stand; a paragraph
    left empty goes."""
    paragraphs: list[str] = []
    for paragraph in _PARAGRAPHS.split(story):
        pieces = _SENTENCE_GAPS.split(paragraph)
        sentences, gaps = pieces[0::2], [*pieces[1::2], ""]
        kept = "".join(s + g for s, g in zip(sentences, gaps, strict=True) if not leaves(s))
        if kept.strip():
            paragraphs.append(kept.strip())
    return "\n\n".join(paragraphs)
