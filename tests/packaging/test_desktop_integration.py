"""The desktop files are valid and agree with each other, with the running app and with the Flatpak
manifest, which names every runtime dependency of pyproject.toml as a module of its own."""

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.casebook.Casebook"
MANIFEST = ROOT / "packaging" / f"{APP_ID}.json"


def shipped(name: str) -> Path:
    """A file of the installed `resources` package (so the wheel carries it too)."""
    path = resources.files("resources") / name
    assert path.is_file(), f"{name} is not in the installed package"
    return Path(str(path))


def validator(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail(f"{tool} is missing (CASEBOOK_REQUIRE_ALL is set): apt-get install desktop-file-utils appstream")
        pytest.skip(f"{tool} is not installed")
    return path


def test_the_desktop_file_is_valid() -> None:
    result = subprocess.run([validator("desktop-file-validate"), str(shipped(f"{APP_ID}.desktop"))],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(shipped(f"{APP_ID}.metainfo.xml"))],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def running_desktop_file_name() -> str:
    """The desktop file name the app gives Qt, asked of a process of its own (the app installs its translators)."""
    probe = "from ui.application import make_application; print(make_application().desktopFileName())"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=120).stdout.strip()


def test_one_application_id_everywhere() -> None:
    desktop = ConfigParser(interpolation=None)
    desktop.read(shipped(f"{APP_ID}.desktop"), encoding="utf-8")
    entry = desktop["Desktop Entry"]
    metainfo = ET.parse(shipped(f"{APP_ID}.metainfo.xml")).getroot()  # noqa: S314 (our own file)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert running_desktop_file_name() == APP_ID  # how a desktop matches the windows to the launcher
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] in scripts
    assert metainfo.findtext("provides/binary") == entry["Exec"]
    assert json.loads(MANIFEST.read_text(encoding="utf-8"))["id"] == APP_ID
    assert json.loads(MANIFEST.read_text(encoding="utf-8"))["command"] == entry["Exec"]


def test_the_flatpak_manifest_installs_every_runtime_dependency() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    wanted = {re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower() for requirement in dependencies}
    installed = {}
    for module in json.loads(MANIFEST.read_text(encoding="utf-8"))["modules"]:
        for command in module["build-commands"]:
            if command.startswith("pip3 install"):
                installed[command.split()[-1].lower()] = module["name"]
    assert wanted | {"casebook"} == set(installed), "the Flatpak manifest's modules and pyproject.toml's dependencies differ"
