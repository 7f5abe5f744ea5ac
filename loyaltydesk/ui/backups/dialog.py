"""Club → Backups…: where the daily copies go, how many are kept, the passphrase that seals
them, "Back up now", the copies there are, and restoring one (owner)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.backups import MAX_KEEP
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.backups import (
    PASSPHRASE_VARIABLE,
    BackupResult,
    BackupService,
    BackupWarning,
)
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.tasks import Task, run_in_background
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.screen import resize_within_screen


def size_text(size: int, display: Display) -> str:
    if size < 10 * 1024 * 1024:
        return QCoreApplication.translate("Backups", "{n} KB").format(
            n=display.n(max(1, size // 1024))
        )
    return QCoreApplication.translate("Backups", "{n} MB").format(n=display.n(size // (1 << 20)))


def warning_text(warning: BackupWarning, display: Display) -> str:
    """The window's banner: the last failure and the last good copy, or how long there has
    been none."""
    last = warning.status.last_good_at
    when = (
        display.when(last) if last is not None else QCoreApplication.translate("Backups", "never")
    )
    error = warning.error
    if error is not None:
        text = QCoreApplication.translate(
            "Backups", "Last backup failed: {reason} — last good backup: {when}"
        ).format(reason=error_text(error, display.language), when=when)
    else:
        text = QCoreApplication.translate(
            "Backups", "No backup for {days} days — last good backup: {when}"
        ).format(days=display.n(warning.days), when=when)
    return display.sentence(text)


class BackupsDialog(QDialog):
    def __init__(
        self,
        backups: BackupService,
        settings: Settings,
        display: Display,
        session: Session,
        parent: QWidget | None = None,
        *,
        saved: Callable[[Settings], None] | None = None,
        finished_run: Callable[[BackupResult], None] | None = None,
        restore: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._settings = settings
        self._display = display
        self._session = session
        self._saved = saved
        self._finished_run = finished_run
        self._restore = restore
        self._task: Task | None = None
        self.last_result: BackupResult | None = None
        self.setWindowTitle(self.tr("Backups"))

        self.folder = QLineEdit(settings.backup_folder)
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(str(settings.backup_dir))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.keep_daily = QSpinBox()
        self.keep_daily.setObjectName("backupKeepDaily")
        self.keep_daily.setRange(0, MAX_KEEP)
        self.keep_daily.setValue(settings.backup_keep_daily)
        self.keep_monthly = QSpinBox()
        self.keep_monthly.setObjectName("backupKeepMonthly")
        self.keep_monthly.setRange(0, MAX_KEEP)
        self.keep_monthly.setValue(settings.backup_keep_monthly)
        self.encrypt = QCheckBox(self.tr("Encrypt the backups with a passphrase"))
        self.encrypt.setObjectName("backupEncrypt")
        self.encrypt.setChecked(settings.backup_encrypt)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("backupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("backupPassphraseAgain")
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        if backups.has_passphrase():
            for field in (self.passphrase, self.passphrase_again):
                field.setPlaceholderText(self.tr("kept; type a new one to change it"))
        if backups.keyring_usable():
            where = self.tr(
                "The passphrase is kept in the system's keyring, never in a file. Without it "
                "an encrypted backup cannot be opened: write it down somewhere safe."
            )
        else:
            where = self.tr(
                "This computer has no keyring: the passphrase comes from the environment "
                "variable {variable}. Without it an encrypted backup cannot be opened."
            ).format(variable=PASSPHRASE_VARIABLE)
        self.passphrase_note = QLabel(where)
        self.passphrase_note.setWordWrap(True)
        self.form_error = ErrorLabel("backupSettingsError")
        save = QPushButton(self.tr("&Save these settings"))
        save.setObjectName("backupSave")
        save.clicked.connect(self.save)
        # Two fields a row: the whole dialog, list included, fits a 1024×600 counter screen.
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_daily)
        keep_row.addWidget(QLabel(self.tr("Monthly copies kept")))
        keep_row.addWidget(self.keep_monthly)
        keep_row.addStretch(1)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(QLabel(self.tr("Passphrase again")))
        passphrase_row.addWidget(self.passphrase_again, 1)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Daily copies kept"), keep_row)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase"), passphrase_row)
        plan_box = QGroupBox(self.tr("A copy is made every day while LoyaltyDesk runs"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(form)
        note_row = QHBoxLayout()
        note_row.addWidget(self.passphrase_note, 1)
        note_row.addWidget(save, 0, Qt.AlignmentFlag.AlignBottom)
        plan_layout.addLayout(note_row)
        plan_layout.addWidget(self.form_error)

        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Encrypted")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.back_up_now = QPushButton(self.tr("&Back up now"))
        self.back_up_now.setObjectName("backUpNow")
        self.back_up_now.clicked.connect(self.run_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("backupRestore")
        self.restore_button.clicked.connect(self._restore_chosen)
        self.restore_button.setEnabled(restore is not None)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(plan_box)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()
        wanted = self.sizeHint()
        wanted.setWidth(max(wanted.width(), 720))
        wanted.setHeight(min(wanted.height(), 560))
        resize_within_screen(self, wanted)
        self.back_up_now.setFocus()

    # -- the plan -------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where the backups go"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def edited(self) -> Settings:
        return dataclasses.replace(
            self._settings,
            backup_folder=self.folder.text().strip(),
            backup_keep_daily=self.keep_daily.value(),
            backup_keep_monthly=self.keep_monthly.value(),
            backup_encrypt=self.encrypt.isChecked(),
        )

    def save(self) -> bool:
        """The plan into the settings file, the passphrase into the keyring; says why not."""
        self.form_error.clear()
        edited = self.edited()
        language = self._display.language
        try:
            plan = dataclasses.replace(
                edited.backup_plan,
                keep_daily=edited.backup_keep_daily,
                keep_monthly=edited.backup_keep_monthly,
            ).checked()
            typed, again = self.passphrase.text(), self.passphrase_again.text()
            if typed or again:
                self._backups.set_passphrase(typed, again, self._session.actor)
            elif edited.backup_encrypt and not self._backups.has_passphrase():
                self._backups.set_passphrase("", "", self._session.actor)
            edited.save()
        except DomainError as error:
            self.form_error.setText(error_text(error, language))
            return False
        except OSError as error:
            self.form_error.setText(str(error.strerror or error))
            return False
        self._backups.set_plan(plan)
        self._settings = edited
        self.passphrase.clear()
        self.passphrase_again.clear()
        if self._saved is not None:
            self._saved(edited)
        self.refresh()
        return True

    # -- the copies -----------------------------------------------------------------------

    def refresh(self) -> None:
        d = self._display
        status = self._backups.status()
        warning = self._backups.warning(after_days=2)
        if warning is not None:
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(warning_text(warning, d))
        else:
            self.status.setStyleSheet("")
            if status.last_good_at is None:
                self.status.setText(d.sentence(self.tr("No backup has been made yet.")))
            else:
                self.status.setText(
                    d.sentence(
                        self.tr("Last good backup: {when}, checked: {file}").format(
                            when=d.when(status.last_good_at), file=status.last_good_file
                        )
                    )
                )
        try:
            files = self._backups.files(self._session.actor)
        except DomainError as error:
            self.status.setText(error_text(error, d.language))
            files = []
        self.table.setRowCount(len(files))
        folder = Path(self._backups.plan.folder)
        for row, file in enumerate(files):
            made = QTableWidgetItem(d.when(file.taken_at))
            made.setData(Qt.ItemDataRole.UserRole, str(folder / file.name))
            made.setToolTip(file.name)
            self.table.setItem(row, 0, made)
            self.table.setItem(row, 1, QTableWidgetItem(size_text(file.size, d)))
            self.table.setItem(
                row, 2, QTableWidgetItem(self.tr("yes") if file.encrypted else self.tr("no"))
            )
        if files:
            self.table.setCurrentCell(0, 0)
            self.table.selectRow(0)

    def run_now(self) -> None:
        """A copy now, in a worker: the counter goes on meanwhile."""
        if self._task is not None:
            return
        self.back_up_now.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self._display.sentence(self.tr("Writing and checking the backup…")))
        actor = self._session.actor

        def done(result: object) -> None:
            self._task = None
            self.back_up_now.setEnabled(True)
            assert isinstance(result, BackupResult)
            self.last_result = result
            self.refresh()
            if result.ok and result.file is not None:
                text = self.tr("Backup written and checked: {file} ({size})").format(
                    file=result.file, size=size_text(result.size, self._display)
                )
                if result.dump_problem is not None:
                    text += "\n" + error_text(result.dump_problem, self._display)
                self.status.setText(self._display.sentence(text))
            if self._finished_run is not None:
                self._finished_run(result)

        def failed(error: BaseException) -> None:
            self._task = None
            self.back_up_now.setEnabled(True)
            if not isinstance(error, DomainError):
                raise error
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(error_text(error, self._display.language))

        self._task = run_in_background(lambda: self._backups.run(actor), done, failed)

    def chosen_file(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        if item is None:
            return None
        return Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def _restore_chosen(self) -> None:
        """The copy chosen in the list (or a file picked anywhere) back in place of the
        club's data: the window asks, and does it (see MainWindow.restore_from)."""
        if self._restore is None:
            return
        chosen = self.chosen_file()
        if chosen is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), str(self._backups.plan.folder)
            )
            if not path:
                return
            chosen = Path(path)
        self._restore(chosen)
        self.refresh()
