"""widgets part of the window."""
