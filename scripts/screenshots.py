"""Screenshots for the README and docs: the real main window, offscreen, on a demo database.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--contacts 250] [--only main-fa]

Builds one demo SQLite database (``sivadesk.ops.demo.generate``) in a temporary folder, then takes
every shot in its own process (the interface language, layout direction, font and default locale
are process-wide in Qt):

- main-en.png, main-fr.png, main-fa.png: the Contacts page with its rows loaded (Persian: right to
  left, Jalali dates, the Persian font chosen by ``install_language``);
- contact-fa.png: the contact file of a Persian contact, in Persian;
- home-fr.png: Home, in French;
- letters-fa.png, letters-en.png: the Letters page (register tabs, search bar, lazy list); letter-fa.png:
  a registered Persian letter's form; registers-en.png: register administration with the live preview;
  viewer-fa.png: that letter's PDF (built-in renderer) in the attachment viewer.

Nothing touches the user's own settings, data or logs (``SIVADESK_HOME`` points at the temporary
folder).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1200, 760)


@dataclass(frozen=True)
class Shot:
    name: str
    language: str
    calendar: str
    user: str  # a demo account (sivadesk.ops.demo.DEMO_USERS)
    page: str  # "contacts", "home", "contact-file", "letters", "letter", "registers" or "viewer"
    tag: str = ""  # Contacts: filter on this tag, as a user would with the tag box


SHOTS = {
    s.name: s
    for s in (
        Shot("main-en", "en", "gregorian", "admin", "contacts"),
        Shot("main-fr", "fr", "gregorian", "admin", "contacts"),
        # An Iranian office looks at its Iranian customers (the demo mixes both cultures, and
        # Latin names sort first).
        Shot("main-fa", "fa", "jalali", "reza", "contacts", tag="مشتری"),
        Shot("contact-fa", "fa", "jalali", "reza", "contact-file"),
        Shot("home-fr", "fr", "gregorian", "admin", "home"),
        Shot("letters-fa", "fa", "jalali", "reza", "letters"),
        Shot("letters-en", "en", "gregorian", "admin", "letters"),
        Shot("letter-fa", "fa", "jalali", "reza", "letter"),
        Shot("registers-en", "en", "gregorian", "admin", "registers"),
        Shot("viewer-fa", "fa", "jalali", "reza", "viewer"),
    )
}


# -- the parent: one demo database, one process per shot -------------------------------------------


def build_demo(folder: Path, contacts: int) -> str:
    from sivadesk import migrate
    from sivadesk.db import Database
    from sivadesk.ops import demo

    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    report = demo.generate(db, contacts=contacts, seed=1)
    db.dispose()
    print(report.summary())
    return url


def run_all(out: Path, contacts: int, only: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sivadesk-shots-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIVADESK_HOME=str(home))
        os.environ.update(SIVADESK_HOME=str(home))
        url = build_demo(home, contacts)
        failed = 0
        for name in only or list(SHOTS):
            target = out / f"{name}.png"
            cmd = [sys.executable, __file__, "--shot", name, "--db", url, "--png", str(target)]
            done = subprocess.run(cmd, env=env, cwd=ROOT, check=False)
            if done.returncode:
                print(f"{name}: failed ({done.returncode})", file=sys.stderr)
                failed += 1
            else:
                print(f"{target}: {target.stat().st_size // 1024} KB")
        return 1 if failed else 0


# -- the child: one language, one picture -----------------------------------------------------------


def wait_until(ready: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not finish loading")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Let queued repaints and late layout passes run."""
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def persian_contact(db_url: str) -> int:
    """A Persian person with a company, several phones and a long timeline: a full-looking file."""
    from sqlalchemy import func, select

    from sivadesk.db import Database
    from sivadesk.models import Contact
    from sivadesk.models.records import Activity

    db = Database(db_url)
    try:
        with db.read_session() as s:
            rows = s.execute(
                select(Contact.id, Contact.display_name, func.count(Activity.id).label("n"))
                .join(Activity, Activity.contact_id == Contact.id)
                .where(
                    Contact.kind == "person", Contact.deleted_at.is_(None), Contact.company_id.is_not(None)
                )
                .where(Contact.primary_email != "", Contact.has_invalid_phone.is_(False))
                .group_by(Contact.id, Contact.display_name)
                .order_by(func.count(Activity.id).desc(), Contact.id)
            ).all()
    finally:
        db.dispose()
    for cid, name, _n in rows:
        if any("\u0600" <= ch <= "\u06ff" for ch in name):
            return int(cid)
    raise LookupError("the demo database has no Persian person with a company and a timeline")


