"""Interface language: our translations and Qt's own, right-to-left layout for Persian, a font that
renders Persian well, and the translated labels of the enums every screen shows (roles...)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QLabel

from sivadesk.assets import resource

log = logging.getLogger("sivadesk.ui.i18n")

#: Languages offered, each named in itself (a user who cannot read the current language can still
#: find their own), so these names are deliberately not translated.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "fa": "فارسی"}
RTL_LANGUAGES = frozenset({"fa"})

#: Families that shape Persian well, best first; the first one installed (or shipped in
#: ``resources/fonts``) becomes the application font when the interface is in Persian.
PERSIAN_FONTS = (
    "Vazirmatn",
    "Vazir",
    "Noto Sans Arabic UI",
    "Noto Sans Arabic",
    "Sahel",
    "Tahoma",
    "Segoe UI",
    "DejaVu Sans",
)


@dataclass
class Language:
    """What :func:`install_language` set up; keep it alive as long as the application runs."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)
    font_family: str = ""

    @property
    def rtl(self) -> bool:
        return self.code in RTL_LANGUAGES

    def remove(self, app: QCoreApplication) -> None:
        """Uninstall the translators (switching language in a running process: tests, previews)."""
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()


def _load(app: QCoreApplication, path: str, name: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, path):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None


def _persian_font(app: QGuiApplication) -> str:
    fonts_dir = resource("fonts")
    if fonts_dir.is_dir():
        for path in sorted(fonts_dir.glob("*.[ot]tf")):
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.warning("could not load font %s", path)
    installed = set(QFontDatabase.families())
    family = next((f for f in PERSIAN_FONTS if f in installed), "")
    if family:
        font = QFont(app.font())
        # Keep the platform font for Latin text; Persian glyphs come from ``family``.
        font.setFamilies([family, *[f for f in font.families() if f != family]])
        app.setFont(font)
    else:
        log.info("no Persian font found among %s; relying on Qt's fallback", ", ".join(PERSIAN_FONTS))
    return family


def install_language(app: QGuiApplication, code: str) -> Language:
    """Install the translators for ``code``, set the layout direction and, for Persian, the font.

    Our catalogue is ``resources/i18n/sivadesk_<code>.qm`` (absent until translated: English is
    shown then); Qt's own strings (standard buttons, file dialogs) come from PySide6's
    ``qtbase_<code>.qm``.
    """
    code = code if code in LANGUAGES else "en"
    lang = Language(code)
    QLocale.setDefault(QLocale(code))
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path, name in ((str(resource("i18n")), f"sivadesk_{code}"), (qt_dir, f"qtbase_{code}")):
            translator = _load(app, path, name)
            if translator is None:
                log.info("no translation %s.qm in %s", name, path)
            else:
                lang.translators.append(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
    if code == "fa":
        lang.font_family = _persian_font(app)
    return lang


def align_leading(label: QLabel) -> QLabel:
    """Align ``label`` on the interface's reading side whatever its text.

    QLabel aligns by the direction of its own text, so a Latin name or a number in a Persian
    interface would sit on the left while the Persian labels around it sit on the right.
    """
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return label


def technical(label: QLabel) -> QLabel:
    """A path, URL or version: always read left to right, placed on the interface's reading side."""
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return align_leading(label)


def role_label(role: str) -> str:
    """The role's name in the interface language."""
    labels = {
        "admin": QCoreApplication.translate("roles", "Administrator"),
        "manager": QCoreApplication.translate("roles", "Manager"),
        "agent": QCoreApplication.translate("roles", "Agent"),
        "receptionist": QCoreApplication.translate("roles", "Receptionist"),
    }
    return labels.get(str(role), str(role))


def calendar_label(calendar: str) -> str:
    labels = {
        "gregorian": QCoreApplication.translate("calendars", "Gregorian"),
        "jalali": QCoreApplication.translate("calendars", "Jalali (Solar Hijri)"),
    }
    return labels.get(calendar, calendar)
