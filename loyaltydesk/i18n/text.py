"""Folding of names for search, so a name is found whichever keyboard typed it."""

from __future__ import annotations

import re
import unicodedata

from loyaltydesk.i18n.digits import fold_digits

ZWNJ = "\u200c"

# Directional formatting characters: embeddings and overrides (U+202A–U+202E), isolates
# (U+2066–U+2069), the left-to-right and right-to-left marks and the Arabic letter mark.
# Typed into a name they reverse or reorder whatever is shown after it on the panel, the
# statement, receipts and reports. The zero-width non-joiner is not one of them: Persian
# words need it.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_NO_BIDI = str.maketrans(dict.fromkeys(BIDI_CONTROLS))


def strip_bidi_controls(text: str) -> str:
    """``text`` without directional formatting characters (the ZWNJ is kept)."""
    return text.translate(_NO_BIDI)


# Arabic-keyboard letters and presentation variants that Persian writes differently.
_LETTERS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "\u0640": None,  # tatweel (kashida) only stretches a word
        "\u200d": None,  # zero-width joiner
    }
    | dict.fromkeys(BIDI_CONTROLS)
)
_LETTERS_DISPLAY = str.maketrans({"ي": "ی", "ك": "ک", "\u0640": None})
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def _strip_marks(text: str) -> str:
    # NFKD splits Latin accents and Arabic harakat into combining marks we can drop.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_name(text: str) -> str:
    """Fold a name for matching: letters, diacritics, digits, case and spacing."""
    folded = _strip_marks(fold_digits(text).translate(_LETTERS)).casefold()
    # Strip again: NFKD of a folded letter can re-introduce a combining mark (آ -> ا + madda).
    folded = folded.translate(_LETTERS)
    return _SPACES.sub(" ", folded).strip()


def name_tokens(text: str) -> list[str]:
    """Words of a name to index for prefix search.

    A word written with a zero-width non-joiner ("علی‌رضا") is indexed joined and in its
    parts, so it is found whether the cashier types it with ZWNJ, with a space or with
    nothing between the parts.
    """
    tokens: list[str] = []
    for word in fold_name(text).split(" "):
        parts = [p for p in word.split(ZWNJ) if p]
        joined = "".join(parts)
        for token in [joined, *parts] if len(parts) > 1 else [joined]:
            if token and token not in tokens:
                tokens.append(token)
    return tokens


def clean_display_name(text: str) -> str:
    """The name as it will be shown: Arabic letters made Persian, spacing tidied, no
    directional formatting characters."""
    cleaned = unicodedata.normalize("NFC", strip_bidi_controls(text)).translate(_LETTERS_DISPLAY)
    return _SPACES.sub(" ", cleaned).strip()


def search_terms(text: str) -> list[str]:
    """Words of a search box, folded like ``name_tokens``; a ZWNJ joins, as in the index."""
    return [t.replace(ZWNJ, "") for t in fold_name(text).split(" ") if t.replace(ZWNJ, "")]
