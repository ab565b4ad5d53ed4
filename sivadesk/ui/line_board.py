"""The line board: each phone line's live state (idle, ringing, off-hook, on call), since when
(ticking), who has it and who is calling, on every desktop.

The states are read with :func:`sivadesk.ops.calls.line_states` when the board is built and again
after "line" (and "call") events of the change feed, coalesced while a read is running; the
elapsed time ticks locally every second without touching the store.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sivadesk import phones
from sivadesk.ops import calls as call_ops
from sivadesk.ops.calls import LineStateInfo
from sivadesk.ui.calls_model import local_digits
from sivadesk.ui.contacts_model import join_parts, reading_order
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.runner import Runner

log = logging.getLogger("sivadesk.ui.calls")

#: feed topics after which the board is read again
TOPICS = ("line", "call")
COLUMNS = 4

STATE_COLOURS = {
    "idle": "#7d8a96",
    "ringing": "#c9730a",
    "off_hook": "#2f6db5",
    "on_call": "#1f8a4c",
}


def line_state_label(state: str) -> str:
    labels = {
        "idle": QCoreApplication.translate("LineBoard", "Idle"),
        "ringing": QCoreApplication.translate("LineBoard", "Ringing"),
        "off_hook": QCoreApplication.translate("LineBoard", "Off hook"),
        "on_call": QCoreApplication.translate("LineBoard", "On call"),
    }
    return labels.get(state, state)


def elapsed_text(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``, Latin digits (the caller localises)."""
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


class LineTile(QFrame):
    """One line: name, state badge, elapsed time, who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("lineTile")
        self.info: LineStateInfo | None = None
        self.name = QLabel(self)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.state = QLabel(self)
        self.state.setObjectName("lineState")
        self.state.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.since = QLabel(self)
        self.since.setObjectName("lineSince")
        self.who = QLabel(self)
        self.who.setObjectName("lineWho")
        self.who.setWordWrap(True)
        for label in (self.name, self.since, self.who):
            align_leading(label)
        top = QGridLayout()
        top.addWidget(self.name, 0, 0)
        top.addWidget(self.state, 0, 1, Qt.AlignmentFlag.AlignTrailing)
        top.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.since)
        layout.addWidget(self.who)

    def show_info(self, info: LineStateInfo, region: str, ctx: UiContext) -> None:
        self.info = info
        self.name.setText(self.tr("Line {line}").format(line=local_digits(ctx, info.line)))
        colour = STATE_COLOURS.get(info.state, "#7d8a96")
        self.state.setText(line_state_label(info.state))
        self.state.setStyleSheet(f"background: {colour}; color: white; border-radius: 4px; padding: 1px 6px;")
        caller = info.contact_name or (
            phones.format_display(None, info.number, region) if info.number else ""
        )
        parts = []
        if info.state != "idle":
            if caller:
                parts.append(caller)
            if info.user_name:
                parts.append(self.tr("with {name}").format(name=info.user_name))
        self.who.setText(join_parts(parts))
        self.who.setVisible(bool(parts))
        self.tick(ctx)

    def tick(self, ctx: UiContext) -> None:
        info = self.info
        if info is None or info.since is None:
            self.since.setText("")
            return
        if info.state == "idle":
            self.since.setText(self.tr("Since {when}").format(when=ctx.fmt_datetime(info.since)))
        else:
            seconds = (dt.datetime.now(dt.UTC) - info.since).total_seconds()
            text = local_digits(ctx, elapsed_text(seconds))
            self.since.setText(reading_order(self.tr("For {elapsed}").format(elapsed=text)))


class LineBoard(QGroupBox):
    #: states shown (tests wait on it)
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Phone lines"))
        self.tiles: dict[str, LineTile] = {}
        self.states: list[LineStateInfo] = []
        self._loading = False
        self._stale = False
        self.empty = QLabel(
            self.tr("No phone line has reported yet. Lines appear with their first call."), self
        )
        self.empty.setWordWrap(True)
        align_leading(self.empty)
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        # The calls lane (the pop-up manager's, when the main window made one): a background
        # refresh that neither waits behind a long job nor lights the busy indicator.
        lane = self.ctx.extras.get("calls_lane")
        runner = lane if isinstance(lane, Runner) else self.ctx.runner
        runner.submit(call_ops.line_states, self._show, self._failed, read_only=True)

    def on_topics(self, topics: set[str]) -> None:
        if any(t == topic or t.startswith(topic + ".") for t in topics for topic in TOPICS):
            self.refresh()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._loading = False
        log.warning("line states could not be read: %s", exc)

    @Slot(object)
    def _show(self, states: list[LineStateInfo]) -> None:
        self._loading = False
        self.states = list(states)
        region = self.ctx.office.phone_region
        wanted = [s.line for s in states]
        for line in list(self.tiles):
            if line not in wanted:
                tile = self.tiles.pop(line)
                self.grid.removeWidget(tile)
                tile.deleteLater()
        for i, info in enumerate(states):
            found = self.tiles.get(info.line)
            tile = found if found is not None else LineTile(self)
            self.tiles[info.line] = tile
            self.grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            tile.show_info(info, region, self.ctx)
        self.empty.setVisible(not states)
        busy = any(s.state != "idle" for s in states)
        if busy and not self._timer.isActive():
            self._timer.start()
        elif not busy:
            self._timer.stop()
        self.loaded.emit()
        if self._stale:
            self._stale = False
            self.refresh()

    @Slot()
    def _tick(self) -> None:
        for tile in self.tiles.values():
            tile.tick(self.ctx)