def persian_letter(db_url: str) -> int:
    """A registered letter of the Tehran office's outbound register with a Persian subject."""
    from sqlalchemy import select

    from sivadesk.db import Database
    from sivadesk.models import Letter, Register

    db = Database(db_url)
    try:
        with db.read_session() as s:
            rows = s.execute(
                select(Letter.id, Letter.subject)
                .join(Register, Register.id == Letter.register_id)
                .where(Letter.status.in_(("registered", "sent")), Register.calendar == "jalali")
                .order_by(Letter.id.desc())
            ).all()
    finally:
        db.dispose()
    for lid, subject in rows:
        if any("\u0600" <= ch <= "\u06ff" for ch in subject):
            return int(lid)
    raise LookupError("the demo database has no registered Persian letter")


def save(widget: object, png: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    image = widget.grab().toImage()
    if not image.save(str(png), "PNG", 0):  # quality 0: smallest file
        raise OSError(f"could not write {png}")


def take(shot: Shot, db_url: str, png: Path) -> None:
    from sivadesk.app import demo_actor, make_application
    from sivadesk.config import Settings
    from sivadesk.db import Database
    from sivadesk.ops import office
    from sivadesk.ui.context import UiContext
    from sivadesk.ui.i18n import install_language
    from sivadesk.ui.main_window import MainWindow
    from sivadesk.ui.runner import Runner

    app = make_application([sys.argv[0]])
    settings = Settings(Path(os.environ["SIVADESK_HOME"]) / f"settings-{shot.name}.json")
    settings.set("language", shot.language)
    settings.set("calendar", shot.calendar)
    settings.set("db_url", db_url)
    lang = install_language(app, shot.language)
    if shot.language == "fa" and not lang.font_family:
        print("warning: no Persian font installed (fonts-noto-core); Qt falls back", file=sys.stderr)
    db = Database(db_url)
    runner, pages = Runner(db, "store"), Runner(db, "pages")
    with db.read_session() as s:
        actor = demo_actor(s, shot.user)
        values = office.load(s)
    ctx = UiContext(db, runner, pages, actor, settings, values)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()

    def idle() -> bool:
        return runner.pending == 0 and pages.pending == 0

    try:
        if shot.page == "contacts":
            page: Any = window.show_page("contacts")
            wait_until(lambda: idle() and page.model.rowCount() > 0)
            if shot.tag:
                wait_until(lambda: page.tag_filter.findData(shot.tag) > 0)
                page.tag_filter.setCurrentIndex(page.tag_filter.findData(shot.tag))
                wait_until(lambda: idle() and page.model.known and page.model.rowCount() > 0)
            settle()
            target: object = window
        elif shot.page == "home":
            home = window.show_page("home")
            done: list[bool] = []
            home.loaded.connect(lambda: done.append(True))  # type: ignore[attr-defined]
            home.refresh()  # type: ignore[attr-defined]
            wait_until(lambda: bool(done) and idle())
            settle()
            target = window
        elif shot.page in ("letters", "registers"):
            page = window.show_page(shot.page)
            wait_until(lambda: idle() and (shot.page == "registers" or page.model.rowCount() > 0))
            if shot.page == "letters" and shot.language == "fa":  # the Tehran office's outbound register
                page.show_register(
                    next(r.id for r in page.registers if r.calendar == "jalali" and r.direction == "outbound")
                )
            if shot.page == "registers":
                page.tree.setCurrentItem(page.tree.topLevelItem(0))
            wait_until(idle)
            settle()
            target = window
        elif shot.page == "viewer":
            from sivadesk.letters.render import render_letter
            from sivadesk.ui.attachment_viewer import AttachmentViewer

            with db.read_session() as s:
                pdf = render_letter(s, actor, persian_letter(db_url), "pdf", engine="builtin")
            viewer = AttachmentViewer(ctx, window)
            viewer.resize(900, SIZE[1])
            viewer.show()
            viewer.show_bytes(pdf.filename, "application/pdf", pdf.data)
            viewer.fit_page()
            settle()
            target = viewer
        elif shot.page == "letter":
            from sivadesk.ui.letter_form import LetterForm

            form = LetterForm(ctx, persian_letter(db_url), window)
            form.resize(*SIZE)
            form.show()
            wait_until(lambda: form.loads > 0 and idle())
            settle()
            target = form
        else:
            from sivadesk.ui.contact_file import ContactFileWindow

            file_window = ContactFileWindow(ctx, persian_contact(db_url), window)
            file_window.resize(*SIZE)
            file_window.show()
            wait_until(lambda: file_window.loads > 0 and idle())
            settle()
            target = file_window
        save(target, png)
    finally:
        window.close()
        runner.stop()
        pages.stop()
        db.dispose()
        lang.remove(app)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--contacts", type=int, default=250)
    parser.add_argument("--only", action="append", choices=sorted(SHOTS), default=[])
    parser.add_argument("--shot", choices=sorted(SHOTS), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--png", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.shot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        take(SHOTS[args.shot], args.db, args.png)
        return 0
    return run_all(args.out, args.contacts, args.only)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
