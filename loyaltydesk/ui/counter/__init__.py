"""counter part of the window."""
