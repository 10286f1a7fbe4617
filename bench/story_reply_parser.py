"""The story with our quote and signature cleaning against mail-parser-reply's, on the evaluation set.

For each case of tests/evaluation/cases.toml the fields stage runs twice:
on the message text as parsed (ours: fields/quotes.py and fields/story.py),
and on the text first cut by mail-parser-reply's `parse_reply` (the latest
reply, without quotes and signatures, in the case's language). Prints the
story's recall (every expected snippet found), the wrong stories (a
greeting, signature or quote kept, or a story where none is expected) and
the other fields that change. Needs `pip install mail-parser-reply`.

    .venv/bin/python bench/story_reply_parser.py [--verbose]
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ipom_mail.config import Config  # noqa: E402
from ipom_mail.pipeline.fields import extract_fields  # noqa: E402
from ipom_mail.pipeline.media import extract_media  # noqa: E402
from ipom_mail.pipeline.parse.message import parse_message  # noqa: E402
from tests.pipeline.evaluation_scoring import (  # noqa: E402
    FIELDS,
    Score,
    build_raw,
    load_cases,
    score_case,
)

LANGUAGES = {
    "en",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "pl",
    "cs",
    "hu",
    "pt",
    "sv",
    "da",
    "ja",
    "ko",
    "zh",
}


def _score(cases: list[dict[str, Any]], cut: Any) -> tuple[Score, float]:
    config, total = Config(), Score()
    started = time.perf_counter()
    for case in cases:
        parsed = parse_message(build_raw(case))
        if cut is not None:
            parsed = dataclasses.replace(parsed, text=cut(parsed.text, case["lang"]))
        media = extract_media(parsed.parts, config.limits)
        total.add(score_case(case, extract_fields(parsed, media, config)))
    return total, time.perf_counter() - started


def _mail_parser_reply(text: str, lang: str) -> str:
    from mailparser_reply import EmailReplyParser

    languages = ["en"] + ([lang] if lang in LANGUAGES and lang != "en" else [])
    try:
        return str(EmailReplyParser(languages=languages).parse_reply(text=text))
    except Exception:  # the library's own failure: keep the text as it was
        return text


def main(argv: list[str]) -> int:
    cases = load_cases()
    ours, ours_s = _score(cases, None)
    theirs, theirs_s = _score(cases, _mail_parser_reply)
    print(f"{len(cases)} cases; ours {ours_s:.1f} s, with mail-parser-reply {theirs_s:.1f} s\n")
    print(f"{'field':<14}{'recall ours':>12}{'wrong ours':>11}{'recall mpr':>12}{'wrong mpr':>10}")
    for name in FIELDS:
        print(
            f"{name:<14}{ours.recall(name):>12.0%}{len(ours.wrong[name]):>11}"
            f"{theirs.recall(name):>12.0%}{len(theirs.wrong[name]):>10}"
        )
    if "--verbose" in argv:
        for label, score in (("ours", ours), ("mail-parser-reply", theirs)):
            for line in score.wrong["story"]:
                print(f"{label}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
