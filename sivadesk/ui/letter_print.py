"""Print preview of a letter: the pages as they will print, then Print, Save as PDF, Save as DOCX,
and Archive (freeze the PDF with a retention class).

The letter is rendered on the store runner (:func:`sivadesk.letters.render.render_letter`: docxtpl,
then LibreOffice or the built-in renderer) and shown with QtPdf. The choices (template, letterhead or
pre-printed paper, PDF engine) start from the register's print settings and re-render the preview.
Printing draws the previewed pages on the printer at its resolution, so paper and preview agree. An
archived letter shows its frozen PDF; only a DOCX copy can still be made from it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.letters import office_convert
from sivadesk.letters.render import Rendered, print_settings, render_letter
from sivadesk.models import Letter, Register
from sivadesk.ops.letter_archive import (
    RETENTION_CLASSES,
    RETENTION_LABELS,
    ArchiveCheck,
    archive_letter,
    verify_archive,
)
from sivadesk.ops.letters import get_letter
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of, show_error

log = logging.getLogger("sivadesk.ui.letter_print")


MAX_PRINT_DPI = 300


def _buffer(data: bytes) -> QBuffer:
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    return buf


class LetterPrintDialog(QDialog):
    """Preview, print and save one letter."""

    #: a new preview is shown (its page count)
    rendered = Signal(int)
    #: rendering failed (the message shown)
    failed = Signal(str)
    #: a DOCX was written (its path)
    saved = Signal(str)
    #: the letter was archived from here
    archived_changed = Signal(bool)
    #: the archived copy was checked (intact or not)
    verified = Signal(bool)

    def __init__(self, ctx: UiContext, letter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letter_id = letter_id
        self.pdf: Rendered | None = None
        self.archived = False
        self.status = ""
        self._buffer: QBuffer | None = None
        self._pending = 0
        self.setWindowTitle(self.tr("Print letter"))
        self.resize(900, 1000)

        self.template_combo = QComboBox(self)
        for code, text in (
            ("", self.tr("Register's choice")),
            ("fr", self.tr("French")),
            ("fa", self.tr("Persian")),
            ("en", self.tr("English")),
            ("custom", self.tr("Register's own template")),
        ):
            self.template_combo.addItem(text, code)
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem(self.tr("Letterhead"), False)
        self.paper_combo.addItem(self.tr("Pre-printed paper (fields only)"), True)
        self.engine_combo = QComboBox(self)
        self.engine_combo.addItem(self.tr("Automatic"), "auto")
        self.engine_combo.addItem(self.tr("Built-in"), "builtin")
        self.engine_combo.addItem("LibreOffice", "libreoffice")
        if not office_convert.available():
            item = self.engine_combo.model().item(2)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(self.tr("LibreOffice is not installed on this computer."))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # pages are pages, in any language
        self.message = QLabel(self.tr("Preparing the preview…"), self)
        self.message.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.docx_button = QPushButton(self.tr("Save as Word (DOCX)…"), self)
        self.archive_button = QPushButton(self.tr("Archive…"), self)
        self.archive_button.setToolTip(self.tr("Freeze this PDF as the letter's archived copy."))
        self.archive_button.setVisible(ctx.actor.can("letters.archive"))
        self.verify_button = QPushButton(self.tr("Check the archived copy"), self)
        self.verify_button.setToolTip(
            self.tr("Compare the stored PDF with the fingerprint taken when it was archived.")
        )
        self.verify_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)

        options = QHBoxLayout()
        for label, combo in (
            (self.tr("Template:"), self.template_combo),
            (self.tr("Paper:"), self.paper_combo),
            (self.tr("PDF engine:"), self.engine_combo),
        ):
            options.addWidget(QLabel(label, self))
            options.addWidget(combo)
        options.addStretch(1)
        buttons = QHBoxLayout()
        for b in (
            self.print_button,
            self.pdf_button,
            self.docx_button,
            self.archive_button,
            self.verify_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.template_combo.currentIndexChanged.connect(self.refresh)
        self.paper_combo.currentIndexChanged.connect(self.refresh)
        self.engine_combo.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.print_dialog)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.docx_button.clicked.connect(self.ask_save_docx)
        self.archive_button.clicked.connect(self.ask_archive)
        self.verify_button.clicked.connect(self.verify)
        self.close_button.clicked.connect(self.reject)
        self._set_busy(True)
        self._load_settings()

    # -- choices -------------------------------------------------------------------------------
    def _load_settings(self) -> None:
        actor, letter_id = self.ctx.actor, self.letter_id

        def read(s: Session) -> tuple[dict[str, object], str]:
            info = get_letter(s, actor, letter_id)
            register = s.get(Register, info.register_id)
            assert register is not None
            return print_settings(register), info.status

        self.ctx.runner.submit(read, self._settings_loaded, self._failed, read_only=True)

    @Slot(object)
    def _settings_loaded(self, result: tuple[dict[str, object], str]) -> None:
        settings, status = result
        self.archived = status == "archived"
        has_custom = bool(settings.get("custom_template"))
        item = self.template_combo.model().item(4)  # type: ignore[attr-defined]
        item.setEnabled(has_custom)
        pre = settings.get("preprinted") or {}
        for combo, value in (
            (self.paper_combo, bool(pre.get("enabled")) if isinstance(pre, dict) else False),
            (self.engine_combo, settings.get("engine", "auto")),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        if self.archived:
            for combo in (self.template_combo, self.paper_combo, self.engine_combo):
                combo.setEnabled(False)
            self.archive_button.setEnabled(False)
        self.refresh()

    def choices(self) -> tuple[str | None, bool, str]:
        """(template or None for the register's, pre-printed, engine)."""
        template = self.template_combo.currentData() or None
        return template, bool(self.paper_combo.currentData()), str(self.engine_combo.currentData())

    # -- rendering -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Render the PDF for the current choices and show it."""
        template, preprinted, engine = self.choices()
        actor, letter_id = self.ctx.actor, self.letter_id
        self._pending += 1
        self._set_busy(True)
        self.message.setText(self.tr("Preparing the preview…"))

        def render(s: Session) -> Rendered:
            return render_letter(
                s, actor, letter_id, "pdf", template=template, engine=engine, preprinted=preprinted
            )

        self.ctx.runner.submit(render, self._rendered, self._failed, read_only=True)

    @Slot(object)
    def _rendered(self, out: Rendered) -> None:
        self._pending -= 1
        if self._pending > 0:
            return  # a newer choice is on its way
        self.pdf = out
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = _buffer(out.data)
        self._buffer.setParent(self)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if out.engine == "archive":
            self.status = self.tr("Archived copy: the letter's content is frozen. %n page(s).", "", pages)
        elif out.engine == "libreoffice":
            self.status = self.tr("Rendered by LibreOffice. %n page(s).", "", pages)
        else:
            self.status = self.tr("Rendered by SivaDesk. %n page(s).", "", pages)
        self.message.setText(self.status)
        self._set_busy(False)
        self.verify_button.setVisible(out.engine == "archive")
        log.info("letter %s previewed: %d pages (%s)", self.letter_id, pages, out.engine)
        self.rendered.emit(pages)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._pending = max(0, self._pending - 1)
        self.status = message_of(exc)
        self.message.setText(self.status)
        self._set_busy(False)
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.failed.emit(self.status)

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self.pdf is not None
        self.print_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.docx_button.setEnabled(not busy)
        self.archive_button.setEnabled(ready and not self.archived)

    # -- printing ------------------------------------------------------------------------------
    @Slot()
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf.filename if self.pdf else "letter")
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self._print_dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def print_to(self, printer: QPrinter) -> int:
        """Draw the previewed pages on ``printer`` (its page range honoured); the pages printed."""
        pages = self.document.pageCount()
        first, last = 1, pages
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(pages, printer.toPage() or pages)
        painter = QPainter()
        if pages == 0 or not painter.begin(printer):
            log.error("printing letter %s: the printer did not start", self.letter_id)
            return 0
        printed = 0
        try:
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            # Pages are drawn as images: at most 300 dpi (a 1200 dpi A4 page would be 550 MB).
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(first - 1, last):
                if printed:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                size = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
                image: QImage = self.document.render(index, size)
                fitted = QRectF(target)
                scale = min(target.width() / size.width(), target.height() / size.height())
                fitted.setSize(size.toSizeF() * scale)
                painter.drawImage(fitted, image)
                printed += 1
        finally:
            painter.end()
        log.info("letter %s printed: %d page(s)", self.letter_id, printed)
        return printed

    # -- saving --------------------------------------------------------------------------------
    def _ask_path(self, title: str, suffix: str, filter_text: str) -> str:
        name = (self.pdf.filename if self.pdf else f"letter-{self.letter_id}.pdf").rsplit(".", 1)[0]
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"{name}.{suffix}"), filter_text)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path

    @Slot()
    def ask_save_pdf(self) -> None:
        path = self._ask_path(self.tr("Save as PDF"), "pdf", self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> bool:
        if self.pdf is None:
            return False
        try:
            Path(path).write_bytes(self.pdf.data)
        except OSError as exc:
            show_error(self, exc)
            return False
        self.message.setText(self.tr("Saved as {path}.").format(path=path))
        return True

    @Slot()
    def ask_save_docx(self) -> None:
        path = self._ask_path(self.tr("Save as Word document"), "docx", self.tr("Word documents (*.docx)"))
        if path:
            self.save_docx(path)

    def save_docx(self, path: str) -> None:
        """Render the DOCX (on the runner) and write it to ``path``; ``saved`` is emitted then."""
        template, _pre, _engine = self.choices()
        actor, letter_id = self.ctx.actor, self.letter_id

        def render(s: Session) -> Rendered:
            return render_letter(s, actor, letter_id, "docx", template=template)

        def done(out: Rendered) -> None:
            try:
                Path(path).write_bytes(out.data)
            except OSError as exc:
                show_error(self, exc)
                return
            self.message.setText(self.tr("Saved as {path}.").format(path=path))
            self.saved.emit(path)

        self.ctx.runner.submit(render, done, lambda exc: show_error(self, exc), read_only=True)

    # -- archiving -----------------------------------------------------------------------------
    @Slot()
    def verify(self) -> None:
        """Re-hash the stored PDF; the result is shown (and audited by the service)."""
        actor, letter_id = self.ctx.actor, self.letter_id

        def done(check: ArchiveCheck) -> None:
            if check.ok:
                text = self.tr("The archived copy is intact (SHA-256 {digest}).").format(
                    digest=check.expected_sha256
                )
            else:
                text = self.tr(
                    "The archived copy has been altered or lost: its fingerprint no longer matches. "
                    "Tell your administrator."
                )
                self.message.setStyleSheet("color: #8a1c12; font-weight: bold;")
            self.message.setText(text)
            self.verified.emit(check.ok)

        self.ctx.runner.submit(
            lambda s: verify_archive(s, actor, letter_id), done, lambda exc: show_error(self, exc)
        )

    @Slot()
    def ask_archive(self) -> None:
        labels = [self.tr(RETENTION_LABELS[k]) for k in RETENTION_CLASSES]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Archive letter"))
        dialog.setLabelText(self.tr("The letter's content will be frozen as this PDF. Keep it for:"))
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.textValueSelected.connect(
            lambda text: self.archive(list(RETENTION_CLASSES)[labels.index(text)])
        )
        self._archive_dialog = dialog
        dialog.open()

    def archive(self, retention_class: str) -> None:
        actor, letter_id = self.ctx.actor, self.letter_id

        def run(s: Session) -> str:
            info = archive_letter(s, actor, letter_id, retention_class)
            letter = s.get(Letter, letter_id)
            return letter.archive_sha256 if letter is not None else info.number

        def done(_digest: str) -> None:
            self.archived = True
            for combo in (self.template_combo, self.paper_combo, self.engine_combo):
                combo.setEnabled(False)
            self.archived_changed.emit(True)
            self.refresh()

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            show_error(self, exc)

        self.archive_button.setEnabled(False)
        self.ctx.runner.submit(run, done, failed)
