"""The lazy contact list model: Qt model contract, paging with a bounded cache, server-side sort/filter."""

from __future__ import annotations

import time

import pytest
from contacts_fixtures import QT_STRICT, add_contact, bulk_contacts, contacts_ctx, language  # noqa: F401
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QTableView
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sivadesk.models import ContactKind
from sivadesk.ops.contact_search import ContactQuery, SortKey, list_contacts
from sivadesk.ui.contacts_model import (
    CITY,
    NAME,
    PHONE,
    UPDATED,
    ContactIdRole,
    ContactsModel,
    _icon_cache,
    _Lane,
    fetch_page,
    kind_icon,
    kind_label,
    plural,
)

pytestmark = QT_STRICT


def loaded(qtbot, model: ContactsModel, query: ContactQuery | None = None) -> ContactsModel:
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.set_query(query or model.query)
    return model


def names(qtbot, model: ContactsModel) -> list[str]:
    """Every row's name, waiting for the pages to arrive."""
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, NAME)
        qtbot.waitUntil(lambda i=index: model.data(i) != "…", timeout=10000)
        out.append(model.data(index))
    return out


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, db, contacts_ctx):  # noqa: F811
    bulk_contacts(db, 300)
    model = ContactsModel(contacts_ctx, page_size=50, max_pages=3)
    # Checked empty, then the tester keeps watching: reset with the first page, rows inserted
    # when the count arrives, pages landing (dataChanged), evictions, a new filter, a refresh.
    qtmodeltester.check(model, force_py=True)
    loaded(qtbot, model)
    assert model.rowCount() == 300
    for row in range(0, 300, 25):
        model.data(model.index(row, NAME))
    qtbot.waitUntil(lambda: model.summary(299) is not None, timeout=10000)
    loaded(qtbot, model, ContactQuery(text="Contact 001"))
    expected = sum("001" in f"{i:05d}" for i in range(300))
    assert model.rowCount() == expected
    add_contact(db, contacts_ctx.actor, "Contact", "0010b")
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.refresh()
    assert model.rowCount() == expected + 1


def test_pages_arrive_later_and_the_cache_stays_bounded(qtbot, db, contacts_ctx):  # noqa: F811
    bulk_contacts(db, 3000)
    model = loaded(qtbot, ContactsModel(contacts_ctx, page_size=100, max_pages=5))
    assert model.rowCount() == 3000
    assert model.cached_pages() == [0]  # the first paint needs the count and one page only
    # A row of a page not loaded yet shows a placeholder until its page lands.
    index = model.index(1500, NAME)
    assert model.data(index) == "…"
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        pass
    assert model.data(index) == "Contact 01500"
    largest = 0
    for row in range(0, 3000, 100):
        index = model.index(row, NAME)
        model.data(index)
        qtbot.waitUntil(lambda r=row: model.summary(r) is not None, timeout=10000)
        largest = max(largest, len(model.cached_pages()))
        assert model.data(index) == f"Contact {row:05d}"
        assert model.data(model.index(row + 99, NAME)) == f"Contact {row + 99:05d}"
    assert largest <= 5
    assert model.cached_pages() == [25, 26, 27, 28, 29]
    assert model.data(model.index(2999, UPDATED))  # a date, through ctx.fmt_date


def test_first_rows_come_before_the_count(qtbot, db, contacts_ctx):  # noqa: F811
    bulk_contacts(db, 3000)
    model = ContactsModel(contacts_ctx, page_size=100)
    seen: list[tuple[str, int, bool]] = []
    model.page_loaded.connect(lambda page: seen.append(("page", model.rowCount(), model.counted)))
    model.count_changed.connect(lambda n: seen.append(("count", n, model.counted)))
    loaded(qtbot, model)
    assert seen == [("page", 100, False), ("count", 3000, True)]
    # A short list is complete with its first page: no count query, the count comes with the rows.
    seen.clear()
    loaded(qtbot, model, ContactQuery(text="Contact 0299"))  # 00299 and 02990..02999
    assert seen == [("page", 11, True), ("count", 11, True)]


def test_scrolling_a_view_to_the_end_keeps_memory_flat(qtbot, db, contacts_ctx):  # noqa: F811
    bulk_contacts(db, 4000)
    model = loaded(qtbot, ContactsModel(contacts_ctx, page_size=50, max_pages=8))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 40)):
        bar.setValue(value)
        top = view.rowAt(0)
        qtbot.waitUntil(lambda t=top: model.summary(t) is not None, timeout=10000)
        assert len(model.cached_pages()) <= 8
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.summary(3999) is not None, timeout=10000)
    assert model.data(model.index(3999, NAME)) == "Contact 03999"
    assert len(model.cached_pages()) <= 8


