"""Records: validation that names the field, ids, versions, history, tombstones, derived status."""

import gc
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import NotFound, ValidationError
from app.records import dates, schema
from app.records.change import Change
from app.records.clock import HybridClock
from app.records.dates import PartialDate, day_count
from app.records.jsonl import parse_lines
from app.store import references
from app.vault.vault import Vault


def add(vault: Vault, kind: str, **fields: object) -> str:
    return vault.records.apply([Change(kind, dict(fields))])[0].id


def test_plain_string_names_get_script_and_kind(vault: Vault) -> None:
    record = vault.records.apply(parse_lines(['{"kind": "person", "names": ["滕彪", "Teng Biao"], "roles": ["lawyer"]}']))[0]
    assert record.fields["names"] == [
        {"value": "滕彪", "script": "Hani", "kind": "primary"},
        {"value": "Teng Biao", "script": "Latn", "kind": "romanised"},
    ]
    assert record.display_name == "滕彪 (Teng Biao)"
    assert uuid.UUID(record.id).version == 7


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"kind": "person", "names": []}', "line 1 (person): names is required"),
        ('{"kind": "person", "names": ["A"], "roles": ["spy"]}', "line 1 (person): roles[1] 'spy' is not one of"),
        ('{"kind": "person", "names": [{"value": "A", "script": "latin"}]}', "names[1].script 'latin' is not an ISO 15924"),
        ('{"kind": "person", "names": ["A"], "birth_date": "1970-02-30"}', "birth_date '1970-02-30' is not a date"),
        ('{"kind": "person", "names": ["A"], "shoe_size": 9}', "line 1 (person): shoe_size is not a field of person"),
        ('{"kind": "planet"}', "line 1: kind 'planet' is not one of"),
        ('{"names": ["A"]}', 'line 1: the record has no "kind"'),
        ("{not json", "line 1: not valid JSON"),
    ],
)
def test_validation_names_line_field_and_problem(vault: Vault, line: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        vault.records.apply(parse_lines([line]))
    assert vault.records.count() == 0


def test_bad_event_date_names_the_line(vault: Vault) -> None:
    case = add(vault, "case", title="Detention of a lawyer")
    event = '{"kind": "event", "case": "%CASE%", "type": "detained", "date": "2021-03-01"}'.replace("%CASE%", case)
    lines = [event, event, event.replace('"detained"', '"hearing"').replace("2021-03-01", "2021-13")]
    with pytest.raises(ValidationError, match=r"line 3 \(event\): date '2021-13' is not a date"):
        vault.records.apply(parse_lines(lines))
    assert vault.records.count("event") == 0, "nothing of the batch was written"


def test_references_must_exist_and_have_the_right_kind(vault: Vault) -> None:
    person = add(vault, "person", names=["吕志"])
    with pytest.raises(ValidationError, match="case refers to a person, but must refer to a case"):
        vault.records.apply([Change("event", {"case": person, "type": "detained", "date": "2021"}, where="line 1 (event)")])
    with pytest.raises(ValidationError, match="not in this vault"):
        vault.records.apply([Change("event", {"case": str(uuid.uuid4()), "type": "detained", "date": "2021"})])


def test_records_in_one_batch_may_refer_to_each_other(vault: Vault) -> None:
    person, case = str(uuid.uuid4()), str(uuid.uuid4())
    vault.records.apply([
        Change("person", {"names": ["柯德华"]}, id=person),
        Change("case", {"title": "Case", "people": [{"person": person, "role": "defender"}]}, id=case),
        Change("event", {"case": case, "type": "detained", "date": "~2021-03"}),
    ])
    assert vault.records.get(person).fields["names"][0]["value"] == "柯德华"


def test_a_batch_with_one_bad_reference_writes_nothing(vault: Vault) -> None:
    before = add(vault, "person", names=["Earlier Batch"])
    person, case = str(uuid.uuid4()), str(uuid.uuid4())
    batch = [
        Change("person", {"names": ["In This Batch"]}, id=person),
        Change("case", {"title": "Case", "people": [{"person": person, "role": "defender"}]}, id=case),
        Change("link", {"from": person, "to": before, "type": "colleague_of"}),
        Change("event", {"case": case, "type": "detained", "date": "2021"}),
        Change("event", {"case": str(uuid.uuid4()), "type": "released", "date": "2022"}, where="line 5 (event)"),
    ]
    with pytest.raises(ValidationError, match=r"line 5 \(event\): case refers to .*, which is not in this vault"):
        vault.records.apply(batch)
    assert vault.records.count() == 1, "nothing of the batch was written"
    assert vault.records.referencing(before) == []


def test_references_to_an_earlier_batch_are_checked(vault: Vault) -> None:
    person = add(vault, "person", names=["Earlier Batch"])
    case = add(vault, "case", title="Earlier case", people=[{"person": person, "role": "defender"}])
    with pytest.raises(ValidationError, match="person refers to a case, but must refer to a person"):
        vault.records.apply([Change("event", {"case": case, "person": case, "type": "detained", "date": "2021"})])
    vault.records.delete(person)
    with pytest.raises(ValidationError, match=f"person refers to {person}, which is not in this vault"):
        vault.records.apply([Change("event", {"case": case, "person": person, "type": "detained", "date": "2021"})])
    event = vault.records.apply([Change("event", {"case": case, "type": "detained", "date": "2021"})])[0]
    assert vault.records.referencing(case) == [(event.id, "case", None)]


def test_the_first_bad_change_of_a_batch_is_the_one_reported(vault: Vault) -> None:
    lines = [Change("person", {"names": ["A"]}, where="line 1 (person)"),
             Change("event", {"case": str(uuid.uuid4()), "type": "detained", "date": "2021"}, where="line 2 (event)"),
             Change("person", {"names": ["B"], "birth_date": "1970-02-30"}, where="line 3 (person)")]
    with pytest.raises(ValidationError, match=r"line 2 \(event\): case refers to"):
        vault.records.apply(lines)
    with pytest.raises(ValidationError, match=r"line 3 \(person\): birth_date"):
        vault.records.apply([lines[0], lines[2], lines[1]])
    assert vault.records.count() == 0


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(vault: Vault) -> None:
    was_enabled = gc.isenabled()  # GUI tests of the same run may have left it off, as the desktop does
    gc.enable()
    add(vault, "person", names=["A"])
    with pytest.raises(ValidationError):
        add(vault, "person", names=[])
    assert gc.isenabled()
    gc.disable()
    try:
        add(vault, "person", names=["B"])
        assert not gc.isenabled(), "the desktop switches it off and collects on its GUI thread"
    finally:
        if was_enabled:
            gc.enable()


def test_partial_and_approximate_dates() -> None:
    assert str(PartialDate.parse("2021")) == "2021"
    assert str(PartialDate.parse({"value": "2021-03", "approximate": True})) == "~2021-03"
    assert PartialDate.parse("~2021-03-05").approximate
    assert PartialDate.parse("2021-03") < PartialDate.parse("2021-03-05")
    for bad in ("2021-13", "21-03", "2021-02-30", "", "yesterday"):
        with pytest.raises(ValueError):
            PartialDate.parse(bad)
    assert day_count(PartialDate.parse("2021-03"), PartialDate.parse("2021-04-01").earliest()) == 31


def test_hybrid_clock_orders_versions_across_devices() -> None:
    clock = HybridClock("aaaa", now_ms=lambda: 1000)
    first, second = clock.now(), clock.now()
    assert first < second
    other = HybridClock("bbbb", now_ms=lambda: 5)
    other.observe(second)
    assert other.now() > second


def test_update_changes_only_given_fields_and_keeps_history(vault: Vault) -> None:
    pid = add(vault, "person", names=["张伟"], notes="first note")
    original = vault.records.get(pid)
    vault.records.apply([Change("person", {"notes": "second note", "risk": "high"}, id=pid)])
    updated = vault.records.get(pid)
    assert updated.fields["names"] == original.fields["names"]
    assert updated.clock["names"] == original.clock["names"]
    assert updated.clock["notes"] > original.clock["notes"]
    history = vault.records.history(pid)
    assert [h.action for h in history] == ["create", "update"]
    assert history[0].record.fields["notes"] == "first note"
    assert history[1].changed == ["notes", "risk"]


def test_unchanged_update_writes_nothing(vault: Vault) -> None:
    pid = add(vault, "person", names=["张伟"])
    version = vault.records.get(pid).version
    vault.records.apply([Change("person", {"names": ["张伟"]}, id=pid)])
    assert vault.records.get(pid).version == version
    assert len(vault.records.history(pid)) == 1


def test_delete_leaves_a_tombstone_and_restore_brings_it_back(vault: Vault) -> None:
    pid = add(vault, "person", names=["Teng Biao"])
    first = vault.records.get(pid).version
    vault.records.delete(pid)
    with pytest.raises(NotFound):
        vault.records.get(pid)
    tomb = vault.records.get(pid, include_deleted=True)
    assert tomb.deleted and tomb.fields == {} and "_deleted" in tomb.clock
    assert vault.records.index.search("teng") == []
    vault.records.restore(pid, first)
    assert vault.records.get(pid).fields["names"][0]["value"] == "Teng Biao"
    assert [h.action for h in vault.records.history(pid)] == ["create", "delete", "restore"]


def test_status_is_derived_from_case_events_unless_set_by_hand(vault: Vault) -> None:
    pid = add(vault, "person", names=["王全璋"])
    case = add(vault, "case", title="Detention", people=[{"person": pid, "role": "defender"}])

    def status() -> str | None:
        return next(s.status for s in vault.records.summaries("person") if s.id == pid)

    assert status() is None
    add(vault, "event", case=case, type="detained", date="2015-08", detention={"kind": "rsdl"})
    assert status() == "rsdl"
    add(vault, "event", case=case, type="sentenced", date="2019-01-28")
    assert status() == "imprisoned"
    release = add(vault, "event", case=case, type="released", date="2020-04-05")
    assert status() == "at_liberty"
    vault.records.delete(release)
    assert status() == "imprisoned"
    vault.records.apply([Change("person", {"status": "in_exile"}, id=pid)])
    assert status() == "in_exile"


def test_locking_forgets_the_dates_remembered_while_validating(vault: Vault) -> None:
    person = add(vault, "person", names=["Date Holder"])
    case = add(vault, "case", title="Held", people=[{"person": person, "role": "defender"}])
    add(vault, "event", case=case, type="detained", date="2019-07-09")
    assert schema._date_text.cache_info().currsize > 0
    vault.close()
    assert schema._date_text.cache_info().currsize == 0
    assert dates._parse_text.cache_info().currsize == 0


@given(st.uuids())
def test_a_reference_id_survives_its_16_bytes(value: uuid.UUID) -> None:


    text = str(value)
    assert references.key(text) == value.bytes
    assert references.record_id(references.key(text)) == text
