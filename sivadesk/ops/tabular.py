"""Spreadsheet files in and out: CSV (any of ; , tab; UTF-8, Windows-1252 or Latin-1) and .xlsx.

Reading streams: :func:`open_table` returns the header and an iterator of rows, so a file with a
million lines is never held in memory. Writing produces what Excel opens correctly: CSV in UTF-8
with a byte-order mark (otherwise Excel reads Persian as mojibake), or a real .xlsx.

Cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...) are written to CSV
behind an apostrophe, which spreadsheets hide and :func:`clean_cell` removes again on import.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import logging
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError

log = logging.getLogger("sivadesk.tabular")

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t", "|")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 1 << 20


@dataclass
class Table:
    """An open spreadsheet: unique column names and a one-shot iterator of ``(row_number, cells)``.

    Row numbers are those a spreadsheet shows (the header is usually row 1). Cells are strings,
    padded or cut to the number of columns.
    """

    columns: list[str]
    rows: Iterator[tuple[int, list[str]]]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    total: int | None = None  # data rows, when cheap to know
    _closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        for c in self._closers:
            c.close()
        self._closers.clear()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def detect_encoding(path: Path) -> str:
    """``utf-8-sig`` if the whole file decodes as UTF-8, else ``cp1252``, else ``latin-1``.

    The whole file is checked (in chunks) because an accented letter may first appear on line
    50,000; Latin-1 decodes any byte, so it is the last resort.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as f:
                while chunk := f.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def sniff_delimiter(sample_lines: Sequence[str]) -> str:
    """The delimiter that gives the header the most columns with the data lines agreeing."""
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        parsed = list(csv.reader(sample_lines, delimiter=delim))
        if not parsed or len(parsed[0]) < 2:
            continue
        width = len(parsed[0])
        agreeing = sum(1 for row in parsed[1:] if len(row) == width)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def unique_columns(header: Sequence[object]) -> list[str]:
    """Header cells as unique, non-empty names ("Column 3" for a blank one, "Phone (2)" for a repeat)."""
    names: list[str] = []
    seen: set[str] = set()
    for i, cell in enumerate(header):
        name = cell_text(cell).strip() or f"Column {i + 1}"
        candidate, n = name, 2
        while candidate.casefold() in seen:
            candidate = f"{name} ({n})"
            n += 1
        seen.add(candidate.casefold())
        names.append(candidate)
    return names


def cell_text(value: object) -> str:
    """A cell as text; whole numbers lose Excel's ``.0`` and dates become ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def clean_cell(text: str) -> str:
    """Undo the apostrophe put before formula-like cells on export; trim blanks."""
    text = text.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_START:
        text = text[1:]
    return text


def _fit(cells: list[str], width: int) -> list[str]:
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    return cells[:width]


def _open_csv(path: Path) -> Table:
    encoding = detect_encoding(path)
    f: IO[str] = path.open("r", encoding=encoding, newline="")
    sample: list[str] = []
    for line in f:
        sample.append(line)
        if len(sample) >= 20:
            break
    f.seek(0)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(sample)
    reader = csv.reader(f, delimiter=delimiter)
    header: list[str] | None = None
    header_row = 0
    for record in reader:
        header_row += 1
        if any(c.strip() for c in record):
            header = record
            break
    if header is None:
        f.close()
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {name} is empty."), name=path.name)
    columns = unique_columns(header)

    def rows() -> Iterator[tuple[int, list[str]]]:
        n = header_row
        for record in reader:
            n += 1
            yield n, _fit(record, len(columns))
        f.close()

    return Table(columns, rows(), "csv", encoding, delimiter, _closers=[f])


def _open_xlsx(path: Path) -> Table:
    import openpyxl  # loaded only for spreadsheets
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a readable .xlsx file: {reason}"),
            name=path.name,
            reason=str(exc),
        ) from exc
    ws = wb.active if wb.active is not None else wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    header: list[str] | None = None
    header_row = 0
    for values in it:
        header_row += 1
        if any(cell_text(v).strip() for v in values):
            header = [cell_text(v) for v in values]
            break
    if header is None:
        wb.close()
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {name} is empty."), name=path.name)
    # Trailing blank header cells are formatting, not columns.
    while header and not header[-1].strip():
        header.pop()
    columns = unique_columns(header)
    max_row = ws.max_row

    def rows() -> Iterator[tuple[int, list[str]]]:
        n = header_row
        for values in it:
            n += 1
            yield n, _fit([cell_text(v) for v in values], len(columns))
        wb.close()

    total = max_row - header_row if isinstance(max_row, int) and max_row > header_row else None
    return Table(columns, rows(), "xlsx", total=total, _closers=[wb])


def open_table(path: Path) -> Table:
    """Open ``path`` by its suffix (unknown suffixes are read as CSV)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no file {name}."), name=str(path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _open_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Old .xls files are not supported: save the file as .xlsx or CSV.")
        )
    return _open_csv(path)


def count_rows(path: Path) -> int | None:
    """Data rows in a CSV file (one fast pass), or what the .xlsx declares."""
    with open_table(path) as table:
        if table.kind == "xlsx":
            return table.total
        return sum(1 for _ in table.rows)


class TableWriter:
    """Writes rows to ``.csv`` (UTF-8 with BOM, ``;``-free comma CSV) or ``.xlsx`` by suffix."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = Path(path)
        self.kind = "xlsx" if self.path.suffix.lower() in XLSX_SUFFIXES else "csv"
        self._width = len(columns)
        if self.kind == "xlsx":
            import openpyxl

            self._wb = openpyxl.Workbook(write_only=True)
            self._ws = self._wb.create_sheet("Contacts")
            self._write_xlsx(list(columns))
        else:
            self._file = self.path.open("w", encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._file)
            self._csv.writerow(columns)

    def _write_xlsx(self, cells: list[str]) -> None:
        from openpyxl.cell import WriteOnlyCell

        out = []
        for text in cells:
            cell = WriteOnlyCell(self._ws, value=text)
            cell.data_type = "s"  # never a formula, even when the text starts with "="
            out.append(cell)
        self._ws.append(out)

    def write(self, cells: Sequence[str]) -> None:
        cells = list(cells)
        if self.kind == "xlsx":
            self._write_xlsx(cells)
        else:
            self._csv.writerow(["'" + c if c.startswith(_FORMULA_START) else c for c in cells])

    def close(self) -> None:
        if self.kind == "xlsx":
            self._wb.save(self.path)
        else:
            self._file.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
