"""LoyaltyDesk: the loyalty club of one shop, run from the counter."""

__version__ = "0.1.0"
