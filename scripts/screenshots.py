"""Render the counter, the member panel, the registration and details dialogs, the rules,
coupons (at the counter and the owner's part), the reports and the outbox in Persian and
English (offscreen) into docs/screenshots/, on a freshly built demo club.

    make screenshots
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.bootstrap import RESOURCES, Services, build_demo, build_services, build_window
from loyaltydesk.domain.campaigns import CampaignKind
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.domain.earning import Promotion
from loyaltydesk.domain.errors import DomainError, Refused
from loyaltydesk.domain.feedback import VisitToScore
from loyaltydesk.domain.reports import Preset
from loyaltydesk.domain.staff import Permission
from loyaltydesk.domain.tiers import Tier, TierPolicy
from loyaltydesk.printing.paper import Paper
from loyaltydesk.services.report_views import Page
from loyaltydesk.services.views import MemberView
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.counter.feedback_dialog import FeedbackDialog
from loyaltydesk.ui.coupons.issue_dialog import IssueCouponDialog
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import permission_label
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.members.details_dialog import MemberDetailsDialog
from loyaltydesk.ui.members.register_dialog import RegisterDialog
from loyaltydesk.ui.printing.preview import PrintPreview
from loyaltydesk.ui.settings.dialog import SettingsDialog
from loyaltydesk.ui.staff.pin_dialog import PinDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
_SAT_TO_WED = frozenset({5, 6, 0, 1, 2})
HAPPY_HOUR = Promotion(
    "Happy hour", 200, weekdays=_SAT_TO_WED, from_time=dt.time(15), until_time=dt.time(18)
)
HAPPY_HOUR_FA = replace(HAPPY_HOUR, name="ساعت شاد")
TIERS = TierPolicy(
    tiers=(
        Tier("silver", "Silver", "نقره‌ای", 1_000_000, 100),
        Tier("gold", "Gold", "طلایی", 20_000_000, 150),
    )
)


SCREENS = ((1024, 600), (1366, 768), (1920, 1080))
# Every report page beside the summary.
REPORT_PAGES = tuple(page.value for page in Page if page is not Page.SUMMARY)


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def shoot(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path}")


def shoot_reports(app: QApplication, window: MainWindow, language: str) -> None:
    """The Reports part over the last 12 months: the summary, then every page."""
    reports = window.reports
    assert reports is not None
    window.resize(1100, 720)
    window.tabs.setCurrentWidget(reports)
    settle(app, window)
    index = reports.period.findData(Preset.LAST_12_MONTHS)
    reports.period.setCurrentIndex(index)
    reports.period.activated.emit(index)  # as a person picking it (a set index runs nothing)
    while reports.running or reports.shown is None:  # counted in a worker
        app.processEvents()
    reports.pages.setCurrentRow(0)
    settle(app, window)
    shoot(window, f"reports-summary-{language}.png")
    window.resize(1024, 600)
    settle(app, window)
    shoot(window, f"reports-1024x600-{language}.png")
    window.resize(1100, 720)
    for key in REPORT_PAGES:
        page = reports.page_named(key)
        if page is None:
            continue
        reports.pages.setCurrentRow(page)
        settle(app, window)
        shoot(window, f"reports-{key}-{language}.png")


def shoot_coupons(
    app: QApplication, window: MainWindow, services: Services, member: MemberView, language: str
) -> None:
    """A coupon scanned at the counter (and one refused), the Coupons part, the issue form."""
    actor = services.actor
    mine = services.coupons.issue(
        CouponTerms(CouponKind.PERCENT, percent=20, max_rials=300_000),
        actor,
        member_id=member.id,
        valid_days=30,
    )
    sheet = services.coupons.issue_many(
        CouponTerms(CouponKind.AMOUNT, amount_rials=500_000, min_purchase_rials=2_000_000),
        actor,
        count=6,
        valid_days=14,
    )
    used = sheet[0]
    other = next(
        face.member_id
        for face in services.printouts.cards_joined_since(None)
        if face.member_id != member.id
    )
    services.counter.credit_purchase(
        f"screenshot-coupon-{language}", other, 2_400_000, actor, coupon=used.code
    )
    services.coupons.void(sheet[1].code, actor)
    counter = window.counter
    window.resize(1100, 720)
    window.tabs.setCurrentWidget(counter)
    counter.clear()
    counter.show_coupon(mine.code)  # brings its member up
    counter.amount.setText(counter._display.n(185_000))
    counter.amount.textEdited.emit(counter.amount.text())
    settle(app, window)
    shoot(window, f"counter-coupon-{language}.png")
    window.resize(1024, 600)
    settle(app, window)
    shoot(window, f"counter-coupon-1024x600-{language}.png")
    window.resize(1100, 720)
    counter.show_coupon(used.code)  # a second use: when, where, by whom
    settle(app, window)
    shoot(window, f"counter-coupon-refused-{language}.png")
    counter.clear()
    assert window.coupons is not None
    window.tabs.setCurrentWidget(window.coupons)
    settle(app, window)
    shoot(window, f"coupons-{language}.png")
    window.resize(1024, 600)
    settle(app, window)
    shoot(window, f"coupons-1024x600-{language}.png")
    window.resize(1100, 720)
    dialog = IssueCouponDialog(
        services.coupons,
        services.membership,
        services.rules.rewards,
        window.display,
        window.session,
        window,
    )
    dialog.member_search.setText(member.phone[-4:])
    dialog.member_search.textEdited.emit(dialog.member_search.text())
    dialog.ceiling.setText(window.display.n(30_000))
    settle(app, dialog)
    shoot(dialog, f"coupons-issue-{language}.png")
    dialog.close()


def shoot_campaigns(app: QApplication, window: MainWindow, language: str) -> None:
    """The win-back campaign previewed and run, at 1024×600 (a POS screen) and larger."""
    view = window.campaigns
    assert view is not None
    window.tabs.setCurrentWidget(view)
    view.kinds.setCurrentRow(list(CampaignKind).index(CampaignKind.WIN_BACK))
    view.enabled.setChecked(True)
    settle(app, window)
    shoot(window, f"campaign-settings-{language}.png")
    view.pages.setCurrentIndex(1)
    view.preview()
    while view.running:  # in a worker
        app.processEvents()
    for width, height in ((1024, 600), (1100, 720)):
        window.resize(width, height)
        settle(app, window)
        shoot(window, f"campaign-preview-{width}x{height}-{language}.png")
    view.start_run()  # the owner has said yes (Run now asks first)
    while view.running:
        app.processEvents()
    view.pages.setCurrentIndex(2)
    settle(app, window)
    shoot(window, f"campaign-history-{language}.png")


def fill_outbox(services: Services, language: str, folder: Path) -> None:
    """Messages in every state, as a campaign's run and a day's sending leave them: SMS
    exported for the panel and some sent, e-mail refused by a server that is not there."""
    import socket

    from loyaltydesk.devices.outbox_files import writer_for
    from loyaltydesk.domain.mail import check_mail_server
    from loyaltydesk.domain.messages import Channel
    from loyaltydesk.services.outbox import MAX_ATTEMPTS

    members = services.membership.newest(12)
    for number, member in enumerate(members):
        first = member.name.split()[0]
        body = (
            f"{first} عزیز، دلمان برایتان تنگ شده! با کد 10000000{number:06d}"
            " تا آخر ماه ۲۰٪ تخفیف دارید. کافه گلپر"
            if language == "fa"
            else f"Dear {first}, we miss you! Code 10000000{number:06d} gives 20% off until the"
            " end of the month. Golpar Café"
        )
        services.outbox.queue(member.id, body=body, operation_id=f"shot-{language}-{number}")
    target = folder / f"sms-{language}.csv"
    exported = services.outbox.export_sms(target, writer_for(target), limit=6, actor=services.actor)
    services.outbox.mark_sent(services.actor, list(exported.message_ids[:3]))
    with socket.socket() as probe:  # a port nothing listens on: the server "is not there"
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    services.outbox.set_mail_server(
        check_mail_server("127.0.0.1", port, starttls=False, user=None, sender="club@golpar.ir"),
        actor=services.actor,
    )
    for number, member in enumerate(members[:3]):
        services.membership.update_details(
            member.id,
            name=member.name,
            phone=member.phone,
            birthday=member.birthday,
            email=f"guest{number}@example.com",
            actor=services.actor,
        )
        services.outbox.queue(
            member.id,
            body="تولدتان مبارک!" if language == "fa" else "Happy birthday!",
            channel=Channel.EMAIL,
            subject="کافه گلپر" if language == "fa" else "Golpar Café",
            operation_id=f"shot-mail-{language}-{number}",
        )
    for _ in range(MAX_ATTEMPTS - 1):
        services.outbox.send_email(limit=3, actor=services.actor)
    services.outbox.send_email(
        limit=1, actor=services.actor
    )  # the oldest runs out of tries: failed


def shoot_outbox(app: QApplication, window: MainWindow, language: str) -> None:
    """The Outbox at the smallest screen, and the mail server's dialog."""
    from loyaltydesk.ui.outbox.mail_dialog import MailServerDialog

    outbox = window.outbox
    assert outbox is not None
    window.resize(1024, 600)
    window.tabs.setCurrentWidget(outbox)
    outbox.refresh()
    settle(app, window)
    shoot(window, f"outbox-{language}.png")
    assert window._outbox is not None
    dialog = MailServerDialog(window._outbox, window.display, window, actor=window.session.actor)
    dialog.host.setText("smtp.golpar.ir")  # as an owner fills it in (not saved)
    dialog.port.setValue(587)
    dialog.starttls.setChecked(True)
    dialog.user.setText("club@golpar.ir")
    dialog.test_to.setText("owner@golpar.ir")
    settle(app, dialog)
    shoot(dialog, f"mail-server-{language}.png")
    dialog.close()
    window.resize(1100, 720)


