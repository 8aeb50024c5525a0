"""Reports through the session: made, saved, printed or copied, each in the activity log without a word of content;
the photo the WGEID asks for looked up among the person's attachments; everyone's deadlines, most pressing first."""

import datetime as dt
import json
from pathlib import Path

import pytest

from app.errors import BadInput
from app.records.deadlines import CRIMINAL_DETENTION, HEARING, WGEID_URGENT
from app.session import ConsentNotCovered, Session
from helpers import report_records
from helpers.report_records import CANARIES, HAN_LATIN, HAN_NAME, TODAY, UYGHUR_NAME, Cases
from helpers.vaults import add

PHOTO_ON_FILE = "a photo is attached in Casebook"


@pytest.fixture
def cases(session: Session) -> Cases:
    return report_records.build(session)  # type: ignore[arg-type]


def report_entries(session: Session) -> list[tuple[str, dict[str, object]]]:
    return [(e.event, e.detail) for e in session.activity_log() if e.event.startswith("report")]


def test_making_a_report_logs_kind_and_record_and_nothing_of_its_content(session: Session, cases: Cases) -> None:
    report = session.make_report("wgad", cases.detention_case, today=TODAY)
    assert HAN_NAME in session.render_report(report, "txt").decode()
    assert report_entries(session) == [("report", {"report": "wgad", "record": cases.detention_case})]
    logged = json.dumps([e.to_json() for e in session.activity_log()], ensure_ascii=False)
    assert [word for word in (HAN_NAME, HAN_LATIN, report.title, *report.missing, *CANARIES) if word in logged] == []


def test_a_refused_report_is_not_logged_and_an_override_is(session: Session, cases: Cases) -> None:
    with pytest.raises(ConsentNotCovered, match="does not cover a submission to the UN"):
        session.make_report("hrd", cases.harassment_case, today=TODAY)
    assert report_entries(session) == []
    report = session.make_report("hrd", cases.harassment_case, override_consent=True, today=TODAY)
    assert report.consent_overridden
    assert report_entries(session) == [("report", {"report": "hrd", "record": cases.harassment_case, "consent_overridden": True})]


def test_saving_writes_a_new_file_where_asked_and_logs_the_format(session: Session, cases: Cases, tmp_path: Path) -> None:
    report = session.make_report("summary", cases.detention_case, today=TODAY)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    target = chosen / "summary.txt"
    session.save_report(report, "txt", target)
    assert HAN_NAME in target.read_text(encoding="utf-8")
    with pytest.raises(BadInput, match="already exists"):
        session.save_report(report, "html", target)
    assert target.read_text(encoding="utf-8").startswith(report.title), "the first file is kept as it was"
    assert [p.name for p in chosen.iterdir()] == ["summary.txt"]
    saved = [detail for event, detail in report_entries(session) if event == "report-saved"]
    assert saved == [{"report": "summary", "record": cases.detention_case, "format": "txt"}], "a refused save is not logged"


def test_printing_and_copying_are_logged_as_the_report_leaving(session: Session, cases: Cases) -> None:
    report = session.make_report("emergency", cases.lawyer_defender, today=TODAY)
    session.note_report_out(report, "printed")
    session.note_report_out(report, "copied")
    detail = {"report": "emergency", "record": cases.lawyer_defender}
    assert report_entries(session) == [("report", detail), ("report-printed", detail), ("report-copied", detail)]


def test_the_wgeid_draft_knows_whether_a_photo_of_the_person_is_attached(session: Session, cases: Cases) -> None:
    assert not [gap for gap in session.make_report("wgeid", cases.disappearance_case, today=TODAY).missing if PHOTO_ON_FILE in gap]
    session.add_attachment(cases.imam, "scan.pdf", "application/pdf", b"%PDF-1.4 not a photo")
    assert not [gap for gap in session.make_report("wgeid", cases.imam, today=TODAY).missing if PHOTO_ON_FILE in gap]
    session.add_attachment(cases.imam, "portrait.jpg", "image/jpeg", b"\xff\xd8\xff a photo")
    for record in (cases.disappearance_case, cases.imam):
        assert [gap for gap in session.make_report("wgeid", record, today=TODAY).missing if PHOTO_ON_FILE in gap], record
    assert UYGHUR_NAME in session.render_report(session.make_report("wgeid", cases.imam, today=TODAY), "txt").decode()


def test_deadlines_of_everyone_deprived_of_liberty_most_pressing_first(session: Session) -> None:
    today = dt.date(2024, 6, 1)

    def held(name: str, *events: dict[str, object]) -> str:
        person = add(session, "person", names=[name])
        case = add(session, "case", title=f"Case of {name}", people=[{"person": person, "role": "defender"}])
        for event in events:
            add(session, "event", case=case, **event)
        return person

    criminal = {"type": "detained", "detention": {"kind": "criminal"}}
    soon = held("Held 12 days", {"date": "2024-05-20", **criminal})
    overdue = held("Held past 37 days", {"date": "2024-04-01", **criminal}, {"date": "2024-06-20", "type": "hearing"})
    gone = held("Disappeared", {"date": "2024-05-01", "type": "disappeared"})
    sentenced = held("Sentenced", {"date": "2020-01-01", "type": "sentenced"})
    add(session, "person", names=["At liberty"])
    people = session.deadlines(today)
    assert [p.person_id for p in people] == [overdue, soon, gone, sentenced]
    by_id = {p.person_id: p for p in people}
    assert [(m.kind, m.days_left) for m in by_id[overdue].marks] == [(CRIMINAL_DETENTION, -24), (HEARING, 19)]
    assert by_id[overdue].next_mark == by_id[overdue].marks[1], "the hearing ahead comes before a limit already passed"
    assert (by_id[soon].next_mark.kind, by_id[soon].next_mark.days_left) == (CRIMINAL_DETENTION, 25)  # type: ignore[union-attr]
    assert (by_id[gone].next_mark.kind, by_id[gone].next_mark.date) == (WGEID_URGENT, dt.date(2024, 8, 1))  # type: ignore[union-attr]
    assert by_id[sentenced].marks == () and by_id[sentenced].next_mark is None
