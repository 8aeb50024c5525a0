"""Consent: which report it covers, the refusal with a sentence, the override, and others named only with their own consent."""

import pytest

from app.errors import BadInput
from app.records.change import Change
from app.reports.errors import ConsentNotCovered
from app.reports.make import make_report
from app.sharing.projection import consent_covers_partners
from app.vault.vault import Vault
from helpers.report_records import TIBETAN_LATIN, TIBETAN_NAME, TODAY, Cases


def set_consent(vault: Vault, person: str, consent: dict[str, str] | None) -> None:
    vault.records.apply([Change("person", {"consent": consent}, id=person)])


@pytest.mark.parametrize("kind", ["wgad", "wgeid", "hrd"])
@pytest.mark.parametrize("consent", [None, {"scope": "internal_only"}, {"scope": "listed_partners"}])
def test_un_drafts_need_consent_for_public_advocacy(vault: Vault, cases: Cases, kind: str, consent: dict[str, str] | None) -> None:
    set_consent(vault, cases.monk, consent)
    with pytest.raises(ConsentNotCovered) as refused:
        make_report(vault.records, kind, cases.harassment_case, today=TODAY)
    message = str(refused.value)
    assert isinstance(refused.value, BadInput) and refused.value.exit_code == 2
    assert "public advocacy" in message and "override" in message and message.count(".") == 1
    assert TIBETAN_NAME not in message and TIBETAN_LATIN not in message


def test_override_makes_the_draft_and_says_the_consent_is_not_covered(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgad", cases.harassment_case, today=TODAY, override_consent=True)
    consent = next(s for s in report.sections if s.key == "consent")
    answers = {e.label: e.value for e in consent.entries}
    assert answers["Consent on record"] == "listed partners, given November 2022 (day not known)"
    assert answers["May the person be named in the letter to the Government?"].startswith("Not covered")
    assert answers["May the person be named in the public communications report?"] == (
        "Not covered: answer No, or initials only if the person or family agree.")
    assert "the caseworker confirmed" in consent.paragraph
    assert report.consent_overridden and report.log.detail()["consent_overridden"] is True


def test_consent_for_public_advocacy_answers_yes_and_is_no_override(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgad", cases.detention_case, today=TODAY, override_consent=True)
    answers = {e.label: e.value for e in next(s for s in report.sections if s.key == "consent").entries}
    assert answers["May the person be named in the letter to the Government?"] == "Yes."
    assert answers["May the person be named in the public communications report?"] == "Yes."
    assert not report.consent_overridden and "consent_overridden" not in report.log.detail()


@pytest.mark.parametrize("scope", [None, "internal_only", "listed_partners", "public_advocacy"])
def test_case_summary_follows_the_bundles_rule(vault: Vault, cases: Cases, scope: str | None) -> None:
    set_consent(vault, cases.monk, {"scope": scope} if scope else None)
    shared = consent_covers_partners(vault.records.get(cases.monk))
    if shared:
        assert make_report(vault.records, "summary", cases.harassment_case, today=TODAY).kind == "summary"
    else:
        with pytest.raises(ConsentNotCovered, match="does not cover sharing with partners"):
            make_report(vault.records, "summary", cases.harassment_case, today=TODAY)
        assert make_report(vault.records, "summary", cases.harassment_case, today=TODAY, override_consent=True).consent_overridden
    assert shared == (scope in ("listed_partners", "public_advocacy"))


def test_the_emergency_sheet_needs_no_consent(vault: Vault, cases: Cases) -> None:
    set_consent(vault, cases.monk, None)
    report = make_report(vault.records, "emergency", cases.monk, today=TODAY)
    assert "no consent recorded: decide with the family before going public" in report.missing


def test_others_are_named_only_as_far_as_their_own_consent_goes(vault: Vault, cases: Cases) -> None:
    draft = make_report(vault.records, "wgad", cases.detention_case, today=TODAY)
    summary = make_report(vault.records, "summary", cases.detention_case, today=TODAY)
    access = {e.label: e.value for e in next(s for s in draft.sections if s.key == "access").entries}
    assert "陈建国" not in access["Lawyer"] and "name withheld" in access["Lawyer"]
    people = {e.label: e.value for e in summary.sections[0].entries}["People in the case"]
    assert people == "lawyer: 陈建国 (Chen Jianguo); family: 王丽 (Wang Li)", "the lawyer's consent covers partners, not the UN"


def test_a_consent_kept_internal_still_decides_but_is_not_shown(vault: Vault, cases: Cases) -> None:
    vault.records.apply([Change("person", {"internal_fields": ["notes", "consent"]}, id=cases.lawyer_defender)])
    report = make_report(vault.records, "wgad", cases.detention_case, today=TODAY)
    answers = {e.label: e.value for e in next(s for s in report.sections if s.key == "consent").entries}
    assert answers["Consent on record"] == "recorded in Casebook but kept internal"
    assert answers["May the person be named in the letter to the Government?"] == "Answer from the consent kept in Casebook."
    assert "public advocacy" not in repr(report)
