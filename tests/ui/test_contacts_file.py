"""The contact file window: details, timeline, notes, attachments, edit, live refresh."""

from __future__ import annotations

import pytest
from contacts_fixtures import QT_STRICT, ModalAnswerer, add_contact, contacts_ctx, language  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from sivadesk.models import ContactKind
from sivadesk.ops import activity, attachments
from sivadesk.ops.contacts import AddressInput, delete_contact, get_contact
from sivadesk.ui.contact_file import ContactFileWindow, country_name, find_contact_file, open_contact_file

pytestmark = QT_STRICT


def open_file(qtbot, ctx, contact_id: int) -> ContactFileWindow:
    open_contact_file(ctx, contact_id, None)
    window = find_contact_file(ctx, contact_id)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loads > 0, timeout=10000)
    return window


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_details_of_a_person(qtbot, db, contacts_ctx):  # noqa: F811
    actor = contacts_ctx.actor
    company = add_contact(db, actor, organization="Boulangerie Dupont", kind=ContactKind.COMPANY)
    zoe = add_contact(
        db,
        actor,
        "Zoé",
        "Martin",
        company_id=company.id,
        job_title="Gérante",
        phones=("0612345678", "+98 912 345 6789", "tél. 45"),
        emails=("zoe@martin.fr",),
        tags=("VIP", "Lyon"),
        custom={"SIRET": "123"},
        notes="Préfère être appelée le matin",
    )
    window = open_file(qtbot, contacts_ctx, zoe.id)
    assert window.name_label.text() == "Zoé Martin"
    assert window.kind_text.text() == "Person"
    assert f'href="contact:{company.id}"' in window.company_link.text()
    assert "VIP" in window.tags_label.text() and "Lyon" in window.tags_label.text()
    details = texts(window.details)
    assert "06 12 34 56 78" in details and "+33 6 12 34 56 78" in details  # national and international
    assert "+98 912 345 6789" in details
    assert "tél. 45" in details and "Not a valid number: kept as typed." in details
    assert 'href="mailto:zoe@martin.fr"' in details
    assert "Gérante" in details and "SIRET" in details
    assert "Préfère être appelée le matin" in details
    flagged = [w for w in window.details.findChildren(QWidget) if w.property("invalid_phone")]
    assert len(flagged) == 1
    # The company link opens the company's file, which lists its people.
    window.company_link.linkActivated.emit(f"contact:{company.id}")
    company_window = find_contact_file(contacts_ctx, company.id)
    assert company_window is not None
    qtbot.addWidget(company_window)
    qtbot.waitUntil(lambda: company_window.loads > 0, timeout=10000)
    assert company_window.members.isVisibleTo(company_window)
    assert [company_window.members.item(i).text() for i in range(company_window.members.count())] == [
        "Zoé Martin\n\u2068\u200e06 12 34 56 78\u200e\u2069 — \u2068zoe@martin.fr\u2069"
    ]


def test_opening_twice_raises_the_same_window(qtbot, db, contacts_ctx):  # noqa: F811
    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    window = open_file(qtbot, contacts_ctx, zoe.id)
    open_contact_file(contacts_ctx, zoe.id, None)
    assert find_contact_file(contacts_ctx, zoe.id) is window
    window.close()
    qtbot.waitUntil(lambda: find_contact_file(contacts_ctx, zoe.id) is None, timeout=10000)


def test_timeline_shows_notes_newest_first_and_pages_back(qtbot, db, contacts_ctx):  # noqa: F811
    actor = contacts_ctx.actor
    zoe = add_contact(db, actor, "Zoé", "Martin")
    with db.session() as s:
        for i in range(55):
            activity.add_note(s, actor, zoe.id, f"Note {i:02d}\nDétail {i}")
    window = open_file(qtbot, contacts_ctx, zoe.id)
    timeline = window.timeline
    entries = timeline.entries()
    assert len(entries) == 50
    assert entries[0].startswith(
        "Note — Note 54\nDétail 54\n\u2068Admin Istrateur\u2069 — "
    )  # title not repeated
    assert timeline.older_button.isVisibleTo(window)
    timeline.older_button.click()
    qtbot.waitUntil(lambda: len(timeline.entries()) == 55, timeout=10000)
    assert timeline.entries()[-1].startswith("Note — Note 00")
    assert not timeline.older_button.isVisibleTo(window)
    # A note added from the file itself.
    timeline.note_edit.setPlainText("Appel du client\nIl rappellera demain")
    timeline.add_note_button.click()
    qtbot.waitUntil(lambda: timeline.entries()[0].startswith("Note — Appel du client"), timeout=10000)
    assert timeline.note_edit.toPlainText() == ""
    with db.read_session() as s:
        assert activity.timeline(s, actor, zoe.id, limit=1)[0].body == "Appel du client\nIl rappellera demain"


