"""The Contacts page: search and filters over the lazy contact list, and the actions on a contact.

Keyboard: Enter opens the current contact, Delete deletes it (after confirmation), Ctrl+N creates
one. Ctrl+N is handled as a key press, not as a shortcut: the main window owns a window-wide Ctrl+N
action that calls :meth:`ContactsPage.new_contact`, and two shortcuts on one key would cancel each
other (Qt's "ambiguous shortcut").
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.models import ContactKind
from sivadesk.ops import contacts as contact_ops
from sivadesk.ops.contact_search import ContactQuery
from sivadesk.ops.contacts import ContactFile
from sivadesk.ui.contact_edit import ContactEditDialog
from sivadesk.ui.contact_file import find_contact_file, open_contact_file
from sivadesk.ui.contacts_model import (
    CITY,
    EMAIL,
    KIND,
    NAME,
    ORGANIZATION,
    PHONE,
    SORT_KEYS,
    UPDATED,
    ContactIdRole,
    ContactsModel,
    SummaryRole,
    kind_icon,
    kind_label,
    plural,
)
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error

log = logging.getLogger("sivadesk.ui.contacts")

# Name, organisation and e-mail share the width the other columns leave (the name the most);
# under these minimums the table scrolls sideways instead.
_SHARES = {NAME: 0.38, ORGANIZATION: 0.29, EMAIL: 0.33}
_MINIMUM_WIDTHS = {NAME: 150, ORGANIZATION: 90, EMAIL: 130}
# Wide enough for a typical value of these columns (in the view's font).
_SAMPLES = {PHONE: "+98 912 345 6789", CITY: "Saint-Étienne"}


class LeftToRightDelegate(QStyledItemDelegate):
    """Cells whose text is always left to right (e-mail addresses).

    In a right-to-left view Qt lays the text out right to left, so an elided address shows
    "…" at its start ("…ahmadi@example"): laid out left to right, the ellipsis stays at the end
    of the address. The text still sits on the reading side of the cell.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        option.textElideMode = Qt.TextElideMode.ElideRight


