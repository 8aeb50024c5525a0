"""The sentences of app/ that the desktop app shows in the user's language.

packaging/update_translations.py puts them in the catalogues' "app" context, and the UI
shows them through QCoreApplication.translate("app", sentence) (ui/labels.py, app_text).
"""

from app.reports.consent import REFUSALS
from app.vault.keyring import KEYRING_SENTENCES

APP_MESSAGES = frozenset({*KEYRING_SENTENCES, *REFUSALS.values()})
