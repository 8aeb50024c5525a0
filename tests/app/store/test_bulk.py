"""The bulk write path: batches planned ahead on a worker, written in order, each batch whole."""

import uuid

import pytest

from app.errors import ValidationError
from app.records.change import Change
from app.store.bulk import BulkWrite
from app.vault.vault import Vault


def test_a_batch_that_changes_what_an_earlier_batch_made_waits_for_it(vault: Vault) -> None:
    person = str(uuid.uuid4())
    batches = [[Change("person", {"names": ["Ilham Tohti"]}, id=person)],
               [Change("person", {"notes": "transferred to Urumqi No. 1 prison"}, id=person)],
               [Change("case", {"title": "Detention of Ilham Tohti", "people": [{"person": person, "role": "defender"}]})]]
    written = list(BulkWrite(vault.records, note="import").write(iter(batches)))
    assert written == batches
    record = vault.records.get(person)
    assert record.fields == {"names": record.fields["names"], "notes": "transferred to Urumqi No. 1 prison"}
    assert [e.action for e in vault.records.history(person)] == ["create", "update"]
    assert [src for src, _, _ in vault.records.referencing(person)], "the case of the third batch refers to the first's person"


def test_two_batches_in_a_row_changing_a_stored_record_both_land(vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["Gao Zhisheng"]})])[0].id
    batches = [[Change("person", {"notes": "lawyer, disappeared 2017"}, id=person)],
               [Change("person", {"occupation": "lawyer"}, id=person)]]
    list(BulkWrite(vault.records, note="import").write(iter(batches)))
    fields = vault.records.get(person).fields
    assert (fields["notes"], fields["occupation"]) == ("lawyer, disappeared 2017", "lawyer")
    assert [e.action for e in vault.records.history(person)] == ["create", "update", "update"]


def _status(vault: Vault, person: str) -> str | None:
    return next(s.status for s in vault.records.summaries("person") if s.id == person)


def test_a_detention_moved_out_of_a_case_frees_the_defender_the_batch_ahead_gave_it(vault: Vault) -> None:
    first, second = (vault.records.apply([Change("person", {"names": [name]})])[0].id for name in ("Xu Zhiyong", "Ding Jiaxi"))
    case, other = (vault.records.apply([Change("case", {"title": title, "people": people})])[0].id
                   for title, people in (("New Citizens' Movement", [{"person": first, "role": "defender"}]), ("Xiamen gathering", [])))
    event = vault.records.apply([Change("event", {"case": case, "type": "detained", "date": "2020-02"})])[0].id
    assert (_status(vault, first), _status(vault, second)) == ("detained", None)
    batches = [[Change("case", {"people": [{"person": second, "role": "defender"}]}, id=case)],
               [Change("event", {"case": other}, id=event)]]  # planned before the first batch gave the case its defender
    list(BulkWrite(vault.records, note="import").write(iter(batches)))
    assert (_status(vault, first), _status(vault, second)) == (None, None), "nobody is detained in either case now"


def test_a_reference_to_a_record_of_an_earlier_batch_is_checked_against_it(vault: Vault) -> None:
    organisation = str(uuid.uuid4())
    batches = [[Change("organisation", {"names": ["Beijing Yirenping Center"]}, id=organisation)],
               [Change("event", {"case": organisation, "type": "detained", "date": "2021"})]]
    with pytest.raises(ValidationError, match="must refer to a case"):
        list(BulkWrite(vault.records).write(iter(batches)))
    assert vault.records.count("organisation") == 1, "without a transaction around it, each batch commits on its own"
    assert vault.records.count("event") == 0


def test_stopping_early_drops_the_batch_staged_ahead(vault: Vault) -> None:
    batches = iter([[Change("person", {"names": [f"Person {n}"]})] for n in range(5)])
    for _ in BulkWrite(vault.records).write(batches):
        break
    assert vault.records.count("person") == 1
