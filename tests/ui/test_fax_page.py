"""The fax page offscreen on both stores: outbox, send dialog, cancel/resend, details in plain
words, received faxes viewed and linked to a contact."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from contacts_fixtures import QT_STRICT, contacts_ctx, language  # noqa: F401
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_fixtures import out_dir

from sivadesk.fax.modem import CallResult, Cause, PageResult, Session
from sivadesk.fax.t4 import encode_page
from sivadesk.ops import fax
from sivadesk.ui.context import UiContext
from sivadesk.ui.fax_page import FaxPage, JobDetailDialog, SendFaxDialog, cause_text

pytestmark = QT_STRICT


@pytest.fixture
def ctx(contacts_ctx: UiContext) -> UiContext:  # noqa: F811
    return contacts_ctx


@pytest.fixture
def lang(language: object) -> object:  # noqa: F811
    return language


def _page(qtbot: QtBot, ctx: UiContext) -> FaxPage:
    page = FaxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0)
    return page


def _received(ctx: UiContext, tsi: str) -> int:
    img = np.zeros((200, 1728), dtype=bool)
    img[40:60, 100:700] = True
    result = CallResult(
        Cause.OK, remote_id=tsi, pages=[PageResult(1, True, "MCF")], received=[encode_page(img)],
        session=Session(fine=True),
    )  # fmt: skip
    with ctx.db.session() as s:
        return fax.record_received(s, result, number="").id


def test_the_send_dialog_queues_a_fax_and_the_outbox_shows_it(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Bonjour, voici le devis.", encoding="utf-8")
    page = _page(qtbot, ctx)
    dialog = page.new_fax()
    dialog.number_edit.setText("04 78 12 34 56")
    dialog.subject_edit.setText("Devis 42")
    dialog.files.addItem(str(doc))
    dialog.cover_check.setChecked(True)
    dialog.note_edit.setPlainText("Merci")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.created))
    assert dialog.created[0].pages_total == 2 and dialog.created[0].number == "0478123456"
    qtbot.waitUntil(lambda: page.outbox.topLevelItemCount() == 1)
    item = page.outbox.topLevelItem(0)
    assert item.text(2) == "Devis 42" and item.text(3) == "0 / 2" and item.text(4) == "Waiting"
    item.setSelected(True)
    assert page.cancel_button.isEnabled() and not page.resend_button.isEnabled()
    page.cancel_selected()
    qtbot.waitUntil(lambda: page.outbox.topLevelItem(0).text(4) == "Cancelled")
    page.outbox.topLevelItem(0).setSelected(True)
    assert page.resend_button.isEnabled()
    page.resend_selected()
    qtbot.waitUntil(lambda: page.outbox.topLevelItemCount() == 2)


def test_a_bad_number_is_refused_with_a_message_and_nothing_queued(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("sivadesk.ui.fax_page.show_error", lambda _p, exc, *a: shown.append(str(exc)))
    doc = tmp_path / "note.txt"
    doc.write_text("x", encoding="utf-8")
    dialog = SendFaxDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("12")
    dialog.files.addItem(str(doc))
    dialog.submit()
    qtbot.waitUntil(lambda: bool(shown))
    assert "not a fax number" in shown[0] and not dialog.created
    with ctx.db.read_session() as s:
        assert fax.list_jobs(s, ctx.actor) == []


def test_details_tell_each_call_in_plain_words(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.db.session() as s:
        job = fax.queue_fax(s, ctx.actor, "0478123456", [("a.txt", b"x")])
        claim = fax.claim_next(s, "modem")
        assert claim is not None
        fax.finish_attempt(s, job.id, claim.attempt_id, CallResult(Cause.BUSY, detail="the line was busy"))
        full = fax.get_job(s, ctx.actor, job.id)
    dialog = JobDetailDialog(ctx, full)
    qtbot.addWidget(dialog)
    assert dialog.attempts.topLevelItemCount() == 1
    assert dialog.attempts.topLevelItem(0).text(2) == cause_text("busy") == "The line was busy."


def test_received_faxes_are_viewed_and_linked_to_a_contact(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.db.session() as s:
        from sivadesk.ops import contacts
        from sivadesk.ops.contacts import ContactInput

        c = contacts.create_contact(s, ctx.actor, ContactInput(last_name="Rahimi"))
    fax_id = _received(ctx, "unknown")
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.inbox_tree.topLevelItemCount() == 1)
    assert page.inbox_tree.topLevelItem(0).text(2) == "Unknown sender"
    page.inbox_tree.topLevelItem(0).setSelected(True)
    page.view_selected()
    qtbot.waitUntil(lambda: hasattr(page, "viewer"))
    page.viewer.close()
    dialog = page.link_selected()
    assert dialog is not None
    dialog.contact.contact_id = c.id
    dialog.accept()
    qtbot.waitUntil(
        lambda: (
            page.inbox_tree.topLevelItemCount() == 1 and page.inbox_tree.topLevelItem(0).text(2) == "Rahimi"
        )
    )
    with ctx.db.read_session() as s:
        assert fax.list_received(s, ctx.actor, unlinked=True) == []
    assert fax_id


def test_the_page_in_persian_reads_right_to_left(
    qtbot: QtBot, ctx: UiContext, lang: object, tmp_path: Path
) -> None:
    lang("fa")  # type: ignore[operator]
    with ctx.db.session() as s:
        fax.queue_fax(
            s, ctx.actor, "021 8888 0000", [("a.txt", b"x")], subject="پیش~فاکتور".replace("~", "\u200c")
        )
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.outbox.topLevelItemCount() == 1)
    assert QApplication.layoutDirection().name == "RightToLeft"
    assert page.outbox.topLevelItem(0).text(4) == "در انتظار"
    page.grab().save(str(out_dir(tmp_path) / "fax-page-fa.png"))


def test_a_numbered_fax_opens_its_register_entry_and_is_referred(qtbot: QtBot, ctx: UiContext) -> None:
    from sivadesk.ops import office, registers
    from sivadesk.ui.referral_dialog import ReferralDialog

    with ctx.db.session() as s:
        registers.create_register(
            s, ctx.actor, "Télécopies reçues", "FXI", "inbound", "FXI-{seq:03}", reset="never"
        )
        office.set_value(s, ctx.actor, "fax_in_register", "FXI")
    _received(ctx, "+98 21 8888 0000")
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.inbox_tree.topLevelItemCount() == 1)
    item = page.inbox_tree.topLevelItem(0)
    assert item.text(5) == "FXI-001"
    item.setSelected(True)
    assert page.in_refer_button.isEnabled() and page.in_entry_button.isEnabled()
    dialog = page.refer_entry(page._received_entry())
    assert isinstance(dialog, ReferralDialog)
    dialog.reject()
