"""`loyaltydesk --self-check`: does this copy of the program work, here, as installed?

Everything runs in a new temporary folder (never the shop's data folder or database): a
database is created and brought to the newest schema by the shipped migrations, a member is
credited and redeems a reward, a membership card is printed to PDF and read back the way a
scanner at the counter would read it, the Persian translation is loaded, and a POS credits
through the local HTTP API on a loopback port (which parser and loop it runs on is told: the
C ones where they are shipped). Made for the
built application (`make dist`, the Windows installer's build), where a missing file or Qt
plugin shows here rather than at a shop's first start.
"""

from __future__ import annotations

import http.client
import importlib.util
import json
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from loyaltydesk import paths
from loyaltydesk.bootstrap import (
    RESOURCES,
    Services,
    build_services,
    gather_diagnostics,
    load_demo_recipe,
)
from loyaltydesk.persistence.database import migrations_head
from loyaltydesk.settings import Settings, load_settings

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import ServeBesideWindow

# What a scanner must read off the printed card: the number as a QR code and as Code128.
CARD_CODES = ("QRCode", "Code128")
# A sentence every Persian translation has; loading the translation must change it.
TRANSLATED = ("Print", "Membership card")
SCAN_DPI = 300


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str = ""

    def line(self) -> str:
        if self.passed:
            return f"PASS {self.name}" + (f" ({self.detail})" if self.detail else "")
        return f"FAIL {self.name}: {self.detail}"


class CheckFailed(Exception):
    """A check's own verdict (any other exception fails the check as well)."""


