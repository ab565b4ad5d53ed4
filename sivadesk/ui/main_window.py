"""The main window: navigation, pages (built when first shown), menus, shortcuts, status bar.

Every signal connection of the window is made in :meth:`MainWindow._connect_signals`, grouped by
topic. Pages other than Home are imported and built on first use, which keeps start-up short.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QWidget,
)

if TYPE_CHECKING:  # the frame is shown before the database layer is imported
    from sqlalchemy.orm import Session

    from sivadesk.ops.office import OfficeSettings
    from sivadesk.ops.records import EventInfo
    from sivadesk.ui.context import UiContext
    from sivadesk.ui.home_page import HomePage
from sivadesk.ui.i18n import role_label, technical

log = logging.getLogger("sivadesk.ui.main")

#: the busy indicator appears only for work that lasts longer than this (ms)
BUSY_DELAY_MS = 600


class MainWindow(QMainWindow):
    #: a page was built (its key); tests and the start-up probe use it
    page_built = Signal(str)
    #: the user closed the main window: the application ends (contact files are closed with it)
    closed = Signal()

    def __init__(self, ctx: UiContext | None = None, parent: QWidget | None = None) -> None:
        """The window frame; with ``ctx`` it is attached at once (see :meth:`attach`).

        Start-up shows the bare frame first ("Opening…") and attaches it once the store is open
        and someone has signed in: the window is on screen before the database layer is even
        imported.
        """
        super().__init__(parent)
        self.ctx: UiContext = None  # type: ignore[assignment]  # set by attach()
        self.setWindowTitle(self.tr("SivaDesk"))
        self.pages: dict[str, QWidget] = {}
        self.palette_dialog: QWidget | None = None
        self.import_dialog: QWidget | None = None
        self.page_keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {
            "home": self._build_home,
            "contacts": self._build_contacts,
            "calls": self._build_calls,
            "fax": self._build_fax,
            "letters": self._build_letters,
            "registers": self._build_registers,
            "settings": self._build_settings,
            "users": self._build_users,
            "about": self._build_about,
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setUniformItemSizes(True)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 5px 4px; }")
        self.nav.setFixedWidth(160)
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening SivaDesk…"))
        self.opening.setObjectName("opening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1100, 700)
        if ctx is not None:
            self.attach(ctx)

    @property
    def attached(self) -> bool:
        return self.ctx is not None

    def set_opening_text(self, text: str) -> None:
        """What the frame says while start-up opens the store and signs in."""
        self.opening.setText(text)

    def attach(self, ctx: UiContext) -> None:
        """Fill the frame for the signed-in user: navigation, menus, status bar, Home."""
        self.ctx = ctx
        self.setWindowTitle(self._title())
        # Order of the navigation; Ctrl+1..4 are Home, Contacts, Settings, About for everyone.
        self.page_keys = ["home", "contacts", "letters", "calls", "fax", "settings"]
        if ctx.actor.can("registers.manage"):
            self.page_keys.append("registers")
        if ctx.actor.can("users.manage"):
            self.page_keys.append("users")
        self.page_keys.append("about")
        style = self.style()
        icons = {
            "home": QStyle.StandardPixmap.SP_DirHomeIcon,
            "contacts": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "calls": QStyle.StandardPixmap.SP_MediaVolume,
            "fax": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "letters": QStyle.StandardPixmap.SP_FileIcon,
            "registers": QStyle.StandardPixmap.SP_FileDialogListView,
            "settings": QStyle.StandardPixmap.SP_ComputerIcon,
            "users": QStyle.StandardPixmap.SP_DriveNetIcon,
            "about": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        for key in self.page_keys:
            item = QListWidgetItem(style.standardIcon(icons[key]), self.page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(160, self.nav.sizeHintForColumn(0) + 24))
        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._refresh_timer = QTimer(self)  # coalesces feed bursts (an import) into one redraw
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._pending_topics: set[str] = set()
        self._start_calls()
        self._start_fax()
        self._start_letter_timers()
        self._connect_signals()
        self.show_page("home")
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()

    # -- construction --------------------------------------------------------------------------
    def _title(self) -> str:
        office = self.ctx.office.office_name
        return self.tr("SivaDesk — {office}").format(office=office) if office else self.tr("SivaDesk")

    def page_title(self, key: str) -> str:
        return {
            "home": self.tr("Home"),
            "contacts": self.tr("Contacts"),
            "calls": self.tr("Calls"),
            "fax": self.tr("Fax"),
            "letters": self.tr("Letters"),
            "registers": self.tr("Registers"),
            "settings": self.tr("Settings"),
            "users": self.tr("Users"),
            "about": self.tr("About"),
        }[key]

    def _action(self, text: str, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def _make_actions(self) -> None:
        can = self.ctx.actor.can
        self.new_contact_action = self._action(self.tr("&New contact"), "Ctrl+N")
        self.import_action = self._action(self.tr("&Import contacts…"))
        self.import_action.setEnabled(can("contacts.import"))
        self.export_action = self._action(self.tr("&Export contacts…"))
        self.export_action.setEnabled(can("contacts.export"))
        self.workload_action = self._action(self.tr("Export the &workload report…"))
        self.workload_action.setEnabled(can("tasks.see_all"))
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.search_action = self._action(self.tr("&Search…"), "Ctrl+K")
        self.filter_action = self._action(self.tr("&Find in contacts"), "Ctrl+F")
        self.refresh_action = self._action(self.tr("&Refresh"), "F5")
        self.about_action = self._action(self.tr("&About SivaDesk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions: dict[str, QAction] = {}
        self.page_group = QActionGroup(self)
        numbers = {
            "home": 1,
            "contacts": 2,
            "settings": 3,
            "about": 4,
            "users": 5,
            "calls": 6,
            "letters": 7,
            "registers": 8,
            "fax": 9,
        }
        for key in self.page_keys:
            action = self._action(self.page_title(key), f"Ctrl+{numbers[key]}")
            action.setCheckable(True)
            action.setData(key)
            self.page_group.addAction(action)
            self.page_actions[key] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_contact_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.workload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.filter_action)
        view_menu.addAction(self.refresh_action)
        from sivadesk.ui.audit_view import add_audit_log_action

        self.audit_log_action = add_audit_log_action(view_menu, self.ctx, self)  # None without audit.read
        view_menu.addSeparator()
        for key in self.page_keys:
            view_menu.addAction(self.page_actions[key])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

    def _make_status_bar(self) -> None:
        actor = self.ctx.actor
        self.user_label = QLabel(
            self.tr("{user} ({role})").format(
                user=actor.full_name or actor.username, role=role_label(actor.role)
            )
        )
        from sivadesk.db import redact

        self.db_label = technical(QLabel(redact(self.ctx.db.url)))
        self.db_label.setToolTip(self.tr("Database in use"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        status = self.statusBar()
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.db_label)

    def _connect_signals(self) -> None:
        # navigation
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        for action in self.page_actions.values():
            action.triggered.connect(self._page_action_triggered)
        # file menu
        self.new_contact_action.triggered.connect(self.new_contact)
        self.import_action.triggered.connect(self.import_contacts)
        self.export_action.triggered.connect(self.export_contacts)
        self.workload_action.triggered.connect(self.export_workload)
        self.quit_action.triggered.connect(self.close)
        # view menu and shortcuts
        self.search_action.triggered.connect(self.open_search)
        self.filter_action.triggered.connect(self.focus_filter)
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action.triggered.connect(lambda: self.show_page("about"))
        # background work: the busy indicator
        self.ctx.runner.busy_changed.connect(self._busy_changed)
        self.ctx.pages.busy_changed.connect(self._busy_changed)
        self._busy_timer.timeout.connect(self._show_busy)
        # work submitted before these connections (start-up jobs) emitted busy_changed unheard
        self._busy_changed(True)
        # change feed: other desktops' (and our own) committed changes
        feed = self.ctx.feed
        if feed is not None:
            feed.events.connect(self._feed_events)  # type: ignore[attr-defined]
        self._refresh_timer.timeout.connect(self._apply_feed)
        # referrals: a "referred to you" card per referral.received event for this user
        from sivadesk.ui.referral_popup import ReferralNotifier

        self.referral_notifier = ReferralNotifier(self.ctx, self)
        self.referral_notifier.open_requested.connect(self._open_referred)

    # -- pages ---------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page, built on first use."""
        page = self.pages.get(key)
        if page is None:
            page = self._factories[key]()
            self.pages[key] = page
            self.stack.addWidget(page)
            self.page_built.emit(key)
        return page

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        row = self.page_keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.page_actions[key].setChecked(True)
        return page

    def current_key(self) -> str:
        return next(k for k, p in self.pages.items() if p is self.stack.currentWidget())

    def _build_home(self) -> QWidget:
        from sivadesk.ui.home_page import HomePage

        home = HomePage(self.ctx)
        home.contact_activated.connect(self.open_contact)
        home.cartable.letter_activated.connect(self.open_letter)
        home.cartable.item_activated.connect(
            lambda kind, item_id: self._open_referred(kind, item_id) if kind != "letter" else None
        )
        home.cartable.new_task_requested.connect(lambda: self.open_task(None))
        home.cartable.new_appointment_requested.connect(lambda: self.open_appointment(None))
        home.cartable.appointment_activated.connect(self.open_appointment)
        home.cartable.calendar_requested.connect(self.open_calendar)
        return home

    def _build_contacts(self) -> QWidget:
        from sivadesk.ui.contacts_page import ContactsPage

        return ContactsPage(self.ctx)

    def _build_calls(self) -> QWidget:
        from sivadesk.ui.calls_page import CallsPage

        page = CallsPage(self.ctx)
        page.contact_activated.connect(self.open_contact)
        return page

    def _build_fax(self) -> QWidget:
        from sivadesk.ui.fax_page import FaxPage

        return FaxPage(self.ctx)

    def _build_letters(self) -> QWidget:
        from sivadesk.ui.letters_page import LettersPage

        return LettersPage(self.ctx)

    def _build_registers(self) -> QWidget:
        from sivadesk.ui.registers_page import RegistersPage

        return RegistersPage(self.ctx)

    def _build_settings(self) -> QWidget:
        from sivadesk.ui.settings_page import SettingsPage

        page = SettingsPage(self.ctx)
        page.settings_saved.connect(self._settings_saved)
        page.office_saved.connect(self._office_changed)
        return page

    def _build_users(self) -> QWidget:
        from sivadesk.ui.users_page import UsersPage

        return UsersPage(self.ctx)

    def _build_about(self) -> QWidget:
        from sivadesk.ui.about_page import AboutPage

        return AboutPage(self.ctx)

    @Slot(int)
    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.page_keys):
            self.show_page(self.page_keys[row])

    @Slot()
    def _page_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(str(action.data()))

    # -- actions -------------------------------------------------------------------------------
    @Slot()
    def new_contact(self) -> None:
        self.show_page("contacts").new_contact()  # type: ignore[attr-defined]

    @Slot()
    def focus_filter(self) -> None:
        self.show_page("contacts").focus_filter()  # type: ignore[attr-defined]

    @Slot()
    def refresh(self) -> None:
        page = self.stack.currentWidget()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    @Slot()
    def open_search(self) -> None:
        from sivadesk.ui.search_palette import SearchPalette

        if self.palette_dialog is not None:
            self.palette_dialog.deleteLater()
        palette = SearchPalette(self.ctx, self)
        palette.contact_chosen.connect(self.open_contact)
        self.palette_dialog = palette
        palette.open()

    @Slot(int)
    def open_contact(self, contact_id: int) -> None:
        from sivadesk.ui.contact_file import open_contact_file

        open_contact_file(self.ctx, contact_id, self)

    @Slot(str, int)
    def _open_referred(self, item_type: str, item_id: int) -> None:
        if item_type == "letter":
            self.open_letter(item_id)
        elif item_type == "task":
            self.open_task(item_id)
        elif item_type == "appointment":
            self.open_appointment(item_id)

    @Slot(int)
    def open_task(self, task_id: int | None = None) -> None:
        """A task's dialog (a new task when ``task_id`` is None)."""
        from sivadesk.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self.ctx, task_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.task_dialog = dialog
        dialog.open()

    @Slot()
    def open_calendar(self) -> None:
        """The signed-in user's appointments by day and week, in a window of its own."""
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        from sivadesk.ui.calendar_view import CalendarView

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Calendar"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QVBoxLayout(dialog).addWidget(CalendarView(self.ctx, dialog))
        dialog.resize(1000, 520)
        self.calendar_dialog = dialog
        dialog.show()

    @Slot(int)
    def open_appointment(self, appointment_id: int | None = None) -> None:
        from sivadesk.ui.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(self.ctx, appointment_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.appointment_dialog = dialog
        dialog.open()

    @Slot(int)
    def open_letter(self, letter_id: int) -> None:
        """The letter's own window (raised when it is already open)."""
        from sivadesk.ui.letter_form import open_letter_form

        open_letter_form(self.ctx, letter_id, self)

    @Slot()
    def import_contacts(self) -> None:
        from sivadesk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()

    @Slot()
    def export_contacts(self) -> None:
        csv_filter, xlsx_filter = self.tr("CSV files (*.csv)"), self.tr("Excel workbooks (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            str(Path.home() / "contacts.csv"),
            f"{csv_filter};;{xlsx_filter}",
        )
        if name:
            self.export_to(Path(name), xlsx=chosen == xlsx_filter)

    @Slot()
    def export_workload(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the workload report"),
            str(Path.home() / "workload.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_workload_to(Path(name))

    def export_workload_to(self, path: Path, days: int = 90) -> None:
        """Per user open, overdue and finished referral steps of the last ``days`` days, as CSV."""
        import datetime as dt

        from sivadesk.models import utcnow
        from sivadesk.ops import task_reports

        actor, since = self.ctx.actor, utcnow() - dt.timedelta(days=days)

        def job(s: Session) -> int:
            rows = task_reports.workload(s, actor, since)
            path.write_text(
                task_reports.workload_csv(rows), encoding="utf-8-sig"
            )  # Excel reads UTF-8 by its BOM
            return len(rows)

        self.ctx.runner.submit(
            job,
            lambda _n: self.statusBar().showMessage(
                self.tr("Workload report written to {path}.").format(path=path), 10000
            ),
            read_only=True,
        )

    def export_to(self, path: Path, xlsx: bool = False) -> None:
        """Write every contact to ``path`` (.csv or .xlsx) on the store runner."""
        from sivadesk.ops.exporter import export_contacts

        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if xlsx else ".csv"))
        actor = self.ctx.actor
        # The Contacts page on screen: export what it lists (its filters); otherwise everything.
        page = self.stack.currentWidget()
        query = page.current_query() if page is not None and hasattr(page, "current_query") else None
        self.statusBar().showMessage(self.tr("Exporting contacts to {path}…").format(path=path))
        self.ctx.runner.submit(
            lambda s: export_contacts(s, actor, path, query),
            lambda n: self.statusBar().showMessage(
                self.tr("%n contact(s) exported to {path}.", "", n).format(path=path), 10000
            ),
        )

    # -- busy indicator ------------------------------------------------------------------------
    @Slot(bool)
    def _busy_changed(self, _busy: bool) -> None:
        if self.ctx.runner.pending or self.ctx.pages.pending:
            if not self.busy_bar.isVisible() and not self._busy_timer.isActive():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    @Slot()
    def _show_busy(self) -> None:
        if self.ctx.runner.pending or self.ctx.pages.pending:
            self.busy_bar.show()

    def _home(self) -> HomePage | None:
        """Home, if it has been built (it is imported lazily, so typed by name only)."""
        return cast("HomePage | None", self.pages.get("home"))

    # -- calls -----------------------------------------------------------------------------------
    def _start_calls(self) -> None:
        """Caller-ID pop-ups for the lines this user watches, and the listener when this desktop
        hosts a caller-ID unit (Settings > Caller ID)."""
        from sivadesk.ui.call_popup_manager import PopupManager
        from sivadesk.ui.callerid_host import CallerIdHost

        self.popups = PopupManager(self.ctx, self, self)
        self.ctx.extras["calls_lane"] = self.popups.lane  # the line board reads there too
        self.callerid_host = CallerIdHost(self.ctx, self.popups, self)
        self.ctx.extras["callerid_host"] = self.callerid_host  # Settings > Caller ID starts and stops it
        self.callerid_host.start_configured()
        self.simulate_call_action: QAction | None = None
        if self.ctx.office.demo:  # a newcomer on the demo database sees what a call looks like
            self.simulate_call_action = self.help_menu.addAction(self.tr("Simulate a &call"))
            self.simulate_call_action.triggered.connect(lambda: self.callerid_host.simulate_call())

    # -- fax -------------------------------------------------------------------------------------
    def _start_fax(self) -> None:
        """The fax modem service, when this desktop hosts the modem (Settings > Fax modem)."""
        from sivadesk.ui.fax_host import FaxHost

        self.fax_host = FaxHost(self.ctx, self)
        self.ctx.extras["fax_host"] = self.fax_host
        self.fax_host.start_configured()

    def _start_letter_timers(self) -> None:
        """Scheduled letters are sent and this user's reminders pop up (late ones at start-up)."""
        from sivadesk.ui.letter_timers import LetterTimers

        self.letter_timers = LetterTimers(self.ctx, self)
        self.letter_timers.open_requested.connect(self.open_letter)
        self.letter_timers.item_open_requested.connect(self._open_referred)
        self.letter_timers.start()

    def _fax_notice(self, event: EventInfo) -> None:
        """Tell the sender how their fax went, in plain words, wherever they are signed in."""
        if event.payload.get("user_id") != self.ctx.actor.user_id:
            return
        from sivadesk.ui.fax_page import cause_text

        sent, total = event.payload.get("pages_sent", 0), event.payload.get("pages_total", 0)
        if event.topic == "fax.done":
            text = self.tr("Your fax was sent: {sent} of {total} pages confirmed.").format(
                sent=sent, total=total
            )
        else:
            text = self.tr("Your fax could not be sent: {reason}").format(
                reason=cause_text(str(event.payload.get("cause", "")))
            )
        self.statusBar().showMessage(text, 15000)

    def _appointment_notice(self, event: EventInfo) -> None:
        """Someone else planned an appointment with this user: say so (the cartable lists it)."""
        me = self.ctx.actor.user_id
        if event.payload.get("what") != "created" or event.user_id == me:
            return
        if me in event.payload.get("user_ids", []):
            text = self.tr("You were invited to an appointment: see Upcoming appointments on Home.")
            self.statusBar().showMessage(text, 15000)

    # -- change feed ---------------------------------------------------------------------------
    @Slot(list)
    def _feed_events(self, batch: list[EventInfo]) -> None:
        for event in batch:
            if event.topic == "call":  # at once, not coalesced: the pop-up must beat the second ring
                self.popups.on_feed_event(event)
            elif event.topic in ("fax.done", "fax.failed"):
                self._fax_notice(event)
            elif event.topic == "appointment.changed":
                self._appointment_notice(event)
        self._pending_topics.update(e.topic for e in batch)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot()
    def _apply_feed(self) -> None:
        topics, self._pending_topics = self._pending_topics, set()
        home = self._home()
        if home is not None:
            home.on_topics(topics)
        calls = self.pages.get("calls")
        if calls is not None:
            calls.on_topics(topics)  # type: ignore[attr-defined]
        if "calls.watched" in topics:  # this user chose other lines (maybe on another desktop)
            self.popups.reload_watched()
        fax_page = self.pages.get("fax")
        if fax_page is not None:
            fax_page.on_topics(topics)  # type: ignore[attr-defined]
        if "office.settings" in topics:
            self.reload_office()
        if "users" in self.pages and "user.changed" in topics:
            self.pages["users"].refresh()  # type: ignore[attr-defined]

    def reload_office(self) -> None:
        """Office settings changed (here or on another desktop): read them again and redraw."""
        from sivadesk.ops import office

        self.ctx.runner.submit(office.load, self._office_changed, read_only=True)

    @Slot(object)
    def _office_changed(self, values: OfficeSettings) -> None:
        self.ctx.office = values
        self.setWindowTitle(self._title())
        home = self._home()
        if home is not None:
            home.show_header()
        settings = self.pages.get("settings")
        if settings is not None:
            settings.show_office(values)  # type: ignore[attr-defined]

    # -- settings ------------------------------------------------------------------------------
    @Slot(bool)
    def _settings_saved(self, _needs_restart: bool) -> None:
        # The calendar applies at once: redraw the dates on Home.
        home = self._home()
        if home is not None:
            home.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_letter_forms():
            event.ignore()  # a draft with unsaved changes: the user chose to stay
            return
        log.info("main window closed")
        if self.attached:
            self.callerid_host.stop()
            self.popups.stop()
            self.fax_host.stop()
            self.letter_timers.stop()
        super().closeEvent(event)
        self.closed.emit()

    def _close_letter_forms(self) -> bool:
        """Close the open letter windows first: each asks about its unsaved changes. ``False`` when
        one of them stays open (Cancel)."""
        forms = sys.modules.get("sivadesk.ui.letter_form")  # none were opened if it was never imported
        if forms is None:
            return True
        return all(f.close() for f in self.findChildren(forms.LetterForm) if f.isVisible())
