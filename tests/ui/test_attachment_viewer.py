"""The attachment viewer: images (zoom, TIFF pages) and PDFs (QtPdf pages, zoom) from real bytes,
read from the store through the service (classification applies), and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from contacts_fixtures import QT_STRICT, contacts_ctx  # noqa: F401
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from shell_fixtures import out_dir

from sivadesk.ops import attachments
from sivadesk.ui.attachment_viewer import AttachmentViewer, kind_of, open_attachment_viewer

pytestmark = QT_STRICT


def png_bytes(width: int = 300, height: int = 200, color: str = "#2f6db5") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data().data())


def pdf_bytes(pages: int = 3) -> bytes:
    """A real PDF of ``pages`` A4 pages, written by Qt's own PDF writer."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(10, 10, 10, 10))
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"Page {page + 1}")
        painter.drawRect(50, 50, 400, 600)
    painter.end()
    buf.close()
    return bytes(data.data())


def tiff_pages(n: int) -> bytes:
    """A multi-page TIFF (a scanner's output) made with libtiff's tiffcp from single pages."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for i in range(n):
            image = QImage(120 + 10 * i, 80, QImage.Format.Format_RGB32)
            image.fill(QColor("#c9730a"))
            name = f"{tmp}/p{i}.tif"
            assert image.save(name, "TIFF")
            names.append(name)
        subprocess.run(["tiffcp", *names, f"{tmp}/all.tif"], check=True)
        return Path(f"{tmp}/all.tif").read_bytes()


def make_viewer(qtbot) -> AttachmentViewer:
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(800, 600)
    viewer.show()
    return viewer


def test_kind_is_read_from_the_bytes(qapp):
    assert kind_of("scan.bin", "application/octet-stream", pdf_bytes(1)) == "pdf"
    assert kind_of("photo", "application/octet-stream", png_bytes()) == "image"
    assert kind_of("notes.txt", "text/plain", b"hello") == "other"


def test_png_is_shown_and_zooms(qtbot, tmp_path):
    viewer = make_viewer(qtbot)
    assert viewer.show_bytes("scan.png", "image/png", png_bytes(2400, 1600))
    assert viewer.stack.currentWidget() is viewer.image_view
    assert viewer.image_view.item.pixmap().width() == 2400
    assert viewer.page_total() == 1 and not viewer.next_button.isVisible()
    viewer.image_view.set_zoom(1.0)
    viewer.zoom_by(1.25)
    assert viewer.zoom() == pytest.approx(1.25)
    assert viewer.zoom_label.text() == "125 %"
    viewer.fit_page()  # a 2400 px scan in an 800 px window: the whole page is well below 100 %
    assert viewer.zoom() < 0.5
    viewport = viewer.image_view.viewport()
    assert 2400 * viewer.zoom() <= viewport.width() and 1600 * viewer.zoom() <= viewport.height()
    viewer.save_to(tmp_path / "copy.png")
    assert (tmp_path / "copy.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_multi_page_tiff_scan_has_pages(qtbot):
    viewer = make_viewer(qtbot)
    assert viewer.show_bytes("scan.tif", "image/tiff", tiff_pages(3))
    assert viewer.page_total() == 3
    assert viewer.next_button.isVisible() and not viewer.prev_button.isEnabled()
    viewer.next_button.click()
    assert viewer.current_page() == 1
    assert viewer.image_view.item.pixmap().width() == 130
    viewer.go_to_page(10)
    assert viewer.current_page() == 2 and not viewer.next_button.isEnabled()


def test_pdf_is_shown_with_pages_and_zoom(qtbot, tmp_path):
    viewer = make_viewer(qtbot)
    assert viewer.show_bytes("letter.pdf", "application/pdf", pdf_bytes(3))
    assert viewer.stack.currentWidget() is viewer.pdf_view
    assert viewer.page_total() == 3
    assert viewer.page_count.text() == "of 3"
    viewer.next_button.click()
    assert viewer.current_page() == 1
    assert viewer.page_spin.value() == 2
    before = viewer.zoom()
    viewer.zoom_by(1.25)
    assert viewer.zoom() == pytest.approx(before * 1.25)
    assert viewer.zoom_label.text() == f"{round(before * 125)} %"
    viewer.fit_width()
    assert viewer.pdf_view.zoomMode() == viewer.pdf_view.ZoomMode.FitToWidth
    assert viewer.zoom_label.text() == "Fit width"
    qtbot.wait(50)
    viewer.grab().save(str(out_dir(tmp_path) / "viewer-pdf.png"))


@pytest.mark.parametrize(
    ("name", "mime", "data", "expected"),
    [
        ("broken.pdf", "application/pdf", b"%PDF-1.4\n garbage", "could not be read as a PDF"),
        ("broken.png", "image/png", b"\x89PNG\r\n\x1a\n not really", "could not be read as an image"),
        ("notes.txt", "text/plain", b"hello", "is not an image or a PDF"),
    ],
)
def test_bad_files_say_why(qtbot, name, mime, data, expected):
    viewer = make_viewer(qtbot)
    with qtbot.waitSignal(viewer.loaded) as blocker:
        assert not viewer.show_bytes(name, mime, data)
    assert blocker.args == [False]
    assert viewer.stack.currentWidget() is viewer.message
    assert expected in viewer.message.text() and name in viewer.message.text()
    assert viewer.save_button.isEnabled()  # the bytes can still be saved and opened elsewhere
    assert not viewer.zoom_in_button.isEnabled()


def test_opens_an_attachment_from_the_store(qtbot, db, contacts_ctx):  # noqa: F811
    from contacts_fixtures import add_contact

    contact = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    with db.session() as s:
        info = attachments.add_attachment(
            s, contacts_ctx.actor, "contact", contact.id, "scan.png", png_bytes()
        )
    viewer = open_attachment_viewer(contacts_ctx, info.id)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.kind == "image", timeout=10000)
    assert viewer.windowTitle().startswith("scan.png")
    assert viewer.stack.currentWidget() is viewer.image_view


def test_missing_attachment_is_reported(qtbot, contacts_ctx):  # noqa: F811
    viewer = open_attachment_viewer(contacts_ctx, 987654)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: bool(viewer.error_text), timeout=10000)
    assert "Attachment 987654 does not exist." in viewer.message.text()
