"""Attachments and scans shown inside SivaDesk: images (zoom, pages of a multi-page TIFF) and PDFs
(QtPdf: pages, zoom). A file that cannot be shown says why, and can still be saved.

``open_attachment_viewer(ctx, attachment_id, parent)`` reads the attachment on the store runner
(classification is checked there, like every read) and opens a viewer window;
:meth:`AttachmentViewer.show_bytes` shows bytes already in hand (tests, previews).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut, QShowEvent, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import attachments
from sivadesk.ops.attachments import AttachmentInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of

log = logging.getLogger("sivadesk.ui.viewer")

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0
#: frames read from one image file (a multi-page TIFF scan); more is not a letter scan
MAX_FRAMES = 500


def kind_of(filename: str, mime_type: str, data: bytes) -> str:
    """ "pdf", "image" or "other", from the bytes first (a scan saved as .bin is still a PDF)."""
    if data[:5] == b"%PDF-" or mime_type == "application/pdf" or filename.lower().endswith(".pdf"):
        return "pdf"
    if mime_type.startswith("image/"):
        return "image"
    fmt = QImageReader.imageFormat(_buffer(data)) if data else QByteArray()
    return "image" if not fmt.isEmpty() else "other"


def _buffer(data: bytes) -> QBuffer:
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    return buf


def read_frames(data: bytes) -> list[QImage]:
    """Every frame of an image file (one for PNG/JPEG, one per page for a TIFF scan)."""
    buf = _buffer(data)
    reader = QImageReader(buf)
    reader.setAutoTransform(True)  # a photo taken sideways shows upright (EXIF orientation)
    frames: list[QImage] = []
    # imageCount() is 0 for formats that cannot tell (then read until the reader stops).
    count = min(reader.imageCount() or MAX_FRAMES, MAX_FRAMES)
    for i in range(count):
        if i and not reader.jumpToImage(i):
            break
        image = reader.read()
        if image.isNull():
            break
        frames.append(image)
    del reader  # before the buffer it reads from (its destructor still touches the device)
    buf.close()
    return frames


class ImageView(QGraphicsView):
    """An image with zoom (buttons, Ctrl+wheel) and scroll; the scene holds one pixmap."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        # Scans are laid out on paper, not in the interface's direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.zoom = 1.0

    def set_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)
        self.zoom_changed.emit(self.zoom)

    def fit_width(self) -> None:
        width = self.item.boundingRect().width()
        if width > 0:
            self.set_zoom((self.viewport().width() - 4) / width)

    def fit_page(self) -> None:
        rect = self.item.boundingRect()
        if rect.width() > 0 and rect.height() > 0:
            view = self.viewport().size()
            self.set_zoom(min((view.width() - 4) / rect.width(), (view.height() - 4) / rect.height()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.zoom * step)
            event.accept()
            return
        super().wheelEvent(event)


class AttachmentViewer(QWidget):
    """One attachment in its own window: images and PDFs with pages and zoom; anything else (or a
    damaged file) gets a clear message and a Save as… button."""

    #: the file was shown (True) or could not be (False: ``error_text`` says why)
    loaded = Signal(bool)

    def __init__(self, ctx: UiContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.kind = ""
        self.filename = ""
        self.data = b""
        self.frames: list[QImage] = []
        self.error_text = ""
        self._pdf_buffer: QBuffer | None = None
        self._build()
        self._connect_signals()
        self.setWindowTitle(self.tr("Attachment"))
        self.resize(900, 760)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.prev_button = QPushButton(self.tr("Previous page"), self)
        self.next_button = QPushButton(self.tr("Next page"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_count = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.zoom_label = QLabel(self)
        self.fit_width_button = QPushButton(self.tr("Fit width"), self)
        self.fit_page_button = QPushButton(self.tr("Whole page"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_spin, self.page_count, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(w)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)

        self.image_view = ImageView(self)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        for page in (self.message, self.image_view, self.pdf_view):
            self.stack.addWidget(page)
        self.message.setText(self.tr("Loading…"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._update_controls()

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_width_button.clicked.connect(self.fit_width)
        self.fit_page_button.clicked.connect(self.fit_page)
        self.save_button.clicked.connect(self._save_clicked)
        self.image_view.zoom_changed.connect(self._show_zoom)
        self.pdf_view.zoomFactorChanged.connect(self._show_zoom)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._pdf_page_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.go_to_page(self.current_page() + 1)),
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go_to_page(self.current_page() - 1)),
            (QKeySequence.StandardKey.Close, self.close),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    # -- loading ---------------------------------------------------------------------------

    def load_attachment(self, attachment_id: int) -> None:
        """Read the attachment on the store runner (permission and classification checked there)."""
        ctx = self.ctx
        if ctx is None:
            raise RuntimeError("load_attachment needs a UiContext")
        actor = ctx.actor

        def job(s: Session) -> tuple[AttachmentInfo, bytes]:
            return attachments.read_attachment(s, actor, attachment_id)

        ctx.runner.submit(job, self._read, self._read_failed, read_only=True)

    def _read(self, result: tuple[AttachmentInfo, bytes]) -> None:
        info, data = result
        self.show_bytes(info.filename, info.mime_type, data)

    def _read_failed(self, exc: Exception) -> None:
        self._fail(message_of(exc))

    def show_bytes(self, filename: str, mime_type: str, data: bytes) -> bool:
        """Show ``data``; ``False`` (and a message saying why) if it cannot be shown."""
        self.filename, self.data = filename, data
        self.setWindowTitle(self.tr("{name} — Attachment").format(name=filename))
        self.kind = kind_of(filename, mime_type, data)
        if self.kind == "pdf":
            ok = self._show_pdf(data)
        elif self.kind == "image":
            ok = self._show_image(data)
        else:
            ok = self._fail(
                self.tr(
                    "{name} is not an image or a PDF: SivaDesk cannot show it. Save it and open it "
                    "with another program."
                ).format(name=filename)
            )
        self._update_controls()
        if ok:
            self.error_text = ""
            self.loaded.emit(True)
        return ok

    def _show_image(self, data: bytes) -> bool:
        self.frames = read_frames(data)
        if not self.frames:
            return self._fail(
                self.tr(
                    "{name} could not be read as an image: the file is damaged or its format is not supported."
                ).format(name=self.filename)
            )
        self.stack.setCurrentWidget(self.image_view)
        self.page_spin.setMaximum(len(self.frames))
        self._show_frame(0)
        self.image_view.set_zoom(1.0)
        if self.isVisible():
            self.image_view.fit_width()
        return True

    def _show_frame(self, index: int) -> None:
        self.image_view.set_image(self.frames[index])
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def _show_pdf(self, data: bytes) -> bool:
        self.pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
        self._pdf_buffer = _buffer(data)
        self._pdf_buffer.setParent(self)
        self.pdf_document.load(self._pdf_buffer)
        error = self.pdf_document.error()
        if error != QPdfDocument.Error.None_ or self.pdf_document.pageCount() < 1:
            log.info("PDF %s not shown: %s", self.filename, error)
            if error == QPdfDocument.Error.IncorrectPassword:
                text = self.tr("{name} is protected by a password: SivaDesk cannot show it.")
            elif error == QPdfDocument.Error.UnsupportedSecurityScheme:
                text = self.tr("{name} uses a protection SivaDesk cannot open.")
            else:
                text = self.tr("{name} could not be read as a PDF: the file is damaged or incomplete.")
            return self._fail(text.format(name=self.filename))
        self.stack.setCurrentWidget(self.pdf_view)
        self.page_spin.setMaximum(self.pdf_document.pageCount())
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to_page(0)
        return True

    def _fail(self, text: str) -> bool:
        self.error_text = text
        self.message.setText(text)
        self.message.setStyleSheet("color: #8a1c12; font-weight: bold;")
        self.stack.setCurrentWidget(self.message)
        self.frames = []
        self._update_controls()
        self.loaded.emit(False)
        return False

    # -- pages and zoom --------------------------------------------------------------------

    def page_total(self) -> int:
        if self.stack.currentWidget() is self.pdf_view:
            return int(self.pdf_document.pageCount())
        if self.stack.currentWidget() is self.image_view:
            return len(self.frames)
        return 0

    def current_page(self) -> int:
        """0-based."""
        if self.stack.currentWidget() is self.pdf_view:
            return int(self.pdf_view.pageNavigator().currentPage())
        return self.page_spin.value() - 1

    @Slot(int)
    def go_to_page(self, index: int) -> None:
        total = self.page_total()
        if total == 0:
            return
        index = max(0, min(total - 1, index))
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.pageNavigator().jump(index, QPointF(), self.pdf_view.pageNavigator().currentZoom())
            self._pdf_page_changed(index)
        else:
            self._show_frame(index)

    @Slot(int)
    def _pdf_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def zoom(self) -> float:
        if self.stack.currentWidget() is self.pdf_view:
            return float(self.pdf_view.zoomFactor())
        return self.image_view.zoom

    def zoom_by(self, factor: float) -> None:
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, self.pdf_view.zoomFactor() * factor)))
            self._show_zoom(self.zoom())
        elif self.stack.currentWidget() is self.image_view:
            self.image_view.set_zoom(self.image_view.zoom * factor)

    @Slot()
    def fit_width(self) -> None:
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._show_zoom(self.zoom())
        else:
            self.image_view.fit_width()

    @Slot()
    def fit_page(self) -> None:
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self._show_zoom(self.zoom())
        else:
            self.image_view.fit_page()

    @Slot(float)
    def _show_zoom(self, zoom: float) -> None:
        mode = self.pdf_view.zoomMode() if self.stack.currentWidget() is self.pdf_view else None
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Fit width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Whole page"))
        else:
            self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))

    def _update_controls(self) -> None:
        total = self.page_total()
        page = self.current_page()
        shown = self.stack.currentWidget() is not self.message
        self.page_count.setText(self.tr("of {total}").format(total=total) if total else "")
        for nav in (self.prev_button, self.next_button, self.page_spin):
            nav.setVisible(total > 1)
        self.page_count.setVisible(total > 1)
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < total - 1)
        for w in (
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_label,
        ):
            w.setEnabled(shown)
        self.save_button.setEnabled(bool(self.data))
        if shown:
            self._show_zoom(self.zoom())
        else:
            self.zoom_label.clear()

    # -- saving ----------------------------------------------------------------------------

    @Slot()
    def _save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as"), self.filename)
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            log.warning("saving attachment to %s failed: %s", path, exc)
            QMessageBox.warning(
                self,
                self.tr("Save attachment as"),
                self.tr("The file {name} could not be written: {reason}").format(
                    name=str(path), reason=exc.strerror or str(exc)
                ),
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.image_view:
            self.image_view.fit_width()


def open_attachment_viewer(
    ctx: UiContext, attachment_id: int, parent: QWidget | None = None
) -> AttachmentViewer:
    """A viewer window for one attachment, shown at once ("Loading…") and filled when read."""
    viewer = AttachmentViewer(ctx, parent)
    viewer.load_attachment(attachment_id)
    viewer.show()
    return viewer
