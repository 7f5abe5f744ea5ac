"""settings part of the window."""
