"""The shipped French and Persian catalogues: complete, in step with the code, faithful to the
placeholders, compiled, and actually loaded by the application.

A new string in the code without a translation fails here: run ``scripts/update-translations.sh``
and translate what it reports (see docs/translations.md).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from sivadesk.ui.i18n import Language

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "fa")
#: Plural forms Qt's rules give each language (French: 1 and 0 singular, else plural; Persian: one).
NUMERUS_FORMS = {"fr": 2, "fa": 1}


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


LUPDATE = _tool("pyside6-lupdate")
LRELEASE = _tool("pyside6-lrelease")
needs_lupdate = pytest.mark.skipif(
    LUPDATE is None, reason="pyside6-lupdate not found (PySide6 tools missing)"
)
needs_lrelease = pytest.mark.skipif(
    LRELEASE is None, reason="pyside6-lrelease not found (PySide6 tools missing)"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]  # the translation, or its plural forms


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
                kind = "missing"
            else:
                kind = tr.get("type", "")
                forms = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            out.append(
                Message(name, m.findtext("source") or "", m.findtext("comment") or "", numerus, kind, forms)
            )
    return out


def _key(m: Message) -> tuple[str, str, str]:
    return (m.context, m.source, m.comment)


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sivadesk").rglob("*.py"))


def _catalogue(lang: str) -> list[Message]:
    return read_ts(I18N / f"sivadesk_{lang}.ts")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in the code right now (same options as scripts/update-translations.sh)."""
    assert LUPDATE is not None
    ts = tmp_path_factory.mktemp("lupdate") / "current.ts"
    subprocess.run(
        [LUPDATE, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en", *_sources(),
         "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return read_ts(ts)


# -- (a) every string in the code is in the shipped catalogues -------------------------------------


@needs_lupdate
@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_every_string_of_the_code(extracted: list[Message], lang: str) -> None:
    assert len(extracted) > 300, "lupdate found suspiciously few strings"
    shipped = {_key(m) for m in _catalogue(lang)}
    missing = [k for k in map(_key, extracted) if k not in shipped]
    assert not missing, (
        f"{len(missing)} string(s) of the code are not in sivadesk_{lang}.ts; run "
        f"scripts/update-translations.sh and translate them: {missing[:10]}"
    )


@needs_lupdate
def test_core_error_messages_are_extracted(extracted: list[Message]) -> None:
    """The Qt-free core marks its messages with QT_TRANSLATE_NOOP; lupdate must see them."""
    from sivadesk.errors import AuthenticationFailed, SchemaTooNew

    errors = {m.source for m in extracted if m.context == "errors"}
    assert AuthenticationFailed.message in errors
    assert SchemaTooNew.message in errors  # split over several source lines
    assert any(m.context == "settings" for m in extracted)


# -- (b) nothing unfinished, empty or vanished ----------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    messages = _catalogue(lang)
    assert messages
    bad = [
        (m.context, m.source, m.kind)
        for m in messages
        if m.kind or not m.forms or not all(f.strip() for f in m.forms)
    ]
    assert not bad, f"unfinished, empty or vanished in sivadesk_{lang}.ts: {bad[:10]}"
    root = ET.parse(I18N / f"sivadesk_{lang}.ts").getroot()
    assert root.get("language") == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_messages_have_the_language_s_forms(lang: str) -> None:
    plurals = [m for m in _catalogue(lang) if m.numerus]
    for m in plurals:
        assert len(m.forms) == NUMERUS_FORMS[lang], (m.source, m.forms)


# -- (c) placeholders survive translation ---------------------------------------------------------

_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
_QT_ARG = re.compile(r"%L?(\d{1,2}|n)")  # %Ln in a translation stands for %n, in local digits
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_GLOB = re.compile(r"\*\.\w+|\(\*\)")
_ACCELERATOR = re.compile(r"&(?!&)")


def placeholders(text: str) -> dict[str, Counter[str]]:
    return {
        "format fields": Counter(_FORMAT_FIELD.findall(text)),
        "Qt arguments": Counter(_QT_ARG.findall(text)),
        "HTML tags": Counter(t.lower() for t in _TAG.findall(text)),
        "file patterns": Counter(_GLOB.findall(text)),
        "filter separators": Counter(re.findall(";;", text)),
        "accelerators": Counter(_ACCELERATOR.findall(text.replace("&&", ""))),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang: str) -> None:
    problems = []
    for m in _catalogue(lang):
        want = placeholders(m.source)
        for form in m.forms:
            got = placeholders(form)
            for what, counts in want.items():
                if got[what] != counts:
                    problems.append(f"[{m.context}] {m.source!r} -> {form!r}: {what} differ")
    assert not problems, "\n".join(problems[:20])


def test_placeholder_check_sees_a_lost_field() -> None:
    assert placeholders("Delete {name}?") != placeholders("Supprimer ?")
    assert placeholders("%n contact(s)") != placeholders("contacts")
    assert placeholders("<b>{n}</b> rows") != placeholders("{n} lignes")
    assert placeholders("&File") == placeholders("فایل (&F)")


# -- (d) the .qm files are what lrelease makes of the .ts files -----------------------------------


def _lookups(qm: Path, messages: list[Message]) -> list[tuple[str, ...]]:
    """What a translator loaded from ``qm`` answers for every message (plurals: for 1 and 5)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} does not load"
    return [
        tuple(
            translator.translate(m.context, m.source, m.comment or None, n)
            for n in ((1, 5) if m.numerus else (-1,))
        )
        for m in messages
    ]


@needs_lrelease
@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_the_source(qapp: QApplication, tmp_path: Path, lang: str) -> None:
    assert LRELEASE is not None
    ts = I18N / f"sivadesk_{lang}.ts"
    fresh = tmp_path / f"sivadesk_{lang}.qm"
    subprocess.run(
        [LRELEASE, "-silent", str(ts), "-qm", str(fresh)], check=True, capture_output=True, timeout=60
    )
    shipped = I18N / f"sivadesk_{lang}.qm"
    assert shipped.is_file(), f"{shipped.name} is missing: run scripts/update-translations.sh"
    if shipped.read_bytes() == fresh.read_bytes():
        return
    # Another lrelease version may lay the file out differently: then every answer must agree.
    messages = read_ts(ts)
    stale = [
        (m.context, m.source)
        for m, old, new in zip(messages, _lookups(shipped, messages), _lookups(fresh, messages), strict=True)
        if old != new
    ]
    assert not stale, (
        f"{shipped.name} is out of date with its .ts (run scripts/update-translations.sh): {stale[:10]}"
    )


# -- (e) the application really speaks the language ------------------------------------------------


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], Language]]:
    """Install a language the way the application does, and put everything back afterwards."""
    from PySide6.QtCore import QLocale, Qt

    from sivadesk.ui.i18n import install_language

    font = qapp.font()
    installed: list[Language] = []

    def install(code: str) -> Language:
        lang = install_language(qapp, code)
        installed.append(lang)
        return lang

    yield install
    for lang in installed:
        lang.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(font)
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize(
    ("code", "contacts", "wrong_login", "exported"),
    [
        ("fa", "مخاطبان", "نام کاربری یا رمز عبور نادرست است.", "۳ مخاطب"),
        ("fr", "Contacts", "Identifiant ou mot de passe incorrect.", "3 contacts exportés"),
    ],
)
def test_installed_language_translates_ui_and_core(
    language: Callable[[str], Language], code: str, contacts: str, wrong_login: str, exported: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, Qt
    from PySide6.QtGui import QGuiApplication

    from sivadesk.errors import AuthenticationFailed, PermissionDenied
    from sivadesk.ui.errors import message_of

    lang = language(code)
    assert {Path(t.filePath()).name for t in lang.translators} >= {f"sivadesk_{code}.qm"}
    assert QCoreApplication.translate("MainWindow", "Contacts") == contacts
    assert QCoreApplication.translate("MainWindow", "Settings") != "Settings"
    assert message_of(AuthenticationFailed()) == wrong_login
    denied = message_of(PermissionDenied(permission="contacts.import"))
    assert "contacts.import" in denied and "allowed" not in denied
    # the translations write %Ln: the number in the locale's digits (Persian digits in Persian);
    # {path} stays for .format()
    plural = QCoreApplication.translate("MainWindow", "%n contact(s) exported to {path}.", None, 3)
    assert plural.startswith(exported) and "{path}" in plural
    assert QLocale().toString(3) == exported[0]
    rtl = Qt.LayoutDirection.RightToLeft if code == "fa" else Qt.LayoutDirection.LeftToRight
    assert QGuiApplication.layoutDirection() == rtl


def test_persian_interface_uses_a_persian_font(language: Callable[[str], Language]) -> None:
    lang = language("fa")
    if not lang.font_family:
        pytest.skip("no Persian font installed (Debian: fonts-noto-core, see scripts/system-deps.sh)")
    from PySide6.QtGui import QGuiApplication

    assert lang.font_family in QGuiApplication.font().families()


# -- (f) Persian spelling ------------------------------------------------------------------------

_ARABIC_ONLY = {"ي": "ی (U+06CC)", "ك": "ک (U+06A9)", "ى": "ی (U+06CC)"}
_MI_WITH_SPACE = re.compile(r"(?:^|[\s(«])ن?می (?=\w)")


def _persian_texts() -> Iterator[tuple[Message, str]]:
    for m in _catalogue("fa"):
        for form in m.forms:
            yield m, form


def test_persian_uses_persian_letters() -> None:
    bad = [
        f"[{m.context}] {m.source!r}: {ch!r} should be {good}"
        for m, text in _persian_texts()
        for ch, good in _ARABIC_ONLY.items()
        if ch in text
    ]
    assert not bad, "\n".join(bad)


def test_persian_joins_prefixes_with_zwnj() -> None:
    """«می‌شود», not «می شود»; and no leftover "~" (the table's ZWNJ marker)."""
    bad = [
        f"[{m.context}] {text!r}"
        for m, text in _persian_texts()
        if _MI_WITH_SPACE.search(text) or "~" in text
    ]
    assert not bad, "\n".join(bad)


def test_persian_texts_are_persian() -> None:
    """Every Persian translation has Persian letters, except the few that are names or codes."""
    latin_only = {m.source for m, text in _persian_texts() if not re.search(r"[\u0600-\u06FF]", text)}
    # Names, codes and pure formats: the product, a shortcut, the UDP protocol, "box (count)".
    allowed = {"SivaDesk", "SivaDesk — {office}", "{user} ({role})", "Ctrl+E", "UDP", "{box} ({total})"}
    assert latin_only <= allowed, latin_only


# -- lupdate sees every call the way the application makes it -------------------------------------

_TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr) -> str | None:
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _visit(node: ast.AST, cls: str | None, where: str, found: dict[tuple[str, str], str]) -> None:
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else cls
        if isinstance(child, ast.Call):
            f = child.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            at = f"{where}:{child.lineno}"
            args = child.args
            if name == "tr" and isinstance(f, ast.Attribute) and args:
                text = _literal(args[0])
                # PySide6 looks self.tr() up under the instance's class, then its bases: the
                # defining class, which lupdate files it under, is always among them.
                if text is not None and cls is not None:
                    found[cls, text] = at
            elif (name in _TRANSLATE_NAMES or name == "tr") and len(args) >= 2:
                context, text = _literal(args[0]), _literal(args[1])
                if context is not None and text is not None:
                    found[context, text] = at
        _visit(child, inner, where, found)


def lookups_in_code() -> dict[tuple[str, str], str]:
    """(context, source) -> where, for every literal lookup the application makes at run time."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "sivadesk").rglob("*.py")):
        _visit(ast.parse(path.read_text(encoding="utf-8")), None, str(path.relative_to(ROOT)), found)
    return found


@needs_lupdate
def test_every_lookup_in_the_code_is_extracted(extracted: list[Message]) -> None:
    found = lookups_in_code()
    assert len(found) > 300
    have = {(m.context, m.source) for m in extracted}
    problems = [f"{where}: ({context!r}, {text!r}) not extracted" for (context, text), where in found.items()
                 if (context, text) not in have]  # fmt: skip
    assert not problems, "lupdate misses strings the application looks up:\n" + "\n".join(problems)