def test_overtaken_page_requests_are_skipped(qtbot, db, contacts_ctx):  # noqa: F811
    bulk_contacts(db, 2000)
    model = loaded(qtbot, ContactsModel(contacts_ctx, page_size=20, max_pages=50))
    # A scroll bar dragged through 100 pages: only the last few are worth querying.
    for page in range(1, 100):
        model.data(model.index(page * 20, NAME))
    qtbot.waitUntil(lambda: model.summary(99 * 20) is not None, timeout=10000)
    qtbot.waitUntil(lambda: contacts_ctx.pages.pending == 0, timeout=10000)
    assert len(model.cached_pages()) < 30
    assert model.data(model.index(1999, NAME)) == "Contact 01999"


def test_stale_results_after_a_query_change_are_ignored(qtbot, db, contacts_ctx):  # noqa: F811
    bulk_contacts(db, 500)
    model = ContactsModel(contacts_ctx)
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.set_query(ContactQuery())
    model.set_query(ContactQuery(text="Contact 0001"))
    qtbot.waitUntil(lambda: counts != [], timeout=10000)
    qtbot.waitUntil(lambda: contacts_ctx.pages.pending == 0, timeout=10000)
    expected = [f"Contact {i:05d}" for i in range(500) if "0001" in f"{i:05d}"]
    assert counts == [len(expected)]
    assert names(qtbot, model) == expected


def _people(db, actor) -> None:
    add_contact(db, actor, "Zoé", "Martin", addresses=(), phones=("0612345678",), emails=("zoe@martin.fr",))
    add_contact(db, actor, "Émile", "Durand", phones=("+33 1 42 68 53 00",), emails=("emile@durand.fr",))
    add_contact(db, actor, "alain", "Bernard", phones=("06 98 76 54 32",))
    add_contact(db, actor, organization="Boulangerie Dupont", kind=ContactKind.COMPANY)
    add_contact(db, actor, "علی", "رضایی", phones=("+98 912 345 6789",))


def test_server_side_sort(qtbot, db, contacts_ctx):  # noqa: F811
    _people(db, contacts_ctx.actor)
    model = loaded(qtbot, ContactsModel(contacts_ctx))
    assert names(qtbot, model) == [
        "alain Bernard",
        "Boulangerie Dupont",
        "Émile Durand",
        "Zoé Martin",
        "علی رضایی",
    ]
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is SortKey.NAME and model.query.descending
    assert names(qtbot, model)[0] == "علی رضایی"
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(UPDATED, Qt.SortOrder.DescendingOrder)
    assert names(qtbot, model)[0] == "علی رضایی"  # the newest
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(CITY, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.CITY
    before = model.query
    model.sort(PHONE, Qt.SortOrder.AscendingOrder)  # not sortable in the database: ignored
    assert model.query == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zoe", ["Zoé Martin"]),
        ("ÉMILE dur", ["Émile Durand"]),
        ("0612345678", ["Zoé Martin"]),
        ("+33 6 12 34 56 78", ["Zoé Martin"]),
        ("612345678", ["Zoé Martin"]),
        ("zoe@martin.fr", ["Zoé Martin"]),
        ("emile@", ["Émile Durand"]),
        ("علي", ["علی رضایی"]),  # Arabic yeh finds the Persian spelling
        ("رضايي", ["علی رضایی"]),
        ("۰۹۱۲۳۴۵۶۷۸۹", ["علی رضایی"]),  # Persian digits, national format
    ],
)
def test_filter_by_name_phone_and_email(qtbot, db, contacts_ctx, text, expected):  # noqa: F811
    _people(db, contacts_ctx.actor)
    model = loaded(qtbot, ContactsModel(contacts_ctx), ContactQuery(text=text))
    assert names(qtbot, model) == expected
    assert model.data(model.index(0, NAME), ContactIdRole) is not None


def test_kind_filter_and_invalid_phone_flag(qtbot, db, contacts_ctx):  # noqa: F811
    _people(db, contacts_ctx.actor)
    add_contact(db, contacts_ctx.actor, "Kaveh", "Bad", phones=("12ab",))
    model = loaded(qtbot, ContactsModel(contacts_ctx), ContactQuery(kind=ContactKind.COMPANY))
    assert names(qtbot, model) == ["Boulangerie Dupont"]
    loaded(qtbot, model, ContactQuery(invalid_phones_only=True))
    assert names(qtbot, model) == ["Kaveh Bad"]
    phone = model.index(0, PHONE)
    assert model.data(phone) == "\u200e12ab\u200e"  # kept as typed, shown left to right in RTL too
    assert model.data(phone, Qt.ItemDataRole.DecorationRole) is not None
    assert "kept as typed" in model.data(phone, Qt.ItemDataRole.ToolTipRole)
    loaded(qtbot, model, ContactQuery(text="zoe"))
    assert model.data(model.index(0, PHONE), Qt.ItemDataRole.DecorationRole) is None


