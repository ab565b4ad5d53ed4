"""What every screen needs: the store, the workers, who is logged in, and the display settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sivadesk import calendars
from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.ops.context import Actor
from sivadesk.ops.office import OfficeSettings
from sivadesk.ui.runner import Runner


@dataclass
class UiContext:
    db: Database
    runner: Runner  # writes and ordinary reads, in order
    pages: Runner  # list paging: its own lane, so scrolling never waits behind a long write
    actor: Actor
    settings: Settings
    office: OfficeSettings
    feed: object | None = None  # sivadesk.ui.feed.FeedSubscriber once started
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return str(self.settings.get("language"))

    @property
    def calendar(self) -> str:
        return str(self.settings.get("calendar"))

    def fmt_datetime(self, value: dt.datetime | None) -> str:
        return calendars.format_datetime(
            value, self.calendar, persian_digits=self.language == "fa", language=self.language
        )

    def fmt_date(self, value: dt.date | dt.datetime | None) -> str:
        return calendars.format_date(
            value, self.calendar, persian_digits=self.language == "fa", language=self.language
        )
