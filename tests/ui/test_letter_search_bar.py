"""LetterSearchBar on both stores: debounced queries, filters (dates in the user's calendar), lists
read on the runner, saved searches saved, applied and deleted through the real services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, out_dir

from sivadesk.db import Database
from sivadesk.ops import registers
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_search import LetterQuery, list_saved_searches
from sivadesk.ui.context import UiContext
from sivadesk.ui.letter_search_bar import LetterSearchBar

pytestmark = QT_MARKS


def _bar(qtbot: QtBot, ctx: UiContext) -> LetterSearchBar:
    bar = LetterSearchBar(ctx)
    qtbot.addWidget(bar)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    return bar


def _register(db: Database, admin: Actor) -> int:
    with db.session() as s:
        return registers.create_register(s, admin, "Départ", "DEP", "outbound", "DEP-{year}-{seq:04}").id


def test_typing_emits_one_debounced_query(qtbot: QtBot, admin_ctx: UiContext) -> None:
    bar = _bar(qtbot, admin_ctx)
    seen: list[LetterQuery] = []
    bar.query_changed.connect(seen.append)
    with qtbot.waitSignal(bar.query_changed, timeout=3000):
        qtbot.keyClicks(bar.text, "facture")
    assert [q.text for q in seen] == ["facture"]  # one signal for the whole burst of typing
    qtbot.keyClick(bar.text, "s")
    bar.text.returnPressed.emit()  # Enter: at once
    assert seen[-1].text == "factures" and len(seen) == 2
    qtbot.wait(400)
    assert len(seen) == 2  # the pending timer was cancelled by Enter


def test_filters_make_the_query(qtbot: QtBot, db: Database, admin: Actor, admin_ctx: UiContext) -> None:
    rid = _register(db, admin)
    bar = _bar(qtbot, admin_ctx)
    assert bar.register.findData(rid) > 0  # loaded on the runner
    assert bar.signer.findData(admin.user_id) > 0
    bar.filters_button.click()
    assert not bar.filter_row.isHidden()
    bar.register.setCurrentIndex(bar.register.findData(rid))
    bar.urgency.setCurrentIndex(bar.urgency.findData("urgent"))
    bar.status.setCurrentIndex(bar.status.findData("registered"))
    bar.signer.setCurrentIndex(bar.signer.findData(admin.user_id))
    bar.date_from.setDate(dt.date(2025, 3, 21))
    qtbot.keyClicks(bar.correspondent, "Karimi")
    with qtbot.waitSignal(bar.query_changed, timeout=3000) as sig:
        pass
    q = sig.args[0]
    assert q == LetterQuery(
        register_id=rid,
        urgency="urgent",
        status="registered",
        signer_user_id=admin.user_id,
        date_from=dt.date(2025, 3, 21),
        correspondent="Karimi",
    )
    assert bar.active_filters() == 6 and "6" in bar.filters_button.text()
    bar.set_correspondent(42, "ACME")
    assert bar.query().correspondent == 42 and bar.correspondent.text() == "ACME"
    with qtbot.waitSignal(bar.query_changed, timeout=3000) as sig:
        bar.clear_button.click()
    assert sig.args[0] == LetterQuery() and bar.active_filters() == 0


def test_jalali_dates_and_a_half_typed_date(qtbot: QtBot, admin_ctx: UiContext) -> None:
    admin_ctx.settings.set("calendar", "jalali")
    admin_ctx.settings.set("language", "fa")
    bar = _bar(qtbot, admin_ctx)
    bar.date_to.edit.insert("۱۴۰۴/۰۱/۰۱")
    with qtbot.waitSignal(bar.query_changed, timeout=3000) as sig:
        pass
    assert sig.args[0].date_to == dt.date(2025, 3, 21)
    seen: list[LetterQuery] = []
    bar.query_changed.connect(seen.append)
    bar.date_to.edit.backspace()  # "۱۴۰۴/۰۱/۰": not a date yet
    qtbot.wait(500)
    assert seen == [] and not bar.date_to.isValid()  # no query while the date is half typed


def test_saved_searches(
    qtbot: QtBot, db: Database, admin: Actor, admin_ctx: UiContext, tmp_path: Path
) -> None:
    bar = _bar(qtbot, admin_ctx)
    assert bar.saved == []
    bar.text.setText("résiliation")
    bar.urgency.setCurrentIndex(bar.urgency.findData("urgent"))
    with qtbot.waitSignal(bar.saved_loaded, timeout=10000):
        bar.save_current("Résiliations urgentes", shared=True)
    assert [(s.name, s.shared) for s in bar.saved] == [("Résiliations urgentes", True)]
    with db.read_session() as s:
        stored = list_saved_searches(s, admin)
    assert stored[0].query == LetterQuery(text="résiliation", urgency="urgent")
    labels = [a.text() for a in bar.saved_menu.actions()]
    assert "Résiliations urgentes" in labels
    bar.clear()
    with qtbot.waitSignal(bar.query_changed, timeout=3000) as sig:
        next(a for a in bar.saved_menu.actions() if a.text() == "Résiliations urgentes").trigger()
    assert sig.args[0] == LetterQuery(text="résiliation", urgency="urgent")
    assert bar.text.text() == "résiliation" and bar.urgency.currentData() == "urgent"
    bar.resize(900, bar.sizeHint().height())
    bar.show()
    bar.grab().save(str(out_dir(tmp_path) / "letter_search_bar.png"))
    with qtbot.waitSignal(bar.saved_loaded, timeout=10000):
        bar.delete_saved(bar.saved[0].id)
    assert bar.saved == []


def test_an_agent_does_not_see_others_private_searches(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, agent_ctx: UiContext
) -> None:
    from sivadesk.ops.letter_search import save_search

    with db.session() as s:
        save_search(s, admin, "Privée", LetterQuery(text="x"))
        save_search(s, admin, "Pour tous", LetterQuery(text="y"), shared=True)
    bar = _bar(qtbot, agent_ctx)
    assert [(i.name, i.mine) for i in bar.saved] == [("Pour tous", False)]
    delete_menus = [a for a in bar.saved_menu.actions() if a.menu() is not None]
    assert delete_menus == []  # nothing of its own to delete