def shoot_staff(
    app: QApplication,
    window: MainWindow,
    services: Services,
    pins: dict[str, str],
    language: str,
) -> None:
    """The PIN keypad, the owner's Staff and Audit trail parts, and a manager's approval."""
    window.resize(1024, 600)
    assert window.staff is not None and window.audit is not None
    window.tabs.setCurrentWidget(window.staff)
    window.staff.refresh()
    settle(app, window)
    shoot(window, f"staff-{language}.png")
    window.tabs.setCurrentWidget(window.audit)
    window.audit.refresh()
    settle(app, window)
    shoot(window, f"audit-{language}.png")
    staff, display = services.staff, window.display
    sign_in = PinDialog(
        window,
        title="",
        prompt=QCoreApplication.translate("SignIn", "Choose your name and type your PIN."),
        names=staff.names(),
        check=lambda name, pin: staff.sign_in(name, pin, "counter-1"),
        describe_error=lambda error: error_text(error, language),
        preselected="Nazanin",
        cancellable=False,
    )
    sign_in.pin.add_digit("1")
    sign_in.pin.add_digit("4")
    sign_in.show()
    settle(app, sign_in)
    shoot(sign_in, f"sign-in-{language}.png")
    sign_in.close()
    cashier = staff.sign_in("Nazanin", pins["Nazanin"], "counter-1")
    approval = PinDialog(
        window,
        title="",
        prompt=display.sentence(
            QCoreApplication.translate(
                "SignIn", "{name} asks to {action}. A manager approves with their PIN."
            ).format(name=display.text("Nazanin"), action=permission_label(Permission.REFUND))
        ),
        names=staff.names(approvers_for=Permission.REFUND),
        check=lambda name, pin: staff.approve(cashier, Permission.REFUND, name, pin),
        describe_error=lambda error: error_text(error, language),
    )
    approval.show()
    settle(app, approval)
    shoot(approval, f"approval-{language}.png")
    approval.close()