def _expect(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


class SelfCheck:
    def __init__(self, folder: Path, serve_api: ServeBesideWindow | None = None) -> None:
        self.folder = folder
        # Given by the command line, which alone may import the server library.
        self.serve_api = serve_api
        # The shop's settings file is not read: only the language variable and defaults.
        self.settings: Settings = replace(
            load_settings(folder), data_dir=folder, language="en", database_url=None
        )
        self.url = str(folder / "selfcheck.sqlite3")
        self.services: Services | None = None
        self.card_number = ""

    def run(self) -> list[CheckResult]:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("resources", self.resources),
            ("qt", self.qt),
            ("database", self.database),
            ("migrations", self.migrations),
            ("credit-redeem", self.credit_redeem),
            ("card-pdf", self.card_pdf),
            ("persian", self.persian),
        ]
        if self.serve_api is not None:
            checks.append(("api", self.api))
        results = []
        try:
            for name, check in checks:
                try:
                    results.append(CheckResult(name, True, check()))
                except Exception as error:  # every failure is a line, never a traceback
                    reason = str(error) or type(error).__name__
                    if not isinstance(error, CheckFailed):
                        reason = f"{type(error).__name__}: {reason}"
                    results.append(CheckResult(name, False, reason))
        finally:
            if self.services is not None:
                self.services.close()
        return results

    # -- the checks ------------------------------------------------------------------------

    def resources(self) -> str:
        wanted = [
            RESOURCES / "fonts" / "Vazirmatn-Regular.ttf",
            RESOURCES / "fonts" / "Vazirmatn-Bold.ttf",
            RESOURCES / "translations" / "loyaltydesk_fa.qm",
            RESOURCES / "icons" / "loyaltydesk.png",
            paths.MIGRATIONS / "env.py",
        ]
        missing = [str(p) for p in wanted if not p.is_file()]
        _expect(not missing, "missing " + ", ".join(missing))
        recipe = load_demo_recipe()
        _expect(bool(recipe.rewards), "the demo recipe has no rewards")
        return str(RESOURCES)

    def qt(self) -> str:
        from PySide6.QtWidgets import QApplication

        from loyaltydesk.ui.app import FONT_FAMILY, load_fonts

        app = QApplication.instance()
        _expect(isinstance(app, QApplication), "no Qt application")
        family = load_fonts(RESOURCES / "fonts")
        _expect(family == FONT_FAMILY, f"font family {family!r}, not {FONT_FAMILY}")
        return f"platform {QApplication.platformName()}"

    def database(self) -> str:
        self.services = build_services(self.settings, self.url)
        return self.url

    def migrations(self) -> str:
        shipped = migrations_head()
        diagnostics = gather_diagnostics(self.settings, self.url)
        _expect(
            diagnostics.schema_revision == diagnostics.schema_head == shipped,
            f"database at {diagnostics.schema_revision}, program at {diagnostics.schema_head},"
            f" migrations at {shipped}",
        )
        return f"revision {shipped}"

    def credit_redeem(self) -> str:
        s = self._services()
        actor = s.actor
        joined = s.membership.register(
            str(uuid.uuid4()), name="Self Check", phone="09120000000", actor=actor
        )
        member = joined.member
        _expect(member.card is not None, "the new member has no card")
        self.card_number = member.card or ""
        reward = s.rules.add_reward("Self-check coffee", 5, "قهوه", actor=actor)
        credited = s.counter.credit_purchase(str(uuid.uuid4()), member.id, 1_000_000, actor)
        _expect(credited.points_earned > 0, "a purchase earned no points")
        _expect(credited.balance == credited.points_earned, "the balance is not the points")
        redeemed = s.counter.redeem(str(uuid.uuid4()), member.id, reward.id, actor)
        _expect(
            redeemed.balance == credited.balance - reward.cost,
            f"balance {redeemed.balance} after redeeming {reward.cost} of {credited.balance}",
        )
        again = s.membership.resolve(self.card_number)
        _expect(again.balance == redeemed.balance, "the stored balance differs")
        return f"{credited.points_earned} earned, {reward.cost} redeemed"

    def card_pdf(self) -> str:
        import zxingcpp

        from loyaltydesk.devices.desk import PrintDesk
        from loyaltydesk.devices.raster import render_page

        s = self._services()
        _expect(bool(self.card_number), "no member to print (credit-redeem failed)")
        desk = PrintDesk(self.settings, s.printouts, RESOURCES / "fonts")
        document = desk.maker.card(s.printouts.card(self.card_number))
        _expect(document.pdf.startswith(b"%PDF"), "not a PDF")
        # The page as pixels (PDFium, as the preview and the print queue see it), then read
        # as a scanner reads it: the codes must carry the card number, not merely be drawn.
        image = render_page(document.pdf, 0, SCAN_DPI)
        names = {zxingcpp.BarcodeFormat.QRCode: "QRCode", zxingcpp.BarcodeFormat.Code128: "Code128"}
        found = {
            (names.get(b.format, str(b.format)), b.text) for b in zxingcpp.read_barcodes(image)
        }
        missing = [f for f in CARD_CODES if (f, self.card_number) not in found]
        _expect(not missing, f"could not read {', '.join(missing)} (found {sorted(found)})")
        return f"card {self.card_number}: {', '.join(CARD_CODES)} read back"

    def persian(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from loyaltydesk.ui.translations import install_translations

        app = QCoreApplication.instance()
        _expect(app is not None, "no Qt application")
        assert app is not None
        try:
            loaded = install_translations(app, "fa", RESOURCES / "translations")
            _expect(loaded, "loyaltydesk_fa.qm did not load")
            shown = QCoreApplication.translate("Print", "Membership card")
            _expect(shown != TRANSLATED[1], "the Persian translation left English text")
        finally:
            install_translations(app, "en", RESOURCES / "translations")
        return shown

    def api(self) -> str:
        from PySide6.QtCore import QCoreApplication

        assert self.serve_api is not None
        s = self._services()
        _expect(bool(self.card_number), "no member to credit (credit-redeem failed)")
        app = QCoreApplication.instance()
        _expect(app is not None, "no Qt application")
        assert app is not None
        secret = s.api_tokens.add("self-check", s.actor).secret
        before = s.membership.resolve(self.card_number).balance
        running = self.serve_api(s, app, "127.0.0.1", 0, lambda _member_id: None)
        try:
            host, _, port = running.url.removeprefix("http://").rpartition(":")
            connection = http.client.HTTPConnection(host, int(port), timeout=10)
            body = json.dumps({"card": self.card_number, "amount_rials": 1_000_000})
            headers = {
                "Authorization": f"Bearer {secret}",
                "Content-Type": "application/json",
                "Idempotency-Key": str(uuid.uuid4()),
            }
            connection.request("POST", "/v1/credit", body=body, headers=headers)
            answer = connection.getresponse()
            data = json.loads(answer.read())
            connection.close()
        finally:
            running.stop()
        _expect(answer.status == 200, f"POST /v1/credit answered {answer.status}: {data}")
        balance = s.membership.resolve(self.card_number).balance
        _expect(balance == before + data["points_earned"], "the API's credit is not stored")
        parser = "httptools" if importlib.util.find_spec("httptools") else "h11"
        loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
        return f"{running.url}: a credit of {data['points_earned']} ({parser}, {loop})"

    def _services(self) -> Services:
        _expect(self.services is not None, "no database (the database check failed)")
        assert self.services is not None
        return self.services


def start_application() -> None:
    """A QApplication, offscreen when there is no display (a CI runner, a service)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication([sys.argv[0]])


def run_self_check(serve_api: ServeBesideWindow | None = None) -> list[CheckResult]:
    """All checks in a temporary folder, which is removed afterwards; the API's with
    ``serve_api``."""
    start_application()
    with tempfile.TemporaryDirectory(
        prefix="loyaltydesk-selfcheck-", ignore_cleanup_errors=True
    ) as folder:
        return SelfCheck(Path(folder), serve_api).run()
