"""The recovery key page shows all eight groups, whole, in any language, font size and window size."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.session import Created, create_vault
from helpers.secrets import TEST_PASSPHRASE, fast_params
from ui import settings
from ui.start.window import StartWindow
from ui.translations import install

pytestmark = pytest.mark.gui


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """A 24 pt application font, as a user with poor sight sets it."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(24)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture
def vault_created(tmp_path: Path) -> Iterator[Created]:
    created = create_vault(tmp_path / "v.casebook", TEST_PASSPHRASE, params=fast_params())
    yield created
    created.session.lock()


@pytest.mark.usefixtures("large_font")
@pytest.mark.parametrize("language", ["en", "zh_CN", "ug"])
@pytest.mark.parametrize("width", [560, 700, 1400])
def test_all_eight_groups_show_whole_with_a_large_font(qtbot: QtBot, qapp: QApplication, vault_created: Created,
                                                        language: str, width: int) -> None:
    settings.put(settings.LANGUAGE, language)
    translators = install(qapp)
    try:
        start = StartWindow()
        qtbot.addWidget(start)
        start.resize(width, start.minimumHeight())
        start.show()
        page = start.recovery_key
        start.stack.setCurrentWidget(page)
        page.show_key(vault_created)
        qtbot.waitUntil(lambda: page.key.isVisible())
        qapp.processEvents()
        key = page.key
        shown = key.text().replace("\N{ZERO WIDTH SPACE}", "")
        assert shown == vault_created.recovery_key
        assert len(shown.split("-")) == 8
        assert key.width() >= key.minimumSizeHint().width(), "the widest group fits a line"
        assert key.height() >= key.heightForWidth(key.width()), "every line of groups fits: none is cut off"
        assert key.visibleRegion().boundingRect() == key.rect(), "the whole key is in view without scrolling"
        assert key.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QFontInfo(key.font()).fixedPitch(), "monospace, as on the printed sheet"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
