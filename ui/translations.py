"""Loading the translation catalogue for the chosen language (resources/translations/casebook_LANG.qm).

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
RIGHT_TO_LEFT = {"ug"}


def install(app: QCoreApplication) -> list[QTranslator]:
    """Install Casebook's and Qt's own translators for the setting (or the system locale)."""
    chosen = os.environ.get("CASEBOOK_LANG") or settings.get(settings.LANGUAGE)
    if chosen == pseudo.NAME:
        longer = pseudo.PseudoTranslator(app)
        app.installTranslator(longer)
        return [longer]
    locale = QLocale(chosen) if chosen else QLocale.system()
    folder = resources.files("resources") / "translations"
    translators = []
    ours = QTranslator(app)
    if ours.load(locale, "casebook", "_", str(folder)) or ours.load("casebook_en", str(folder)):
        translators.append(ours)  # English has a catalogue too: its plural forms ("1 record", "2 records")
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    if locale.name().split("_")[0] in RIGHT_TO_LEFT and isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return translators
