"""The letter form: a new draft saved and registered from the form (the number is shown), read-only
content after registration, voiding asks for a reason, attachments open in the viewer, Persian
right-to-left layout. Real stores (SQLite and PostgreSQL), real runners and widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from contacts_fixtures import QT_STRICT, add_contact, contacts_ctx, language  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shell_fixtures import out_dir
from test_attachment_viewer import png_bytes

from sivadesk.ops import attachments, letters, registers, users
from sivadesk.ui.attachment_viewer import AttachmentViewer
from sivadesk.ui.letter_form import LetterForm, find_letter_form, open_letter_form
from sivadesk.ui.letter_form_parts import VoidDialog

pytestmark = QT_STRICT


@pytest.fixture
def register(db, contacts_ctx):  # noqa: F811
    with db.session() as s:
        return registers.create_register(
            s, contacts_ctx.actor, "Départ", "DEP", "outbound", "D-{year}-{seq:04}"
        )


def make_form(qtbot, ctx, letter_id=None, **kw) -> LetterForm:
    form = open_letter_form(ctx, letter_id, None, **kw)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.loads >= 1, timeout=10000)
    return form


def test_new_draft_is_saved_then_registered_from_the_form(qtbot, db, contacts_ctx, register):  # noqa: F811
    contact = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    form = make_form(qtbot, contacts_ctx, register_id=register.id)
    assert form.windowTitle() == "New letter"
    assert form.register_combo.currentData() == register.id
    assert not form.theirs_row.isVisibleTo(form)  # outbound: no "their reference"
    form.subject_edit.setText("Devis 2025")
    form.body.edit.setPlainText("Madame, veuillez trouver ci-joint notre devis.")
    form.contact_field.choose(contact.id, contact.display_name)
    form.urgency_combo.setCurrentIndex(form.urgency_combo.findData("urgent"))
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    qtbot.waitUntil(lambda: form.loads >= 2, timeout=10000)
    lid = form.letter_id
    assert lid is not None and find_letter_form(contacts_ctx, lid) is form
    assert form.number_label.text() == "Draft"
    with db.read_session() as s:
        x = letters.get_letter(s, contacts_ctx.actor, lid)
    assert (x.subject, x.urgency, x.contact_id, x.status) == ("Devis 2025", "urgent", contact.id, "draft")
    assert "veuillez trouver" in x.body

    # Register: the content typed since is saved first, then the number is shown.
    form.subject_edit.setText("Devis 2025 (révisé)")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.register_button.click()
    year = dt.date.today().year
    qtbot.waitUntil(lambda: form.number_label.text() == f"D-{year}-0001", timeout=10000)
    assert form.info.text() == f"Registered under number D-{year}-0001."
    assert form.windowTitle() == f"D-{year}-0001 — Devis 2025 (révisé)"
    # Content is frozen now; metadata stays editable.
    assert form.subject_edit.isReadOnly() and form.body.edit.isReadOnly()
    assert not form.register_button.isVisible() and not form.save_button.isVisible()
    assert form.details.save_button.isEnabled()
    with db.read_session() as s:
        x = letters.get_letter(s, contacts_ctx.actor, lid)
    assert (x.number, x.status, x.subject) == (f"D-{year}-0001", "registered", "Devis 2025 (révisé)")
    # Metadata after registration: tags are saved, the number stays.
    form.details.tags_edit.setText("devis, client، VIP")
    form.details.retention_combo.setCurrentIndex(form.details.retention_combo.findData("10y"))
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.details.save_button.click()
    with db.read_session() as s:
        x = letters.get_letter(s, contacts_ctx.actor, lid)
    assert sorted(x.tags, key=str.lower) == ["client", "devis", "VIP"] and x.number == f"D-{year}-0001"
    assert x.retention_class == "10y"


def test_subject_is_required(qtbot, contacts_ctx, register):  # noqa: F811
    form = make_form(qtbot, contacts_ctx, register_id=register.id)
    form.save_button.click()
    qtbot.waitUntil(form.banner.isVisible, timeout=10000)
    assert form.banner.text() == "A letter needs a subject."
    assert "c0392b" in form.subject_edit.styleSheet()
    assert form.letter_id is None


def test_void_asks_for_a_reason(qtbot, db, contacts_ctx, register):  # noqa: F811
    actor = contacts_ctx.actor
    with db.session() as s:
        x = letters.create_draft(s, actor, register.id, "Lettre à annuler")
        x = letters.register_letter(s, actor, x.id, dt.date.today())
    form = make_form(qtbot, contacts_ctx, x.id)
    assert form.void_button.isVisible()
    form.void_button.click()
    dialog = form.dialog
    assert isinstance(dialog, VoidDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert x.number in dialog.label.text()
    assert not dialog.ok_button.isEnabled()  # no reason, no voiding
    dialog.reason.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Envoyée par erreur")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(form.saved, timeout=10000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Void" in form.status_label.text(), timeout=10000)
    assert "Envoyée par erreur" in form.status_label.text()
    assert not form.void_button.isVisible()
    with db.read_session() as s:
        y = letters.get_letter(s, actor, x.id)
    assert (y.status, y.number, y.void_reason) == ("void", x.number, "Envoyée par erreur")


def test_inbound_letter_shows_their_reference_and_attachments_open(qtbot, db, contacts_ctx):  # noqa: F811
    actor = contacts_ctx.actor
    with db.session() as s:
        r = registers.create_register(s, actor, "Arrivée", "ARR", "inbound", "A{seq}/{yy}")
        x = letters.create_draft(
            s, actor, r.id, "Facture", their_number="F-2025-118", their_date=dt.date(2025, 3, 21)
        )
        attachments.add_attachment(s, actor, "letter", x.id, "scan.png", png_bytes())
    form = make_form(qtbot, contacts_ctx, x.id)
    assert form.theirs_row.isVisibleTo(form)
    assert form.their_number_edit.text() == "F-2025-118"
    assert form.their_date_edit.date() == dt.date(2025, 3, 21)
    assert form.files.names() == ["scan.png"]
    assert form.tabs.tabText(3) == "Attachments (1)"
    form.files.tree.setCurrentItem(form.files.tree.topLevelItem(0))
    form.files.view_button.click()
    viewer = form.files.viewer
    assert isinstance(viewer, AttachmentViewer)
    qtbot.waitUntil(lambda: viewer.kind == "image", timeout=10000)
    viewer.close()


def test_agent_cannot_register_or_void(qtbot, db, contacts_ctx, register, tmp_path):  # noqa: F811
    from contacts_fixtures import make_ctx

    from sivadesk.models import Role
    from sivadesk.ops.context import Actor

    with db.session() as s:
        info = users.create_user(s, contacts_ctx.actor, "agent", "Agent Smith", "agent-password", Role.AGENT)
        x = letters.create_draft(s, Actor(info.id, "agent", Role.AGENT), register.id, "Brouillon")
    gen = make_ctx(qtbot, db, Actor(info.id, "agent", Role.AGENT), tmp_path)
    ctx = next(gen)
    try:
        form = make_form(qtbot, ctx, x.id)
        assert form.save_button.isEnabled()
        assert not form.register_button.isEnabled()
        assert form.delete_button.isVisible()
    finally:
        form.close()
        next(gen, None)


@pytest.mark.parametrize("code", ["en", "fa"])
def test_form_in_english_and_persian(qtbot, db, contacts_ctx, register, language, code, tmp_path):  # noqa: F811
    language(code)
    contacts_ctx.settings.set("language", code)
    contacts_ctx.settings.set("calendar", "jalali" if code == "fa" else "gregorian")
    actor = contacts_ctx.actor
    contact = add_contact(db, actor, "مریم", "کریمی")
    with db.session() as s:
        x = letters.create_draft(
            s,
            actor,
            register.id,
            "درخواست همکاری" if code == "fa" else "Partnership request",
            "<p dir='rtl'>با سلام و احترام،</p>" if code == "fa" else "<p>Dear Madam,</p>",
            contact_id=contact.id,
            urgency="immediate",
            classification="confidential",
        )
        x = letters.register_letter(s, actor, x.id, dt.date.today())
    form = make_form(qtbot, contacts_ctx, x.id)
    form.resize(980, 760)
    if code == "fa":
        from sivadesk.textnorm import to_persian_digits

        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert form.number_label.text() == to_persian_digits(x.number)
        # The form's labels sit on the right: the subject field is left of its label.
        label = form.letter_form.labelForField(form.subject_edit)
        assert (
            label.mapTo(form, label.rect().topLeft()).x()
            > form.subject_edit.mapTo(form, form.subject_edit.rect().topLeft()).x()
        )
    else:
        assert form.number_label.text() == x.number
    qtbot.wait(50)
    form.grab().save(str(out_dir(tmp_path) / f"letter-form-{code}.png"))


def test_recipients_merge_fields_and_links(qtbot, db, contacts_ctx, register):  # noqa: F811
    from sivadesk.ops import letter_recipients

    actor = contacts_ctx.actor
    zoe = add_contact(db, actor, "Zoé", "Martin")
    with db.session() as s:
        dept = users.create_department(s, actor, "Finances", "FIN")
        earlier = letters.create_draft(s, actor, register.id, "Demande initiale")
        earlier = letters.register_letter(s, actor, earlier.id, dt.date.today())
        x = letters.create_draft(s, actor, register.id, "Réponse")
    form = make_form(qtbot, contacts_ctx, x.id)
    # Recipients: a contact as addressee, a department in copy.
    form.recipients.contact.choose(zoe.id, zoe.display_name)
    form.recipients.add_contact_button.click()
    form.recipients.department_combo.setCurrentIndex(form.recipients.department_combo.findData(dept.id))
    form.recipients.copy_check.setChecked(True)
    form.recipients.add_department_button.click()
    assert [(r.kind, r.copy) for r in form.recipients.recipients()] == [
        ("contact", False),
        ("department", True),
    ]
    # Merge fields from the merge module, inserted at the cursor.
    assert "{{contact.last_name}}" in form.body.merge_tokens
    form.body.edit.setPlainText("Chère Madame ")
    form.body.edit.moveCursor(form.body.edit.textCursor().MoveOperation.End)
    form.body.insert_field("{{contact.last_name}}")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    with db.read_session() as s:
        rows = letter_recipients.list_recipients(s, actor, x.id)
        body = letters.get_letter(s, actor, x.id).body
    assert [(r.kind, r.ref_id, r.copy) for r in rows] == [
        ("contact", zoe.id, False),
        ("department", dept.id, True),
    ]
    assert "Chère Madame {{contact.last_name}}" in body
    # In reply to the earlier letter, found by its number.
    qtbot.waitUntil(lambda: form.links.add_button.isEnabled(), timeout=10000)
    form.links.letter_edit.setText(earlier.number)
    form.links.search()
    qtbot.waitUntil(lambda: form.links.letter_combo.count() == 1, timeout=10000)
    assert form.links.chosen_id() == earlier.id
    loads = form.loads
    form.links.add_button.click()
    qtbot.waitUntil(lambda: form.loads > loads and bool(form.links.rows()), timeout=10000)
    assert form.links.rows() == [["In reply to", earlier.number, "Demande initiale"]]
    with db.read_session() as s:
        assert letters.get_letter(s, actor, x.id).in_reply_to_id == earlier.id


def test_print_and_refer_open_their_dialogs(qtbot, db, contacts_ctx, register):  # noqa: F811
    from sivadesk.ui.letter_print import LetterPrintDialog
    from sivadesk.ui.referral_dialog import ReferralDialog

    actor = contacts_ctx.actor
    with db.session() as s:
        x = letters.create_draft(s, actor, register.id, "À imprimer")
        x = letters.register_letter(s, actor, x.id, dt.date.today())
    form = make_form(qtbot, contacts_ctx, x.id)
    assert form.print_button.isEnabled() and form.refer_button.isEnabled()
    form.print_button.click()
    dialog = form.dialog
    assert isinstance(dialog, LetterPrintDialog)
    # Archived from the print dialog (here through the services, without rendering): the form
    # shows the frozen letter.
    from sivadesk.ops import letter_workflow
    from sivadesk.ops.attachments import put_blob

    with db.session() as s:
        letter_workflow.mark_archived(s, actor, x.id, put_blob(s, b"%PDF-1.4 frozen"), "10y")
    loads = form.loads
    dialog.archived_changed.emit(True)
    qtbot.waitUntil(lambda: form.loads > loads, timeout=10000)
    assert form.status_label.text().startswith("Archived")
    assert not form.files.add_button.isEnabled()
    dialog.close()
    form.refer_button.click()
    assert isinstance(form.dialog, ReferralDialog)
    form.dialog.close()
    qtbot.waitUntil(
        lambda: contacts_ctx.runner.pending == 0 and contacts_ctx.pages.pending == 0, timeout=20000
    )


def test_new_letter_from_a_contact_file(qtbot, db, contacts_ctx, register):  # noqa: F811
    from sivadesk.ui.contact_file import ContactFileWindow

    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    window = ContactFileWindow(contacts_ctx, zoe.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loads >= 1, timeout=10000)
    assert window.letter_button.isEnabled()
    window.letter_button.click()
    form = window.letter_form  # a child window of the file: closed with it
    qtbot.waitUntil(lambda: form.contact_field.contact_id == zoe.id, timeout=10000)
    assert form.contact_field.edit.text() == "Zoé Martin"
    assert form.register_combo.currentData() == register.id
    form.subject_edit.setText("Suite à notre appel")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    with db.read_session() as s:
        assert letters.get_letter(s, contacts_ctx.actor, form.letter_id).contact_id == zoe.id


def test_reply_approve_and_mark_sent(qtbot, db, contacts_ctx, register):  # noqa: F811
    actor = contacts_ctx.actor
    zoe = add_contact(db, actor, "Zoé", "Martin")
    with db.session() as s:
        arr = registers.create_register(s, actor, "Arrivée", "ARR", "inbound", "A{seq}/{yy}")
        x = letters.create_draft(s, actor, arr.id, "Facture", contact_id=zoe.id)
        x = letters.register_letter(s, actor, x.id, dt.date.today())
    inbound = make_form(qtbot, contacts_ctx, x.id)
    assert inbound.reply_button.isVisible() and inbound.reply_button.isEnabled()
    assert not inbound.sent_button.isVisible()  # a received letter is not sent
    inbound.reply_button.click()
    answer = inbound.dialog
    assert isinstance(answer, LetterForm)
    qtbot.addWidget(answer)
    qtbot.waitUntil(lambda: answer.loads >= 1 and answer.contact_field.contact_id == zoe.id, timeout=10000)
    assert answer.register_combo.currentData() == register.id  # the outgoing register
    assert answer.subject_edit.text() == "Re: Facture"
    assert answer.info.text() == f"In reply to letter {x.number}."
    # The signer approves, then the letter is registered and marked sent.
    answer.signer_combo.setCurrentIndex(answer.signer_combo.findData(actor.user_id))
    with qtbot.waitSignal(answer.saved, timeout=10000):
        answer.save_button.click()
    qtbot.waitUntil(lambda: answer.approve_button.isVisible(), timeout=10000)
    with qtbot.waitSignal(answer.saved, timeout=10000):
        answer.approve_button.click()
    qtbot.waitUntil(lambda: "approved by the signer" in answer.status_label.text(), timeout=10000)
    with qtbot.waitSignal(answer.saved, timeout=10000):
        answer.register_button.click()
    qtbot.waitUntil(lambda: answer.sent_button.isVisible(), timeout=10000)
    with qtbot.waitSignal(answer.saved, timeout=10000):
        answer.sent_button.click()
    qtbot.waitUntil(lambda: answer.status_label.text().startswith("Sent"), timeout=10000)
    with db.read_session() as s:
        y = letters.get_letter(s, actor, answer.letter_id)
    assert (y.in_reply_to_id, y.status, y.approved) == (x.id, "sent", True)
    assert y.sent_at is not None


def test_a_letter_on_the_contact_timeline_opens_its_form(qtbot, db, contacts_ctx, register):  # noqa: F811
    from sivadesk.ui.contact_file import ContactFileWindow

    actor = contacts_ctx.actor
    zoe = add_contact(db, actor, "Zoé", "Martin")
    with db.session() as s:
        x = letters.create_draft(s, actor, register.id, "Proposition", contact_id=zoe.id)
        x = letters.register_letter(s, actor, x.id, dt.date.today())
    window = ContactFileWindow(contacts_ctx, zoe.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loads >= 1, timeout=10000)
    timeline = window.timeline.list
    row = next(i for i in range(timeline.count()) if x.number in timeline.item(i).text())
    timeline.itemActivated.emit(timeline.item(row))
    form = find_letter_form(contacts_ctx, x.id)
    assert form is not None
    qtbot.waitUntil(lambda: form.loads >= 1, timeout=10000)
    assert form.number_label.text() == x.number


def test_closing_a_changed_draft_asks_first(qtbot, db, contacts_ctx, register):  # noqa: F811
    from contacts_fixtures import ModalAnswerer
    from PySide6.QtWidgets import QMessageBox

    form = make_form(qtbot, contacts_ctx, register_id=register.id)
    assert not form.has_changes()
    form.subject_edit.setText("Brouillon à garder")
    assert form.has_changes()
    answers = ModalAnswerer(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    try:
        form.close()  # Cancel: the window stays
        assert form.isVisible()
        assert answers.seen == ["Save the changes to this draft before closing?"]
        with qtbot.waitSignal(form.saved, timeout=10000):
            form.close()  # Save: saved, then closed
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=10000)
    finally:
        answers.stop()
    with db.read_session() as s:
        (x,) = letters.list_letters(s, contacts_ctx.actor)
    assert x.subject == "Brouillon à garder"


def test_a_classified_letter_is_not_shown_to_an_agent(qtbot, db, contacts_ctx, register, tmp_path):  # noqa: F811
    from contacts_fixtures import make_ctx

    from sivadesk.models import Role
    from sivadesk.ops.context import Actor

    with db.session() as s:
        x = letters.create_draft(s, contacts_ctx.actor, register.id, "Secret", classification="secret")
        info = users.create_user(s, contacts_ctx.actor, "agent", "Agent Smith", "agent-password", Role.AGENT)
    gen = make_ctx(qtbot, db, Actor(info.id, "agent", Role.AGENT), tmp_path)
    ctx = next(gen)
    form = LetterForm(ctx, x.id)
    form.show()
    try:
        qtbot.waitUntil(form.banner.isVisible, timeout=10000)
        assert form.banner.text() == f"Letter {x.id} does not exist."  # its existence is not revealed
        assert not form.tabs.isEnabled() and not form.save_button.isEnabled()
        assert form.subject_edit.text() == ""
    finally:
        form.close()
        next(gen, None)
