"""The questions a reply asks about what the mail left open, with dates written by Babel.

Fields keeps each question as data (values.Question); here its dates and times
are written in the reply's language (CLDR's long date: "11 April 2023",
"11. April 2023", "2023. április 11."); the words around them are in the
templates (templates/reply/<lang>/questions.txt).
"""

from __future__ import annotations

from datetime import UTC, date

from ipom_mail.pipeline.values import Question

# CLDR's plain "en" writes "April 11, 2023"; the feature's page writes day-first.
_LOCALE = {"en": "en_GB"}


def _long(day: date, lang: str) -> str:
    from babel.dates import format_date

    return format_date(day, "long", locale=_LOCALE.get(lang, lang))


def question_context(questions: tuple[Question, ...], lang: str) -> list[dict[str, str]]:
    """Each question as the strings its template needs, in `lang`."""
    out: list[dict[str, str]] = []
    for q in questions:
        item = {"kind": q.kind, "written": q.written, "zone": q.zone or ""}
        if q.kind == "date_order" and len(q.dates) == 2:
            item |= {"first": _long(q.dates[0], lang), "second": _long(q.dates[1], lang)}
        elif q.dates:
            item["date"] = _long(q.dates[0], lang)
        for key, value in (("ut", q.ut), ("ut_as_written", q.ut_as_written)):
            if value is not None:
                item[key] = value.astimezone(UTC).strftime("%H:%M UT")
        out.append(item)
    return out
