"""The PIN at the counter: signing in at the start of a shift, after the idle lock or a
switch of cashier, and a manager's approval on the spot."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.staff import StaffService
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import permission_label
from loyaltydesk.ui.staff.pin_dialog import PinDialog


def ask_sign_in(
    parent: QWidget | None,
    staff: StaffService,
    display: Display,
    counter: str,
    *,
    branch: str | None = None,
    preselected: str | None = None,
    cancellable: bool = False,
) -> Actor | None:
    """Who works this counter now: a name and their PIN. Not cancellable at the start of a
    shift or after the lock (the window behind it is not to be used without a PIN)."""
    dialog = PinDialog(
        parent,
        title=QCoreApplication.translate("SignIn", "Sign in"),
        prompt=QCoreApplication.translate("SignIn", "Choose your name and type your PIN."),
        names=staff.names(),
        check=lambda name, pin: staff.sign_in(name, pin, counter, branch=branch),
        describe_error=lambda error: display.sentence(error_text(error, display)),
        preselected=preselected,
        cancellable=cancellable,
    )
    return _answer(dialog)


def ask_approval(
    parent: QWidget | None,
    staff: StaffService,
    display: Display,
    request: Actor,
    permission: Permission,
) -> Actor | None:
    """A manager types their PIN so the cashier's request goes through, approved by them."""
    names = [
        name
        for name in staff.names(approvers_for=permission)
        if request.staff_id is None or name != request.staff
    ]
    dialog = PinDialog(
        parent,
        title=QCoreApplication.translate("SignIn", "A manager's approval"),
        prompt=display.sentence(
            QCoreApplication.translate(
                "SignIn", "{name} asks to {action}. A manager approves with their PIN."
            ).format(name=display.text(request.staff), action=permission_label(permission))
        ),
        names=names,
        check=lambda name, pin: staff.approve(request, permission, name, pin),
        describe_error=lambda error: display.sentence(error_text(error, display)),
        cancellable=True,
    )
    return _answer(dialog)


def _answer(dialog: PinDialog[Actor]) -> Actor | None:
    """The actor the keypad gave, and the keypad gone at once: a hidden dialog left behind
    would keep the keyboard (and the scanner's keys) away from the window."""
    try:
        if not dialog.exec():
            return None
        actor = dialog.result_value
        assert isinstance(actor, Actor)
        return actor
    finally:
        shiboken6.delete(dialog)
