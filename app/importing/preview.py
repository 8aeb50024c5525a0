"""What an import will do, row by row, once the user has decided about the possible duplicates.

Nothing is written here: the preview counts and lists the rows to be added,
updated, skipped, left undecided or in error, and `changes()` gives the records
to write, in an order where every reference points back (organisation, person,
case, event, link), for the session to apply in one transaction.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.errors import BadInput
from app.importing.importer import HAS_CASE, HAS_EVENT, ReadRow, SheetImport
from app.importing.problems import RowError


class Action(StrEnum):
    """What to do with a row that may duplicate someone: the user's choice, or the import's default."""

    NEW = "new"  # add it as a new person all the same
    SKIP = "skip"  # it is that person: leave the row out
    FILL = "fill"  # it is that person: fill their empty fields (and add the row's case, detention, organisation)
    OVERWRITE = "overwrite"  # as fill, but the row's values replace theirs


ON_DUPLICATE = {"ask": None, "skip": Action.SKIP, "update": Action.FILL, "new": Action.NEW}


@dataclass(frozen=True)
class Decision:
    """`target` is the duplicate meant (a vault id or a row number); by default the first proposed."""

    action: Action
    target: str | int | None = None


ADD, UPDATE, SKIPPED, UNDECIDED = "add", "update", "skip", "undecided"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happens to one valid row; `person_id` is the person it adds or updates (None when undecided)."""

    row: ReadRow
    action: str
    person_id: str | None
    mode: Action | None = None


class Preview:
    """The outcome of every row under a set of decisions, with counts for the summary."""

    def __init__(self, sheet_import: SheetImport, decisions: Mapping[int, Decision] | None = None,
                 on_duplicate: str = "ask") -> None:
        if on_duplicate not in ON_DUPLICATE:
            raise BadInput(f"--on-duplicate must be one of: {', '.join(ON_DUPLICATE)}.")
        self.source = sheet_import
        self.errors: list[RowError] = sheet_import.errors
        self.outcomes: list[Outcome] = []
        resolved: dict[int, str | None] = {}
        default = ON_DUPLICATE[on_duplicate]
        for row in sheet_import.rows:
            outcome = _outcome(row, (decisions or {}).get(row.number), default, resolved)
            resolved[row.number] = outcome.person_id
            self.outcomes.append(outcome)

    def rows(self, action: str) -> list[int]:
        return [o.row.number for o in self.outcomes if o.action == action]

    @property
    def undecided(self) -> list[ReadRow]:
        return [o.row for o in self.outcomes if o.action == UNDECIDED]

    def counts(self) -> dict[str, int]:
        """Rows by outcome, and the records the changes will create."""
        counts = {ADD: 0, UPDATE: 0, SKIPPED: 0, UNDECIDED: 0, "error": len({e.row for e in self.errors})}
        made = {"people": 0, "cases": 0, "events": 0, "organisations": 0}
        organisations: set[str] = set()
        for outcome in self.outcomes:
            counts[outcome.action] += 1
            if outcome.action in (ADD, UPDATE):
                made["people"] += outcome.action == ADD
                made["cases"] += bool(outcome.row.parts & HAS_CASE)
                made["events"] += bool(outcome.row.parts & HAS_EVENT)
                if outcome.row.organisation_id in self.source.organisations.new:
                    organisations.add(outcome.row.organisation_id)
        made["organisations"] = len(organisations)
        return counts | {f"new_{k}": v for k, v in made.items()}


def _outcome(row: ReadRow, decision: Decision | None, default: Action | None, resolved: dict[int, str | None]) -> Outcome:
    if not row.duplicates:
        return Outcome(row, ADD, row.person_id)
    if decision is None and default is not None:
        decision = Decision(default)
    if decision is None:
        return Outcome(row, UNDECIDED, None)
    if decision.action == Action.NEW:
        return Outcome(row, ADD, row.person_id)
    targets = [d.other.ref for d in row.duplicates]
    target = decision.target if decision.target is not None else targets[0]
    if target not in targets:
        raise BadInput(f"Row {row.number}: the decision names a record that is not one of its possible duplicates.")
    person_id = target if isinstance(target, str) else resolved.get(target)
    if person_id is None:  # the row it duplicates is itself undecided
        return Outcome(row, UNDECIDED, None)
    if decision.action == Action.SKIP:
        return Outcome(row, SKIPPED, person_id)
    return Outcome(row, UPDATE, person_id, decision.action)
