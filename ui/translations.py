"""Loading the translation catalogues for the chosen language (resources/translations/casebook_LANG.qm), and Qt's own.

Qt ships its dialogs' strings (qtbase_LANG.qm) for Chinese but not for Uyghur:
resources/translations/qtbase_ug.qm fills that gap. A catalogue that translates
QT_LAYOUT_DIRECTION as "RTL" (Uyghur's, like Qt's Arabic and Hebrew ones) turns
the whole interface right to left.

CASEBOOK_LANG, when set, wins over the setting: a language code, or "pseudo" (ui/pseudo.py) to see
which layouts break with longer strings.
"""

import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from ui import pseudo, settings

# The languages Casebook ships, by their own names.
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文", "ug": "ئۇيغۇرچە"}
# Qt's own key (context QGuiApplication), which Qt's catalogues translate "RTL" for right-to-left languages;
# a name, not a literal, so lupdate does not copy it into Casebook's catalogues.
LAYOUT_DIRECTION = "QT_LAYOUT_DIRECTION"


def install(app: QCoreApplication) -> list[QTranslator]:
    """Install Casebook's and Qt's own translators for the setting (or the system locale), and the layout direction."""
    chosen = os.environ.get("CASEBOOK_LANG") or settings.get(settings.LANGUAGE)
    if chosen == pseudo.NAME:
        longer = pseudo.PseudoTranslator(app)
        app.installTranslator(longer)
        return [longer]
    locale = QLocale(chosen) if chosen else QLocale.system()
    folder = str(resources.files("resources") / "translations")
    translators = []
    ours = QTranslator(app)
    if not ours.load(locale, "casebook", "_", folder):
        locale = QLocale(QLocale.Language.English)  # Qt's dialogs in the language the rest is shown in
        ours.load("casebook_en", folder)  # English has a catalogue too: its plural forms ("1 record", "2 records")
    if not ours.isEmpty():
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
            locale, "qtbase", "_", folder):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    if isinstance(app, QGuiApplication):
        right_to_left = QCoreApplication.translate("QGuiApplication", LAYOUT_DIRECTION) == "RTL"
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return translators
