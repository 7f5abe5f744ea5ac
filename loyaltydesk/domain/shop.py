"""What a shop says about itself: its name (its own currency is domain/money's)."""

from __future__ import annotations

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.text import clean_display_name

# Long enough for "Golpar Café & Bakery, Vali-e Asr branch"; a receipt line holds it.
MAX_SHOP_NAME = 60


def check_shop_name(name: str) -> str:
    clean = clean_display_name(name)
    if not clean:
        raise InvalidInput("shop.name_empty")
    if len(clean) > MAX_SHOP_NAME:
        raise InvalidInput("shop.name_too_long", limit=MAX_SHOP_NAME)
    return clean
