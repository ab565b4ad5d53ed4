"""The Ctrl+K palette: debounced search on the paging lane, keyboard choice, stale results dropped."""

from __future__ import annotations

import pytest
from contacts_fixtures import QT_STRICT, add_contact, contacts_ctx  # noqa: F401
from PySide6.QtCore import Qt

from sivadesk.models import ContactKind
from sivadesk.ui.search_palette import SearchPalette

pytestmark = QT_STRICT


@pytest.fixture
def people(db, contacts_ctx):  # noqa: F811
    actor = contacts_ctx.actor
    return {
        "zoe": add_contact(db, actor, "Zoé", "Martin", phones=("0612345678",), emails=("zoe@martin.fr",)),
        "zora": add_contact(db, actor, "Zora", "Benali"),
        "emile": add_contact(db, actor, "Émile", "Durand", emails=("emile@durand.fr",)),
        "dupont": add_contact(db, actor, organization="Boulangerie Dupont", kind=ContactKind.COMPANY),
        "ali": add_contact(db, actor, "علی", "یکتا", phones=("+98 912 345 6789",)),
    }


def make_palette(qtbot, ctx) -> SearchPalette:
    palette = SearchPalette(ctx)
    qtbot.addWidget(palette)
    palette.show()
    return palette


def type_and_wait(qtbot, palette: SearchPalette, text: str) -> list[tuple[int, str]]:
    with qtbot.waitSignal(palette.results_shown, timeout=10000):
        palette.edit.clear()
        if text.isascii():
            qtbot.keyClicks(palette.edit, text)
        else:
            palette.edit.insert(text)  # QTest can only type ASCII keys
    return palette.results()


def test_finds_and_emits_the_chosen_contact(qtbot, contacts_ctx, people):  # noqa: F811
    palette = make_palette(qtbot, contacts_ctx)
    results = type_and_wait(qtbot, palette, "zo")
    assert [cid for cid, _ in results] == [people["zoe"].id, people["zora"].id]
    assert results[0][1] == "Zoé Martin\n\u2068\u200e06 12 34 56 78\u200e\u2069 — \u2068zoe@martin.fr\u2069"
    assert palette.list.currentRow() == 0
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    assert palette.list.currentRow() == 1
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)  # stays on the last one
    assert palette.list.currentRow() == 1
    with qtbot.waitSignal(palette.contact_chosen, timeout=10000) as chosen:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert chosen.args == [people["zora"].id]
    assert not palette.isVisible()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("0612345678", "zoe"),
        ("+33 6 12 34 56 78", "zoe"),
        ("612345678", "zoe"),
        ("emile@durand", "emile"),
        ("dupont", "dupont"),
        ("علي", "ali"),  # Arabic yeh
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "ali"),  # Persian digits
    ],
)
def test_finds_by_phone_email_and_persian(qtbot, contacts_ctx, people, text, who):  # noqa: F811
    palette = make_palette(qtbot, contacts_ctx)
    results = type_and_wait(qtbot, palette, text)
    assert [cid for cid, _ in results] == [people[who].id]


def test_no_match_and_escape(qtbot, contacts_ctx, people):  # noqa: F811
    palette = make_palette(qtbot, contacts_ctx)
    assert type_and_wait(qtbot, palette, "xyzzy") == []
    assert palette.hint.text() == "No contact matches."
    with qtbot.assertNotEmitted(palette.contact_chosen), qtbot.waitSignal(palette.rejected, timeout=5000):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_stale_results_are_dropped(qtbot, contacts_ctx, people):  # noqa: F811
    palette = make_palette(qtbot, contacts_ctx)
    shown: list[int] = []
    palette.results_shown.connect(shown.append)
    # Two searches in flight: the first one's answer arrives after the text changed, and is dropped.
    palette.edit.setText("zo")
    palette.search_now()
    palette.edit.setText("emile")
    palette.search_now()
    qtbot.waitUntil(lambda: shown != [], timeout=10000)
    qtbot.waitUntil(lambda: contacts_ctx.pages.pending == 0, timeout=10000)
    assert shown == [1]
    assert [cid for cid, _ in palette.results()] == [people["emile"].id]
