"""The Letters page: register tabs, a lazy list read page by page, register and void from the list,
live refresh from the change feed, Persian digits and right-to-left layout."""

from __future__ import annotations

import datetime as dt

import pytest
from contacts_fixtures import QT_STRICT, add_contact, contacts_ctx, language  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from shell_fixtures import out_dir

from sivadesk.ops import letters, registers
from sivadesk.ui.letter_form import LetterForm, find_letter_form
from sivadesk.ui.letter_form_parts import VoidDialog
from sivadesk.ui.letters_model import CORRESPONDENT, NUMBER, STATUS, SUBJECT, URGENCY, LettersModel, ListQuery
from sivadesk.ui.letters_page import LettersPage

pytestmark = QT_STRICT


@pytest.fixture
def two_registers(db, contacts_ctx):  # noqa: F811
    with db.session() as s:
        out = registers.create_register(
            s, contacts_ctx.actor, "Départ", "DEP", "outbound", "D-{year}-{seq:04}"
        )
        inn = registers.create_register(s, contacts_ctx.actor, "Arrivée", "ARR", "inbound", "A{seq}/{yy}")
    return out, inn


def make_page(qtbot, ctx) -> LettersPage:
    page = LettersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitUntil(lambda: page.model.complete or page.model.rowCount() > 0, timeout=10000)
    return page


_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def texts(page: LettersPage, col: int) -> list[str]:
    """The column's texts without the bidi isolates that keep numbers whole in Persian."""
    model = page.model
    return [model.data(model.index(r, col)).translate(_ISOLATES) for r in range(model.rowCount())]


def add_letters(db, actor, register_id: int, n: int, register: bool = False, **kw) -> list[int]:
    ids = []
    with db.session() as s:
        for i in range(n):
            x = letters.create_draft(s, actor, register_id, f"Lettre {i:03d}", **kw)
            if register:
                letters.register_letter(s, actor, x.id, dt.date.today())
            ids.append(x.id)
    return ids


def test_model_reads_pages_as_the_view_scrolls(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    out, _inn = two_registers
    add_letters(db, contacts_ctx.actor, out.id, 45)
    model = LettersModel(contacts_ctx, page_size=20)
    model.set_query(ListQuery(register_id=out.id))
    qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=10000)
    qtbot.waitUntil(lambda: model.total == 45, timeout=10000)  # the COUNT follows the first page
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=10000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.complete, timeout=10000)
    assert model.rowCount() == 45 and model.total == 45 and not model.canFetchMore()
    subjects = [model.data(model.index(r, SUBJECT)) for r in range(45)]
    assert subjects == [f"Lettre {i:03d}" for i in reversed(range(45))]  # newest first, no repeats


def test_register_tabs_filter_the_list(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    out, inn = two_registers
    contact = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    add_letters(db, contacts_ctx.actor, out.id, 2, register=True, urgency="immediate", contact_id=contact.id)
    add_letters(db, contacts_ctx.actor, inn.id, 3)
    page = make_page(qtbot, contacts_ctx)
    qtbot.waitUntil(lambda: page.tabs.count() == 3, timeout=10000)
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 5, timeout=10000)
    assert [page.tabs.tabText(i) for i in range(3)] == ["All registers", "Arrivée", "Départ"]
    page.show_register(out.id)
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 2, timeout=10000)
    year = dt.date.today().year
    assert sorted(texts(page, NUMBER)) == [f"D-{year}-0001", f"D-{year}-0002"]
    assert texts(page, CORRESPONDENT) == ["Zoé Martin", "Zoé Martin"]
    assert texts(page, URGENCY) == ["Immediate", "Immediate"]
    brush = page.model.data(page.model.index(0, URGENCY), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#c0392b")
    assert page.count_label.text() == "2 letters"
    page.show_register(inn.id)
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 3, timeout=10000)
    assert set(texts(page, NUMBER)) == {"(draft)"}
    # The search bar drives the list within the tab: its status filter, then words.
    bar = page.search_bar
    assert not bar.register.isVisibleTo(page)  # the tabs choose the register
    bar.status.setCurrentIndex(bar.status.findData("registered"))
    bar.emit_now()
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 0, timeout=10000)
    bar.status.setCurrentIndex(0)
    page.show_register(None)  # All registers
    bar.text.setText("0001")
    bar.emit_now()
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 1, timeout=10000)
    assert texts(page, NUMBER) == [f"D-{year}-0001"]
    assert page.count_label.text() == "1 letter"