def seed_voice(settings: Settings, pins: dict[str, str]) -> None:
    """A year of the customer's voice on the demo club: scores after visits (mostly good),
    a reason with the poorer ones, and a few members who said why they stopped coming."""
    moment = [dt.datetime.now(dt.UTC)]
    end = moment[0]
    services = build_services(settings, clock=lambda: moment[0])
    services = replace(
        services, actor=services.staff.sign_in("Nazanin", pins["Nazanin"], settings.counter)
    )
    rng = random.Random(1405)
    reasons = services.feedback.reasons()
    faces = services.printouts.cards_joined_since(None)
    for i, face in enumerate(faces[:100]):
        moment[0] = end - dt.timedelta(days=rng.randint(0, 330), hours=rng.randint(0, 9))
        score = rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 3, 6, 7))[0]
        reason = rng.choice(reasons).en if score <= 3 and rng.random() < 0.8 else None
        try:
            services.feedback.record_visit(
                f"demo-voice-{i}", face.member_id, score, reason, actor=services.actor
            )
        except Refused:  # no purchase yet (or no longer) to score: as at the counter
            continue
    for i, face in enumerate(faces[100:108]):
        moment[0] = end - dt.timedelta(days=rng.randint(0, 120))
        services.feedback.record_why_left(
            f"demo-left-{i}", face.member_id, rng.choice(reasons).en, None, services.actor
        )
    services.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        base = Settings(
            data_dir=Path(folder),
            language="en",
            shop_name="Golpar Café",
            staff="Nazanin",
            counter="counter-1",
        )
        pins = build_demo(base, members=120, seed=1405, owner=("Nima", "1405")).pins
        seed_voice(base, pins)
        for language in ("en", "fa"):
            settings = replace(
                base,
                language=language,
                shop_name="کافه گلپر" if language == "fa" else "Golpar Café",
            )
            app = create_application(language, RESOURCES, [sys.argv[0]])
            services = build_services(settings)
            # The owner at the counter: every part shows (a cashier's window has fewer).
            services = replace(
                services, actor=services.staff.sign_in("Nima", pins["Nima"], settings.counter)
            )
            # A member close to a reward shows the panel at its fullest; the demo's names are
            # drawn at random, so any member will do when the wished-for name is not there.
            candidates = [
                h.member
                for h in services.membership.find("سارا" if language == "fa" else "a", limit=50)
            ] or [
                services.membership.get(face.member_id)
                for face in services.printouts.cards_joined_since(None)
            ]
            member = max(candidates, key=lambda m: (m.balance < 100, m.balance))
            if language == "en":  # the club gets tiers and expiry once, for both languages
                services.rules.save(
                    replace(services.rules.earn_rule(), tier_policy=TIERS, expiry_months=12),
                    actor=services.actor,
                )
            window = build_window(app, settings, services)
            window.resize(1100, 720)
            settle(app, window)
            counter = window.counter
            counter.select_member(member.id)
            counter.amount.setText(counter._display.n(185_000))
            counter.amount.textEdited.emit(counter.amount.text())
            counter.credit()
            settle(app, window)
            shoot(window, f"counter-{language}.png")
            shoot(counter.panel, f"member-panel-{language}.png")
            # A small POS screen, a laptop and a big monitor: all reachable, the room used.
            for width, height in SCREENS:
                window.resize(width, height)
                settle(app, window)
                shoot(window, f"counter-{width}x{height}-{language}.png")
            window.resize(1100, 720)
            settle(app, window)
            counter.search.setText("0912")
            counter.search.textEdited.emit("0912")
            settle(app, window)
            shoot(window, f"counter-search-{language}.png")
            register = RegisterDialog(
                services.membership, window.display, services.actor, "0935 123 45", window
            )
            register.name.setText("مریم رضایی" if language == "fa" else "Maryam Rezaei")
            register.birthday.known.setChecked(True)
            register.save()  # the short number shows its error next to the field
            settle(app, register)
            shoot(register, f"register-{language}.png")
            register.close()
            details = MemberDetailsDialog(
                services.membership, window.display, window.bus, services.actor, member.id, window
            )
            details.tabs.setCurrentIndex(1)
            settle(app, details)
            shoot(details, f"statement-{language}.png")
            details.close()
            details = MemberDetailsDialog(
                services.membership,
                window.display,
                window.bus,
                services.actor,
                member.id,
                window,
                feedback=services.feedback,
            )
            details.tabs.setCurrentIndex(2)
            settle(app, details)
            shoot(details, f"member-feedback-{language}.png")
            details.close()
            try:
                visit: VisitToScore | None = services.feedback.visit_to_score(member.id)
            except DomainError:
                visit = None
            feedback = FeedbackDialog(
                services.feedback,
                window.display,
                services.actor,
                member.id,
                member.name,
                parent=window,
                visit=visit,
            )
            feedback.set_score(4)
            feedback.reason.setCurrentIndex(1)
            settle(app, feedback)
            shoot(feedback, f"counter-feedback-{language}.png")
            feedback.close()
            assert window.printing is not None
            desk = window.printing.desk
            sale = counter._last[member.id].credit  # the purchase credited above
            assert sale is not None
            last = services.printouts.note_for_purchase(sale.purchase_id)
            preview = PrintPreview(
                desk,
                window.display,
                desk.maker.note(last, Paper.A6),
                None,  # the paper choice is not part of the picture
                window,
            )
            preview.resize(900, 640)
            settle(app, preview)
            shoot(preview, f"print-preview-{language}.png")
            preview.close()
            dialog = SettingsDialog(settings, window, desk=desk)
            dialog.tabs.setCurrentIndex(1)
            dialog.thermal.setText("network:192.168.1.60")
            settle(app, dialog)
            shoot(dialog, f"settings-printing-{language}.png")
            dialog.close()
            assert window.rules is not None
            window.tabs.setCurrentWidget(window.rules)
            settle(app, window)
            rules = window.rules
            rules.promotions.append(HAPPY_HOUR_FA if language == "fa" else HAPPY_HOUR)
            rules._show_promotions()
            rules.simulate()
            while rules.last_simulation is None:  # replayed in a worker
                app.processEvents()
            for index, name in ((0, "earning"), (1, "promotions"), (4, "rewards")):
                rules.tabs.setCurrentIndex(index)
                settle(app, window)
                shoot(window, f"rules-{name}-{language}.png")
            shoot_coupons(app, window, services, member, language)
            shoot_reports(app, window, language)
            shoot_campaigns(app, window, language)
            fill_outbox(services, language, Path(folder))
            shoot_outbox(app, window, language)
            shoot_staff(app, window, services, pins, language)
            window.close()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
