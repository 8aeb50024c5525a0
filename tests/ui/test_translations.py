"""Every string goes through Qt's translation system; each catalogue is finished, current and compiled,
keeps the placeholders and accelerators of its sources, and no English string reaches the screen."""

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.session import Session
from app.vault.vault import Created
from helpers.app_windows import every_window
from helpers.screen_texts import screen_texts
from ui import settings
from ui.main.window import MainWindow
from ui.translations import LANGUAGES as LANGUAGES_BY_NAME
from ui.translations import install

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "ug")
PLACEHOLDER = re.compile(r"%L?\d|%n|\{\w+\}")
ACCELERATOR = re.compile(r"&(?!&)(\w)")
pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    state: str  # "", "unfinished", "obsolete" or "vanished"
    forms: tuple[str, ...]  # the translation, or its plural forms


def entries(language: str) -> list[Entry]:
    root = ET.parse(CATALOGUES / f"casebook_{language}.ts").getroot()  # noqa: S314 - our own catalogue
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(form.text or "" for form in translation.iter("numerusform")) or (translation.text or "",)
            found.append(Entry(context.findtext("name") or "", message.findtext("source") or "",
                               translation.get("type", ""), forms))
    return found


def refresh_script() -> ModuleType:
    """packaging/update_translations.py, which knows the strings no source file of ui/ holds."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ui_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string in ui/ as lupdate finds it now, with the vocabulary and import field labels."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    root = ET.parse(fresh).getroot()  # noqa: S314 - made just now by lupdate
    found = {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context") for m in c.iter("message")}
    return found | {(context, text) for context, texts in refresh_script().extra_contexts().items() for text in texts}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_finished_and_holds_exactly_the_strings_of_the_ui(language: str,
                                                                        ui_strings: set[tuple[str, str]]) -> None:
    catalogue = entries(language)
    unfinished = [f"{e.context}: {e.source}" for e in catalogue if e.state == "unfinished" or not all(e.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished in casebook_{language}.ts, e.g. {unfinished[:5]}"
    gone = [f"{e.context}: {e.source}" for e in catalogue if e.state in ("obsolete", "vanished")]
    assert not gone, f"run packaging/update_translations.py: {len(gone)} obsolete in casebook_{language}.ts"
    held = {(e.context, e.source) for e in catalogue}
    assert sorted(ui_strings - held) == [], f"run packaging/update_translations.py ({language})"
    assert sorted(held - ui_strings) == [], f"strings no longer in the UI, run packaging/update_translations.py ({language})"


def literal_translations(path: Path) -> Iterator[tuple[str | None, str, int]]:
    """(context or None for tr(), text, line) of every tr("…") and translate("context", "…") call with literal text."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name == "tr" and texts and node.args[0].value == texts[0]:  # type: ignore[attr-defined]
            yield None, texts[0], node.lineno
        elif name == "translate" and len(texts) >= 2:
            yield texts[0], texts[1], node.lineno


def test_lupdate_sees_every_string_the_ui_translates(ui_strings: set[tuple[str, str]]) -> None:
    """A string lupdate misses (in an f-string, say) is never translated: it must be written so lupdate finds it."""
    sources = {text for _, text in ui_strings}
    missed = [f"{path.relative_to(ROOT)}:{line}: {text!r}" for path in sorted((ROOT / "ui").rglob("*.py"))
              for context, text, line in literal_translations(path)
              if (text not in sources if context is None else (context, text) not in ui_strings)]
    assert missed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_gives_every_translation(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / f"casebook_{language}.qm")), "run packaging/update_translations.py"
    stale = [e.source for e in entries(language)
             if e.state == "" and len(e.forms) == 1 and translator.translate(e.context, e.source) != e.forms[0]]
    assert not stale, f"casebook_{language}.qm is older than its .ts (run packaging/update_translations.py): {stale[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    wrong = []
    for e in entries(language):
        if e.state:
            continue
        for form in e.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(e.source)):
                wrong.append(f"placeholders: {e.source!r} → {form!r}")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(e.source)):
                wrong.append(f"accelerator: {e.source!r} → {form!r}")
    assert wrong == []


def test_placeholder_check_catches_a_lost_placeholder_and_accelerator() -> None:
    assert sorted(PLACEHOLDER.findall("已保存到。")) != sorted(PLACEHOLDER.findall("Saved to %1."))
    assert sorted(PLACEHOLDER.findall("约 %n 分钟")) == sorted(PLACEHOLDER.findall("about %n minute(s)"))
    assert len(ACCELERATOR.findall("保险库")) != len(ACCELERATOR.findall("&Vault"))
    assert len(ACCELERATOR.findall("检查 && 核验")) == len(ACCELERATOR.findall("Check"))


