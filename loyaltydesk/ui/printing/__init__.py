"""Printing from the window: preview, quick receipts, card sheets with progress."""
