"""The changes an import writes, made row by row from the packed drafts as the session asks for them.

People that rows update are fetched from the vault a chunk at a time, and
forgotten after the last row that updates them.
"""

from collections.abc import Iterator
from typing import Any

from app.errors import BadInput
from app.importing.combine import combined
from app.importing.convert import Draft
from app.importing.preview import ADD, UPDATE, Outcome, Preview
from app.records.change import Change

CHUNK = 1000


def changes(preview: Preview) -> Iterator[Change]:
    """Organisation (the first time), person, case, event and member_of link of each row added or updated."""
    source = preview.source
    outcomes = [o for o in preview.outcomes if o.action in (ADD, UPDATE)]
    last_update = {str(o.person_id): o.row.number for o in outcomes if o.action == UPDATE}
    added = {o.person_id for o in outcomes if o.action == ADD}
    current: dict[str, dict[str, Any]] = {}  # the fields, as they will be, of people that later rows update
    created: set[str] = set()
    for start in range(0, len(outcomes), CHUNK):
        part = outcomes[start : start + CHUNK]
        wanted = {o.person_id for o in part if o.action == UPDATE} - added - current.keys()
        if wanted and source.vault is not None:
            current.update((r.id, dict(r.fields)) for r in source.vault.get_many(sorted(str(i) for i in wanted)))
        for outcome in part:
            yield from _row_changes(preview, outcome, Draft.unpack(outcome.row.draft), current, last_update, created)


def _row_changes(preview: Preview, outcome: Outcome, draft: Draft, current: dict[str, dict[str, Any]],
                 last_update: dict[str, int], created: set[str]) -> Iterator[Change]:
    source = preview.source
    where = f"row {draft.row}"
    person_id = str(outcome.person_id)
    org_id = outcome.row.organisation_id
    if org_id is not None and org_id in source.organisations.new and org_id not in created:
        created.add(org_id)
        yield source.organisations.creation(org_id, where)
    if outcome.action == ADD:
        yield Change("person", draft.person, person_id, where)
        if person_id in last_update:
            current[person_id] = dict(draft.person)
    else:
        if person_id not in current:
            raise BadInput(f"Row {draft.row}: the person it updates is no longer in the vault; preview the import again.")
        fields = combined(current[person_id], draft.person, str(outcome.mode))
        if fields:
            yield Change("person", fields, person_id, where)
            current[person_id].update(fields)
        if last_update[person_id] == draft.row:
            del current[person_id]
    case_id = source.make_id() if draft.case else None
    if draft.case:
        yield Change("case", {**draft.case, "people": [{"person": person_id, "role": "defender"}]}, case_id, where)
    if draft.event:
        yield Change("event", {**draft.event, "case": case_id, "person": person_id}, source.make_id(), where)
    if org_id is not None:
        yield Change("link", {"from": person_id, "to": org_id, "type": "member_of"}, source.make_id(), where)
