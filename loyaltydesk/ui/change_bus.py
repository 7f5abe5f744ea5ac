"""After a commit the UI says what changed; every open view showing it refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    member_changed = Signal(int)
    club_changed = Signal()  # many members at once: a restore, a demo build
    # What is wrong with the database now, for the status bar; empty once it answers again.
    database_state = Signal(str)