def test_register_from_the_list_and_void_asks_a_reason(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    out, _inn = two_registers
    (lid,) = add_letters(db, contacts_ctx.actor, out.id, 1)
    page = make_page(qtbot, contacts_ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.select_row(0)
    assert page.register_action.isEnabled() and not page.void_action.isEnabled()
    page.register_action.trigger()
    year = dt.date.today().year
    qtbot.waitUntil(lambda: texts(page, NUMBER) == [f"D-{year}-0001"], timeout=10000)
    page.select_row(0)
    assert not page.register_action.isEnabled() and page.void_action.isEnabled()
    page.void_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, VoidDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Doublon")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: texts(page, STATUS) == ["Void"], timeout=10000)
    tip = page.model.data(page.model.index(0, SUBJECT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Void: Doublon"
    with db.read_session() as s:
        assert letters.get_letter(s, contacts_ctx.actor, lid).void_reason == "Doublon"


def test_open_and_new_letter_show_the_form(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    out, inn = two_registers
    (lid,) = add_letters(db, contacts_ctx.actor, inn.id, 1)
    page = make_page(qtbot, contacts_ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.select_row(0)
    page.open_action.trigger()
    form = find_letter_form(contacts_ctx, lid)
    assert isinstance(form, LetterForm)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.loads >= 1, timeout=10000)
    assert form.subject_edit.text() == "Lettre 000"
    page.show_register(out.id)
    page.new_action.trigger()
    new = page.dialog
    assert isinstance(new, LetterForm)
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.loads >= 1, timeout=10000)
    assert new.register_combo.currentData() == out.id
    new.subject_edit.setText("Nouvelle lettre")
    new.save_button.click()
    qtbot.waitUntil(lambda: "Nouvelle lettre" in texts(page, SUBJECT), timeout=10000)


def test_feed_refreshes_the_list(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    from sivadesk.ui.feed import FeedSubscriber

    out, _inn = two_registers
    feed = FeedSubscriber(db, poll_interval=0.05)
    contacts_ctx.feed = feed
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    try:
        page = make_page(qtbot, contacts_ctx)
        assert page.model.rowCount() == 0
        first = add_letters(db, contacts_ctx.actor, out.id, 2)  # "another desktop"
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
        assert page.select_letter(first[0])
        add_letters(db, contacts_ctx.actor, out.id, 3)
        qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10000)
        assert page.current_id() == first[0]  # the selection stays on the same letter
    finally:
        feed.stop()


@pytest.mark.parametrize("code", ["en", "fa"])
def test_list_in_english_and_persian(qtbot, db, contacts_ctx, two_registers, language, code, tmp_path):  # noqa: F811
    language(code)
    contacts_ctx.settings.set("language", code)
    contacts_ctx.settings.set("calendar", "jalali" if code == "fa" else "gregorian")
    out, inn = two_registers
    actor = contacts_ctx.actor
    people = [add_contact(db, actor, "مریم", "کریمی"), add_contact(db, actor, "Zoé", "Martin")]
    with db.session() as s:
        for i, (subject, urgency, cls) in enumerate(
            [
                ("درخواست همکاری", "immediate", "confidential"),
                ("Devis 2025", "urgent", "normal"),
                ("پاسخ به نامه شماره ۱۲۳", "normal", "normal"),
                ("Invitation", "normal", "secret"),
            ]
        ):
            x = letters.create_draft(
                s,
                actor,
                out.id if i % 2 else inn.id,
                subject,
                urgency=urgency,
                classification=cls,
                contact_id=people[i % 2].id,
            )
            if i < 3:
                letters.register_letter(s, actor, x.id, dt.date(2025, 3, 21))
    page = make_page(qtbot, contacts_ctx)
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 4, timeout=10000)
    numbers = texts(page, NUMBER)
    if code == "fa":
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "D-۲۰۲۵-۰۰۰۱" in numbers and "A۱/۲۵" in numbers
        from sivadesk.calendars import format_date

        assert set(texts(page, 1)) == {format_date(dt.datetime.now(dt.UTC).astimezone(), "jalali", True)}
    else:
        assert "D-2025-0001" in numbers and "A1/25" in numbers
    qtbot.wait(50)
    page.grab().save(str(out_dir(tmp_path) / f"letters-{code}.png"))


def test_main_window_navigation_and_open_letter(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    from sivadesk.ui.main_window import MainWindow
    from sivadesk.ui.registers_page import RegistersPage

    _out, inn = two_registers
    (lid,) = add_letters(db, contacts_ctx.actor, inn.id, 1)
    window = MainWindow(contacts_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)  # shortcuts need it
    assert "letters" in window.page_keys and "registers" in window.page_keys  # an administrator
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "letters"
    assert isinstance(window.pages["letters"], LettersPage)
    assert window.nav.currentItem().text() == "Letters"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages["registers"], RegistersPage) and window.current_key() == "registers"
    window.open_letter(lid)
    form = find_letter_form(contacts_ctx, lid)
    assert form is not None
    qtbot.waitUntil(lambda: form.loads >= 1, timeout=10000)
    assert form.subject_edit.text() == "Lettre 000"
    form.close()
    window.close()


def test_agents_have_letters_but_no_register_administration(qtbot, db, contacts_ctx, tmp_path):  # noqa: F811
    from contacts_fixtures import make_ctx

    from sivadesk.models import Role
    from sivadesk.ops import users
    from sivadesk.ops.context import Actor
    from sivadesk.ui.main_window import MainWindow

    with db.session() as s:
        info = users.create_user(s, contacts_ctx.actor, "agent", "Agent Smith", "agent-password", Role.AGENT)
    gen = make_ctx(qtbot, db, Actor(info.id, "agent", Role.AGENT), tmp_path)
    ctx = next(gen)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        assert "letters" in window.page_keys and "registers" not in window.page_keys
        page = window.show_page("letters")
        assert isinstance(page, LettersPage)
        page.select_row(0)
        assert not page.void_action.isEnabled()
    finally:
        window.close()
        next(gen, None)


def test_quitting_asks_about_an_unsaved_draft(qtbot, db, contacts_ctx, two_registers):  # noqa: F811
    from contacts_fixtures import ModalAnswerer
    from PySide6.QtWidgets import QMessageBox

    from sivadesk.ui.main_window import MainWindow

    window = MainWindow(contacts_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("letters")
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: page.new_action.isEnabled(), timeout=10000)
    page.new_action.trigger()
    form = page.dialog
    assert isinstance(form, LetterForm)
    qtbot.waitUntil(lambda: form.loads >= 1, timeout=10000)
    form.subject_edit.setText("À finir demain")
    answers = ModalAnswerer(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard)
    try:
        window.close()  # Cancel: nothing closes
        assert window.isVisible() and form.isVisible()
        window.close()  # Discard: the draft is dropped, the window closes
        assert not window.isVisible()
        assert len(answers.seen) == 2
    finally:
        answers.stop()
    with db.read_session() as s:
        assert letters.list_letters(s, contacts_ctx.actor) == []
