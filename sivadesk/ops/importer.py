"""Importing contacts from CSV and .xlsx files: a preview, then the import with a per-row report.

Every row goes through :mod:`sivadesk.ops.contacts` (so phones are normalised, search keys built,
audit and change-feed rows written) inside its own savepoint: a bad row is rolled back alone and
listed with its row number, column and reason; the good rows around it are imported. Rows are
read as a stream and committed in batches, so a large file neither fills memory nor holds one
enormous transaction; a progress callback reports ``(rows done, rows in file)`` and may return
``False`` to stop after the current batch.

Nothing is dropped silently: every non-blank row ends up created, updated, skipped as a duplicate
(with the contacts it duplicates) or failed, and ``ImportReport`` adds up to the rows read.
Unparseable phone numbers are imported as typed, flagged on the contact, and listed.
"""

from __future__ import annotations

import csv
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from sivadesk import phones, textnorm
from sivadesk.db import Database
from sivadesk.errors import QT_TRANSLATE_NOOP, SivaError, ValidationError
from sivadesk.models import Contact, ContactKind
from sivadesk.ops import contacts, office
from sivadesk.ops.context import Actor
from sivadesk.ops.import_fields import FIELDS, BuiltRow, RowProblem, build_row, check_mapping, column_for
from sivadesk.ops.tabular import count_rows, open_table

log = logging.getLogger("sivadesk.import")

DuplicatePolicy = Literal["skip", "create", "update"]
DUPLICATE_POLICIES: tuple[str, ...] = ("skip", "create", "update")
SessionSource = Database | Callable[[], AbstractContextManager[Session]]
Progress = Callable[[int, int | None], bool | None]
Translate = Callable[[str, str], str]

__all__ = ["FIELDS", "ImportPreview", "ImportReport", "PreviewRow", "RowIssue", "preview", "run_import"]


