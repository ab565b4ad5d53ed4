"""Referral screens offscreen against the real stores: the dialog creates steps, the tree shows and
changes them, the cartable counts and opens, and a referral made on another connection pops up a card
through the change feed. Screenshots in English and Persian go to ``$SIVADESK_SCREENSHOTS``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, make_ctx, out_dir

from sivadesk.db import Database
from sivadesk.models import Register, Role
from sivadesk.ops import letters, referrals, registers, users
from sivadesk.ops.context import Actor
from sivadesk.ops.referrals import Target
from sivadesk.ui.cartable_panel import CartablePanel
from sivadesk.ui.contacts_model import FSI, LRM, PDI
from sivadesk.ui.context import UiContext
from sivadesk.ui.feed import FeedSubscriber
from sivadesk.ui.i18n import install_language
from sivadesk.ui.referral_dialog import ReferralDialog
from sivadesk.ui.referral_popup import ReferralNotifier, ReferralPopup
from sivadesk.ui.referral_tree import ReferralTree, flow_text

pytestmark = QT_MARKS


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    lang = install_language(qapp, "fa")
    yield
    lang.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(font)
    QLocale.setDefault(QLocale("en"))


def _letter(db: Database, actor: Actor, subject: str, **kw: object) -> int:
    from sqlalchemy import select

    with db.session() as s:
        rid = s.scalar(select(Register.id).where(Register.code == "IN"))
        if rid is None:
            rid = registers.create_register(s, actor, "Arrivée", "IN", "inbound", "{seq:04}/ق/{year}").id
    with db.session() as s:
        lid = letters.create_draft(s, actor, rid, subject, **kw).id  # type: ignore[arg-type]
        letters.register_letter(s, actor, lid, dt.date(2026, 11, 22))
    return lid


def _refer(db: Database, actor: Actor, lid: int, to: int, **kw: object) -> referrals.StepInfo:
    with db.session() as s:
        instruction = str(kw.pop("instruction", "action"))
        return referrals.refer(s, actor, "letter", lid, [Target.user(to)], instruction, **kw)[0]  # type: ignore[arg-type]


def _user(db: Database, admin: Actor, name: str, full: str, dept: int | None = None) -> Actor:
    with db.session() as s:
        u = users.create_user(s, admin, name, full, "long password", Role.AGENT, "Expert", dept)
    return Actor(u.id, u.username, Role.AGENT, u.full_name, dept)


def test_dialog_refers_to_people_and_departments(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor
) -> None:
    admin = admin_ctx.actor
    with db.session() as s:
        dept = users.create_department(s, admin, "Comptabilité", "CPT").id
    karim = _user(db, admin, "karim", "Karim Rezaei", dept)
    lid = _letter(db, admin, "Facture impayée")
    dialog = ReferralDialog(admin_ctx, "letter", lid)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    assert "Facture impayée" in dialog.item_label.text()
    assert not dialog.ok_button.isEnabled()  # nobody chosen yet
    names = [dialog.targets.item(i).text() for i in range(dialog.targets.count())]
    assert names == ["Department: Comptabilité", "Agent Smith", "Karim Rezaei (Expert — Comptabilité)"]
    # The search folds accents: "comptabilite" finds the department and its member.
    qtbot.keyClicks(dialog.search, "comptabilite")
    visible = [
        dialog.targets.item(i).text()
        for i in range(dialog.targets.count())
        if not dialog.targets.item(i).isHidden()
    ]
    assert visible == ["Department: Comptabilité", "Karim Rezaei (Expert — Comptabilité)"]
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)  # ticks the first match: the department
    assert dialog.chosen() == [Target.department(dept)]
    assert dialog.choose(Target.user(agent.user_id or 0))
    dialog.set_instruction("Vérifier le montant")
    assert dialog.free_text.isEnabled() and dialog.instruction_value() == "Vérifier le montant"
    dialog.note.setPlainText("Avant vendredi")
    dialog.has_deadline.setChecked(True)
    dialog.deadline.setDate(dt.date.today() + dt.timedelta(days=5))
    assert dialog.ok_button.isEnabled() and dialog.chosen_label.text() == "2 receivers chosen"
    with qtbot.waitSignal(dialog.referred, timeout=10000) as sig:
        dialog.ok_button.click()
    steps = sig.args[0]
    assert [(x.to_name, x.to_department_id, x.instruction, x.note) for x in steps] == [
        ("Agent Smith", None, "Vérifier le montant", "Avant vendredi"),
        ("Karim Rezaei", dept, "Vérifier le montant", "Avant vendredi"),
    ]
    deadline = steps[0].deadline.astimezone()
    assert (deadline.date(), deadline.hour, deadline.minute) == (
        dt.date.today() + dt.timedelta(days=5),
        23,
        59,
    )
    with db.read_session() as s:
        assert [e.step.id for e in referrals.cartable(s, karim, "received")] == [steps[1].id]
    assert not dialog.isVisible()


def test_dialog_shows_the_service_error_and_stays_open(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, modals
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        users.update_user(s, admin_ctx.actor, agent.user_id or 0, active=False)
    lid = _letter(db, admin_ctx.actor, "Relance")
    dialog = ReferralDialog(admin_ctx, "letter", lid)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    assert not dialog.choose(Target.user(agent.user_id or 0))  # inactive people are not offered
    # a copy to a department with nobody in it: the service refuses, the dialog says why
    with db.session() as s:
        users.create_department(s, admin_ctx.actor, "Vide", "VID")
    dialog.deleteLater()
    dialog = ReferralDialog(admin_ctx, "letter", lid)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    assert dialog.choose(
        Target.department(
            next(
                dialog.targets.item(i).data(Qt.ItemDataRole.UserRole).department_id
                for i in range(dialog.targets.count())
                if dialog.targets.item(i).data(Qt.ItemDataRole.UserRole).department_id
            )
        )
    )
    dialog.copy.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(modals.seen), timeout=10000)
    assert "nobody to receive" in modals.seen[0]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()


def test_tree_shows_the_flow_and_acts(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, agent_ctx: UiContext
) -> None:
    admin = admin_ctx.actor
    lid = _letter(db, admin, "Contrat cadre")
    first = _refer(db, admin, lid, agent.user_id or 0, note="Lire l'article 4")
    with db.session() as s:
        back = referrals.refer(
            s, agent, "letter", lid, [Target.user(admin.user_id or 0)], "opinion", parent_step_id=first.id
        )[0]
    tree = ReferralTree(agent_ctx, "letter", lid)
    qtbot.addWidget(tree)
    tree.resize(1100, 300)
    with qtbot.waitSignal(tree.loaded, timeout=10000):
        tree.show()
    root = tree.tree.topLevelItem(0)
    assert tree.tree.topLevelItemCount() == 1 and root.childCount() == 1
    assert root.text(0) == flow_text("Admin Istrateur", "Agent Smith", False)
    assert root.text(0).replace(LRM, "").replace(FSI, "").replace(PDI, "") == "Admin Istrateur → Agent Smith"
    assert (root.text(1), root.text(2)) == ("For action", "Lire l'article 4")
    assert (
        root.child(0).text(0) == flow_text("Agent Smith", "Admin Istrateur", False)
        and root.child(0).text(1) == "For your opinion"
    )
    assert root.text(3) == agent_ctx.fmt_datetime(first.sent_at)
    assert root.text(4) != ""  # opening the tree is opening the letter: Agent's step is seen
    with db.read_session() as s:
        assert referrals.get_step(s, agent, first.id).step.seen_at is not None
        assert referrals.get_step(s, admin, back.id).step.seen_at is None  # not Admin's
    assert tree.select_step(first.id)
    assert tree.act_button.isEnabled() and tree.refer_button.isEnabled() and tree.return_button.isEnabled()
    assert tree.select_step(back.id)
    assert not tree.act_button.isEnabled() and tree.close_button.isEnabled()  # sender may withdraw
    tree.select_step(first.id)
    tree.act_button.click()
    assert tree.prompt is not None
    ok = tree.prompt.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # the note is required
    tree.prompt.edit.setPlainText("Article 4 relu, conforme")
    with qtbot.waitSignal(tree.loaded, timeout=10000):
        ok.click()
    root = tree.tree.topLevelItem(0)
    assert (root.text(7), root.text(8)) == ("Article 4 relu, conforme", "Acted on") and root.text(5) != ""
    assert root.toolTip(8) == "Dwell time: 0 min"  # acted on within the minute
    assert tree.duration(dt.timedelta(days=2, hours=3, minutes=7)) == "2 d 3 h"
    assert tree.duration(dt.timedelta(hours=3, minutes=12)) == "3 h 12 min"
    # refer on from the held step, through the dialog the tree opens
    dialog = tree.refer(first.id)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    assert dialog.choose(Target.user(admin.user_id or 0)) and not dialog.copy.isEnabled()
    with qtbot.waitSignal(tree.loaded, timeout=10000):
        dialog.ok_button.click()
    flagged = tree.tree.topLevelItem(0).child(1)
    assert flagged is not None and "already held" in flagged.toolTip(0)  # Admin still holds his step


def test_cartable_counts_opens_and_history(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, agent_ctx: UiContext
) -> None:
    admin = admin_ctx.actor
    one, two = _letter(db, admin, "Devis 2027"), _letter(db, admin, "Note de service")
    _refer(db, admin, one, agent.user_id or 0, deadline=dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
    _refer(db, admin, two, agent.user_id or 0)
    _refer(db, admin, two, agent.user_id or 0, copy=True, instruction="information")
    panel = CartablePanel(agent_ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.refresh()
    assert [panel.tabs.tabText(i) for i in range(4)] == [
        "Referred to me (2, 2 new)",
        "Copies (1, 1 new)",
        "Waiting on others (0)",
        "Done (0)",
    ]
    rows = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    assert [(r.text(0), r.text(1), r.text(2), r.text(3)) for r in rows] == [
        ("0002/ق/2026", "Note de service", "Admin Istrateur", "For action"),
        ("0001/ق/2026", "Devis 2027", "Admin Istrateur", "For action"),
    ]
    assert rows[0].font(1).bold()  # not opened yet
    panel.list.setFocus()
    panel.list.setCurrentItem(rows[1])
    with qtbot.waitSignal(panel.letter_activated, timeout=5000) as opened:
        QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened.args == [one]
    qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Referred to me (2, 1 new)", timeout=10000)
    # The keyboard reaches the other boxes.
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.show_box("copies")
    assert panel.list.topLevelItem(0).text(3) == "For information"
    panel.show_history()
    assert panel.history_dialog is not None
    with qtbot.waitSignal(panel.history_dialog.tree.loaded, timeout=10000):
        pass
    assert panel.history_dialog.tree.selected_step() is not None
    assert panel.history_dialog.tree.selected_step().kind == "copy"  # type: ignore[union-attr]
    panel.history_dialog.close()


def test_popup_when_another_connection_refers(qtbot: QtBot, db: Database, admin: Actor, agent: Actor) -> None:
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    gen = make_ctx(qtbot, db, agent, feed)
    ctx = next(gen)
    try:
        notifier = ReferralNotifier(ctx, host)
        lid = _letter(db, admin, "Réclamation client")
        other = Database(db.url)  # another desktop's connection
        try:
            with qtbot.waitSignal(notifier.shown, timeout=15000) as sig, other.session() as s:
                referrals.refer(
                    s,
                    admin,
                    "letter",
                    lid,
                    [Target.user(agent.user_id or 0)],
                    "action",
                    "Rappeler aujourd'hui",
                )
        finally:
            other.dispose()
        card = sig.args[0]
        assert isinstance(card, ReferralPopup) and card.isVisible()
        assert card.heading.text() == "Admin Istrateur referred this to you"
        assert "Réclamation client" in card.item_label.text() and "Rappeler" in card.details.text()
        assert card.geometry().right() <= host.width() and card.geometry().bottom() <= host.height()
        assert card.x() > host.width() // 2  # bottom right in a left-to-right interface
        with qtbot.waitSignal(notifier.open_requested, timeout=5000) as opened:
            card.open_button.click()
        assert opened.args == ["letter", lid]
        assert notifier.cards == []
        # A referral to someone else does not pop up here.
        someone = _user(db, admin, "else", "Someone Else")
        with db.session() as s:
            referrals.refer(s, admin, "letter", lid, [Target.user(someone.user_id or 0)], "action")
        qtbot.wait(600)
        assert notifier.cards == []
    finally:
        feed.stop()
        next(gen, None)


REFER_FROM_ANOTHER_PROCESS = """
import sys
from sivadesk.db import Database
from sivadesk.models import Role
from sivadesk.ops import referrals
from sivadesk.ops.context import Actor
from sivadesk.ops.referrals import Target
db = Database(sys.argv[1])
admin = Actor(int(sys.argv[2]), "admin", Role.ADMIN, "Admin Istrateur")
with db.session() as s:
    referrals.refer(s, admin, "letter", int(sys.argv[3]), [Target.user(int(sys.argv[4]))], "signature", copy=True)
