"""``sivadesk letters register|list|void`` through the real command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sivadesk import cli
from sivadesk.db import Database
from sivadesk.letters.cli import parse_date
from sivadesk.models import Department, Letter, RegisterCounter, Role
from sivadesk.ops import contacts, letters, registers, users
from sivadesk.ops.context import Actor

PASSWORD = "correct horse"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and the log file of in-process runs go to the test's folder."""
    monkeypatch.setenv("SIVADESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def store(db: Database, admin: Actor) -> dict[str, int]:
    """A French office's arrivals/departures and a Persian office's outgoing (Jalali) register."""
    with db.session() as s:
        ids = {
            "ARR": registers.create_register(
                s, admin, "Courrier arrivé", "ARR", "inbound", "ARR-{year}-{seq:05}"
            ).id,
            "SAD": registers.create_register(
                s, admin, "صادره", "SAD", "outbound", "{seq}/ص/{year}", calendar="jalali"
            ).id,
            "DEP": registers.create_register(
                s,
                admin,
                "Départ par service",
                "DEP",
                "outbound",
                "{dept}-{year}-{seq:03}",
                scope="department",
            ).id,
        }
        users.create_department(s, admin, "Commercial", "COM")
        ids["contact"] = contacts.create_contact(
            s, admin, contacts.ContactInput(first_name="Anne", last_name="Durand")
        ).id
        users.create_user(s, admin, "lucas", "Lucas Petit", PASSWORD, Role.AGENT)
    return ids


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert isinstance(code, int)
    return code, out, err


def test_register_prints_only_the_number(
    db: Database, admin: Actor, store: dict[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = tmp_path / "body.html"
    body.write_text("<p>Veuillez trouver ci-joint notre facture.</p>", encoding="utf-8")
    args = ["letters", "register", "--db", db.url, "--register", "arr", "--subject", "Facture 2025-117"]
    code, out, err = run_cli(
        capsys,
        *args,
        "--body-file",
        str(body),
        "--urgency",
        "urgent",
        "--classification",
        "confidential",
        "--contact",
        str(store["contact"]),
        "--their-number",
        "F-2025-117",
        "--their-date",
        "2025-03-18",
        "--date",
        "2025-03-20",
        "--direction",
        "inbound",
    )
    assert (code, out) == (0, "ARR-2025-00001\n"), err
    assert "registered in ARR" in err
    code, out, _ = run_cli(capsys, *args, "--date", "2025-03-21")
    assert (code, out) == (0, "ARR-2025-00002\n")
    with db.read_session() as s:
        first = letters.list_letters(s, admin, register_id=store["ARR"])[-1]
    assert (first.status, first.direction, first.urgency, first.classification) == (
        "registered",
        "inbound",
        "urgent",
        "confidential",
    )
    assert first.body.startswith("<p>Veuillez") and first.contact_id == store["contact"]
    assert (first.their_number, first.their_date) == ("F-2025-117", dt.date(2025, 3, 18))
    # A Jalali register: the day before Nowruz is 1403, Nowruz starts 1404 at 1; Jalali dates accepted.
    sad = ["letters", "register", "--db", db.url, "--register", "SAD", "--subject", "پیش‌فاکتور"]
    assert run_cli(capsys, *sad, "--date", "2025-03-20")[1] == "1/ص/1403\n"
    assert run_cli(capsys, *sad, "--date", "۱۴۰۴/۰۱/۰۱")[1] == "1/ص/1404\n"
    code, out, _ = run_cli(capsys, *sad, "--date", "1404-01-02", "--json")
    got = json.loads(out)
    assert (code, got["number"], got["register"]) == (0, "2/ص/1404", "SAD")
    # Without --date: today's year.
    assert run_cli(capsys, *args)[1] == f"ARR-{dt.date.today().year}-00001\n"


def test_per_department_register_takes_the_department(
    db: Database, store: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "letters",
        "register",
        "--db",
        db.url,
        "--register",
        "DEP",
        "--subject",
        "Offre",
        "--date",
        "2025-05-05",
    ]
    code, _, err = run_cli(capsys, *args)
    assert code == 1 and "choose a department" in err
    code, _, err = run_cli(capsys, *args, "--dept", "XYZ")
    assert code == 1 and "There is no department XYZ. Departments: COM." in err
    code, out, err = run_cli(capsys, *args, "--dept", "com")
    assert (code, out) == (0, "COM-2025-001\n") and err.endswith(" registered in DEP\n")
    with db.read_session() as s:  # the failed attempts left neither a draft nor a number behind
        assert s.scalar(select(func.count()).select_from(Letter)) == 1
        sender = s.scalar(select(Letter.sender_department_id))
        assert (
            sender is not None and s.scalar(select(Department.code).where(Department.id == sender)) == "COM"
        )
        assert s.scalar(select(RegisterCounter.last).where(RegisterCounter.register_id == store["DEP"])) == 1


def test_errors_exit_non_zero_and_leave_nothing(
    db: Database, store: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["letters", "register", "--db", db.url, "--subject", "Devis"]
    code, out, err = run_cli(capsys, *base, "--register", "NOPE")
    assert (code, out) == (cli.EXIT_FAILED, "")
    assert "There is no register NOPE. Registers: ARR, DEP, SAD." in err
    code, _, err = run_cli(capsys, *base, "--register", "ARR", "--date", "2025-02-30")
    assert code == cli.EXIT_USAGE and "write the date as YYYY-MM-DD" in err
    code, _, err = run_cli(capsys, *base, "--register", "ARR", "--urgency", "yesterday")
    assert code == cli.EXIT_USAGE and "invalid choice" in err
    code, _, err = run_cli(
        capsys, "letters", "register", "--db", db.url, "--register", "ARR", "--subject", "  "
    )
    assert code == cli.EXIT_USAGE and "--subject is empty" in err
    code, _, err = run_cli(capsys, *base, "--register", "ARR", "--direction", "outbound")
    assert code == cli.EXIT_FAILED and "Register ARR is an inbound register, not outbound." in err
    code, _, err = run_cli(capsys, *base, "--register", "ARR", "--contact", "999999")
    assert code == cli.EXIT_FAILED and "Contact 999999 does not exist." in err
    code, _, err = run_cli(
        capsys, *base, "--register", "ARR", "--user", "lucas"
    )  # an agent drafts, never numbers
    assert code == cli.EXIT_FAILED and "not allowed" in err
    code, _, err = run_cli(capsys, *base, "--register", "ARR", "--user", "ghost")
    assert code == cli.EXIT_FAILED and "There is no active user ghost." in err
    code, _, err = run_cli(capsys, *base, "--register", "ARR", "--body-file", str(Path("/nonexistent/b.txt")))
    assert code == cli.EXIT_FAILED and "b.txt" in err
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Letter)) == 0
        assert (
            s.scalar(select(func.count()).select_from(RegisterCounter).where(RegisterCounter.last > 0)) == 0
        )


def test_dates_gregorian_or_jalali() -> None:
    assert parse_date("2025-03-21") == dt.date(2025, 3, 21)
    assert parse_date("1404/01/01") == dt.date(2025, 3, 21)
    assert parse_date("۱۴۰۳/۱۲/۳۰") == dt.date(2025, 3, 20)
    for bad in ("2025-02-30", "21/03/2025", "1404-13-01", "tomorrow", ""):
        with pytest.raises(cli.UsageError, match="write the date as YYYY-MM-DD"):
            parse_date(bad)


def test_list_and_void(
    db: Database, admin: Actor, store: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    reg = ["letters", "register", "--db", db.url, "--date", "2025-04-01"]
    numbers = [
        run_cli(
            capsys, *reg, "--register", "ARR", "--subject", "Réclamation", "--contact", str(store["contact"])
        )[1],
        run_cli(capsys, *reg, "--register", "ARR", "--subject", "Note interne", "--classification", "secret")[
            1
        ],
        run_cli(capsys, *reg, "--register", "SAD", "--subject", "قرارداد")[1],
    ]
    assert numbers == ["ARR-2025-00001\n", "ARR-2025-00002\n", "1/ص/1404\n"]
    with db.session() as s:
        letters.create_draft(s, admin, store["ARR"], "Brouillon")
    code, out, err = run_cli(capsys, "letters", "list", "--db", db.url)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4 and "4 letter(s)" in err
    assert "Brouillon" in lines[0] and " - " in lines[0] and "draft" in lines[0]
    assert "1/ص/1404" in lines[1] and "قرارداد" in lines[1]
    code, out, _ = run_cli(
        capsys, "letters", "list", "--db", db.url, "--register", "arr", "--status", "registered", "--json"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["number"] for r in rows] == ["ARR-2025-00002", "ARR-2025-00001"]
    assert rows[1]["contact_id"] == store["contact"] and rows[1]["subject"] == "Réclamation"
    assert rows[1]["registered_at"] and rows[0]["classification"] == "secret"
    # An agent does not see the secret letter (classification is enforced for the CLI too).
    code, out, _ = run_cli(
        capsys, "letters", "list", "--db", db.url, "--register", "ARR", "--user", "lucas", "--json"
    )
    assert [json.loads(line)["subject"] for line in out.splitlines()] == ["Brouillon", "Réclamation"]
    assert run_cli(capsys, "letters", "list", "--db", db.url, "--limit", "1", "--json")[1].count("\n") == 1
    assert run_cli(capsys, "letters", "list", "--db", db.url, "--limit", "0")[0] == cli.EXIT_USAGE
    # Void: the number stays, the reason is kept; twice, or an unknown id, is an error.
    first_id = rows[1]["id"]
    code, out, _ = run_cli(capsys, "letters", "void", str(first_id), "--db", db.url, "--reason", "Doublon")
    assert (code, out) == (0, f"Letter {first_id} (ARR-2025-00001) is void.\n")
    with db.read_session() as s:
        voided = letters.get_letter(s, admin, first_id)
    assert (voided.status, voided.number, voided.void_reason) == ("void", "ARR-2025-00001", "Doublon")
    code, _, err = run_cli(capsys, "letters", "void", str(first_id), "--db", db.url, "--reason", "x")
    assert code == cli.EXIT_FAILED and "already void" in err
    code, _, err = run_cli(capsys, "letters", "void", "424242", "--db", db.url, "--reason", "x")
    assert code == cli.EXIT_FAILED and "Letter 424242 does not exist." in err
    assert run_cli(capsys, "letters", "void", str(first_id), "--db", db.url)[0] == cli.EXIT_USAGE  # no reason
    code, out, _ = run_cli(capsys, "letters", "list", "--db", db.url, "--status", "void", "--json")
    assert [json.loads(line)["void_reason"] for line in out.splitlines()] == ["Doublon"]


def test_register_as_a_subprocess(db: Database, store: dict[str, int], tmp_path: Path) -> None:
    """What a script does: capture the number from ``python -m sivadesk letters register``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIVADESK_")}
    env["SIVADESK_HOME"] = str(tmp_path / "home")
    argv = [sys.executable, "-m", "sivadesk", "letters", "register", "--db", db.url, "--register", "SAD"]
    r = subprocess.run(
        [*argv, "--subject", "درخواست همکاری", "--date", "1404-07-01", "--body-file", "-"],
        input="با سلام و احترام",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert (r.returncode, r.stdout) == (0, "1/ص/1404\n"), r.stderr
    with db.read_session() as s:
        letter = s.scalar(select(Letter).where(Letter.number == "1/ص/1404"))
        assert letter is not None and letter.body == "با سلام و احترام" and letter.subject == "درخواست همکاری"
    r = subprocess.run(
        [*argv[:-1], "NOPE", "--subject", "x"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert (r.returncode, r.stdout) == (1, "") and "There is no register NOPE" in r.stderr


def test_category_type_signer_and_tags(
    db: Database, admin: Actor, store: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """A register numbered like 14505/م/ب/1404 takes its category and type from the command line."""
    with db.session() as s:
        rid = registers.create_register(
            s, admin, "اندیکاتور", "IND", "outbound", "{seq}/{cat}/{type}/{year}", calendar="jalali"
        ).id
        registers.set_letter_categories(s, admin, [("م", "محرمانه")])
        registers.set_letter_kinds(s, admin, [("ب", "بازرگانی")])
    args = [
        "letters",
        "register",
        "--db",
        db.url,
        "--register",
        "IND",
        "--subject",
        "قرارداد",
        "--date",
        "1404-02-10",
    ]
    code, _, err = run_cli(capsys, *args, "--type", "ب")
    assert code == cli.EXIT_FAILED and "choose a category" in err
    code, _, err = run_cli(capsys, *args, "--category", "X", "--type", "ب")
    assert code == cli.EXIT_FAILED and "not in the office's list" in err
    code, _, err = run_cli(capsys, *args, "--category", "م", "--type", "ب", "--signer", "nobody")
    assert code == cli.EXIT_FAILED and "There is no user nobody." in err
    code, out, _ = run_cli(
        capsys,
        *args,
        "--category",
        "م",
        "--type",
        "ب",
        "--signer",
        "admin",
        "--tag",
        "پروژه",
        "--tag",
        "2025",
    )
    assert (code, out) == (0, "1/م/ب/1404\n")
    with db.read_session() as s:
        (info,) = letters.list_letters(s, admin, register_id=rid)
    assert (info.category, info.kind, info.signer_user_id) == ("م", "ب", admin.user_id)
    assert set(info.tags) == {"پروژه", "2025"}
