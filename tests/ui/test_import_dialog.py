"""The import dialog, offscreen with real widgets, a real runner and both stores."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from contacts_fixtures import QT_STRICT, language, make_ctx  # noqa: F401
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sivadesk.db import Database
from sivadesk.models import Contact, Role
from sivadesk.ops import users
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.import_dialog import ERROR_BRUSH, ImportDialog

pytestmark = QT_STRICT


@pytest.fixture
def ctx(qtbot: QtBot, db: Database, admin: Actor, tmp_path: Path) -> Iterator[UiContext]:
    yield from make_ctx(qtbot, db, admin, tmp_path)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "clients.csv"
    with path.open("w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Prénom", "Nom", "Portable", "E-mail", "Remarque interne"])
        w.writerow(["Hélène", "Léger", "06 12 34 56 78", "helene@example.fr", "VIP"])
        w.writerow(["", "", "06 12 34 56 79", "", ""])
        w.writerow(["Paul", "Roux", "12", "paul@example.fr", ""])
        w.writerow(["Zoé", "Morel", "", "zoé@", ""])
    return path


def open_dialog(qtbot: QtBot, ctx: UiContext, path: Path) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.load_file(path)
    return dialog


def test_preview_mapping_and_import(qtbot: QtBot, ctx: UiContext, sample: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, sample)
    assert dialog.preview is not None and dialog.preview.total == 4
    assert dialog.current_mapping() == {
        "Prénom": "first_name", "Nom": "last_name", "Portable": "mobile", "E-mail": "email",
        "Remarque interne": "custom",
    }  # fmt: skip
    table = dialog.preview_table
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == ["2", "3", "4", "5"]
    assert table.item(1, 2).background() == ERROR_BRUSH  # no name
    assert table.item(3, 2).background() == ERROR_BRUSH  # bad e-mail
    assert table.item(0, 2).background() != ERROR_BRUSH
    assert "zoé@" in table.item(3, 1).text()
    assert table.item(2, 1).toolTip()  # the phone "12" will be flagged: a warning

    # The user maps the internal remark to the notes: the preview is read again.
    combo = dialog.mapping_table.cellWidget(4, 1)
    assert isinstance(combo, QComboBox)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        combo.setCurrentIndex(combo.findData("notes"))
    assert dialog.preview.mapping["Remarque interne"] == "notes"
    assert dialog.preview.rows[0].contact is not None and dialog.preview.rows[0].contact.notes == "VIP"

    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as done:
        dialog.import_button.click()
    report = done.args[0]
    assert (report.created, len(report.failed), len(report.flagged)) == (2, 2, 1)
    assert dialog.pages.currentIndex() == 1
    assert dialog.permission_label.isHidden()
    assert "Created: 2" in dialog.summary_label.text() and "Failed: 2" in dialog.summary_label.text()
    assert dialog.summary_label.text().startswith("4 rows read.")
    issues = dialog.issues_table
    assert [issues.item(r, 0).text() for r in range(issues.rowCount())] == ["3", "4", "5"]
    assert issues.item(2, 2).text() == "E-mail"
    out = tmp_path / "errors.csv"
    assert dialog.save_errors(out) == 3
    assert "zoé@" in out.read_text(encoding="utf-8-sig")
    with ctx.db.read_session() as s:
        rows = s.execute(select(Contact.display_name, Contact.notes).order_by(Contact.id)).all()
    assert [tuple(r) for r in rows] == [("Hélène Léger", "VIP"), ("Paul Roux", "")]


def test_unreadable_file_is_reported(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a zip file")
    dialog = open_dialog(qtbot, ctx, bad)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert "broken.xlsx" in dialog.info_label.text()


def test_agent_cannot_import(qtbot: QtBot, db: Database, admin: Actor, sample: Path, tmp_path: Path) -> None:
    with db.session() as s:
        info = users.create_user(s, admin, "agent1", "Agent Un", "agent password", Role.AGENT)
    for agent_ctx in make_ctx(qtbot, db, Actor(info.id, info.username, Role.AGENT), tmp_path):
        dialog = open_dialog(qtbot, agent_ctx, sample)
        assert dialog.preview is not None
        assert not dialog.import_button.isEnabled()
        assert not dialog.permission_label.isHidden()
        assert "administrator or a manager" in dialog.permission_label.text()


def test_report_and_error_file_in_french(
    qtbot: QtBot,
    ctx: UiContext,
    sample: Path,
    tmp_path: Path,
    language: Callable[[str], None],  # noqa: F811
) -> None:
    """The statuses, the error report's header and the counts are French (plural forms too)."""
    language("fr")
    dialog = open_dialog(qtbot, ctx, sample)
    assert "4 lignes" in dialog.info_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    assert dialog.summary_label.text().startswith("4 lignes lues.")
    issues = dialog.issues_table
    statuses = {issues.item(r, 1).text() for r in range(issues.rowCount())}
    assert statuses == {"en échec", "téléphone signalé"}
    out = tmp_path / "erreurs.csv"
    assert dialog.save_errors(out) == 3
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["Ligne", "État", "Colonne", "Message"]
    assert {row[1] for row in rows[1:]} == statuses
