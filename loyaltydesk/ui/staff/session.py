"""Who is at the counter now: the signed-in actor every view hands to the services, and a
manager's approval asked for on the spot when a service says one would do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.errors import NotPermitted
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.staff import StaffService

T = TypeVar("T")

NEEDS_APPROVAL = "staff.needs_approval"


class Session(QObject):
    """The person at the counter. Views read ``actor`` at the moment they act, so a switch
    of cashier applies to the very next action; ``changed`` tells the window to show only
    what the new person may do."""

    changed = Signal()

    def __init__(
        self,
        actor: Actor,
        staff: StaffService | None = None,
        display: Display | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self.staff = staff
        self.display = display

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.changed.emit()

    def may(self, permission: Permission) -> bool:
        """Whether to offer it at all; the services decide, this only hides."""
        return self._actor.may(permission)

    def accounts(self) -> bool:
        """Whether this club has staff accounts (without them, everyone is the owner)."""
        return self._actor.staff_id is not None

    def approval(self, parent: QWidget | None, permission: Permission) -> Actor | None:
        """A manager types their PIN for the current request; None if nobody did."""
        if self.staff is None or self.display is None:
            return None
        from loyaltydesk.ui.staff.dialogs import ask_approval

        return ask_approval(parent, self.staff, self.display, self._actor, permission)

    def call(self, parent: QWidget | None, work: Callable[[Actor], T]) -> T | None:
        """``work`` as the person at the counter; where only a manager may do it, a manager's
        PIN on the spot, then ``work`` again as the approved request (its operation id makes
        that safe). None: the approval was not given."""
        try:
            return work(self._actor)
        except NotPermitted as error:
            if error.code != NEEDS_APPROVAL:
                raise
            approved = self.approval(parent, Permission(error.params["action"]))
            if approved is None:
                return None
            return work(approved)
