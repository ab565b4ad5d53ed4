"""Register administration: the live preview follows the typed format (a hint, nothing reserved),
bad templates say what is wrong, registers are created and changed through the service, and the
numbering rules lock once a register has given numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from contacts_fixtures import QT_STRICT, contacts_ctx, language  # noqa: F401
from PySide6.QtCore import Qt
from shell_fixtures import out_dir

from sivadesk.calendars import to_jalali
from sivadesk.models import RegisterCounter
from sivadesk.ops import letters, registers, users
from sivadesk.ui.registers_page import RegistersPage, preview_number

pytestmark = QT_STRICT


def make_page(qtbot, ctx) -> RegistersPage:
    page = RegistersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10000)
    return page


def retype(qtbot, page: RegistersPage, text: str) -> str:
    edit = page.form.format_edit
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    return page.preview_text()


def test_preview_number_reads_the_counter_of_this_period():
    when = dt.date(2025, 3, 21)  # Nowruz: 1404/01/01
    counters = {("1404", ""): 41, ("1403", ""): 900}
    assert preview_number("{seq}/ق/{year}", "jalali", "yearly", "global", counters, when, None) == "42/ق/1404"
    assert (
        preview_number("OUT-{year}-{seq:05}", "gregorian", "yearly", "global", {}, when, None)
        == "OUT-2025-00001"
    )
    dept = {("", "FIN"): 7}
    assert preview_number("{dept}-{seq}", "gregorian", "never", "department", dept, when, "FIN") == "FIN-8"


def test_preview_follows_typing_and_explains_bad_formats(qtbot, contacts_ctx):  # noqa: F811
    page = make_page(qtbot, contacts_ctx)
    year = dt.date.today().year
    assert retype(qtbot, page, "OUT-{year}-{seq:05}") == f"OUT-{year}-00001"
    # Each keystroke updates it: half-typed formats are explained, not guessed.
    page.form.format_edit.clear()
    qtbot.keyClicks(page.form.format_edit, "OUT-{ye")
    assert page.form.format_error.isVisible()
    assert "never closed" in page.form.format_error.text()
    assert page.preview_text() == "—"
    qtbot.keyClicks(page.form.format_edit, "ar}-{seq}")
    assert not page.form.format_error.isVisible()
    assert page.preview_text() == f"OUT-{year}-1"
    assert retype(qtbot, page, "{seq}-{foo}") == "—"
    assert "Unknown token {foo}" in page.form.format_error.text()
    assert retype(qtbot, page, "{seq}") == "—"  # yearly reset needs the year
    assert "{year} or {yy}" in page.form.format_error.text()
    page.form.reset_combo.setCurrentIndex(page.form.reset_combo.findData("never"))
    qtbot.waitUntil(lambda: page.preview_text() == "1", timeout=2000)
    # Clicking a token inserts it where the cursor is.
    page.form.format_edit.setCursorPosition(0)
    next(b for b in page.form.token_buttons if b.text() == "{yy}").click()
    assert page.form.format_edit.text() == "{yy}{seq}"
    # Jalali calendar: the year changes with the calendar, at once.
    page.form.calendar_combo.setCurrentIndex(page.form.calendar_combo.findData("jalali"))
    jy = to_jalali(dt.date.today())[0] % 100
    qtbot.waitUntil(lambda: page.preview_text() == f"{jy:02d}1", timeout=2000)


def test_create_register_from_the_form(qtbot, db, contacts_ctx):  # noqa: F811
    page = make_page(qtbot, contacts_ctx)
    page.form.name_edit.setText("Courrier départ")
    page.form.code_edit.setText("dep")
    page.form.direction_combo.setCurrentIndex(page.form.direction_combo.findData("outbound"))
    retype(qtbot, page, "D-{year}-{seq:04}")
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save_button.click()
    qtbot.waitUntil(lambda: page.register_codes() == ["DEP"], timeout=10000)
    with db.read_session() as s:
        (r,) = registers.list_registers(s)
    assert (r.code, r.direction, r.format, r.reset) == ("DEP", "outbound", "D-{year}-{seq:04}", "yearly")
    assert page.status.text() == "Register DEP saved."
    # Nothing was reserved by the preview.
    with db.read_session() as s:
        assert s.query(RegisterCounter).count() == 0


def test_service_errors_mark_the_field(qtbot, db, contacts_ctx):  # noqa: F811
    with db.session() as s:
        registers.create_register(s, contacts_ctx.actor, "Arrivée", "ARR", "inbound", "A{seq}/{yy}")
    page = make_page(qtbot, contacts_ctx)
    page.form.name_edit.setText("Autre")
    page.form.code_edit.setText("arr")
    retype(qtbot, page, "{seq}/{year}")
    page.save_button.click()
    qtbot.waitUntil(page.error_label.isVisible, timeout=10000)
    assert page.error_label.text() == "The register code ARR is taken."
    assert "c0392b" in page.form.code_edit.styleSheet()


def test_rules_lock_after_numbers_and_preview_counts_on(qtbot, db, contacts_ctx):  # noqa: F811
    actor = contacts_ctx.actor
    with db.session() as s:
        r = registers.create_register(s, actor, "Arrivée", "ARR", "inbound", "A{seq}/{yy}")
        for i in range(3):
            x = letters.create_draft(s, actor, r.id, f"Lettre {i}")
            letters.register_letter(s, actor, x.id, dt.date.today())
    page = make_page(qtbot, contacts_ctx)
    page.select_register(r.id)
    yy = dt.date.today().year % 100
    qtbot.waitUntil(lambda: page.preview_text() == f"A4/{yy:02d}", timeout=5000)
    assert not page.form.calendar_combo.isEnabled() and not page.form.reset_combo.isEnabled()
    assert page.form.rules_note.isVisible()
    # The format may still change; saving it keeps the counter.
    retype(qtbot, page, "ARR-{seq:03}/{yy}")
    assert page.preview_text() == f"ARR-004/{yy:02d}"
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save_button.click()
    with db.read_session() as s:
        assert registers.get_register(s, r.id).format == "ARR-{seq:03}/{yy}"


def test_department_registers_preview_per_department(qtbot, db, contacts_ctx):  # noqa: F811
    with db.session() as s:
        users.create_department(s, contacts_ctx.actor, "Finances", "FIN")
    page = make_page(qtbot, contacts_ctx)
    page.form.scope_combo.setCurrentIndex(page.form.scope_combo.findData("department"))
    assert retype(qtbot, page, "{seq}/{year}") == "—"
    assert "{dept}" in page.form.format_error.text()
    year = dt.date.today().year
    assert retype(qtbot, page, "{dept}/{seq}/{year}") == f"FIN/1/{year}"
    assert page.form.dept_combo.isVisible()


@pytest.mark.parametrize("code", ["en", "fa"])
def test_screens_in_english_and_persian(qtbot, db, contacts_ctx, language, code, tmp_path):  # noqa: F811
    language(code)
    with db.session() as s:
        registers.create_register(
            s, contacts_ctx.actor, "دبیرخانه صادره", "OUT", "outbound", "{seq}/ص/{year}", calendar="jalali"
        )
        registers.create_register(
            s, contacts_ctx.actor, "Courrier arrivée", "ARR", "inbound", "A-{year}-{seq:05}"
        )
    contacts_ctx.settings.set("language", code)
    page = make_page(qtbot, contacts_ctx)
    page.select_register(page.data.registers[1].id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.code == "OUT", timeout=5000)
    jy = to_jalali(dt.date.today())[0]
    expected = f"1/ص/{jy}"
    if code == "fa":
        from sivadesk.textnorm import to_persian_digits

        expected = to_persian_digits(expected)
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.form.format_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert page.preview_text() == expected
    qtbot.wait(50)
    page.grab().save(str(out_dir(tmp_path) / f"registers-{code}.png"))
