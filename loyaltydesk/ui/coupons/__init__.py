"""The owner's coupons: issue, list, void and print them; the refund policy."""