def _untranslated(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class RowIssue:
    """Something about one row: why it failed, or a warning the user should check."""

    row: int
    column: str
    template: str  # English with {placeholders}; translated in the "errors" context
    params: dict[str, Any]
    raw: dict[str, str]

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def translated(self, translate: Translate | None) -> str:
        template = translate("errors", self.template) if translate else self.template
        try:
            return template.format(**self.params) if self.params else template
        except (KeyError, IndexError, ValueError):
            return self.message

    @classmethod
    def of(cls, row: int, exc: SivaError, column: str, raw: dict[str, str]) -> RowIssue:
        return cls(row, column, exc.template, dict(exc.params), raw)


@dataclass(frozen=True, slots=True)
class SkippedRow:
    row: int
    name: str
    duplicates: tuple[tuple[int, str], ...]  # (contact id, name) of the contacts it duplicates
    raw: dict[str, str]


@dataclass(frozen=True, slots=True)
class FlaggedPhone:
    row: int
    contact_id: int
    name: str
    number: str
    raw: dict[str, str]


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    cells: tuple[str, ...]
    contact: contacts.ContactInput | None
    error: RowIssue | None
    warnings: tuple[RowIssue, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPreview:
    path: Path
    kind: str  # csv or xlsx
    encoding: str
    delimiter: str
    columns: tuple[str, ...]
    detected: dict[str, str]  # what the headers say
    mapping: dict[str, str]  # detected, overridden by the caller's choices
    rows: tuple[PreviewRow, ...]
    total: int | None  # data rows in the file, blank ones included (None if unknown)


@dataclass
class ImportReport:
    path: str
    columns: list[str]
    on_duplicate: str
    rows_read: int = 0  # non-blank data rows
    blank: int = 0
    created: int = 0
    updated: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    failed: list[RowIssue] = field(default_factory=list)
    flagged: list[FlaggedPhone] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    cancelled: bool = False  # stopped by the user; rows after ``last_row`` were not read
    last_row: int = 0
    elapsed: float = 0.0

    @property
    def accounted(self) -> int:
        return self.created + self.updated + len(self.skipped) + len(self.failed)

    def summary(self) -> str:
        lines = [
            f"{self.path}: {self.rows_read} rows read in {self.elapsed:.1f} s",
            f"  created: {self.created}",
            f"  updated: {self.updated}",
            f"  skipped (duplicates): {len(self.skipped)}",
            f"  failed: {len(self.failed)}",
            f"  phone numbers kept as typed and flagged: {len(self.flagged)}",
        ]
        if self.blank:
            lines.append(f"  blank rows ignored: {self.blank}")
        if self.warnings:
            lines.append(f"  warnings: {len(self.warnings)}")
        if self.cancelled:
            lines.append(
                f"  STOPPED by the user after row {self.last_row}: the rows after it were not imported"
            )
        for issue in self.failed[:50]:
            where = f" [{issue.column}]" if issue.column else ""
            lines.append(f"  row {issue.row}{where}: {issue.message}")
        if len(self.failed) > 50:
            lines.append(f"  ... and {len(self.failed) - 50} more failed rows (see the error report)")
        return "\n".join(lines)

    def issues(
        self, translate: Translate | None = None
    ) -> Iterator[tuple[int, str, str, str, dict[str, str]]]:
        """``(row, status, column, message, raw cells)`` of every row needing attention, by row."""
        # Spelled translate("import", ...) on purpose: lupdate extracts any call of that name, but
        # reads a local helper called tr("import", text) as tr(source, comment) and misses it.
        translate = translate or _untranslated
        failed, duplicate = translate("import", "failed"), translate("import", "duplicate")
        flagged, warning = translate("import", "phone flagged"), translate("import", "warning")
        out: list[tuple[int, str, str, str, dict[str, str]]] = []
        for issue in self.failed:
            out.append((issue.row, failed, issue.column, issue.translated(translate), issue.raw))
        for s in self.skipped:
            names = ", ".join(f"#{cid} {name}" for cid, name in s.duplicates)
            msg = translate("import", "Same phone or e-mail as {names}").format(names=names)
            out.append((s.row, duplicate, "", msg, s.raw))
        for f in self.flagged:
            msg = translate(
                "import", "{number} is not a valid phone number; kept as typed and flagged"
            ).format(number=f.number)
            out.append((f.row, flagged, "", msg, f.raw))
        for w in self.warnings:
            out.append((w.row, warning, w.column, w.translated(translate), w.raw))
        out.sort(key=lambda t: t[0])
        yield from out

    def write_errors(self, path: Path, translate: Translate | None = None) -> int:
        """The error report as CSV (UTF-8 with BOM): one line per issue with the row's own cells."""
        translate = translate or _untranslated
        n = 0
        with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            header = [translate("import", "Row"), translate("import", "Status"),
                      translate("import", "Column"), translate("import", "Message")]  # fmt: skip
            w.writerow([*header, *self.columns])
            for row, status, column, message, raw in self.issues(translate):
                w.writerow([row, status, column, message, *(raw.get(c, "") for c in self.columns)])
                n += 1
        return n


def _validated(cells: list[str], columns: list[str], mapping: Mapping[str, str]) -> BuiltRow:
    """Build the row and apply the service's own checks; raises :class:`SivaError`."""
    built = build_row(cells, columns, mapping)
    try:
        # The service's validation, run before any write so preview and import agree.
        data = contacts._validate(built.contact)
    except ValidationError as exc:
        raise RowProblem(exc.template, column_for(exc.field, mapping), **exc.params) from exc
    return replace(built, contact=data)


def _phone_warnings(
    row: int, data: contacts.ContactInput, region: str, raw: dict[str, str]
) -> list[RowIssue]:
    return [
        RowIssue(
            row,
            "",
            QT_TRANSLATE_NOOP(
                "errors", "{number} is not a valid phone number; it will be kept as typed and flagged."
            ),
            {"number": p.number},
            raw,
        )
        for p in data.phones
        if not phones.parse_phone(p.number, region).valid
    ]


def preview(
    path: Path | str,
    mapping: Mapping[str, str] | None = None,
    limit: int = 50,
    *,
    region: str | None = None,
    unknown: str = "custom",
) -> ImportPreview:
    """Read the header and the first ``limit`` rows; each row becomes a contact or an error.

    With ``region`` (the office's phone region), phones that will be flagged are listed as warnings.
    ``unknown``: what unrecognised columns become, ``custom`` fields or ``ignore``.
    """
    path = Path(path)
    with open_table(path) as table:
        detected = check_mapping({}, table.columns, unknown)
        used = check_mapping(mapping or {}, table.columns, unknown)
        rows: list[PreviewRow] = []
        for row_no, cells in table.rows:
            if not any(c.strip() for c in cells):
                continue
            raw = dict(zip(table.columns, cells, strict=True))
            try:
                built = _validated(cells, table.columns, used)
            except RowProblem as exc:
                rows.append(PreviewRow(row_no, tuple(cells), None, RowIssue.of(row_no, exc, exc.column, raw)))
            else:
                warnings = _phone_warnings(row_no, built.contact, region, raw) if region else []
                rows.append(PreviewRow(row_no, tuple(cells), built.contact, None, tuple(warnings)))
            if len(rows) >= limit:
                break
        total = table.total if table.kind == "xlsx" else None
        info = (table.kind, table.encoding, table.delimiter, tuple(table.columns))
    if total is None and info[0] == "csv" and path.stat().st_size < 20_000_000:
        total = count_rows(path)
    return ImportPreview(path, *info, detected, used, tuple(rows), total)


def _find_company(session: Session, name: str) -> int | None:
    key = textnorm.sort_key(name)
    return session.scalar(
        select(Contact.id)
        .where(
            Contact.kind == ContactKind.COMPANY.value, Contact.sort_key == key, Contact.deleted_at.is_(None)
        )
        .order_by(Contact.id)
        .limit(1)
    )


def _same_phone(a: str, b: str, region: str) -> bool:
    pa, pb = phones.parse_phone(a, region), phones.parse_phone(b, region)
    return (pa.e164 is not None and pa.e164 == pb.e164) or pa.rev_key == pb.rev_key


def merge(old: contacts.ContactInput, new: contacts.ContactInput, region: str) -> contacts.ContactInput:
    """What "update" writes: the file's non-empty values over the existing ones; phones, e-mails,
    addresses and tags added to those already there; notes appended. The kind is kept."""
    scalars = {
        f: getattr(new, f) or getattr(old, f)
        for f in ("first_name", "last_name", "organization", "job_title", "lead_status")
    }
    notes = old.notes
    if new.notes and new.notes not in old.notes:
        notes = f"{old.notes}\n{new.notes}" if old.notes else new.notes
    phone_list = list(old.phones)
    for p in new.phones:
        if not any(_same_phone(p.number, q.number, region) for q in phone_list):
            phone_list.append(p)
    mails = list(old.emails)
    mails += [e for e in new.emails if e.casefold() not in {m.casefold() for m in mails}]
    addresses = list(old.addresses)
    seen = {(textnorm.normalize(a.street), textnorm.normalize(a.city)) for a in addresses}
    addresses += [
        a for a in new.addresses if (textnorm.normalize(a.street), textnorm.normalize(a.city)) not in seen
    ]
    return replace(
        old,
        **scalars,
        company_id=new.company_id if new.company_id is not None else old.company_id,
        notes=notes,
        phones=tuple(phone_list),
        emails=tuple(mails),
        addresses=tuple(addresses),
        tags=tuple(dict.fromkeys((*old.tags, *new.tags))),
        custom={**old.custom, **new.custom},
    )


class _Importer:
    def __init__(
        self, actor: Actor, report: ImportReport, mapping: dict[str, str], on_duplicate: str
    ) -> None:
        self.actor = actor
        self.report = report
        self.mapping = mapping
        self.on_duplicate = on_duplicate
        self.pending_links: list[tuple[int, int, str, dict[str, str]]] = []  # (row, contact id, company, raw)

    def row(self, session: Session, region: str, row_no: int, cells: list[str]) -> None:
        report, columns = self.report, self.report.columns
        if not any(c.strip() for c in cells):
            report.blank += 1
            return
        report.rows_read += 1
        raw = dict(zip(columns, cells, strict=True))
        try:
            built = _validated(cells, columns, self.mapping)
        except RowProblem as exc:
            report.failed.append(RowIssue.of(row_no, exc, exc.column, raw))
            return
        data = built.contact
        link_later = False
        if built.company_name:
            company_id = _find_company(session, built.company_name)
            data = replace(data, company_id=company_id)
            link_later = company_id is None
        try:
            with session.begin_nested():
                result = self._write(session, region, row_no, data, raw)
        except SivaError as exc:
            column = column_for(exc.field, self.mapping) if isinstance(exc, ValidationError) else ""
            report.failed.append(RowIssue.of(row_no, exc, column, raw))
            return
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            log.warning("import row %s refused by the database: %s", row_no, reason)
            err = SivaError(
                QT_TRANSLATE_NOOP("errors", "The database refused this row: {reason}"), reason=reason
            )
            report.failed.append(RowIssue.of(row_no, err, "", raw))
            return
        if result is None:
            return
        if link_later:
            self.pending_links.append((row_no, result.id, built.company_name, raw))
        report.flagged += [
            FlaggedPhone(row_no, result.id, result.display_name, p.raw, raw)
            for p in result.phones
            if not p.valid
        ]

    def _write(
        self, session: Session, region: str, row_no: int, data: contacts.ContactInput, raw: dict[str, str]
    ) -> contacts.ContactFile | None:
        if self.on_duplicate != "create":
            dups = contacts.find_duplicates(session, data, region)
            if dups and self.on_duplicate == "skip":
                name = contacts.display_name_of(data)
                dup_ids = tuple((d.id, d.display_name) for d in dups)
                self.report.skipped.append(SkippedRow(row_no, name, dup_ids, raw))
                return None
            if dups:
                target = min(d.id for d in dups)
                old = contacts.get_contact(session, self.actor, target).as_input()
                result = contacts.update_contact(session, self.actor, target, merge(old, data, region))
                self.report.updated += 1
                return result
        result = contacts.create_contact(session, self.actor, data, allow_duplicate=True)
        self.report.created += 1
        return result

    def link_companies(self, session: Session) -> None:
        """Link people whose company appeared later in the file than they did."""
        for row_no, contact_id, company, raw in self.pending_links:
            company_id = _find_company(session, company)
            if company_id is None or company_id == contact_id:
                self.report.warnings.append(
                    RowIssue(
                        row_no,
                        next((c for c, t in self.mapping.items() if t == "company"), ""),
                        QT_TRANSLATE_NOOP(
                            "errors", "No company file named {name}; kept as organization text."
                        ),
                        {"name": company},
                        raw,
                    )
                )
                continue
            current = contacts.get_contact(session, self.actor, contact_id).as_input()
            contacts.update_contact(session, self.actor, contact_id, replace(current, company_id=company_id))


def run_import(
    store: SessionSource,
    actor: Actor,
    path: Path | str,
    mapping: Mapping[str, str] | None = None,
    *,
    on_duplicate: DuplicatePolicy | str = "skip",
    progress: Progress | None = None,
    batch_size: int = 500,
    unknown: str = "custom",
) -> ImportReport:
    """Import ``path`` into ``store`` (a :class:`Database` or a function opening a transaction).

    ``mapping`` overrides the detected meaning of columns (``{column: field}``, see
    :data:`FIELDS`). ``on_duplicate``: ``skip`` rows whose phone or e-mail already belongs to a
    contact, ``create`` them anyway, or ``update`` the existing contact with the row's values.
    """
    actor.require("contacts.import")
    actor.require("contacts.write")
    if on_duplicate not in DUPLICATE_POLICIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown duplicate policy {value} (skip, create or update)."),
            value=on_duplicate,
        )
    sessions = store.session if isinstance(store, Database) else store
    path = Path(path)
    started = time.perf_counter()
    total = count_rows(path)
    with open_table(path) as table:
        report = ImportReport(str(path), list(table.columns), str(on_duplicate))
        importer = _Importer(
            actor, report, check_mapping(mapping or {}, table.columns, unknown), str(on_duplicate)
        )
        done = 0
        while batch := list(islice(table.rows, batch_size)):
            with sessions() as s:
                region = office.get(s, "phone_region")
                for row_no, cells in batch:
                    importer.row(s, region, row_no, cells)
            done += len(batch)
            report.last_row = batch[-1][0]
            if progress is not None and progress(done, total) is False:
                report.cancelled = not _at_end(table)
                break
    if importer.pending_links:
        with sessions() as s:
            importer.link_companies(s)
    report.elapsed = time.perf_counter() - started
    log.info(
        "import %s by %s: %d read, %d created, %d updated, %d skipped, %d failed, %d phones flagged",
        path.name, actor.username, report.rows_read, report.created, report.updated,
        len(report.skipped), len(report.failed), len(report.flagged),
    )  # fmt: skip
    return report


def _at_end(table: Any) -> bool:
    """Whether the table has no row left (a stop asked for after the last batch is no stop)."""
    return next(table.rows, None) is None
