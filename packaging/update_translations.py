"""Refresh the translation catalogues: Qt's lupdate over ui/, plus every vocabulary label of app/records/vocab.py,
every field label of the spreadsheet import (app/importing/fields.py) and the sentences of app/ the UI shows.

Those are shown through QCoreApplication.translate("vocab", label) and translate("app", sentence), which
lupdate cannot see, so they are added here as the "vocab" and "app" contexts. Then lrelease
compiles each catalogue to the .qm file the app loads. Run from the repository root:
    python packaging/update_translations.py
"""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.importing.fields import FIELDS as IMPORT_FIELDS  # noqa: E402 - after the path is set
from app.records import vocab  # noqa: E402 - after the path is set
from app.session import APP_MESSAGES  # noqa: E402 - after the path is set

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "ug")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def extra_contexts() -> dict[str, set[str]]:
    """The strings no source file of ui/ holds, by context: vocabulary and import field labels, sentences of app/."""
    return {"vocab": vocab.all_labels() | {f.label for f in IMPORT_FIELDS}, "app": set(APP_MESSAGES)}


def extra_translations(path: Path) -> dict[tuple[str, str], str]:
    """The translated strings of the extra contexts in a catalogue (lupdate drops them, as no source file holds them)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue
    return {(c.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
            for c in root.iter("context") if c.findtext("name") in extra_contexts()
            for m in c.iter("message") if m.findtext("translation")}


def add_extra_contexts(path: Path, translated: dict[tuple[str, str], str]) -> None:
    tree = ET.parse(path)  # noqa: S314 - our own catalogue
    root = tree.getroot()
    for name, texts in extra_contexts().items():
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.findall("message")}
        for text in sorted(texts - present):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            if (name, text) in translated:
                ET.SubElement(message, "translation").text = translated[(name, text)]
            else:
                ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def english_plurals(path: Path) -> None:
    """English has two forms: "%n record(s)" becomes "%n record" and "%n records"."""
    tree = ET.parse(path)  # noqa: S314 - our own catalogue
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or "(s)" not in source:
            continue
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = FOLDER / f"casebook_{language}.ts"
        translated = extra_translations(ts)
        subprocess.run([tool("lupdate"), *sources, "-source-language", "en", "-target-language", language,
                        "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True)
        add_extra_contexts(ts, translated)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    english = FOLDER / "casebook_en.ts"
    subprocess.run([tool("lupdate"), *sources, "-source-language", "en", "-target-language", "en", "-pluralonly",
                    "-no-obsolete", "-ts", str(english)], cwd=ROOT, check=True)
    english_plurals(english)
    subprocess.run([tool("lrelease"), str(english), "-qm", str(english.with_suffix(".qm"))], cwd=ROOT, check=True)
    for qt_own in FOLDER.glob("qtbase_*.ts"):  # Qt's dialog strings for a language Qt ships none of (Uyghur)
        subprocess.run([tool("lrelease"), str(qt_own), "-qm", str(qt_own.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
