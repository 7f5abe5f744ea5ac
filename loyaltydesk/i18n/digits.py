"""Persian (U+06F0..) and Arabic-Indic (U+0660..) digits, folded to ASCII and back.

Keyboard-wedge scanners type whatever the active layout produces, so every input path
folds digits before it parses anything.
"""

from __future__ import annotations

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


def localize_digits(text: str, language: str) -> str:
    """Digits follow the language: Persian digits for ``fa``, ASCII otherwise."""
    return to_persian_digits(text) if language == "fa" else text