def test_edit_saves_and_the_file_refreshes(qtbot, db, contacts_ctx):  # noqa: F811
    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin", phones=("0612345678",))
    window = open_file(qtbot, contacts_ctx, zoe.id)
    assert window.edit_button.isEnabled()
    window.edit_button.click()
    dialog = window.edit_dialog
    assert dialog.isVisible() and dialog.first_name.text() == "Zoé"
    dialog.last_name.setText("Martin-Roux")
    dialog.phones.add_row(("01 42 68 53 00", "bureau"))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()
    assert window.name_label.text() == "Zoé Martin-Roux"
    assert "01 42 68 53 00" in texts(window.details)
    with db.read_session() as s:
        saved = get_contact(s, contacts_ctx.actor, zoe.id)
    assert saved.display_name == "Zoé Martin-Roux"
    assert [p.label for p in saved.phones] == ["", "bureau"]


def test_attachments_round_trip(qtbot, db, contacts_ctx, tmp_path):  # noqa: F811
    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    window = open_file(qtbot, contacts_ctx, zoe.id)
    panel = window.attachments
    first = tmp_path / "contrat.pdf"
    first.write_bytes(b"%PDF-1.4 contrat" * 1000)
    second = tmp_path / "photo identité.jpg"
    second.write_bytes(bytes(range(256)) * 10)
    panel.add_files([str(first), str(second)])
    qtbot.waitUntil(lambda: len(panel.entries()) == 2, timeout=10000)
    assert [name for _, name in panel.entries()] == ["contrat.pdf", "photo identité.jpg"]
    att_id = panel.entries()[1][0]
    target = tmp_path / "out" / "copy.jpg"
    target.parent.mkdir()
    with qtbot.waitSignal(panel.saved_to, timeout=10000):
        panel.save_to(att_id, str(target))
    assert target.read_bytes() == second.read_bytes()
    panel.remove(att_id)
    qtbot.waitUntil(lambda: len(panel.entries()) == 1, timeout=10000)
    with db.read_session() as s:
        assert [
            a.filename for a in attachments.list_attachments(s, contacts_ctx.actor, "contact", zoe.id)
        ] == ["contrat.pdf"]
    # A file that cannot be read is reported, and nothing is attached.
    answerer = ModalAnswerer(QMessageBox.StandardButton.Ok)
    panel.add_files([str(tmp_path / "missing.txt")])
    qtbot.waitUntil(lambda: bool(answerer.seen), timeout=10000)
    answerer.stop()
    assert "missing.txt" in answerer.seen[0]
    assert len(panel.entries()) == 1


def test_live_refresh_from_the_change_feed(qtbot, db, contacts_ctx):  # noqa: F811
    from sivadesk.ui.feed import FeedSubscriber

    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    contacts_ctx.feed = feed
    try:
        window = open_file(qtbot, contacts_ctx, zoe.id)
        # Another desktop adds a note, then deletes the contact.
        with db.session() as s:
            activity.add_note(s, contacts_ctx.actor, zoe.id, "Noté ailleurs")
        qtbot.waitUntil(lambda: any("Noté ailleurs" in e for e in window.timeline.entries()), timeout=10000)
        with db.session() as s:
            delete_contact(s, contacts_ctx.actor, zoe.id)
        qtbot.waitUntil(lambda: window.deleted, timeout=10000)
        assert window.banner.isVisibleTo(window) and not window.edit_button.isEnabled()
    finally:
        feed.stop()


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("en", {"IR": "Iran", "DE": "Germany", "JP": "Japan", "Perse": "Perse"}),
        ("fr", {"FR": "France", "ir": "Iran", "DE": "Allemagne", "GB": "Royaume-Uni", "LU": "Luxembourg"}),
        ("fa", {"IR": "ایران", "FR": "فرانسه", "AF": "افغانستان", "AE": "امارات متحده عربی"}),
    ],
)
def test_country_names_in_the_interface_language(language, code, names):  # noqa: F811
    language(code)
    assert {c: country_name(c) for c in names} == names


def test_persian_file_reads_right_to_left(qtbot, db, contacts_ctx, language):  # noqa: F811
    """Country by name, every value on the right (Latin, digits-only dates included), and the
    timeline's parts joined by a Persian comma, not by «·» (which reads as a zero)."""
    language("fa")
    contacts_ctx.settings.set("language", "fa")
    contacts_ctx.settings.set("calendar", "jalali")
    actor = contacts_ctx.actor
    address = AddressInput(street="بلوار کشاورز، پلاک ۱۰", postcode="1416753955", city="تهران", country="IR")
    maryam = add_contact(
        db, actor, "مریم", "کریمی", emails=("maryam@example.ir",), addresses=(address,), job_title="CEO"
    )
    with db.session() as s:
        activity.add_note(s, actor, maryam.id, "تماس گرفته شد")
    window = open_file(qtbot, contacts_ctx, maryam.id)
    form = window.details_form
    values = [form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget() for row in range(form.rowCount())]
    labels = [v for v in values if isinstance(v, QLabel)]
    assert len(labels) >= 5  # job title, e-mail, address, created, updated
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    assert all(label.alignment() & right == right for label in labels), [label.text() for label in labels]
    text = texts(window.details)
    assert "ایران" in text and "\nIR" not in text
    created = labels[-2].text()
    assert created.startswith("\u200f") and created[1] in "۰۱۲۳۴۵۶۷۸۹"  # laid out right to left
    entry = window.timeline.entries()[0]
    assert "، " in entry.splitlines()[-1] and "·" not in entry
