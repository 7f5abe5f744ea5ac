"""What a shop says about itself: its name, the branch a counter stands in (its own
currency is domain/money's)."""

from __future__ import annotations

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.text import ZWNJ, clean_display_name

# Long enough for "Golpar Café & Bakery, Vali-e Asr branch"; a receipt line holds it.
MAX_SHOP_NAME = 60
# The width of the branch columns of operations, purchases and ledger lines (migration 0009).
MAX_BRANCH_NAME = 100


def check_shop_name(name: str) -> str:
    clean = clean_display_name(name)
    if not clean:
        raise InvalidInput("shop.name_empty")
    if len(clean) > MAX_SHOP_NAME:
        raise InvalidInput("shop.name_too_long", limit=MAX_SHOP_NAME)
    return clean


def check_branch(name: str) -> str:
    """The branch a counter stands in, as every line it writes will carry it ("" = none).

    Printed beside the counter on statements: no directional controls that could reorder
    the line, nothing a line cannot show. Too long is refused, not cut, so two branches
    never end up with one name. Arabic-keyboard letters are made Persian (as in shop
    names): two counters typing one branch on different keyboards report as one branch."""
    clean = clean_display_name(name)
    # The ZWNJ is not "printable" to Python, yet Persian writes it inside words (شعبه‌ی ونک).
    if not clean.replace(ZWNJ, "").isprintable():
        raise InvalidInput("branch.malformed")
    if len(clean) > MAX_BRANCH_NAME:
        raise InvalidInput("branch.too_long", limit=MAX_BRANCH_NAME)
    return clean
