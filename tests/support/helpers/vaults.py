"""Building vaults for tests: records through the Repository, in big batches when many are needed."""

from collections.abc import Callable

from app.records.change import Change
from app.store import Repository

BATCH = 10_000


def add(repo: Repository, kind: str, **fields: object) -> str:
    """Add one record and return its id."""
    return repo.apply([Change(kind, dict(fields))])[0].id


def add_people(repo: Repository, count: int, name: Callable[[int], list[str]]) -> None:
    """Add `count` people in transactions of BATCH records (each batch is one transaction)."""
    for start in range(0, count, BATCH):
        repo.apply([Change("person", {"names": name(i)}) for i in range(start, min(count, start + BATCH))])


def detained_defender(repo: Repository, names: list[str], **emergency: str) -> tuple[str, str]:
    """A person with an open detention case: detained in RSDL, lawyer denied, a hearing ahead."""
    person = add(repo, "person", names=names, emergency=emergency or {"who_to_call": "his sister, by Signal"},
                 channels=[{"type": "signal", "value": "+852 5555 0101", "safety": "safe"},
                           {"type": "wechat", "value": "kdh_1980", "safety": "do not use"}])
    case = add(repo, "case", title=f"Detention of {names[-1]}", type="detention", status="open",
               people=[{"person": person, "role": "defender"}])
    add(repo, "event", case=case, date="2024-01-31", type="detained", place="Wuhan",
        detention={"kind": "rsdl", "facility": "a designated location in Wuhan", "lawyer_access": "denied"})
    add(repo, "event", case=case, date="2099-04-15", type="hearing")
    return person, case
