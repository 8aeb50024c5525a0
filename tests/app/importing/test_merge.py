"""Merging two records of one person keeps every name, channel and case link, and re-points what pointed at the other."""

import pytest

from app.errors import BadInput
from app.importing.merge import merge_people
from app.records.change import Change
from app.vault.vault import Vault


def test_merge_keeps_everything_and_repoints_cases_events_and_links(vault: Vault) -> None:
    repo = vault.records
    keep, retire, lawyer = repo.apply([
        Change("person", {"names": ["张伟"], "birth_date": "1973", "roles": ["lawyer"],
                          "channels": [{"type": "signal", "value": "+86 100 5550 0001", "safety": "safe"}],
                          "notes": "Met in 2019.", "emergency": {"who_to_call": "his sister"}}),
        Change("person", {"names": ["Zhang Wei", "Zhāng Wěi"], "birth_date": "1973-05-01", "roles": ["activist"], "sex": "male",
                          "channels": [{"type": "signal", "value": "+86 100 5550 0001", "safety": "monitored"},
                                       {"type": "wechat", "value": "wxid_zw", "safety": "do_not_use"}],
                          "notes": "Detained twice.", "emergency": {"who_to_call": "his wife", "lawyer": "Li Ming"}}),
        Change("person", {"names": ["李明"]}),
    ])
    both_case, retired_case = repo.apply([
        Change("case", {"title": "Detention of 张伟", "people": [{"person": keep.id, "role": "defender"},
                                                                 {"person": retire.id, "role": "defender"},
                                                                 {"person": lawyer.id, "role": "lawyer"}]}),
        Change("case", {"title": "Travel ban", "people": [{"person": retire.id, "role": "defender"}]}),
    ])
    event, same_link, kept_link, self_link = repo.apply([
        Change("event", {"case": retired_case.id, "date": "2020-01-02", "type": "travel_ban", "person": retire.id}),
        Change("link", {"from": lawyer.id, "to": retire.id, "type": "lawyer_of"}),
        Change("link", {"from": lawyer.id, "to": keep.id, "type": "lawyer_of"}),
        Change("link", {"from": keep.id, "to": retire.id, "type": "colleague_of"}),
    ])
    referring = repo.get_many([r[0] for r in repo.referencing(retire.id) + repo.referencing(keep.id)])
    plan = merge_people(keep, retire, referring)

    assert plan.merged_into == {retire.id: keep.id}
    assert sorted(plan.retire_links) == sorted([same_link.id, self_link.id])
    repo.apply(plan.changes)
    for record_id in [*plan.retire_links, retire.id]:
        repo.delete(record_id)

    person = repo.get(keep.id).fields
    assert [(n["value"], n["kind"]) for n in person["names"]] == [("张伟", "primary"), ("Zhang Wei", "romanised"),
                                                                  ("Zhāng Wěi", "alias")]
    assert [c["value"] for c in person["channels"]] == ["+86 100 5550 0001", "wxid_zw"]
    assert person["roles"] == ["lawyer", "activist"]
    assert (person["birth_date"], person["sex"]) == ("1973", "male")  # the kept value wins; an empty one is filled
    assert person["notes"] == "Met in 2019.\n\nDetained twice."
    assert person["emergency"] == {"who_to_call": "his sister", "lawyer": "Li Ming"}
    assert repo.get(both_case.id).fields["people"] == [{"person": keep.id, "role": "defender"},
                                                       {"person": lawyer.id, "role": "lawyer"}]
    assert repo.get(retired_case.id).fields["people"] == [{"person": keep.id, "role": "defender"}]
    assert repo.get(event.id).fields["person"] == keep.id
    assert repo.get(kept_link.id).fields["to"] == keep.id
    assert [r[0] for r in repo.referencing(retire.id)] == []
    assert keep.id in [hit.id for hit in repo.index.search("zhang wei")]


def test_merging_a_person_with_themselves_or_a_case_is_refused(vault: Vault) -> None:
    person, case = vault.records.apply([Change("person", {"names": ["张伟"]}), Change("case", {"title": "x"})])
    with pytest.raises(BadInput, match="two different people"):
        merge_people(person, person, [])
    with pytest.raises(BadInput, match="two different people"):
        merge_people(person, case, [])
