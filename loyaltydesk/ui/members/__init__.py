"""members part of the window."""