@pytest.mark.parametrize("sort", [SortKey.NAME, SortKey.CITY, SortKey.UPDATED])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_from_the_end_match_the_forward_order(db, admin, sort, descending):
    bulk_contacts(db, 250, "Alpha")  # equal cities and update times: ties broken by id both ways
    bulk_contacts(db, 200, "Beta")
    query = ContactQuery(sort=sort, descending=descending)
    with db.read_session() as s:
        forward = [c.id for c in list_contacts(s, admin, query, 0, 1000)]
        paged = [c.id for page in range(5) for c in fetch_page(s, admin, query, page * 100, 100, 450)]
    assert len(forward) == 450
    assert paged == forward


def test_a_newer_query_interrupts_the_running_count(qtbot, db, contacts_ctx):  # noqa: F811
    """A count of an old query holding up the paging lane is stopped by the driver (sqlite3
    interrupt, PostgreSQL cancel); the lane's connection works normally afterwards."""
    lane = _Lane(generation=1)
    slow = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000000) "
        "SELECT count(*) FROM c"
        if db.is_sqlite
        else "SELECT pg_sleep(30)"
    )
    outcome: list[str] = []

    def job(s):
        with lane.lock:
            lane.counting = (1, s.connection().connection.dbapi_connection)
        t0 = time.perf_counter()
        try:
            s.execute(text(slow))
        except DBAPIError:
            outcome.append(f"interrupted after {time.perf_counter() - t0:.1f} s")
        finally:
            with lane.lock:
                lane.counting = None
        return s.execute(text("SELECT 1")).scalar() if db.is_sqlite else None

    contacts_ctx.pages.submit(job, lambda r: outcome.append(f"done {r}"), read_only=True)
    qtbot.waitUntil(lambda: lane.counting is not None, timeout=10000)
    lane.cancel_count(keep=2)
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=10000)
    assert outcome[0].startswith("interrupted after ") and float(outcome[0].split()[2]) < 5
    lane.cancel_count(keep=2)  # nothing running: no effect on what comes next
    model = loaded(qtbot, ContactsModel(contacts_ctx))
    assert model.rowCount() == 0


def _shape(kind: str) -> bytes:
    """Where the icon is painted (its alpha channel), whatever the colours."""
    image = kind_icon(kind).pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_Alpha8)
    return bytes(image.constBits())


def _colour(kind: str) -> str:
    image = kind_icon(kind).pixmap(32, 32).toImage()
    opaque = (image.pixelColor(x, y) for y in range(32) for x in range(32))
    return next(c.name() for c in opaque if c.alpha() == 255)


@pytest.mark.parametrize("code", ["en", "fr", "fa"])
def test_kind_icons_differ_by_shape_in_every_language(qapp, language, code):  # noqa: F811
    """شخص and شرکت, Personne and Prospect share a first letter: the icons must not rely on it."""
    _icon_cache.clear()
    english = {kind: _shape(kind) for kind in ("person", "company", "lead")}
    language(code)
    _icon_cache.clear()
    shapes = {kind: _shape(kind) for kind in ("person", "company", "lead")}
    assert len(set(shapes.values())) == 3, "two kinds have the same silhouette"
    assert shapes == english  # drawn, not lettered: the same in every language
    assert len({_colour(kind) for kind in shapes}) == 3
    # On a selected (blue) row the silhouette is white, still the kind's shape.
    for kind, shape in shapes.items():
        selected = kind_icon(kind).pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
        opaque = {selected.pixelColor(x, y).name() for y in range(32) for x in range(32)
                  if selected.pixelColor(x, y).alpha() == 255}  # fmt: skip
        assert opaque == {"#ffffff"}
        alpha = selected.convertToFormat(QImage.Format.Format_Alpha8)  # kept alive while read
        assert bytes(alpha.constBits()) == shape
    # The text label stays translated.
    assert kind_label("company") == {"en": "Company", "fr": "Société", "fa": "شرکت"}[code]


def test_english_plural_of_the_source_text():
    assert plural("%Ln contact(s)".replace("%Ln", "1"), 1) == "1 contact"
    assert plural("0 contact(s)", 0) == "0 contacts"
    assert plural("3 contact(s) found.", 3) == "3 contacts found."
    assert plural("۳ مخاطب", 3) == "۳ مخاطب"
