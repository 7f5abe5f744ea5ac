"""The first-run wizard as a new shop owner meets it, by keys, in both languages: set up the
shop (or look around the demo club), skip what they like, leave and come back, and reach a
first credited purchase at the counter.

The 5-minute measure: the whole way from the first screen to a credited purchase is walked
by keys and counted; the budget is at most 9 wizard pages, 5 fields typed in the wizard and
45 keystrokes in it (see REPORT: at a slow 20 seconds a page and 1 second a key, under 4
minutes)."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk import bootstrap
from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.domain.staff import Role
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.settings import SETTINGS_FILE, Settings, load_settings
from loyaltydesk.ui import errors
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.setup.pages import DonePage, OwnerPage, PrinterPage, RulesPage, ShopPage
from loyaltydesk.ui.setup.progress import PROGRESS_FILE, load_progress
from loyaltydesk.ui.setup.wizard import SetupWizard
from tests.conftest import LIGHT_HASHER
from tests.ui.conftest import answer_next_dialog, in_language, keyboard, type_text

PAGE_BUDGET = 9
FIELD_BUDGET = 5
KEY_BUDGET = 45


@dataclass
class Walk:
    """What the owner did in the wizard: pages seen, fields typed into, keys pressed."""

    wizard: SetupWizard
    pages: list[str] = field(default_factory=list)
    fields: int = 0
    keys: int = 0

    def seen(self) -> None:
        name = self.wizard.page.name
        if not self.pages or self.pages[-1] != name:
            self.pages.append(name)

    def type(self, text: str) -> None:
        """Typed into the field that has the focus."""
        keyboard(self.wizard, text)
        self.fields += 1
        self.keys += len(text)

    def press(self, key: Qt.Key) -> None:
        keyboard(self.wizard, key=key)
        self.keys += 1
        if self.wizard.isVisible():
            self.seen()


def when_wizard_opens(walk: Callable[[Walk], None], walks: list[Walk]) -> None:
    """Run ``walk`` in the wizard once it is on screen (it is modal: its own event loop)."""

    def go() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, SetupWizard):
            QTimer.singleShot(10, go)
            return
        # A walk that did not finish the wizard closes it rather than hang the test.
        QTimer.singleShot(3000, wizard, lambda: wizard.close() if wizard.isVisible() else None)
        done = Walk(wizard)
        done.seen()
        walks.append(done)
        walk(done)

    QTimer.singleShot(0, go)


@pytest.fixture
def at_counter(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[MainWindow], None]]]:
    """launch_window with the counter's work instead of its event loop: each callable given
    runs on the window as it opens, then the window closes."""
    work: list[Callable[[MainWindow], None]] = []

    def run_loop(_app: QApplication) -> int:
        # The one on screen: topLevelWidgets() has no order, and may still hold an earlier
        # test's closed window.
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        try:
            for step in work:
                step(window)
        finally:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_loop)
    monkeypatch.setattr(MainWindow, "start_daily_jobs", lambda self, jobs: None)
    monkeypatch.setattr(MainWindow, "start_mail_job", lambda self, send, when: None)
    monkeypatch.setattr(
        bootstrap, "set_up_club", functools.partial(bootstrap.set_up_club, hasher=LIGHT_HASHER)
    )
    monkeypatch.setattr(
        bootstrap, "build_demo", functools.partial(bootstrap.build_demo, members=12)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # A failed assertion in the wizard goes to pytest, not to the window's calm dialog.
    monkeypatch.setattr(errors, "install_excepthook", lambda _log: None)
    handlers = list(logging.getLogger().handlers)
    yield work
    # The closed windows go now: a later test looking for "the" main window finds its own.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
    create_application("en", RESOURCES, [])


def first_start(tmp_path: Path, language: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", language=language, counter="counter-1")


def credit_first_purchase(language: str, seen: dict[str, object]) -> Callable[[MainWindow], None]:
    """At the counter: a new member by F2 with the phone typed, then a purchase, by keys."""

    def work(window: MainWindow) -> None:
        assert QTest.qWaitForWindowExposed(window)
        counter = window.counter
        seen["actor"] = window.session.actor
        type_text(counter.search, in_language(language, "09351234567"))

        def fill(dialog: QWidget) -> None:
            name = dialog.findChild(QLineEdit, "registerName")
            assert name is not None
            type_text(name, "Sara Ahmadi")

        answer_next_dialog(Qt.Key.Key_Return, then=fill)
        QTest.keyClick(counter.search, Qt.Key.Key_F2)
        assert counter.member_id is not None
        type_text(counter.amount, in_language(language, "250000"))
        QTest.keyClick(counter.amount, Qt.Key.Key_Return)
        seen["member"] = counter.member_id

    return work


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_new_shop_reaches_its_first_credited_purchase_by_keys(
    at_counter: list[Callable[[MainWindow], None]],
    tmp_path: Path,
    language: str,
    persian_qm: Path,
) -> None:
    # The computer speaks the other language: the owner switches on the language page.
    other = "fa" if language == "en" else "en"
    settings = first_start(tmp_path, other)
    walks: list[Walk] = []

    def walk(w: Walk) -> None:
        w.press(Qt.Key.Key_Return)  # welcome: Set up my shop
        assert w.wizard.page.name == "language"
        w.press(Qt.Key.Key_Up if language == "fa" else Qt.Key.Key_Down)
        w.press(Qt.Key.Key_Return)
        # The pages from here on are in the chosen language and direction.
        direction = (
            Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight
        )
        assert QApplication.layoutDirection() == direction
        assert w.wizard.layoutDirection() == direction
        assert w.wizard.page.name == "shop"
        w.type("کافه گلپر" if language == "fa" else "Golpar Cafe")
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Return)  # time, calendar and money: Asia/Tehran, Toman
        w.press(Qt.Key.Key_Return)  # 1 point per 10,000 Toman; the three first rewards
        assert w.wizard.page.name == "owner"
        w.type("Nima")
        w.press(Qt.Key.Key_Tab)
        w.type(in_language(language, "1405"))
        w.press(Qt.Key.Key_Tab)
        w.type(in_language(language, "1405"))
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Return)  # no receipt printer
        w.press(Qt.Key.Key_Return)  # backups in the data folder
        assert w.wizard.page.name == "done"
        w.press(Qt.Key.Key_Return)  # Open the counter

    when_wizard_opens(walk, walks)
    seen: dict[str, object] = {}
    at_counter.append(credit_first_purchase(language, seen))
    assert bootstrap.launch_window(settings, None, []) == 0

    (w,) = walks
    assert w.pages == [
        "welcome",
        "language",
        "shop",
        "region",
        "rules",
        "owner",
        "printer",
        "backups",
        "done",
    ]
    assert len(w.pages) <= PAGE_BUDGET
    assert w.fields <= FIELD_BUDGET
    assert w.keys <= KEY_BUDGET
    print(f"\n[{language}] wizard: {len(w.pages)} pages, {w.fields} fields, {w.keys} keys")

    actor = seen["actor"]
    assert getattr(actor, "staff", None) == "Nima"
    assert getattr(actor, "role", None) is Role.OWNER
    saved = load_settings(settings.data_dir)
    assert (saved.language, saved.timezone, saved.money_unit) == (
        language,
        "Asia/Tehran",
        MoneyUnit.TOMAN,
    )
    assert saved.shop_name == ("کافه گلپر" if language == "fa" else "Golpar Cafe")
    assert saved.calendar == ("jalali" if language == "fa" else "gregorian")
    assert not (settings.data_dir / PROGRESS_FILE).exists()
    services = bootstrap.build_services(saved, hasher=LIGHT_HASHER)
    try:
        member_id = seen["member"]
        assert isinstance(member_id, int)
        assert services.membership.get(member_id).balance == 25  # 250,000 Toman
        assert [r.cost for r in services.rules.rewards()] == [40, 60, 100]
        assert services.staff.sign_in("Nima", "1405", "counter-1").role is Role.OWNER
    finally:
        services.close()


def test_skipping_every_step_keeps_the_defaults_and_asks_the_owner_last(
    at_counter: list[Callable[[MainWindow], None]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    settings = first_start(tmp_path, language)
    asked: list[str] = []

    def owner(chosen: Settings) -> tuple[str, str]:
        asked.append(chosen.language)
        return ("Nima", "1405")

    monkeypatch.setattr(bootstrap, "ask_owner", owner)
    walks: list[Walk] = []

    def walk(w: Walk) -> None:
        w.press(Qt.Key.Key_Return)
        while w.wizard.skip_button.isVisible():
            w.wizard.skip_button.click()
            w.seen()
        page = w.wizard.page
        assert isinstance(page, DonePage)
        assert "Nima" not in page.summary.text()
        w.press(Qt.Key.Key_Return)

    when_wizard_opens(walk, walks)
    seen: dict[str, object] = {}
    at_counter.append(lambda window: seen.update(actor=window.session.actor))
    assert bootstrap.launch_window(settings, None, []) == 0
    assert asked == [language]
    assert getattr(seen["actor"], "staff", None) == "Nima"
    services = bootstrap.build_services(load_settings(settings.data_dir), hasher=LIGHT_HASHER)
    try:
        assert services.settings.shop_name == "LoyaltyDesk"
        assert services.rules.earn_rule().step_rials == 100_000
        assert [r.cost for r in services.rules.rewards()] == [40, 60, 100]
    finally:
        services.close()


def test_a_closed_owner_question_after_the_wizard_opens_nothing_and_keeps_the_progress(
    at_counter: list[Callable[[MainWindow], None]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = first_start(tmp_path, "en")
    monkeypatch.setattr(bootstrap, "ask_owner", lambda _settings: None)
    walks: list[Walk] = []

    def walk(w: Walk) -> None:
        w.press(Qt.Key.Key_Return)
        while w.wizard.skip_button.isVisible():
            w.wizard.skip_button.click()
        w.press(Qt.Key.Key_Return)

    when_wizard_opens(walk, walks)
    at_counter.append(lambda window: pytest.fail("no counter without an owner"))
    assert bootstrap.launch_window(settings, None, []) == 0
    assert not settings.default_database_path.exists()
    progress = load_progress(settings.data_dir)
    assert progress is not None and progress.page == 8 and progress.owner_skipped


def test_leaving_mid_way_resumes_at_the_same_page_with_what_was_typed(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    create_application(language, RESOURCES, [])
    settings = first_start(tmp_path, language)
    wizard = SetupWizard(settings, RESOURCES, lambda _s: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    walk = Walk(wizard)
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_Return)
    walk.type("Golpar")
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_Return)
    assert isinstance(wizard.page, RulesPage)
    type_text(wizard.page.step, in_language(language, "0"))  # 10,000 -> 100,000 Toman
    walk.press(Qt.Key.Key_Return)
    walk.type("Nima")  # the owner's name, then the window is closed
    wizard.close()

    assert (settings.data_dir / SETTINGS_FILE).exists()
    progress = load_progress(settings.data_dir)
    assert progress is not None
    assert (progress.page, progress.owner_name, progress.step_rials) == (5, "Nima", 1_000_000)
    assert "1405" not in (settings.data_dir / PROGRESS_FILE).read_text(encoding="utf-8")

    again = SetupWizard(load_settings(settings.data_dir), RESOURCES, lambda _s: None, progress)
    qtbot.addWidget(again)
    again.show()
    page = again.page
    assert isinstance(page, OwnerPage)
    assert page.owner.text() == "Nima" and page.pin.text() == ""
    assert again.focusWidget() is page.owner
    again.back()
    again.back()
    again.back()
    shop = again.page
    assert isinstance(shop, ShopPage)
    assert shop.shop.text() == "Golpar"
    create_application("en", RESOURCES, [])


def test_a_wrong_field_keeps_the_page_and_says_why(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    create_application(language, RESOURCES, [])
    wizard = SetupWizard(first_start(tmp_path, language), RESOURCES, lambda _s: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    walk = Walk(wizard)
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_Return)  # no shop name
    assert wizard.page.name == "shop" and wizard.error.isVisible()
    assert isinstance(wizard.page, ShopPage) and wizard.focusWidget() is wizard.page.shop
    walk.type("Golpar")
    walk.press(Qt.Key.Key_Return)
    assert not wizard.error.isVisible()
    walk.press(Qt.Key.Key_Return)
    walk.press(Qt.Key.Key_Return)
    walk.type("Nima")
    walk.press(Qt.Key.Key_Tab)
    walk.type("1405")
    walk.press(Qt.Key.Key_Tab)
    walk.type("1406")
    walk.press(Qt.Key.Key_Return)
    page = wizard.page
    assert isinstance(page, OwnerPage) and wizard.error.isVisible()
    assert page.pin.text() == page.pin_again.text() == "" and wizard.focusWidget() is page.pin
    create_application("en", RESOURCES, [])


def test_first_rewards_are_edited_removed_and_added_by_keys(
    at_counter: list[Callable[[MainWindow], None]], tmp_path: Path
) -> None:
    settings = first_start(tmp_path, "en")
    walks: list[Walk] = []

    def walk(w: Walk) -> None:
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Return)
        w.type("Golpar")
        w.press(Qt.Key.Key_Return)
        # Another currency, with its name: Tab to the money choice, Down twice.
        w.press(Qt.Key.Key_Tab)
        w.press(Qt.Key.Key_Tab)
        w.press(Qt.Key.Key_Down)
        w.press(Qt.Key.Key_Down)
        w.press(Qt.Key.Key_Tab)
        w.type("AED")
        w.press(Qt.Key.Key_Return)
        page = w.wizard.page
        assert isinstance(page, RulesPage)
        # The first reward's name, its cost, then its Remove button (Space presses it).
        w.press(Qt.Key.Key_Tab)
        keyboard(w.wizard, key=Qt.Key.Key_End)
        w.type(" and cake")
        for _ in range(5):  # its cost, its Remove, the second's name, cost and Remove
            w.press(Qt.Key.Key_Tab)
        w.press(Qt.Key.Key_Space)
        assert [r.name.text() for r in page.rows] == ["Free drink and cake", "Free meal"]
        page.add.setFocus()
        w.press(Qt.Key.Key_Space)
        w.type("Free coffee")
        w.press(Qt.Key.Key_Return)
        assert w.wizard.page.name == "owner"
        w.type("Nima")
        w.press(Qt.Key.Key_Tab)
        w.type("1405")
        w.press(Qt.Key.Key_Tab)
        w.type("1405")
        for _ in range(4):
            w.press(Qt.Key.Key_Return)

    when_wizard_opens(walk, walks)
    at_counter.append(lambda window: None)
    assert bootstrap.launch_window(settings, None, []) == 0
    saved = load_settings(settings.data_dir)
    assert (saved.money_unit, saved.currency_name) == (MoneyUnit.OTHER, "AED")
    services = bootstrap.build_services(saved, hasher=LIGHT_HASHER)
    try:
        assert [(r.name, r.cost) for r in services.rules.rewards()] == [
            ("Free drink and cake", 40),
            ("Free meal", 100),
            ("Free coffee", 50),
        ]
    finally:
        services.close()


def test_look_around_a_demo_club_opens_todays_demo(
    at_counter: list[Callable[[MainWindow], None]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bootstrap, "ask_owner", lambda _settings: ("Nima", "1405"))
    walks: list[Walk] = []

    def walk(w: Walk) -> None:
        w.press(Qt.Key.Key_Tab)  # from Set up my shop to Look around a demo club
        assert w.wizard.focusWidget() is w.wizard.page.findChild(QWidget, "setupDemo")
        keyboard(w.wizard, key=Qt.Key.Key_Space)

    when_wizard_opens(walk, walks)
    seen: dict[str, object] = {}
    at_counter.append(lambda window: seen.update(actor=window.session.actor))
    assert bootstrap.launch_window(first_start(tmp_path, "en"), None, []) == 0
    assert getattr(seen["actor"], "staff", None) == "Nima"
    settings = first_start(tmp_path, "en")
    services = bootstrap.build_services(settings, hasher=LIGHT_HASHER)
    try:
        assert len(services.staff.names()) == 3  # the demo's owner, manager and cashier
    finally:
        services.close()


def test_the_receipt_printer_is_tried_before_it_is_kept(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    create_application(language, RESOURCES, [])
    printed: list[Settings] = []
    wizard = SetupWizard(first_start(tmp_path, language), RESOURCES, printed.append)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard._show(6)
    page = wizard.page
    assert isinstance(page, PrinterPage) and wizard.focusWidget() is page.thermal
    walk = Walk(wizard)
    walk.type("nonsense")
    page.test.setFocus()
    walk.press(Qt.Key.Key_Space)
    assert printed == [] and page.message.text()
    page.thermal.clear()
    page.thermal.setFocus()
    walk.type("network:192.168.1.60")
    page.test.setFocus()
    walk.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(printed) == 1 and page.test.isEnabled(), timeout=5000)
    assert printed[0].thermal_printer == "network:192.168.1.60"
    walk.press(Qt.Key.Key_Return)  # Enter on the page goes forward, not another test page
    assert wizard.page.name == "backups" and len(printed) == 1
    assert wizard.settings.thermal_printer == "network:192.168.1.60"
    create_application("en", RESOURCES, [])


def test_the_wizard_fits_a_small_counter_screen(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    create_application(language, RESOURCES, [])
    wizard = SetupWizard(first_start(tmp_path, language), RESOURCES, lambda _s: None)
    qtbot.addWidget(wizard)
    for index in range(len(wizard.pages)):
        wizard._show(index)
        hint = wizard.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, (wizard.page.name, hint)
    assert wizard.width() <= 1024 and wizard.height() <= 600
    create_application("en", RESOURCES, [])


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_earning_rule_is_asked_in_the_money_just_chosen(
    at_counter: list[Callable[[MainWindow], None]], tmp_path: Path, language: str
) -> None:
    # A newcomer chose Euro with cents, then saw "10,000 Toman" on the next page, and a
    # club whose purchases earned nothing.
    settings = first_start(tmp_path, language)
    walks: list[Walk] = []
    shown: dict[str, str] = {}

    def walk(w: Walk) -> None:
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Return)
        w.type("Golpar")
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Tab)
        w.press(Qt.Key.Key_Tab)
        w.press(Qt.Key.Key_Down)
        w.press(Qt.Key.Key_Down)
        w.press(Qt.Key.Key_Tab)
        w.type("EUR")
        w.press(Qt.Key.Key_Tab)
        w.press(Qt.Key.Key_Up)
        w.press(Qt.Key.Key_Up)
        w.press(Qt.Key.Key_Return)
        page = w.wizard.page
        assert isinstance(page, RulesPage)
        # One point a Euro until the owner says otherwise, in Euro with its cents.
        shown["step"] = page.step.text()
        shown["unit"] = " ".join(label.text() for label in page.findChildren(QLabel))
        QTest.keyClick(page.step, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        w.type(in_language(language, "2.50"))
        w.press(Qt.Key.Key_Return)
        assert w.wizard.page.name == "owner", w.wizard.error.text()
        w.type("Nima")
        w.press(Qt.Key.Key_Tab)
        w.type("1405")
        w.press(Qt.Key.Key_Tab)
        w.type("1405")
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Return)
        w.press(Qt.Key.Key_Return)
        done = w.wizard.page
        assert isinstance(done, DonePage)
        summary = done.findChild(QLabel, "setupSummary")
        assert summary is not None
        shown["done"] = summary.text()
        w.press(Qt.Key.Key_Return)

    def credit(window: MainWindow) -> None:
        assert QTest.qWaitForWindowExposed(window)
        counter = window.counter
        type_text(counter.search, in_language(language, "09351234567"))

        def fill(dialog: QWidget) -> None:
            name = dialog.findChild(QLineEdit, "registerName")
            assert name is not None
            type_text(name, "Sara")

        answer_next_dialog(Qt.Key.Key_Return, then=fill)
        QTest.keyClick(counter.search, Qt.Key.Key_F2)
        type_text(counter.amount, in_language(language, "12.50"))
        QTest.keyClick(counter.amount, Qt.Key.Key_Return)
        shown["member"] = str(counter.member_id)

    when_wizard_opens(walk, walks)
    at_counter.append(credit)
    assert bootstrap.launch_window(settings, None, []) == 0
    point = "٫" if language == "fa" else "."
    assert shown["step"] == in_language(language, "1") + point + in_language(language, "00")
    assert "EUR" in shown["unit"] and "Toman" not in shown["unit"] and "تومان" not in shown["unit"]
    two_fifty = in_language(language, "2") + point + in_language(language, "50")
    assert "EUR" in shown["done"] and two_fifty in shown["done"]
    saved = load_settings(settings.data_dir)
    services = bootstrap.build_services(saved, hasher=LIGHT_HASHER)
    try:
        assert services.rules.earn_rule().step_rials == 250  # 2.50 EUR in cents
        # 12.50 EUR at 2.50 a point: 5 points.
        assert services.membership.get(int(shown["member"])).balance == 5
    finally:
        services.close()
