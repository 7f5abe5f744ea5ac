"""PySide6 lives only here (and in the command line's use of Qt's translations)."""