ENGLISH_WORDS = re.compile(r"\b(the|is|are|this|that|and|of|to|in|with|not|no|or|for|your|you|be|it|on|by|from|only|can)\b",
                           re.IGNORECASE)


def english_sentence(text: str, user_data: set[str]) -> bool:
    """Whether text, once the user's own data, paths and markup are taken out, still reads as an English sentence."""
    rest = re.sub(r"<[^>]+>|\S*/\S*", " ", text)
    for value in sorted(user_data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3 and len(ENGLISH_WORDS.findall(rest)) >= 2


def english_on_screen(texts: list[tuple[str, str]], catalogue: list[Entry], user_data: set[str] = frozenset()) -> list[str]:
    """The texts that are a source string of the catalogue (or one with its %1… filled in) and no translation of it,
    or that read as an English sentence once the user's own data is taken out (a string that never went through tr()).

    A translation identical to its source (Casebook, PDF (*.pdf), Signal) is allowed, and so are the names of
    the languages in the language list (each in its own language). Sources with placeholders are matched with
    any text in their place when they have a word of at least three letters to match on.
    """
    translations = {form for e in catalogue for form in e.forms} | set(LANGUAGES_BY_NAME.values())
    sources = {e.source for e in catalogue} - translations

    def pattern(text: str) -> re.Pattern[str] | None:
        if not PLACEHOLDER.search(text) or not re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", text)):
            return None
        parts = PLACEHOLDER.split(text)
        return re.compile("^" + "(.+)".join(re.escape(p.replace("(s)", "")) for p in parts) + "$", re.DOTALL)

    source_patterns = [p for p in map(pattern, sources) if p is not None]
    translated_patterns = [p for p in map(pattern, translations) if p is not None]
    found = []
    for where, text in texts:
        plain = text.replace("(s)", "")
        if text in translations or any(p.match(text) for p in translated_patterns):
            continue
        if text in sources or any(p.match(plain) for p in source_patterns) or english_sentence(text, user_data):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def user_data(session: Session) -> set[str]:
    """Every text the user typed into the records (names, notes, places): shown as typed, in any language."""
    found: set[str] = {session.name}

    def walk(value: object) -> None:
        if isinstance(value, str) and len(value) > 2:
            found.add(value)
        elif isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for summary in session.summaries():
        walk(session.record(summary.id).fields)
    return found


@pytest.fixture
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    language = request.param
    settings.put(settings.LANGUAGE, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install(app)
    yield language
    for translator in translators:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Uyghur turns the whole app right to left


@pytest.mark.parametrize("translated", LANGUAGES, indirect=True)
def test_no_english_string_reaches_the_screen(qtbot: QtBot, session: Session, created: Created, tmp_path: Path,
                                              translated: str) -> None:
    catalogue = entries(translated)
    english = [f"{what} — {text}" for what, window in every_window(session, created, tmp_path)
               for text in english_on_screen(screen_texts(window), catalogue, user_data(session))]
    assert not english, "English on the screen in " + translated + ":\n" + "\n".join(english)


def test_english_on_screen_finds_a_source_and_its_filled_in_form() -> None:
    catalogue = [Entry("c", "Vault: %1", "", ("保险库：%1",)), Entry("c", "Casebook", "", ("Casebook",)),
                 Entry("c", "Close", "", ("关闭",))]
    texts = [("label", "Vault: Teng.casebook"), ("label", "保险库：Teng.casebook"), ("title", "Casebook"),
             ("button", "Close"), ("label", "Beijing")]
    assert english_on_screen(texts, catalogue) == ["button: 'Close'", "label: 'Vault: Teng.casebook'"]
    never_translated = [("label", "The device secret is kept in the OS keyring: this vault opens only here."),
                        ("label", "柯德华 — go public after 48 hours without news")]
    assert english_on_screen(never_translated, catalogue, {"go public after 48 hours without news"}) == [
        "label: 'The device secret is kept in the OS keyring: this vault opens only here.'"]


@pytest.mark.parametrize("translated", ["zh_CN"], indirect=True)
def test_chinese_catalogue_translates_the_main_window(qtbot: QtBot, session: Session, translated: str) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    titles = [window.section_list.item(i).text() for i in range(window.section_list.count())]
    assert titles == ["人员", "案件", "目前被羁押", "机构", "同事", "活动"]
    assert QCoreApplication.translate("vocab", "residential surveillance at a designated location") == "指定居所监视居住"


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_english_plurals_come_from_the_english_catalogue(qtbot: QtBot, translated: str) -> None:
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 1) == "1 record"
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 100000) == "100000 records"
