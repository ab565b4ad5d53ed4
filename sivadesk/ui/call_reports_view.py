"""Call reports with charts: calls per day and per hour (peak hours), per contact, per agent, missed
vs answered, and contacts with no call since a date; every report exports to CSV.

All reports of the period are read in one job on the ``pages`` lane
(:mod:`sivadesk.ops.call_reports`); the charts are QtCharts views drawn from those rows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import call_reports as reports
from sivadesk.ui.calls_model import duration_text, local_digits
from sivadesk.ui.contacts_model import ltr
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.errors import show_error

log = logging.getLogger("sivadesk.ui.calls")

DEFAULT_DAYS = 30
TOP_CONTACTS = 10
QUIET_LIMIT = 1000
COLOURS = {"answered": "#1f8a4c", "missed": "#b5472f", "outgoing": "#2f6db5", "calls": "#c9730a"}


@dataclass(frozen=True, slots=True)
class ReportData:
    date_from: dt.date
    date_to: dt.date
    per_day: list[reports.DayRow]
    per_hour: list[reports.HourRow]
    per_contact: list[reports.ContactRow]
    per_agent: list[reports.AgentRow]
    outcomes: list[reports.OutcomeRow]


def outcome_label(outcome: str) -> str:
    return {
        "answered": QCoreApplication.translate("CallReportsView", "Answered"),
        "missed": QCoreApplication.translate("CallReportsView", "Missed"),
        "outgoing": QCoreApplication.translate("CallReportsView", "Outgoing"),
    }.get(outcome, outcome)


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(True)  # Persian digits on the value axes in Persian
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return chart, view


def _bar_set(label: str, values: Sequence[int], colour: str) -> QBarSet:
    s = QBarSet(label)
    s.append([float(v) for v in values])
    s.setColor(QColor(colour))
    return s


def _axes(chart: QChart, series: Any, categories: list[str], top: int, horizontal: bool = False) -> None:
    cats = QBarCategoryAxis()
    cats.append(categories)
    values = QValueAxis()
    values.setRange(0, max(1, top))
    values.setLabelFormat("%d")
    values.setTickCount(min(max(2, top + 1), 6))
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cats)
    series.attachAxis(values)
    if len(categories) > 24 and not horizontal:
        cats.setLabelsAngle(-90)


class ReportTable(QTreeWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels(headers)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)

    def fill(self, rows: list[list[str]]) -> None:
        self.clear()
        self.addTopLevelItems([QTreeWidgetItem(r) for r in rows])


class CallReportsView(QWidget):
    """The Reports tab of the Calls page (managers and administrators: ``calls.reports``)."""

    loaded = Signal()
    quiet_loaded = Signal()
    exported = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReportData | None = None
        self.quiet: list[reports.QuietContactRow] = []
        self._build()
        today = dt.date.today()
        self.date_from.setDate(today - dt.timedelta(days=DEFAULT_DAYS - 1))
        self.date_to.setDate(today)
        self.quiet_since.setDate(today - dt.timedelta(days=90))
        self._connect_signals()
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _export_button(self) -> QPushButton:
        return QPushButton(self.tr("Export CSV…"), self)

    def _build(self) -> None:
        self.date_from = CalendarDateEdit(self.ctx, self)
        self.date_to = CalendarDateEdit(self.ctx, self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.date_to)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        self.exports: dict[str, QPushButton] = {}

        # per day
        self.day_chart, self.day_view = _chart(self.tr("Calls per day"))
        self.tabs.addTab(self._page("day", self.day_view), self.tr("Per day"))
        # per hour
        self.hour_chart, self.hour_view = _chart(self.tr("Incoming calls per hour"))
        self.peak_label = QLabel(self)
        self.tabs.addTab(self._page("hour", self.hour_view, self.peak_label), self.tr("Per hour"))
        # per contact
        self.contact_chart, self.contact_view = _chart(self.tr("Contacts who call most"))
        self.contact_table = ReportTable(
            [
                self.tr("Contact"),
                self.tr("Organization"),
                self.tr("Calls"),
                self.tr("Missed"),
                self.tr("Talk time"),
                self.tr("Last call"),
            ]
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.contact_view)
        split.addWidget(self.contact_table)
        self.tabs.addTab(self._page("contact", split), self.tr("Per contact"))
        # per agent
        self.agent_chart, self.agent_view = _chart(self.tr("Calls taken per agent"))
        self.agent_table = ReportTable(
            [self.tr("Agent"), self.tr("Answered"), self.tr("Talk time"), self.tr("Average")]
        )
        split2 = QSplitter(Qt.Orientation.Vertical, self)
        split2.addWidget(self.agent_view)
        split2.addWidget(self.agent_table)
        self.tabs.addTab(self._page("agent", split2), self.tr("Per agent"))
        # outcomes
        self.outcome_chart, self.outcome_view = _chart(self.tr("Missed and answered calls"))
        self.tabs.addTab(self._page("outcome", self.outcome_view), self.tr("Missed vs answered"))
        # contacts without calls
        self.quiet_since = CalendarDateEdit(self.ctx, self)
        self.quiet_count = QLabel(self)
        self.quiet_table = ReportTable(
            [self.tr("Contact"), self.tr("Organization"), self.tr("Phone"), self.tr("Last call")]
        )
        quiet_bar = QHBoxLayout()
        quiet_bar.addWidget(QLabel(self.tr("No call since"), self))
        quiet_bar.addWidget(self.quiet_since)
        quiet_bar.addStretch(1)
        quiet_bar.addWidget(self.quiet_count)
        quiet = QWidget(self)
        quiet_layout = QVBoxLayout(quiet)
        quiet_layout.setContentsMargins(0, 0, 0, 0)
        quiet_layout.addLayout(quiet_bar)
        quiet_layout.addWidget(self.quiet_table, 1)
        self.tabs.addTab(self._page("quiet", quiet), self.tr("No call since"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def _page(self, key: str, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for w in widgets:
            layout.addWidget(w, 1 if not isinstance(w, QLabel) else 0)
        button = self._export_button()
        self.exports[key] = button
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        return page

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.quiet_since.dateChanged.connect(self.load_quiet)
        for key, button in self.exports.items():
            button.clicked.connect(lambda _checked=False, k=key: self.ask_export(k))

    # -- loading -------------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date] | None:
        start, end = self.date_from.date(), self.date_to.date()
        if start is None or end is None:
            return None
        return (start, end) if start <= end else (end, start)

    @Slot()
    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        start, end = period
        actor = self.ctx.actor

        def job(s: Session) -> ReportData:
            return ReportData(
                start,
                end,
                reports.calls_per_day(s, actor, start, end),
                reports.calls_per_hour(s, actor, start, end),
                reports.calls_per_contact(s, actor, start, end),
                reports.calls_per_agent(s, actor, start, end),
                reports.missed_vs_answered(s, actor, start, end),
            )

        self.ctx.pages.submit(job, self._show, self._failed, read_only=True)
        self.load_quiet()

    @Slot()
    def load_quiet(self) -> None:
        since = self.quiet_since.date()
        if since is None:
            return
        actor = self.ctx.actor
        self.ctx.pages.submit(
            lambda s: reports.contacts_without_call_since(s, actor, since, QUIET_LIMIT),
            self._show_quiet,
            self._failed,
            read_only=True,
        )

    def _failed(self, exc: Exception) -> None:
        log.warning("call reports failed: %s", exc)
        show_error(self, exc)

    # -- showing -------------------------------------------------------------------------------
    def _show(self, data: ReportData) -> None:
        self.data = data
        locale = self.locale()
        total = sum(r.calls for r in data.outcomes)
        missed = next((r.calls for r in data.outcomes if r.outcome == "missed"), 0)
        self.summary.setText(
            self.tr("{calls} calls, {missed} missed").format(
                calls=locale.toString(total), missed=locale.toString(missed)
            )
        )
        self._show_days(data)
        self._show_hours(data)
        self._show_contacts(data)
        self._show_agents(data)
        self._show_outcomes(data)
        self.loaded.emit()

    def _reset(self, chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _day_label(self, day: dt.date) -> str:
        text = self.ctx.fmt_date(day)
        # Year and month are in the period's bar; a bar needs only month/day.
        return text[-5:] if len(text) >= 8 else text

    def _show_days(self, data: ReportData) -> None:
        self._reset(self.day_chart)
        series = QStackedBarSeries()
        rows = data.per_day
        series.append(_bar_set(outcome_label("answered"), [r.answered for r in rows], COLOURS["answered"]))
        series.append(_bar_set(outcome_label("missed"), [r.missed for r in rows], COLOURS["missed"]))
        series.append(_bar_set(outcome_label("outgoing"), [r.outgoing for r in rows], COLOURS["outgoing"]))
        self.day_chart.addSeries(series)
        top = max((r.incoming + r.outgoing for r in rows), default=0)
        _axes(self.day_chart, series, [self._day_label(r.day) for r in rows], top)

    def _show_hours(self, data: ReportData) -> None:
        self._reset(self.hour_chart)
        rows = data.per_hour
        series = QBarSeries()
        series.append(_bar_set(self.tr("Calls"), [r.calls for r in rows], COLOURS["calls"]))
        series.append(_bar_set(outcome_label("missed"), [r.missed for r in rows], COLOURS["missed"]))
        self.hour_chart.addSeries(series)
        _axes(
            self.hour_chart, series, [f"{r.hour:02d}" for r in rows], max((r.calls for r in rows), default=0)
        )
        peaks = reports.peak_hours(rows)
        if peaks:
            hours = ", ".join(ltr(f"{h:02d}:00–{h + 1:02d}:00") for h in peaks)
            self.peak_label.setText(self.tr("Peak hours: {hours}").format(hours=hours))
        else:
            self.peak_label.setText(self.tr("No incoming calls in this period."))

    def _show_contacts(self, data: ReportData) -> None:
        self._reset(self.contact_chart)
        top = list(reversed(data.per_contact[:TOP_CONTACTS]))  # the busiest at the top of the chart
        series = QHorizontalBarSeries()
        series.append(_bar_set(self.tr("Calls"), [r.calls for r in top], COLOURS["calls"]))
        series.append(_bar_set(outcome_label("missed"), [r.missed for r in top], COLOURS["missed"]))
        self.contact_chart.addSeries(series)
        _axes(self.contact_chart, series, [r.name for r in top], max((r.calls for r in top), default=0), True)
        locale = self.locale()
        self.contact_table.fill(
            [
                [
                    r.name,
                    r.organization,
                    locale.toString(r.calls),
                    locale.toString(r.missed),
                    local_digits(self.ctx, duration_text(r.talk_s)),
                    self.ctx.fmt_datetime(r.last_call_at),
                ]
                for r in data.per_contact
            ]
        )

    def _show_agents(self, data: ReportData) -> None:
        self._reset(self.agent_chart)
        rows = data.per_agent
        series = QBarSeries()
        series.append(_bar_set(self.tr("Answered"), [r.answered for r in rows], COLOURS["answered"]))
        self.agent_chart.addSeries(series)
        _axes(self.agent_chart, series, [r.name for r in rows], max((r.answered for r in rows), default=0))
        locale = self.locale()
        self.agent_table.fill(
            [
                [
                    r.name,
                    locale.toString(r.answered),
                    local_digits(self.ctx, duration_text(r.talk_s)),
                    local_digits(self.ctx, duration_text(r.average_s)),
                ]
                for r in rows
            ]
        )

    def _show_outcomes(self, data: ReportData) -> None:
        self._reset(self.outcome_chart)
        series = QPieSeries()
        locale = self.locale()
        for r in data.outcomes:
            if r.calls:
                sl = series.append(f"{outcome_label(r.outcome)} ({locale.toString(r.calls)})", float(r.calls))
                sl.setColor(QColor(COLOURS[r.outcome]))
                sl.setLabelVisible(True)
        self.outcome_chart.addSeries(series)

    def _show_quiet(self, rows: list[reports.QuietContactRow]) -> None:
        self.quiet = rows
        never = self.tr("Never")
        self.quiet_table.fill(
            [
                [
                    r.name,
                    r.organization,
                    ltr(r.phone),
                    self.ctx.fmt_datetime(r.last_call_at) if r.last_call_at else never,
                ]
                for r in rows
            ]
        )
        n = len(rows)
        text = self.tr("%n contact(s)", "", n).replace("(s)", "" if n == 1 else "s")
        self.quiet_count.setText(text + ("+" if n >= QUIET_LIMIT else ""))
        self.quiet_loaded.emit()

    # -- CSV -----------------------------------------------------------------------------------
    def rows_for(self, key: str) -> Sequence[Any]:
        if key == "quiet":
            return self.quiet
        d = self.data
        if d is None:
            return []
        by_key: dict[str, Sequence[Any]] = {
            "day": d.per_day,
            "hour": d.per_hour,
            "contact": d.per_contact,
            "agent": d.per_agent,
            "outcome": d.outcomes,
        }
        return by_key[key]

    def ask_export(self, key: str) -> None:
        names = {
            "day": "calls-per-day",
            "hour": "calls-per-hour",
            "contact": "calls-per-contact",
            "agent": "calls-per-agent",
            "outcome": "missed-vs-answered",
            "quiet": "contacts-without-calls",
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), str(Path.home() / f"{names[key]}.csv"), self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv(key, Path(name))

    def export_csv(self, key: str, path: Path) -> None:
        """Write the report's rows (as shown) to ``path`` on the store runner."""
        rows = list(self.rows_for(key))
        if not rows:
            QMessageBox.information(
                self, self.tr("Export CSV"), self.tr("This report has no rows to export.")
            )
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")

        def job(_s: Session) -> str:
            reports.to_csv(rows, path)
            return str(path)

        self.ctx.runner.submit(job, self.exported.emit, self._failed, read_only=True)
