"""PDF reports drawn by Qt: no canary in their text, and Han, Uyghur and Tibetan drawn as letters, not boxes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.reports.make import make_report, render, save
from app.vault.vault import Vault
from helpers import pdf_pages, report_records
from helpers.report_records import CANARIES, HAN_LATIN, TIBETAN_LATIN, TODAY, UYGHUR_LATIN, Cases
from ui.reports.pdf import html_to_pdf

pytestmark = pytest.mark.gui

REFERENCE = "import sys; from ui.reports.pdf import html_to_pdf; sys.stdout.buffer.write(html_to_pdf(sys.stdin.read(), 'reference'))"


@pytest.fixture
def cases(vault: Vault) -> Cases:
    pdf_pages.need_tools()
    return report_records.build(vault.records)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_every_report_as_pdf_reads_back_without_a_canary(vault: Vault, cases: Cases, tmp_path: Path) -> None:
    for kind, record, name in (("wgad", cases.detention_case, HAN_LATIN), ("wgeid", cases.disappearance_case, UYGHUR_LATIN),
                               ("hrd", cases.harassment_case, TIBETAN_LATIN), ("summary", cases.detention_case, HAN_LATIN),
                               ("emergency", cases.lawyer_defender, HAN_LATIN)):
        report = make_report(vault.records, kind, record, today=TODAY, override_consent=True)
        path = tmp_path / f"{kind}.pdf"
        save(report, "pdf", path, html_to_pdf)
        content = pdf_pages.text(path)
        assert name in content and report.sections[0].heading in content, kind
        assert [c for c in CANARIES if c in content] == [], kind
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "emergency.pdf", "hrd.pdf", "summary.pdf", "wgad.pdf", "wgeid.pdf"]


def _fontconfig_without_those_scripts(tmp_path: Path) -> dict[str, str]:
    """An environment whose only fonts are Noto Sans regular and bold: Latin, no Han, Arabic or Tibetan."""
    regular = subprocess.run(["fc-match", "-f", "%{file}", "Noto Sans:style=Regular"], capture_output=True, text=True).stdout
    if not regular.endswith("NotoSans-Regular.ttf"):
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail("Noto fonts are missing (CASEBOOK_REQUIRE_ALL is set): apt-get install fonts-noto-core fonts-noto-cjk")
        pytest.skip("Noto Sans is not installed")
    folder = Path(regular).parent
    (tmp_path / "fonts.conf").write_text(f"""<?xml version="1.0"?>
<fontconfig><dir>{folder}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir>
<selectfont><rejectfont><glob>*</glob></rejectfont>
<acceptfont><glob>{folder}/NotoSans-Regular.ttf</glob><glob>{folder}/NotoSans-Bold.ttf</glob></acceptfont></selectfont>
</fontconfig>""", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
def test_han_uyghur_and_tibetan_are_drawn_not_boxes(vault: Vault, cases: Cases, tmp_path: Path) -> None:
    """Each name in its own script is compared with the same report drawn where no font has that script.

    The romanised name on the next row is drawn by the same Latin font in both,
    so its shapes must match: that shows the comparison sees glyphs, not layout.
    """
    reference_env = _fontconfig_without_those_scripts(tmp_path)
    scripts = {"wgad": (cases.detention_case, "NotoSansCJK"), "wgeid": (cases.disappearance_case, "NotoNaskhArabic"),
               "hrd": (cases.harassment_case, "NotoSerifTibetan")}
    for kind, (record, font) in scripts.items():
        page_html = render(make_report(vault.records, kind, record, today=TODAY, override_consent=True), "html").decode()
        drawn = write(tmp_path, f"{kind}.pdf", html_to_pdf(page_html, kind))
        boxes = write(tmp_path, f"{kind}-reference.pdf", subprocess.run(
            [sys.executable, "-c", REFERENCE], input=page_html.encode(), env=reference_env, capture_output=True, check=True).stdout)
        assert any(f.split("+")[-1].startswith(font) for f in pdf_pages.fonts(drawn)), kind
        assert not any(f.split("+")[-1].startswith(font) for f in pdf_pages.fonts(boxes)), kind
        shapes = {}
        for label in ("Name in own script", "Name romanised"):
            for name, pdf in (("drawn", drawn), ("boxes", boxes)):
                top, bottom, label_end = pdf_pages.row_of(pdf, label)
                shape = pdf_pages.ink_shape(pdf_pages.first_page(pdf), top - 1, bottom - 1, left=label_end + 2)
                assert shape is not None, (kind, label, name)
                shapes[label, name] = shape
        own = pdf_pages.difference(shapes["Name in own script", "drawn"], shapes["Name in own script", "boxes"])
        latin = pdf_pages.difference(shapes["Name romanised", "drawn"], shapes["Name romanised", "boxes"])
        assert latin < 0.03, (kind, latin)
        assert own > 0.1, (kind, own)


def test_the_command_line_makes_a_pdf_without_a_display(tmp_path: Path) -> None:
    """The CLI has no application: html_to_pdf makes an offscreen one."""
    pdf_pages.need_tools()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    code = "import sys; from ui.reports.pdf import html_to_pdf; sys.stdout.buffer.write(html_to_pdf('<p>滕彪 Teng Biao</p>', 't'))"
    made = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    assert made.stdout.startswith(b"%PDF-")
    assert "滕彪 Teng Biao" in pdf_pages.text(write(tmp_path, "cli.pdf", made.stdout))


def test_making_a_pdf_writes_no_file_but_the_one_chosen(vault: Vault, cases: Cases, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    before = {p for p in Path(os.environ["HOME"]).rglob("*")}
    report = make_report(vault.records, "emergency", cases.lawyer_defender, today=TODAY)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    save(report, "pdf", chosen / "sheet.pdf", html_to_pdf)
    assert list(scratch.iterdir()) == [] and list(chosen.iterdir()) == [chosen / "sheet.pdf"]
    assert {p for p in Path(os.environ["HOME"]).rglob("*")} == before