class ContactsPage(QWidget):
    contact_opened = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ContactsModel(ctx, self)
        self.edit_dialog: ContactEditDialog | None = None
        self._build()
        self._connect_signals()
        self._update_actions()
        self.model.set_query(self.current_query())
        self._load_tags()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, phone or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        self.kind_filter.addItem(kind_icon("person"), self.tr("People"), ContactKind.PERSON.value)
        self.kind_filter.addItem(kind_icon("company"), self.tr("Companies"), ContactKind.COMPANY.value)
        self.kind_filter.addItem(kind_icon("lead"), self.tr("Leads"), ContactKind.LEAD.value)
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("All tags"), "")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.invalid_only = QCheckBox(self.tr("Invalid phones only"), self)
        self.count_label = QLabel(self.tr("Counting…"), self)

        style = self.style()
        self.new_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New"), self)
        self.new_action.setToolTip(
            self.tr("New contact ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.New).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.open_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), self.tr("Open"), self
        )
        self.open_action.setToolTip(self.tr("Open the contact file (Enter)"))
        self.edit_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), self.tr("Edit"), self
        )
        self.delete_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete"), self
        )
        self.delete_action.setToolTip(self.tr("Delete the contact (Delete)"))
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        rows = self.view.verticalHeader()
        rows.hide()
        # Uniform row heights: a fixed section size means the view never measures a row.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Phone numbers are kept in order by LRMs (ltr()) and never need eliding at their width; a
        # left-to-right delegate would also move the invalid-phone icon to the far side.
        self.ltr_delegate = LeftToRightDelegate(self.view)
        self.view.setItemDelegateForColumn(EMAIL, self.ltr_delegate)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Qt's default minimum is the font's widest glyph: 91 px with the Persian font, wider than
        # the Kind column needs.
        header.setMinimumSectionSize(max(30, 4 * header.fontMetrics().averageCharWidth()))
        self._fitting = False
        self._user_sized = False  # once the user drags a column edge, the widths are theirs
        self._fit_columns()
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.view.setSortingEnabled(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.invalid_only)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.search)

    def _connect_signals(self) -> None:
        # Filters: typing is debounced, the other filters apply at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self.invalid_only.toggled.connect(self.apply_filters)
        # Model and view.
        self.model.count_changed.connect(self._show_count)
        self.model.load_failed.connect(self._show_error)
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.horizontalHeader().sectionResized.connect(self._section_resized)
        # Actions.
        self.new_action.triggered.connect(self.new_contact)
        self.open_action.triggered.connect(self.open_current)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action.triggered.connect(self.delete_current)
        # Changes made here or on another desktop.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        feed = self.ctx.feed
        if feed is not None and hasattr(feed, "topic_event"):
            feed.topic_event.connect(self._on_topic)

    # -- filters and list ------------------------------------------------------------------

    def current_query(self) -> ContactQuery:
        kind = self.kind_filter.currentData()
        base = self.model.query
        return ContactQuery(
            text=self.search.text().strip(),
            kind=ContactKind(kind) if kind else None,
            tag=str(self.tag_filter.currentData() or ""),
            sort=base.sort,
            descending=base.descending,
            invalid_phones_only=self.invalid_only.isChecked(),
        )

    @Slot()
    def apply_filters(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query or not self.model.known:
            self.count_label.setText(self.tr("Searching…"))
            self.model.set_query(query)

    @Slot()
    def _search_entered(self) -> None:
        self.apply_filters()
        self.view.setFocus()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    @Slot(int)
    def _show_count(self, count: int) -> None:
        self.count_label.setText(plural(self.tr("%Ln contact(s)", "", count), count))
        self._update_actions()

    # -- column widths ---------------------------------------------------------------------

    def content_widths(self) -> dict[int, int]:
        """Widths that show the kind, phone, city and date columns whole, in this language."""
        fm = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        icon = self.view.iconSize().width() if self.view.iconSize().isValid() else 16

        def title(col: int) -> int:
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            return header.fontMetrics().horizontalAdvance(text) + pad + 16  # the sort arrow

        kinds = max(fm.horizontalAdvance(kind_label(k.value)) for k in ContactKind)
        date = fm.horizontalAdvance(self.ctx.fmt_date(dt.datetime(2000, 12, 28, 20, 28)))
        return {
            KIND: max(title(KIND), kinds + pad),
            PHONE: max(title(PHONE), fm.horizontalAdvance(_SAMPLES[PHONE]) + icon + pad),
            CITY: max(title(CITY), fm.horizontalAdvance(_SAMPLES[CITY]) + pad),
            UPDATED: max(title(UPDATED), date + pad),
        }

    def _fit_columns(self) -> None:
        """Every column on screen: kind, phone, city and date as wide as their content, the rest
        shared by name, organisation and e-mail; sideways scrolling only below their minimums."""
        if self._user_sized:
            return
        header = self.view.horizontalHeader()
        widths = {col: max(w, header.minimumSectionSize()) for col, w in self.content_widths().items()}
        rest = self.view.viewport().width() - sum(widths.values())
        for col, share in _SHARES.items():
            widths[col] = max(_MINIMUM_WIDTHS[col], int(rest * share))
        self._fitting = True
        try:
            # The last section (Updated) stretches over the few pixels the shares round away;
            # resizing it sets the size it never shrinks below.
            for col, width in sorted(widths.items()):
                header.resizeSection(col, width)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _section_resized(self, col: int, _old: int, _new: int) -> None:
        # Only the stretched last section changes size by itself (with the view); any other
        # resize not made by _fit_columns is the user dragging a column edge.
        if not self._fitting and col != UPDATED:
            self._user_sized = True

    @Slot(int, Qt.SortOrder)
    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if section not in SORT_KEYS:
            # The database cannot sort this column fast: keep showing the real order.
            self.view.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())

    @Slot()
    def refresh(self) -> None:
        self.model.refresh()
        self._load_tags()

    @Slot(str, object)
    def _on_topic(self, topic: str, _event: Any) -> None:
        # Only contact changes alter the list; timeline entries (activity.added) show in the file.
        if topic.startswith("contact."):
            self._refresh_timer.start()

    def _load_tags(self) -> None:
        self.ctx.runner.submit(contact_ops.list_tags, self._tags_loaded, lambda exc: None, read_only=True)

    def _tags_loaded(self, names: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        while self.tag_filter.count() > 1:
            self.tag_filter.removeItem(1)
        for name in names:
            self.tag_filter.addItem(name, name)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        if current and index < 0:
            self.apply_filters()  # the tag filtered on no longer exists

    @Slot()
    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- the current contact ---------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        cid = self.model.data(index, ContactIdRole)
        return int(cid) if cid is not None else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    @Slot()
    def _update_actions(self) -> None:
        can = self.ctx.actor.can
        has = self.view.currentIndex().isValid()
        self.new_action.setEnabled(can("contacts.write"))
        self.open_action.setEnabled(has)
        self.edit_action.setEnabled(has and can("contacts.write"))
        self.delete_action.setEnabled(has and can("contacts.delete"))

    @Slot()
    def open_current(self) -> None:
        cid = self.current_id()
        if cid is not None:
            open_contact_file(self.ctx, cid, self.window())
            self.contact_opened.emit(cid)

    @Slot()
    def new_contact(self) -> None:
        dialog = ContactEditDialog(self.ctx, None, self, kind=self._kind_for_new())
        self._show_dialog(dialog)

    def _kind_for_new(self) -> ContactKind | None:
        kind = self.kind_filter.currentData()
        return ContactKind(kind) if kind else None

    @Slot()
    def edit_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: contact_ops.get_contact(s, actor, cid),
            self._edit_loaded,
            self._show_error,
            read_only=True,
        )

    def _show_error(self, exc: Exception) -> None:
        show_error(self, exc)

    def _edit_loaded(self, contact: ContactFile) -> None:
        self._show_dialog(ContactEditDialog(self.ctx, contact, self))

    def _show_dialog(self, dialog: ContactEditDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.edit_dialog = dialog
        dialog.open()

    def _saved(self, contact: ContactFile) -> None:
        self.refresh()
        window = find_contact_file(self.ctx, contact.id)
        if window is not None:  # the change feed would tell it too, but not on a desktop without one
            window.show_contact(contact)

    @Slot()
    def delete_current(self) -> None:
        index = self.view.currentIndex()
        summary = self.model.data(index, SummaryRole) if index.isValid() else None
        if summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete {name}? The file disappears from lists; its history is kept.").format(
                name=summary.display_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_contact(summary.id)

    def delete_contact(self, contact_id: int) -> None:
        """Ask the service to delete (it checks the permission, whatever the buttons say)."""
        actor = self.ctx.actor

        def job(s: Session) -> int:
            contact_ops.delete_contact(s, actor, contact_id)
            return contact_id

        self.ctx.runner.submit(job, self._deleted, self._delete_failed)

    def _deleted(self, contact_id: int) -> None:
        self.refresh()
        window = find_contact_file(self.ctx, contact_id)
        if window is not None:
            window.reload()  # shows that the contact is gone

    def _delete_failed(self, exc: Exception) -> None:
        show_error(self, exc, self.tr("Delete contact"))

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.open_current()
                return True
            if key == Qt.Key.Key_Delete and not event.modifiers():
                if self.delete_action.isEnabled():
                    self.delete_current()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.model.stop()  # a closed page does not keep the database busy counting
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.stopped:
            self.refresh()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.New):
            self.new_contact()
            event.accept()
            return
        super().keyPressEvent(event)
