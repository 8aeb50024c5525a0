"""GUI tests run offscreen, each with its own empty settings; shared helpers to drive the windows."""

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import settings
from ui.collector import collect_on_gui_thread


@pytest.fixture(autouse=True, scope="session")
def gui_thread_garbage_collection(qapp: QApplication) -> None:
    """As the app does (ui/collector.py): no garbage collection on worker threads."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings caches its folder per process, so point it at a new one for every test."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    settings.put(settings.KDF_SECONDS, settings.KDF_SECONDS.minimum or 0.25)
    yield folder