db.dispose()
"""


def test_popup_when_another_process_refers(qtbot: QtBot, db: Database, admin: Actor, agent: Actor) -> None:
    import os
    import subprocess
    import sys

    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(800, 500)
    host.show()
    gen = make_ctx(qtbot, db, agent, feed)
    ctx = next(gen)
    try:
        notifier = ReferralNotifier(ctx, host)
        lid = _letter(db, admin, "Procès-verbal", classification="confidential")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        args = [db.url, str(admin.user_id), str(lid), str(agent.user_id)]
        with qtbot.waitSignal(notifier.shown, timeout=30000) as sig:
            subprocess.run(
                [sys.executable, "-c", REFER_FROM_ANOTHER_PROCESS, *args], env=env, check=True, timeout=60
            )
        card = sig.args[0]
        # a confidential letter, but referred to the agent: the card may show it
        assert card.heading.text() == "Confidential copy from Admin Istrateur"
        assert "Procès-verbal" in card.item_label.text() and card.instruction_label.text() == "For signature"
        card.dismiss()
    finally:
        feed.stop()
        next(gen, None)


def _screens(qtbot: QtBot, db: Database, ctx: UiContext, agent: Actor, target: Path, lang: str) -> None:
    from sivadesk.ui.main_window import MainWindow

    admin = ctx.actor
    with db.session() as s:
        dept = users.create_department(s, admin, "فروش" if lang == "fa" else "Ventes", "VEN").id
    _user(db, admin, "maryam", "مریم رضایی", dept)
    subjects = (
        ["درخواست همکاری", "صورت‌حساب خرداد"]
        if lang == "fa"
        else ["Demande de partenariat", "Facture de juin"]
    )
    one, two = (_letter(db, admin, s) for s in subjects)
    first = _refer(
        db, admin, one, agent.user_id or 0, note="لطفاً پیگیری شود" if lang == "fa" else "Merci de suivre"
    )
    with db.session() as s:
        referrals.mark_seen(s, agent, first.id)
        referrals.act(s, agent, first.id, "با مشتری تماس گرفته شد" if lang == "fa" else "Client appelé")
        referrals.refer(
            s, agent, "letter", one, [Target.user(admin.user_id or 0)], "signature", parent_step_id=first.id
        )
    with db.session() as s:
        back = referrals.cartable(s, admin, "received")[0].step
        referrals.refer(
            s, admin, "letter", one, [Target.department(dept)], "information", parent_step_id=back.id
        )
    second = _refer(db, admin, two, agent.user_id or 0, instruction="reply")
    with db.session() as s:
        referrals.refer(
            s, agent, "letter", two, [Target.user(admin.user_id or 0)], "opinion", parent_step_id=second.id
        )

    dialog = ReferralDialog(ctx, "letter", one)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.choose(Target.department(dept))
    dialog.note.setPlainText(subjects[0])
    dialog.adjustSize()
    assert dialog.grab().save(str(target / f"referral-dialog-{lang}.png"))
    dialog.close()

    tree = ReferralTree(ctx, "letter", one)
    qtbot.addWidget(tree)
    tree.resize(1150, 260)
    with qtbot.waitSignal(tree.loaded, timeout=10000):
        tree.show()
    assert tree.grab().save(str(target / f"referral-tree-{lang}.png"))

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    home = window.pages["home"]
    with qtbot.waitSignal(home.cartable.loaded, timeout=10000):  # type: ignore[attr-defined]
        home.refresh()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    with db.read_session() as s:
        entry = referrals.cartable(s, admin, "received")[0]
    card = window.referral_notifier.show_entry(entry)
    assert window.grab().save(str(target / f"home-cartable-{lang}.png"))
    if lang == "fa":
        assert card.x() < window.width() // 2  # bottom left in Persian
    card.dismiss()
    window.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_english(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, tmp_path: Path
) -> None:
    _screens(qtbot, db, admin_ctx, agent, out_dir(tmp_path), "en")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_persian(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, persian: None, tmp_path: Path
) -> None:
    admin_ctx.settings.set("language", "fa")
    admin_ctx.settings.set("calendar", "jalali")
    _screens(qtbot, db, admin_ctx, agent, out_dir(tmp_path), "fa")
