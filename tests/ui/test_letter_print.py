"""The print dialog offscreen: it renders the letter's pages (QtPdf), prints them on a QPrinter
(here a PDF file), saves PDF and DOCX, switches to pre-printed paper, and archives; the letterhead
and print settings widgets store images and settings through the services. Real stores."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pypdfium2
import pytest
from contacts_fixtures import QT_STRICT, language  # noqa: F401
from core.letter_samples import FA_SUBJECT, FR_SUBJECT, make_letter, png
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from shell_fixtures import out_dir
from sqlalchemy import update

from sivadesk.db import Database
from sivadesk.models import Blob, Letter
from sivadesk.ops import letterhead
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.letter_print import LetterPrintDialog

pytestmark = QT_STRICT


def _ink(image: QImage) -> int:
    """How many sampled pixels are dark (text; a blank page and the view's grey frame have none)."""
    dark = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            c = image.pixelColor(x, y)
            if c.red() + c.green() + c.blue() < 300:
                dark += 1
    return dark


def _open(qtbot, ctx: UiContext, letter_id: int) -> tuple[LetterPrintDialog, int]:
    dialog = LetterPrintDialog(ctx, letter_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=60000) as blocker:
        dialog.show()
    return dialog, int(blocker.args[0])


def _builtin(db: Database, admin: Actor, register_id: int) -> None:
    with db.session() as s:
        letterhead.set_print_settings(s, admin, register_id, {"engine": "builtin"})


def test_dialog_previews_prints_and_saves(
    qtbot,
    db: Database,
    admin: Actor,
    admin_ctx: UiContext,
    tmp_path: Path,
    language,  # noqa: F811
) -> None:
    sample = make_letter(db, admin, "fa", paragraphs=6, qr=True)
    _builtin(db, admin, sample.register_id)
    language("fa")
    dialog, pages = _open(qtbot, admin_ctx, sample.letter_id)
    assert pages == 2 and dialog.document.pageCount() == 2
    assert dialog.pdf is not None and dialog.pdf.engine == "builtin"
    assert dialog.print_button.isEnabled() and dialog.pdf_button.isEnabled()
    first = dialog.document.render(0, QSize(595, 842))
    assert _ink(first) > 200
    dialog.resize(900, 1000)
    qtbot.waitUntil(lambda: _ink(dialog.view.grab().toImage()) > 50, timeout=30000)
    dialog.grab().save(str(out_dir(tmp_path) / "letter-print-fa.png"))

    # print: every previewed page drawn on the printer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi: drawn at 300
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_file = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_file))
    assert dialog.print_to(printer) == 2
    printed = pypdfium2.PdfDocument(printed_file.read_bytes())
    assert len(printed) == 2
    sheet = printed[0].render(scale=0.5).to_pil().convert("L")
    sheet.save(out_dir(tmp_path) / "letter-printed-fa-page1.png")
    dark = sum(sheet.histogram()[:100])
    printed.close()
    assert dark > 200, dark  # the letter is on the paper, not a blank sheet (about 430 here)

    # save as PDF (the previewed bytes) and as DOCX (rendered for the same choices)
    pdf_path = tmp_path / "lettre.pdf"
    assert dialog.save_pdf(str(pdf_path)) and pdf_path.read_bytes() == dialog.pdf.data
    docx_path = tmp_path / "lettre.docx"
    with qtbot.waitSignal(dialog.saved, timeout=30000):
        dialog.save_docx(str(docx_path))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(docx_path.read_bytes())).paragraphs)
    assert FA_SUBJECT in text

    # pre-printed paper: fields only, one page here
    with qtbot.waitSignal(dialog.rendered, timeout=60000) as blocker:
        dialog.paper_combo.setCurrentIndex(1)
    assert blocker.args[0] >= 1 and dialog.pdf.engine == "builtin"
    dialog.grab().save(str(out_dir(tmp_path) / "letter-print-fa-preprinted.png"))
    dialog.close()


def test_dialog_archives_and_then_shows_the_frozen_copy(
    qtbot, db: Database, admin: Actor, admin_ctx: UiContext, tmp_path: Path
) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=2)
    _builtin(db, admin, sample.register_id)
    dialog, pages = _open(qtbot, admin_ctx, sample.letter_id)
    assert pages == 1 and dialog.archive_button.isVisible() and dialog.archive_button.isEnabled()
    qtbot.waitUntil(lambda: _ink(dialog.view.grab().toImage()) > 50, timeout=30000)
    dialog.grab().save(str(out_dir(tmp_path) / "letter-print-fr.png"))
    previewed = dialog.pdf.data if dialog.pdf else b""
    with qtbot.waitSignal(dialog.archived_changed, timeout=60000):
        dialog.archive("10y")
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.pdf.engine == "archive", timeout=60000)
    assert dialog.pdf is not None and dialog.pdf.data == previewed  # the very PDF that was shown
    assert not dialog.archive_button.isEnabled() and not dialog.template_combo.isEnabled()
    assert "frozen" in dialog.message.text()
    # reopening shows the frozen copy straight away, and can check it
    again, _ = _open(qtbot, admin_ctx, sample.letter_id)
    assert again.pdf is not None and again.pdf.engine == "archive" and not again.archive_button.isEnabled()
    assert again.verify_button.isVisible() and not dialog.verify_button.isHidden()
    with qtbot.waitSignal(again.verified, timeout=30000) as blocker:
        again.verify_button.click()
    assert blocker.args == [True] and "SHA-256" in again.message.text()
    with db.session() as s:
        letter = s.get(Letter, sample.letter_id)
        assert letter is not None
        s.execute(update(Blob).where(Blob.sha256 == letter.archive_sha256).values(data=b"%PDF-1.4 forged"))
    with qtbot.waitSignal(again.verified, timeout=30000) as blocker:
        again.verify()
    assert blocker.args == [False] and "altered" in again.message.text()


