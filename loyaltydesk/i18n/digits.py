"""Persian (U+06F0..) and Arabic-Indic (U+0660..) digits, folded to ASCII and back.

Keyboard-wedge scanners type whatever the active layout produces, so every input path
folds digits before it parses anything.
"""

from __future__ import annotations

import re

_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC = "٠١٢٣٤٥٦٧٨٩"
_ASCII = "0123456789"

_TO_ASCII = str.maketrans(_PERSIAN + _ARABIC, _ASCII * 2)
_TO_PERSIAN = str.maketrans(_ASCII, _PERSIAN)


def fold_digits(text: str) -> str:
    """Return ``text`` with Persian and Arabic-Indic digits replaced by ASCII digits."""
    return text.translate(_TO_ASCII)


def to_persian_digits(text: str) -> str:
    return text.translate(_TO_PERSIAN)


# A comma or point between two digits: a thousands separator or a decimal point that came
# from Python's formatting ("185,000", "1.5").
_GROUPED = re.compile(r"(?<=\d)([,.])(?=\d)")
_PERSIAN_SEPARATORS = {",": "\u066c", ".": "\u066b"}  # momayyez ٬ and the decimal sign ٫


def localize_digits(text: str, language: str) -> str:
    """Digits follow the language: Persian digits for ``fa``, ASCII otherwise.

    In Persian a thousands comma becomes the momayyez (٬) and a decimal point ٫, the signs
    the number fields use, so every number reads the same on screen, on paper and in the
    command line (parsing accepts either).
    """
    if language != "fa":
        return text
    return to_persian_digits(_GROUPED.sub(lambda m: _PERSIAN_SEPARATORS[m.group(1)], text))
