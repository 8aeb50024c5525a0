"""Drafts for the WGAD, the WGEID and the Rapporteur on defenders: every section the mechanism asks for, and what is missing."""

import pytest

from app.records.change import Change
from app.reports.document import Report, Section
from app.reports.make import make_report
from app.vault.vault import Vault
from helpers.report_records import HAN_LATIN, HAN_NAME, TIBETAN_LATIN, TIBETAN_NAME, TODAY, UYGHUR_LATIN, UYGHUR_NAME, Cases


def section(report: Report, key: str) -> Section:
    return next(s for s in report.sections if s.key == key)


def values(report: Report, key: str) -> dict[str, str]:
    return {e.label: e.value for e in section(report, key).entries}


def items(report: Report, key: str) -> list[str]:
    return [f"{e.label}: {e.value}" if e.label else e.value for e in section(report, key).items]


def test_wgad_draft_has_every_section_of_the_questionnaire(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgad", cases.detention_case, today=TODAY)
    assert [s.key for s in report.sections] == ["identity", "arrest", "custody", "legal", "access", "health", "arbitrary",
                                                "remedies", "other_action", "timeline", "consent", "submitter"]
    assert values(report, "identity") == {
        "Name in own script": HAN_NAME, "Name romanised": HAN_LATIN, "Sex": "male",
        "Birth date and age": "born April 1978 (day not known), aged 46", "Nationality": "Chinese",
        "Occupation": "human rights lawyer", "Activities as a human rights defender": "lawyer; activist",
        "Organisations": "公民维权网 (Citizens Rights Network)", "Usual residence": "Wuhan", "Identity document": "not recorded"}
    assert values(report, "arrest") == {
        "Date": "March 2024 (day not known)", "Place": "Wuhan", "Forces or authorities involved": "Wuhan Public Security Bureau",
        "Warrant or decision shown": "not recorded",
        "Reasons given": "inciting subversion of state power (Criminal Law art. 105(2)); "
                         "picking quarrels and provoking trouble (article not recorded)",
        "What happened": "Taken from his office by plain-clothes police."}


def test_wgad_draft_says_where_and_by_whom_held_with_transfers_access_and_health(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgad", cases.detention_case, today=TODAY)
    custody = values(report, "custody")
    assert custody["Form of detention"] == "residential surveillance at a designated location"
    assert custody["Held since"] == "March 2024 (day not known); 101 days by 10 June 2024"
    assert custody["Place of detention now"] == "not disclosed (last known: a designated location in Wuhan)"
    assert custody["Authorities"] == "Wuhan Public Security Bureau"
    assert [line.split(":")[0] for line in items(report, "custody")] == ["March 2024 (day not known)", "15 April 2024"]
    assert "Wuhan No. 1 Detention Centre" in items(report, "custody")[0]
    assert "Criminal Law art. 105(2)" in values(report, "legal")["Charges"]
    access = values(report, "access")
    assert access["Access to a lawyer"] == "denied" and access["Family notified"] == "no"
    assert access["Family"] == "王丽 (Wang Li)", "the wife's own consent is for public advocacy"
    assert access["Lawyer"] == "a lawyer (name withheld: their consent does not cover this)"
    assert items(report, "access") == ["20 March 2024: lawyer access denied. The family's lawyer was turned away at the gate."]
    health = values(report, "health")
    assert health["Health in custody"] == "Blood pressure not treated"
    assert health["Known medical needs"] == "Hypertension; needs daily medication"
    assert items(report, "health") == ["about May 2024 (day not known): health concern. Said to have lost weight. [unconfirmed]"]


def test_wgad_draft_remedies_timeline_arbitrariness_and_missing(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgad", cases.detention_case, today=TODAY)
    assert items(report, "remedies") == [
        "5 March 2024: lawyer engaged (family's lawyer); status: sent",
        "25 March 2024: letter to authorities, to Wuhan People's Procuratorate; status: answered; "
        "result: Told the case involves state security."]
    assert items(report, "other_action") == ["2 April 2024: urgent appeal to UN Special Procedures, to UN Working Group on "
                                             "Arbitrary Detention; status: sent; result: no response recorded"]
    assert len(items(report, "timeline")) == 4
    arbitrary = " ".join(items(report, "arbitrary"))
    assert "lawyer was denied" in arbitrary and "incommunicado" in arbitrary and "not notified" in arbitrary
    assert list(report.missing) == [
        "no identity document recorded (issuer, date, number): Casebook has no field for it, so add it on the form if known",
        "date of arrest known only to the month",
        "whether a warrant or decision was shown, and who issued it, is not recorded (Casebook has no field for it: answer on the form)",
        "no legal article recorded for the charge of picking quarrels and provoking trouble"]


def test_wgad_missing_list_for_a_thin_record(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    person = repo.apply([Change("person", {"names": ["吕志"], "consent": {"scope": "public_advocacy"}})])[0].id
    case = repo.apply([Change("case", {"title": "Thin", "people": [{"person": person, "role": "defender"}]})])[0].id
    repo.apply([Change("event", {"case": case, "date": "~2023", "type": "detained"})])
    missing = make_report(repo, "wgad", case, today=TODAY).missing
    for gap in ("no romanised (Latin-script) name recorded", "sex not recorded", "birth date or age not recorded",
                "nationality not recorded", "occupation not recorded", "date of arrest known only to the year, and approximate",
                "place of arrest not recorded", "the forces or authorities who carried out the arrest are not recorded",
                "no charges or legal basis recorded", "place of detention not recorded", "access to a lawyer not recorded",
                "whether the family was notified is not recorded",
                "no steps at national level recorded (complaints, petitions, letters to the authorities)"):
        assert gap in missing


def test_wgad_points_to_a_legal_limit_passed_without_charge(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    person = repo.apply([Change("person", {"names": ["吕志", "Lü Zhi"], "roles": ["journalist"],
                                           "consent": {"scope": "public_advocacy"}})])[0].id
    case = repo.apply([Change("case", {"title": "Held", "people": [{"person": person, "role": "defender"}]})])[0].id
    repo.apply([Change("event", {"case": case, "date": "2024-04-01", "type": "detained", "place": "Guangzhou",
                                 "detention": {"kind": "criminal"}})])
    points = items(make_report(repo, "wgad", case, today=TODAY), "arbitrary")
    assert points[:2] == ["Held beyond the 37-day limit of criminal detention, which passed on 8 May 2024 (category I).",
                          "No charge or legal basis is recorded (category I)."]
    repo.apply([Change("event", {"case": case, "date": "2024-05-20", "type": "formally_arrested"})])
    assert not any("37-day" in p for p in items(make_report(repo, "wgad", case, today=TODAY), "arbitrary"))


def test_wgeid_draft_with_the_six_elements_and_the_urgent_procedure(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgeid", cases.disappearance_case, today=TODAY)
    assert [s.key for s in report.sections] == ["identity", "disappearance", "urgency", "custody", "search", "legal", "access",
                                                "health", "timeline", "consent", "submitter"]
    identity = values(report, "identity")
    assert (identity["Name in own script"], identity["Name romanised"], identity["Other names"]) == (
        UYGHUR_NAME, UYGHUR_LATIN, "Maimaitijiang Abulizi")
    assert identity["Birth date and age"] == "born about 1985 (month not known), aged about 39"
    disappearance = values(report, "disappearance")
    assert (disappearance["Date"], disappearance["Place"]) == ("April 2024 (day not known)", "Kashgar")
    assert disappearance["Forces or authorities involved"] == "not recorded"
    assert section(report, "urgency").paragraph.startswith(
        "Under three months since the disappearance: the WGEID's urgent procedure applies until about 1 July 2024 (21 days left)")
    assert section(report, "search").paragraph == "Nothing recorded."
    assert "no identity document number or photo of the person" in report.missing
    assert "the State forces believed responsible are not recorded" in report.missing
    assert "no steps by the relatives or others to find the person recorded" in report.missing
    with_photo = make_report(vault.records, "wgeid", cases.disappearance_case, today=TODAY, photo=True)
    assert values(with_photo, "identity")["Identity document"] == "a photo is attached in Casebook: send it with the form"
    assert "no identity document number or photo of the person" not in with_photo.missing


def test_wgeid_needs_at_least_the_month_and_says_when_the_urgent_window_closed(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    [event] = [src for src, _, _ in repo.referencing(cases.disappearance_case, "case")]
    repo.apply([Change("event", {"date": "2023"}, id=event)])
    report = make_report(repo, "wgeid", cases.disappearance_case, today=TODAY)
    assert "date of disappearance unknown to the month (the WGEID needs at least the month and year)" in report.missing
    assert "regular procedure applies" in section(report, "urgency").paragraph


def test_hrd_draft_for_a_defender_not_detained(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "hrd", cases.harassment_case, today=TODAY, override_consent=True)
    assert [s.key for s in report.sections] == ["identity", "work_and_risk", "actions", "timeline", "consent", "submitter"]
    assert values(report, "identity")["Name in own script"] == TIBETAN_NAME
    assert values(report, "identity")["Name romanised"] == TIBETAN_LATIN
    work = values(report, "work_and_risk")
    assert (work["Activities as a human rights defender"], work["Current risk"]) == ("religious leader", "not recorded")
    assert items(report, "timeline") == ["1 February 2024: other. Summoned to 'drink tea' with state security."]
    for gap in ("nationality not recorded", "no organisation recorded", "place of residence not recorded",
                "current risk level not recorded", "no action already taken recorded", "consent for this submission is not on record"):
        assert gap in report.missing


def test_hrd_draft_for_a_detained_defender_has_the_risk_and_the_marks_ahead(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "hrd", cases.detention_case, today=TODAY)
    assert [s.key for s in report.sections][:6] == ["identity", "work_and_risk", "arrest", "custody", "access", "health"]
    work = values(report, "work_and_risk")
    assert work["Current risk"] == "critical"
    assert work["Status"] == "residential surveillance at a designated location since March 2024 (day not known); 101 days"
    assert items(report, "work_and_risk") == [
        "15 July 2024: the end of the WGEID's urgent procedure (three months after the disappearance): 35 days left",
        "15 October 2024: the six-month limit of residential surveillance at a designated location: 127 days left"]


@pytest.mark.parametrize("kind", ["wgad", "wgeid", "hrd"])
def test_chinese_headings_and_labels_english_body(vault: Vault, cases: Cases, kind: str) -> None:
    report = make_report(vault.records, kind, cases.detention_case, today=TODAY, lang="zh")
    assert report.sections[0].heading == "当事人身份" and report.title.startswith("致联合国")
    assert values(report, "identity")["性别"] == "male"
    assert report.missing_heading == "记录中尚缺的信息" and report.missing and all(gap.isascii() for gap in report.missing)


def test_a_name_written_in_latin_script_has_no_romanisation(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    person = repo.apply([Change("person", {"names": ["José Martínez López", "Pepe Martínez"], "sex": "male",
                                           "consent": {"scope": "public_advocacy"}})])[0].id
    case = repo.apply([Change("case", {"title": "Held", "people": [{"person": person, "role": "defender"}]})])[0].id
    report = make_report(repo, "hrd", case, today=TODAY)
    identity = values(report, "identity")
    assert (identity["Name in own script"], identity["Name romanised"], identity["Other names"]) == (
        "José Martínez López", "the name is written in Latin script", "Pepe Martínez")
    assert "no romanised (Latin-script) name recorded" not in report.missing
