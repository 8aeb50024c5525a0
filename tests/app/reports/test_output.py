"""Text and HTML output: no source, internal field or internal channel ever; escaped; right to left where it must be."""

import pytest

from app.records.change import Change
from app.reports.as_html import FONT_STACK, render_html, runs
from app.reports.as_text import render_text
from app.reports.make import KINDS, make_report
from app.vault.vault import Vault
from helpers.report_records import CANARIES, HAN_NAME, TIBETAN_NAME, TODAY, UYGHUR_NAME, Cases


def every_report(vault: Vault, cases: Cases, lang: str = "en") -> list[str]:
    outputs = []
    for kind in KINDS:
        for record in (cases.detention_case, cases.disappearance_case, cases.harassment_case, cases.lawyer_defender):
            report = make_report(vault.records, kind, record, lang=lang, today=TODAY, override_consent=True)
            outputs += [render_text(report), render_html(report)]
    return outputs


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_source_internal_field_or_internal_channel_reaches_any_output(vault: Vault, cases: Cases, lang: str) -> None:
    outputs = every_report(vault, cases, lang)
    assert len(outputs) == 40
    assert [(c, i) for i, text in enumerate(outputs) for c in CANARIES if c in text] == []
    assert sum(HAN_NAME in text for text in outputs) == 20, "every kind, both formats, for his case and for him: the canaries' own record"


def test_text_is_plain_and_ready_to_paste(vault: Vault, cases: Cases) -> None:
    text = render_text(make_report(vault.records, "wgad", cases.detention_case, today=TODAY))
    assert "<" not in text and "&amp;" not in text
    assert "Identity of the person\n----------------------\nName in own script: 柯德华\nName romanised: Ke Dehua\n" in text
    assert "\n- 20 March 2024: lawyer access denied." in text
    assert text.rstrip().endswith("- no legal article recorded for the charge of picking quarrels and provoking trouble")


def test_html_escapes_what_caseworkers_typed(vault: Vault, cases: Cases) -> None:
    [event] = [src for src, _, _ in vault.records.referencing(cases.disappearance_case, "case")]
    vault.records.apply([Change("event", {"description": "Told <b>nothing</b> & <script>alert(1)</script>"}, id=event)])
    page = render_html(make_report(vault.records, "wgeid", cases.disappearance_case, today=TODAY))
    assert "<script>" not in page and "<b>nothing" not in page
    assert "Told &lt;b&gt;nothing&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_html_marks_language_and_direction_of_names(vault: Vault, cases: Cases) -> None:
    uyghur = render_html(make_report(vault.records, "wgeid", cases.disappearance_case, today=TODAY))
    assert f'<td dir="rtl" lang="ug"><span lang="ug" dir="rtl">{UYGHUR_NAME}</span></td>' in uyghur
    assert f'Last seen leaving the mosque; <span lang="ug" dir="rtl">{UYGHUR_NAME}</span> did not come home.' in uyghur
    assert '<td dir="auto">Last seen' in uyghur, "a mixed value lets the browser find its direction"
    han = render_html(make_report(vault.records, "wgad", cases.detention_case, today=TODAY, lang="zh"))
    assert f'<span lang="zh">{HAN_NAME}</span>' in han
    assert '<html lang="en">' in han and '<h2 lang="zh">当事人身份</h2>' in han
    tibetan = render_html(make_report(vault.records, "summary", cases.harassment_case, today=TODAY))
    assert f'<span lang="bo">{TIBETAN_NAME}</span>' in tibetan
    for font in ("Noto Sans CJK SC", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Serif Tibetan", "Noto Sans Tibetan"):
        assert f'"{font}"' in FONT_STACK and FONT_STACK in tibetan


def test_runs_keep_spaces_inside_a_script_and_brackets_outside() -> None:
    assert runs(f"Memetjan {UYGHUR_NAME} (imam)") == [
        ("Latn", "Memetjan"), (None, " "), ("Arab", UYGHUR_NAME), (None, " ("), ("Latn", "imam"), (None, ")")]
    assert runs(f"{TIBETAN_NAME}།") == [("Tibt", TIBETAN_NAME), (None, "།")], "vowel signs and the tsheg stay in the run"


def test_do_not_use_channels_are_flagged_and_monitored_ones_marked(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "emergency", cases.lawyer_defender, today=TODAY)
    channels = next(s for s in report.sections if s.key == "channels").items
    assert [(e.label, e.warn) for e in channels] == [("phone", False), ("DO NOT USE", True), ("email", False)]
    assert channels[1].value == "WeChat: wxid_kedehua (taken over by police)"
    assert "[monitored: assume it is read]" in channels[0].value
    page = render_html(report)
    assert '<li class="warn"><b>DO NOT USE</b>: WeChat: wxid_kedehua' in page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_question_on_the_form_is_answered_without_a_stray_colon(vault: Vault, cases: Cases, lang: str) -> None:
    text = render_text(make_report(vault.records, "wgad", cases.detention_case, lang=lang, today=TODAY, override_consent=True))
    assert "?:" not in text and "？:" not in text
    question = "May the person be named in the letter to the Government? " if lang == "en" else "能否在致政府函中提及当事人姓名？ "
    assert question in text
