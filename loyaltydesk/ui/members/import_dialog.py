"""Import members from another system's list: choose the file, say which column holds what
(guessed from the header row), look at the first rows as they will be imported, import with
a progress bar and Cancel, then save the refused rows if there are any."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices.member_files import MemberFile, open_member_file, write_refusals
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.imports import Field, ImportRow, Refusal, guess_mapping
from loyaltydesk.domain.phones import local_form
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.imports import ImportResult, ImportService, PreviewLine
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.tasks import Task, run_in_background

# Encodings offered when the file's cannot be told (None: tell from the file).
ENCODINGS: tuple[str | None, ...] = (None, "utf-8", "cp1256", "utf-16")
_REFUSED = QColor("#b3261e")
_REFUSED_BACK = QColor("#fde7e7")
_ALREADY = QColor("#5f6368")


class _Relay(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)


class ImportDialog(QDialog):
    def __init__(
        self,
        imports: ImportService,
        display: Display,
        actor: Callable[[], Actor],
        imported: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import members"))
        self._imports = imports
        self._display = display
        self._actor = actor
        self._imported = imported
        self._source: MemberFile | None = None
        self._path: Path | None = None
        self._task: Task | None = None
        self._stop = threading.Event()
        self._close_when_done = False
        self.result_: ImportResult | None = None

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setObjectName("importFile")
        self.file.setPlaceholderText(self.tr("A CSV or XLSX file of members"))
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Text encoding: automatic"), None)
        self.encoding.addItem(self.tr("UTF-8"), "utf-8")
        self.encoding.addItem(self.tr("Windows-1256 (older Persian software)"), "cp1256")
        self.encoding.addItem(self.tr("UTF-16"), "utf-16")
        self.encoding.currentIndexChanged.connect(self._reload)
        self.sheet = QComboBox()
        self.sheet.setVisible(False)
        self.sheet.currentIndexChanged.connect(self._reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        top.addWidget(self.encoding)
        top.addWidget(self.sheet)

        self.columns: dict[Field, QComboBox] = {}
        grid = QGridLayout()
        for index, fld in enumerate(Field):
            combo = QComboBox()
            combo.setObjectName(f"column_{fld.value}")
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._refresh)
            label = QLabel(self._field_label(fld))
            label.setBuddy(combo)
            row, half = divmod(index, 2)
            grid.addWidget(label, row, half * 2)
            grid.addWidget(combo, row, half * 2 + 1)
            self.columns[fld] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.table = QTableWidget(0, 0)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        self.start = QPushButton(self.tr("&Import"))
        self.start.setObjectName("importStart")
        self.start.setEnabled(False)
        self.start.setDefault(True)
        self.start.clicked.connect(self.start_import)
        self.cancel = QPushButton(self.tr("Cancel the import"))
        self.cancel.setObjectName("importCancel")
        self.cancel.setVisible(False)
        self.cancel.clicked.connect(self._stop.set)
        self.save_refused = QPushButton(self.tr("&Save refused rows…"))
        self.save_refused.setObjectName("importSaveRefused")
        self.save_refused.setVisible(False)
        self.save_refused.clicked.connect(self.save_refusals)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.save_refused)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.start)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("The first rows, as they will be imported:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(980, 560)

    # -- the file and its columns -----------------------------------------------------

    def _field_label(self, fld: Field) -> str:
        return {
            Field.NAME: self.tr("&Name:"),
            Field.PHONE: self.tr("&Mobile:"),
            Field.BIRTHDAY: self.tr("&Birthday:"),
            Field.NATIONAL_CODE: self.tr("National &code:"),
            Field.EMAIL: self.tr("&E-mail:"),
            Field.CARD: self.tr("Old ca&rd number:"),
            Field.OPENING: self.tr("Opening &balance (points):"),
            Field.JOINED: self.tr("&Joined on:"),
            Field.NOTES: self.tr("N&otes:"),
        }[fld]

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import members"),
            str(self._path.parent if self._path else Path.home()),
            self.tr("Member lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Open ``path`` (the encoding and sheet chosen, if any) and guess its columns."""
        self._path = path
        self.file.setText(str(path))
        self.save_refused.setVisible(False)
        self.result_ = None
        self._reload()

    def _reload(self) -> None:
        if self._path is None:
            return
        sheet = self.sheet.currentText() if self.sheet.isVisible() and self.sheet.count() else None
        try:
            source = open_member_file(
                self._path, encoding=self.encoding.currentData(), sheet=sheet or None
            )
        except DomainError as error:
            self._source = None
            self._fail(error)
            if error.code in ("import.encoding_unknown", "import.wrong_encoding_at"):
                self.encoding.setFocus()
            return
        self._source = source
        self._fill_sheets(source)
        guessed = guess_mapping(source.headers)
        for fld, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), -1)
            for index, header in enumerate(source.headers):
                title = header or self.tr("column {n}").format(n=self._display.n(index + 1))
                combo.addItem(title, index)
            combo.setCurrentIndex(guessed.get(fld, -1) + 1)
            combo.setEnabled(True)
            combo.blockSignals(False)
        self._refresh()

    def _fill_sheets(self, source: MemberFile) -> None:
        sheets = source.info.sheets
        self.sheet.blockSignals(True)
        if [self.sheet.itemText(i) for i in range(self.sheet.count())] != list(sheets):
            self.sheet.clear()
            self.sheet.addItems(list(sheets))
        if source.info.sheet:
            self.sheet.setCurrentText(source.info.sheet)
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet.blockSignals(False)
        self.encoding.setVisible(source.info.kind == "csv")

    def mapping(self) -> dict[Field, int]:
        chosen: dict[Field, int] = {}
        for fld, combo in self.columns.items():
            column = combo.currentData()
            if isinstance(column, int) and column >= 0:
                chosen[fld] = column
        return chosen

    # -- the preview ------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._source is None:
            return
        try:
            preview = self._imports.preview(self._source, self.mapping(), self._actor())
        except DomainError as error:
            self._fail(error)
            return
        self._show(list(preview.lines))
        refused = sum(1 for line in preview.lines if line.refusal is not None)
        if not preview.lines:
            self.status.setText(self.tr("The file has no rows of members."))
        elif refused:
            self.status.setText(
                self.tr(
                    "Rows in red will not be imported; the reason is on each. "
                    "The others will, when you press Import."
                )
            )
        else:
            self.status.setText(self.tr("These rows look right. Press Import to import the file."))
        self.status.setStyleSheet("")
        self.start.setEnabled(bool(preview.lines))

    def _fail(self, error: DomainError) -> None:
        self.table.setRowCount(0)
        self.status.setText(error_text(error, self._display.language))
        self.status.setStyleSheet(f"color: {_REFUSED.name()}")
        self.start.setEnabled(False)

    def _show(self, lines: list[PreviewLine]) -> None:
        d = self._display
        titles = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Birthday"),
            self.tr("National code"),
            self.tr("E-mail"),
            self.tr("Old card"),
            self.tr("Balance"),
            self.tr("Joined"),
            self.tr("Notes"),
            self.tr("Note"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setRowCount(len(lines))
        mapping = self.mapping()
        for r, line in enumerate(lines):
            if line.row is not None:
                row: ImportRow = line.row
                cells = [
                    d.digits(str(line.line)),
                    row.name,
                    d.code(local_form(row.phone)),
                    d.day(row.birthday) if row.birthday else "",
                    d.code(row.national_code or ""),
                    row.email or "",
                    d.code(row.card) if row.card and row.card.isdigit() else row.card or "",
                    d.points(row.opening) if row.opening else "",
                    d.day(row.joined) if row.joined else "",
                    _one_line(row.notes),
                ]
            else:
                shown = line.refusal.cells if line.refusal else ()
                # As the file has them; codes kept left to right inside a Persian table.
                cells = [d.digits(str(line.line))] + [
                    _one_line(_cell(shown, mapping.get(fld)))
                    if fld is Field.NOTES
                    else _cell(shown, mapping.get(fld))
                    if fld in (Field.NAME, Field.EMAIL)
                    else d.code(_cell(shown, mapping.get(fld)))
                    for fld in Field
                ]
            note = (
                self._reason(line.refusal)
                if line.refusal is not None
                else self.tr("Already imported")
                if line.already
                else ""
            )
            for c, text in enumerate([*cells, note]):
                item = QTableWidgetItem(text)
                if line.refusal is not None:
                    item.setForeground(QBrush(_REFUSED))
                    item.setBackground(QBrush(_REFUSED_BACK))
                    item.setToolTip(note)  # the reason in full, where the column cuts it
                elif line.already:
                    item.setForeground(QBrush(_ALREADY))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _reason(self, refusal: Refusal) -> str:
        return error_text(
            InvalidInput(refusal.key, **refusal.params), self._display.language, screen=False
        )

    # -- importing --------------------------------------------------------------------

    def start_import(self) -> None:
        source = self._source
        if source is None or self._task is not None:
            return
        mapping = self.mapping()
        actor = self._actor()
        self._stop.clear()
        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading the whole file first…"))
        relay = _Relay(self)
        relay.progressed.connect(self._progressed)
        stop = self._stop
        imports = self._imports

        def work() -> ImportResult:
            return imports.run(
                source, mapping, actor, progress=relay.progressed.emit, cancelled=stop.is_set
            )

        self._task = run_in_background(work, self._done, self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Importing: {done} of {total} rows…").format(
                done=self._display.n(done), total=self._display.n(total)
            )
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel.setVisible(busy)
        self.start.setVisible(not busy)
        for widget in (self.choose, self.encoding, self.sheet, *self.columns.values()):
            widget.setEnabled(not busy)
        if busy:
            self.cancel.setFocus()

    def _done(self, result: object) -> None:
        self._task = None
        self._busy(False)
        assert isinstance(result, ImportResult)
        self.result_ = result
        if result.imported:
            self._imported()
        d = self._display
        counts = self.tr(
            "{imported} imported, {already} already imported before, {refused} refused."
        ).format(
            imported=d.n(result.imported),
            already=d.n(result.already),
            refused=d.n(len(result.refused)),
        )
        if result.cancelled:
            head = self.tr(
                "Cancelled: the rows done so far are imported, the other {untouched} are not."
            ).format(untouched=d.n(result.untouched))
        else:
            head = self.tr("Done.")
        self.status.setText(f"{head} {counts}")
        self.save_refused.setVisible(bool(result.refused))
        self.start.setEnabled(False)
        self._refresh_after()
        if self._close_when_done:
            self.accept()

    def _refresh_after(self) -> None:
        """The preview again, now showing what the import did (kept below the counts)."""
        status, style = self.status.text(), self.status.styleSheet()
        self._refresh()
        self.status.setText(status)
        self.status.setStyleSheet(style)
        self.start.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._busy(False)
        if not isinstance(error, DomainError):
            raise error
        self._fail(error)
        self.start.setEnabled(self._source is not None)
        if self._close_when_done:
            self.reject()

    def save_refusals(self) -> None:
        result = self.result_
        source = self._source
        if result is None or source is None or not result.refused:
            return
        suggested = (self._path or Path.home()).with_name(
            (self._path.stem if self._path else "members") + "-refused.csv"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save refused rows"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            written = write_refusals(
                Path(path),
                result.refused,
                source.headers,
                (self.tr("Row"), self.tr("Reason")),
                self._reason,
            )
        except DomainError as error:
            self._fail(error)
            return
        self.status.setText(self.tr("Refused rows saved to {path}").format(path=written))

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        if self._task is not None:
            # Closed while importing: the batch under way finishes whole, no other starts.
            self._close_when_done = True
            self._stop.set()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._task is not None:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


def _cell(shown: tuple[str, ...], index: int | None) -> str:
    if index is None or index >= len(shown):
        return ""
    return shown[index]


def _one_line(text: str | None, limit: int = 40) -> str:
    """A note as one short line: the preview's columns size to their contents."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
