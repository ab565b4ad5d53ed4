"""The Contacts page and the contact form: filters, create/edit/delete, duplicates, permissions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from contacts_fixtures import (  # noqa: F401
    QT_STRICT,
    ModalAnswerer,
    add_contact,
    contacts_ctx,
    language,
    receptionist,
    receptionist_ctx,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

import sivadesk
from sivadesk.errors import ENTITY_NAMES, NotFound
from sivadesk.models import ContactKind
from sivadesk.ops.contact_search import ContactQuery, count_contacts, list_contacts
from sivadesk.ops.contacts import get_contact
from sivadesk.ui.contact_edit import ContactEditDialog
from sivadesk.ui.contact_file import find_contact_file
from sivadesk.ui.contacts_model import EMAIL, NAME, ORGANIZATION, PHONE, UPDATED, ContactIdRole
from sivadesk.ui.contacts_page import ContactsPage
from sivadesk.ui.errors import message_of

pytestmark = QT_STRICT


def make_page(qtbot, ctx) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.known, timeout=10000)
    return page


def shown_names(qtbot, page: ContactsPage) -> list[str]:
    model = page.model
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, NAME)
        qtbot.waitUntil(lambda i=index: model.data(i) != "…", timeout=10000)
        out.append(model.data(index))
    return out


def search(qtbot, page: ContactsPage, text: str) -> list[str]:
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.search.clear()
        if text.isascii():
            qtbot.keyClicks(page.search, text)  # debounced: one query after the typing pause
        else:
            page.search.insert(text)  # QTest can only type ASCII keys
    assert page.model.query.text == text
    return shown_names(qtbot, page)


def _people(db, actor):
    add_contact(db, actor, "Zoé", "Martin", phones=("0612345678",), emails=("zoe@martin.fr",), tags=("VIP",))
    add_contact(db, actor, "Émile", "Durand", phones=("+33 1 42 68 53 00",), emails=("emile@durand.fr",))
    add_contact(db, actor, organization="Boulangerie Dupont", kind=ContactKind.COMPANY)
    add_contact(db, actor, "مریم", "کریمی", phones=("+98 912 345 6789",), kind=ContactKind.LEAD)
    add_contact(db, actor, "Kaveh", "Bad", phones=("12ab",))


def test_search_box_filters_by_name_phone_email_and_persian(qtbot, db, contacts_ctx):  # noqa: F811
    _people(db, contacts_ctx.actor)
    page = make_page(qtbot, contacts_ctx)
    assert page.count_label.text() == "5 contacts"
    assert search(qtbot, page, "zoe") == ["Zoé Martin"]
    assert search(qtbot, page, "0612345678") == ["Zoé Martin"]
    assert search(qtbot, page, "+33 6 12 34 56 78") == ["Zoé Martin"]
    assert search(qtbot, page, "612345678") == ["Zoé Martin"]
    assert search(qtbot, page, "emile@durand.fr") == ["Émile Durand"]
    assert search(qtbot, page, "مريم كريمي") == ["مریم کریمی"]  # Arabic yeh and kaf
    assert page.count_label.text() == "1 contact"


def test_kind_tag_and_invalid_phone_filters(qtbot, db, contacts_ctx):  # noqa: F811
    _people(db, contacts_ctx.actor)
    page = make_page(qtbot, contacts_ctx)
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData("lead"))
    assert shown_names(qtbot, page) == ["مریم کریمی"]
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.kind_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.tag_filter.findData("VIP") > 0, timeout=10000)
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.tag_filter.setCurrentIndex(page.tag_filter.findData("VIP"))
    assert shown_names(qtbot, page) == ["Zoé Martin"]
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.tag_filter.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.invalid_only.setChecked(True)
    assert shown_names(qtbot, page) == ["Kaveh Bad"]
    phone = page.model.index(0, PHONE)
    assert page.model.data(phone, Qt.ItemDataRole.DecorationRole) is not None


def test_sort_by_clicking_headers(qtbot, db, contacts_ctx):  # noqa: F811
    _people(db, contacts_ctx.actor)
    page = make_page(qtbot, contacts_ctx)
    assert shown_names(qtbot, page)[0] == "Boulangerie Dupont"
    header = page.view.horizontalHeader()
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        header.setSortIndicator(NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(qtbot, page)[0] == "مریم کریمی"
    header.setSortIndicator(PHONE, Qt.SortOrder.AscendingOrder)  # not a database sort: refused
    assert header.sortIndicatorSection() == NAME
    assert page.model.query.descending


def _fill_person(dialog: ContactEditDialog, first: str, last: str, phone: str = "", email: str = "") -> None:
    dialog.first_name.setText(first)
    dialog.last_name.setText(last)
    if phone:
        dialog.phones.add_row((phone, "mobile"))
    if email:
        dialog.emails.add_row((email,))


def _count(db, actor, **query) -> int:
    with db.read_session() as s:
        return count_contacts(s, actor, ContactQuery(**query))


def test_create_through_the_dialog(qtbot, db, contacts_ctx):  # noqa: F811
    page = make_page(qtbot, contacts_ctx)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible()
    _fill_person(dialog, "Hélène", "Léger", "06 11 22 33 44", "helene@leger.fr")
    dialog.job_title.setText("Gérante")
    dialog.tags.setText("fournisseur, Lyon")
    dialog.custom.add_row(("SIRET", "123 456 789 00012"))
    dialog.addresses.add_row(("bureau", "3 rue de la Paix", "69002", "Lyon", "", "fr"))
    dialog.notes.setPlainText("Rappeler le lundi")
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        dialog.save_button.click()
    assert shown_names(qtbot, page) == ["Hélène Léger"]
    with db.read_session() as s:
        c = get_contact(s, contacts_ctx.actor, page.model.data(page.model.index(0, 0), ContactIdRole))
    assert c.phones[0].e164 == "+33611223344" and c.phones[0].label == "mobile"
    assert c.emails == ("helene@leger.fr",)
    assert set(c.tags) == {"fournisseur", "Lyon"}
    assert c.custom == {"SIRET": "123 456 789 00012"}
    assert c.addresses[0].city == "Lyon" and c.addresses[0].country == "FR"
    assert c.job_title == "Gérante" and c.notes == "Rappeler le lundi"


def test_company_link_is_picked_by_search(qtbot, db, contacts_ctx):  # noqa: F811
    company = add_contact(db, contacts_ctx.actor, organization="Boulangerie Dupont", kind=ContactKind.COMPANY)
    add_contact(db, contacts_ctx.actor, "Boulanger", "Paul")  # a person: never offered as a company
    dialog = ContactEditDialog(contacts_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.company
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "boulang")
    qtbot.waitUntil(lambda: field.results.rowCount() == 1, timeout=10000)
    index = field.completer.completionModel().index(0, 0)
    field.completer.activated[type(index)].emit(index)
    assert field.company_id == company.id
    assert dialog.contact_input().company_id == company.id
    field.edit.setText("x")
    field.edit.textEdited.emit("x")
    assert field.company_id is None


def test_validation_error_is_shown_next_to_the_form(qtbot, db, contacts_ctx):  # noqa: F811
    page = make_page(qtbot, contacts_ctx)
    page.new_contact()
    dialog = page.edit_dialog
    _fill_person(dialog, "Jean", "Sans-Mail", email="not-an-address")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "not-an-address is not an e-mail address" in dialog.error_label.text()
    assert dialog.emails.table.styleSheet()
    assert dialog.isVisible()
    dialog.first_name.clear()
    dialog.last_name.clear()
    dialog.emails.set_rows([])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "needs a name" in dialog.error_label.text(), timeout=10000)
    assert not dialog.emails.table.styleSheet()  # the old mark is gone
    assert _count(db, contacts_ctx.actor) == 0


def test_duplicate_warning_then_create_anyway(qtbot, db, contacts_ctx):  # noqa: F811
    add_contact(db, contacts_ctx.actor, "Zoé", "Martin", phones=("0612345678",))
    page = make_page(qtbot, contacts_ctx)
    # "Go back": nothing is created, the form stays open.
    page.new_contact()
    dialog = page.edit_dialog
    _fill_person(dialog, "Zoe", "Martin-Bis", phone="+33 6 12 34 56 78")
    answerer = ModalAnswerer("Go back")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(answerer.seen), timeout=10000)
    assert "Zoé Martin" in answerer.seen[0] and "Create anyway?" in answerer.seen[0]
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    assert dialog.isVisible()
    assert _count(db, contacts_ctx.actor) == 1
    # "Create anyway": saved with allow_duplicate.
    answerer.answers.append("Create anyway")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()
    answerer.stop()
    assert len(answerer.seen) == 2
    assert _count(db, contacts_ctx.actor) == 2


def test_invalid_phone_is_saved_raw_and_flagged(qtbot, db, contacts_ctx):  # noqa: F811
    page = make_page(qtbot, contacts_ctx)
    page.new_contact()
    dialog = page.edit_dialog
    _fill_person(dialog, "Kaveh", "Sans-Numéro", phone="tél. 45")
    assert dialog.phone_hint.isVisible()
    assert not dialog.phones.table.item(0, 0).icon().isNull()
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        dialog.save_button.click()
    assert shown_names(qtbot, page) == ["Kaveh Sans-Numéro"]
    phone = page.model.index(0, PHONE)
    assert page.model.data(phone) == "\u200etél. 45\u200e"
    assert page.model.data(phone, Qt.ItemDataRole.DecorationRole) is not None
    with db.read_session() as s:
        [row] = list_contacts(s, contacts_ctx.actor, ContactQuery(invalid_phones_only=True))
    assert row.has_invalid_phone


def test_edit_from_the_list(qtbot, db, contacts_ctx):  # noqa: F811
    add_contact(db, contacts_ctx.actor, "Zoé", "Martin", phones=("0612345678",))
    page = make_page(qtbot, contacts_ctx)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.current_id() is not None, timeout=10000)
    page.edit_action.trigger()
    qtbot.waitUntil(lambda: page.edit_dialog is not None, timeout=10000)
    dialog = page.edit_dialog
    assert dialog.last_name.text() == "Martin"
    assert dialog.phones.rows() == [["0612345678", ""]]
    dialog.last_name.setText("Martin-Roux")
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        dialog.save_button.click()
    assert shown_names(qtbot, page) == ["Zoé Martin-Roux"]


def test_enter_opens_and_delete_asks_then_deletes(qtbot, db, contacts_ctx):  # noqa: F811
    first = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    add_contact(db, contacts_ctx.actor, "Émile", "Durand")
    page = make_page(qtbot, contacts_ctx)
    page.select_row(1)
    qtbot.waitUntil(lambda: page.current_id() == first.id, timeout=10000)
    page.view.setFocus()
    with qtbot.waitSignal(page.contact_opened, timeout=10000) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    window = find_contact_file(contacts_ctx, first.id)
    assert window is not None
    qtbot.waitUntil(lambda: window.loads > 0, timeout=10000)
    window.close()
    answerer = ModalAnswerer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(answerer.seen) == 1, timeout=10000)
    assert "Delete Zoé Martin?" in answerer.seen[0]
    assert _count(db, contacts_ctx.actor) == 2
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    answerer.stop()
    assert shown_names(qtbot, page) == ["Émile Durand"]
    assert _count(db, contacts_ctx.actor) == 1


def test_receptionist_cannot_delete(qtbot, db, contacts_ctx, receptionist_ctx):  # noqa: F811
    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    page = make_page(qtbot, receptionist_ctx)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.current_id() == zoe.id, timeout=10000)
    assert page.new_action.isEnabled() and page.edit_action.isEnabled()
    assert not page.delete_action.isEnabled()
    # Whatever the buttons say, the service refuses, and the refusal is shown.
    answerer = ModalAnswerer(None)
    page.delete_contact(zoe.id)
    qtbot.waitUntil(lambda: bool(answerer.seen), timeout=10000)
    answerer.stop()
    assert "not allowed" in answerer.seen[0] and "contacts.delete" in answerer.seen[0]
    assert _count(db, contacts_ctx.actor) == 1


def test_a_closed_page_stops_loading_and_resumes_when_shown(qtbot, db, contacts_ctx):  # noqa: F811
    _people(db, contacts_ctx.actor)
    page = make_page(qtbot, contacts_ctx)
    page.close()
    assert page.model.stopped
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.show()
    assert not page.model.stopped and page.model.counted
    assert len(shown_names(qtbot, page)) == 5


def test_an_open_file_follows_edits_and_deletion_from_the_list(qtbot, db, contacts_ctx):  # noqa: F811
    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    page = make_page(qtbot, contacts_ctx)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.current_id() == zoe.id, timeout=10000)
    page.open_current()
    window = find_contact_file(contacts_ctx, zoe.id)
    qtbot.waitUntil(lambda: window.loads > 0, timeout=10000)
    page.edit_current()
    qtbot.waitUntil(lambda: page.edit_dialog is not None, timeout=10000)
    page.edit_dialog.last_name.setText("Martin-Roux")
    with qtbot.waitSignal(page.edit_dialog.saved, timeout=10000):
        page.edit_dialog.save_button.click()
    assert window.name_label.text() == "Zoé Martin-Roux"
    page.delete_contact(zoe.id)
    qtbot.waitUntil(lambda: window.deleted, timeout=10000)
    assert window.banner.isVisibleTo(window)


# -- languages: column widths, left-to-right cells, counts, messages -------------------------------


def _speak(language, ctx, code: str) -> None:  # noqa: F811
    language(code)
    ctx.settings.set("language", code)
    ctx.settings.set("calendar", "jalali" if code == "fa" else "gregorian")


def _assert_columns_fit(page: ContactsPage) -> None:
    header = page.view.horizontalHeader()
    assert header.length() <= page.view.viewport().width(), [header.sectionSize(c) for c in range(7)]
    assert page.view.horizontalScrollBar().maximum() == 0
    for col, needed in page.content_widths().items():
        assert header.sectionSize(col) >= needed, col
    assert header.sectionSize(NAME) >= 150
    fm = page.view.fontMetrics()
    for row in range(page.model.rowCount()):
        date = page.model.data(page.model.index(row, UPDATED))
        assert fm.horizontalAdvance(date) < header.sectionSize(UPDATED)


@pytest.mark.parametrize("code", ["en", "fr", "fa"])
def test_every_column_is_on_screen_at_1200_and_1000_px(qtbot, db, contacts_ctx, language, code):  # noqa: F811
    _speak(language, contacts_ctx, code)
    _people(db, contacts_ctx.actor)
    page = ContactsPage(contacts_ctx)
    qtbot.addWidget(page)
    page.resize(1030, 600)  # the page in a 1200 px wide main window (the side bar takes the rest)
    page.show()
    qtbot.waitUntil(lambda: page.model.counted, timeout=10000)
    _assert_columns_fit(page)
    page.resize(830, 600)  # a 1000 px wide window: still every column, the wide ones narrower
    qtbot.waitUntil(lambda: page.view.viewport().width() < 830, timeout=5000)
    _assert_columns_fit(page)
    # A column the user sized stays as they left it.
    page.view.horizontalHeader().resizeSection(ORGANIZATION, 321)
    page.resize(1030, 600)
    qtbot.waitUntil(lambda: page.view.viewport().width() > 830, timeout=5000)
    assert page.view.horizontalHeader().sectionSize(ORGANIZATION) == 321


def test_email_cells_read_left_to_right_in_persian(qtbot, db, contacts_ctx, language):  # noqa: F811
    """An elided address keeps its "…" at the end (the right), on the reading side of the cell."""
    _speak(language, contacts_ctx, "fa")
    add_contact(db, contacts_ctx.actor, "مریم", "کریمی", emails=("maryam.karimi@sherkat-e-bazargani.ir",))
    page = make_page(qtbot, contacts_ctx)
    index = page.model.index(0, EMAIL)
    qtbot.waitUntil(lambda: page.model.data(index) is not None, timeout=10000)
    option = QStyleOptionViewItem()
    option.initFrom(page.view)
    page.view.itemDelegateForColumn(EMAIL).initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    assert option.displayAlignment & side == side
    # Other columns keep the interface's direction.
    other = QStyleOptionViewItem()
    other.initFrom(page.view)
    page.view.itemDelegateForIndex(page.model.index(0, NAME)).initStyleOption(
        other, page.model.index(0, NAME)
    )
    assert other.direction == Qt.LayoutDirection.RightToLeft


def test_the_count_has_plural_forms(qtbot, db, contacts_ctx, language):  # noqa: F811
    add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    page = make_page(qtbot, contacts_ctx)
    qtbot.waitUntil(lambda: page.count_label.text() == "1 contact", timeout=10000)
    _speak(language, contacts_ctx, "fa")
    _people(db, contacts_ctx.actor)
    persian = make_page(qtbot, contacts_ctx)
    qtbot.waitUntil(lambda: persian.count_label.text() == "۶ مخاطب", timeout=10000)


def _entity_names_in_ops() -> set[str]:
    """Every literal ``what=`` of a NotFound raised in sivadesk/ops."""
    names = set()
    for path in (Path(sivadesk.__file__).parent / "ops").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "NotFound":
                names |= {
                    k.value.value
                    for k in node.keywords
                    if k.arg == "what" and isinstance(k.value, ast.Constant)
                }
    return names


@pytest.mark.parametrize(
    ("code", "expected"), [("fr", "Contact 999 introuvable."), ("fa", "مخاطب 999 وجود ندارد.")]
)
def test_not_found_is_said_entirely_in_the_language(db, admin, language, code, expected):  # noqa: F811
    language(code)
    with db.read_session() as s, pytest.raises(NotFound) as caught:
        get_contact(s, admin, 999)
    assert message_of(caught.value) == expected
    attachment = message_of(NotFound(what="Attachment", id=7))
    assert attachment == {"fr": "Pièce jointe 7 introuvable.", "fa": "پیوست 7 وجود ندارد."}[code]
    # Every entity the services can report is marked for translation, and translated.
    assert _entity_names_in_ops() <= set(ENTITY_NAMES)
    for name in ENTITY_NAMES:
        translated = QCoreApplication.translate("errors", name)
        assert translated != name or (code, name) == ("fr", "Contact"), name