def test_dialog_reports_a_render_error(
    qtbot, db: Database, admin: Actor, admin_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1)
    with db.session() as s:
        letterhead.set_print_settings(s, admin, sample.register_id, {"engine": "libreoffice"})
    monkeypatch.setenv("SIVADESK_SOFFICE", "")
    dialog = LetterPrintDialog(admin_ctx, sample.letter_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        dialog.show()
    assert "LibreOffice" in blocker.args[0] and not dialog.print_button.isEnabled()
    # choosing the built-in renderer recovers
    with qtbot.waitSignal(dialog.rendered, timeout=60000):
        dialog.engine_combo.setCurrentIndex(dialog.engine_combo.findData("builtin"))
    assert dialog.print_button.isEnabled() and FR_SUBJECT


def test_letterhead_settings_store_images(
    qtbot, db: Database, admin: Actor, admin_ctx: UiContext, tmp_path: Path
) -> None:
    from sivadesk.ui.letterhead_settings import LetterheadSettings

    widget = LetterheadSettings(admin_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=15000)
    assert widget.office_group.isVisible()
    with qtbot.waitSignal(widget.changed, timeout=15000):
        widget.set_image("logo", png(120, 120, (0, 100, 0)))
    with qtbot.waitSignal(widget.changed, timeout=15000):
        widget.set_image("signature", png(300, 100, (0, 0, 150)))
    widget.address_edit.setPlainText("1 place de la République\n75003 Paris\n")
    with qtbot.waitSignal(widget.changed, timeout=15000):
        widget.save_address()
    with db.read_session() as s:
        head = letterhead.load(s)
        assert head.logo_sha256 and head.address == ("1 place de la République", "75003 Paris")
        assert letterhead.get_signature(s, admin, admin.user_id or 0) is not None
    assert (
        not widget.previews["logo"].pixmap().isNull() and not widget.previews["signature"].pixmap().isNull()
    )
    # a file that is not an image: the service says so, nothing is stored
    with qtbot.waitSignal(widget.failed, timeout=15000) as blocker:
        widget.set_image("seal", b"GIF89a not accepted")
    assert "PNG" in blocker.args[0]
    widget.grab().save(str(out_dir(tmp_path) / "letterhead-settings.png"))


def test_print_settings_widget_saves_positions(
    qtbot,
    db: Database,
    admin: Actor,
    admin_ctx: UiContext,
    tmp_path: Path,
    language,  # noqa: F811
) -> None:
    from sivadesk.ui.letterhead_settings import PrintSettingsWidget

    sample = make_letter(db, admin, "fa", paragraphs=1)
    language("fa")
    widget = PrintSettingsWidget(admin_ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded_settings, timeout=15000):
        widget.set_register(sample.register_id)
    assert widget.template_combo.currentData() == "fa"
    widget.qr_check.setChecked(True)
    widget.preprinted_check.setChecked(True)
    row = widget.field_row("number")
    widget.table.item(row, 1).setText("25.5")
    widget.table.item(row, 2).setText("33")
    with qtbot.waitSignal(widget.saved, timeout=15000):
        widget.save()
    with db.read_session() as s:
        settings = letterhead.get_print_settings(s, admin, sample.register_id)
    assert settings["qr"] is True and settings["preprinted"]["enabled"] is True
    assert settings["preprinted"]["fields"]["number"] == {"x": 25.5, "y": 33.0, "w": 60.0, "on": True}
    widget.table.item(row, 1).setText("abc")
    widget.save()
    assert "number" in widget.status.text() or widget.status.text()
    widget.resize(700, 520)
    widget.grab().save(str(out_dir(tmp_path) / "print-settings-fa.png"))


def test_settings_page_embeds_the_letterhead_box(qtbot, admin_ctx: UiContext, tmp_path: Path) -> None:
    from sivadesk.ui.settings_page import SettingsPage

    page = SettingsPage(admin_ctx)
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show()
    qtbot.waitUntil(lambda: page.letterhead_box.loaded, timeout=15000)
    assert page.letterhead_box.office_group.isVisible()
    page.grab().save(str(out_dir(tmp_path) / "settings-page-letterhead.png"))
