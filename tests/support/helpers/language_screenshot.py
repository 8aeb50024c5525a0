"""Save the main window in one language as a screenshot: `python -m helpers.language_screenshot LANG OUT.png`.

Run on a real X display, as tests/ui/test_screenshots.py runs helpers.screenshots: the same synthetic
records, the language chosen in the settings before the application starts (as Settings does for the
next start), and the person held longest open in Detained now, whose emergency sheet shows names,
dates and phone numbers inside translated text.
"""

import sys
import tempfile
from pathlib import Path

import keyring
from PySide6.QtCore import QSettings

from app.session import Session
from app.vault.vault import Vault
from helpers.memory_keyring import MemoryKeyring
from helpers.screenshots import sample_records, save, show_detained
from helpers.secrets import TEST_PASSPHRASE, fast_params
from ui import settings
from ui.application import make_application
from ui.main.window import MainWindow


def main(language: str, out: Path) -> int:
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    settings.put(settings.LANGUAGE, language)
    make_application()
    created = Vault.create(work / "Casebook.casebook", TEST_PASSPHRASE, params=fast_params())
    session = Session(created.vault)
    sample_records(session)
    session.fill_with_demo(150, seed=1)
    window = MainWindow(session)
    window.resize(1280, 760)
    window.show()
    show_detained(window)
    out.parent.mkdir(parents=True, exist_ok=True)
    save(window, out.parent, out.stem)
    window.close()
    session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
