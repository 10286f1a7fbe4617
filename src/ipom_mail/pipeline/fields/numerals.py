"""Numbers in any script written with ASCII digits, so one reader reads them all (issue 13).

"۶۳°", "৬৩°", "−۳٫۷": digits of any script are Unicode decimal digits (their value from
the Unicode database); the Arabic decimal separator and the direction marks CLDR writes
around a minus sign come from CLDR's number symbols through Babel.
"""

from __future__ import annotations

import re
import unicodedata

from ipom_mail.pipeline.tables_cache import machine_table

# the number systems that write numbers in Arabic script (CLDR "arab", "arabext")
_ARABIC_SYSTEMS = ("arab", "arabext")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


@machine_table
def _symbols() -> dict[int, str | None]:
    """CLDR's decimal separators of the Arabic-script number systems as '.', and the format
    characters (direction marks) of their minus and plus signs dropped (kept per machine:
    any mail with a letter beyond ASCII asks for it)."""
    from babel import Locale

    table: dict[int, str | None] = {}
    for system in _ARABIC_SYSTEMS:
        symbols = Locale.parse("ar").number_symbols[system]
        table[ord(symbols["decimal"])] = "."
        for sign in (symbols["minusSign"], symbols["plusSign"]):
            table.update({ord(c): None for c in sign if unicodedata.category(c) == "Cf"})
    return table


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit in ASCII, and nothing else changed: each digit is one
    character either way, so a position in the result is the same in `text` ("۱۷ مارس ۲۰۲۷")."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


def ascii_numbers(text: str) -> str:
    """`text` with every decimal digit in ASCII and the Arabic decimal separator a dot;
    the same text when it holds none (most mail)."""
    if text.isascii():
        return text
    return ascii_digits(text).translate(_symbols())
