"""The app on a real X server (Xvfb, started here): it starts, renders Chinese, Uyghur and Tibetan, and
its main screens (and the main window in Uyghur, right to left) are saved as screenshots (to
docs/screenshots with CASEBOOK_SAVE_SCREENSHOTS=1)."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("01-welcome", "02-create-vault", "03-recovery-key", "04-unlock-wrong-passphrase", "05-people",
           "06-search", "07-detained-now", "08-activity", "09-settings", "10-detained-now-dark", "12-draft-report", "13-report-pdf",
           "14-import-mapping", "15-import-preview", "16-main-zh_CN")
LANGUAGE_SCREENS = {"ug": "16-main-window-ug"}  # the main window in another language (helpers.language_screenshot)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb on a free display number, stopped at the end."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail("Xvfb is missing (CASEBOOK_REQUIRE_ALL is set): apt-get install xvfb")
        pytest.skip("Xvfb is not installed")
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Xvfb did not start")
            time.sleep(0.1)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_main_screens_render_on_a_real_x_server(display: str, tmp_path: Path) -> None:
    out = ROOT / "docs" / "screenshots" if os.environ.get("CASEBOOK_SAVE_SCREENSHOTS") == "1" else tmp_path / "shots"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_RUNTIME_DIR": str(tmp_path)}
    env.pop("WAYLAND_DISPLAY", None)
    inherited = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests" / "support"), *inherited])
    result = subprocess.run([sys.executable, "-m", "helpers.screenshots", str(out)], env=env, cwd=ROOT / "tests" / "support",
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    for language, name in LANGUAGE_SCREENS.items():
        result = subprocess.run([sys.executable, "-m", "helpers.language_screenshot", language, str(out / f"{name}.png")],
                                env=env, cwd=ROOT / "tests" / "support", capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
    for name in (*SCREENS, *LANGUAGE_SCREENS.values()):
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull() and image.width() > 300, name
        assert len({image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}) > 5, name
