"""Organisations named in a sheet: one record per organisation, found by any of its names, reused if the vault has it."""

from collections.abc import Callable, Iterable

from app.importing.values import fold
from app.records.change import Change
from app.records.record import Record


class Organisations:
    """Names (folded) to organisation ids; a name new to the vault gets an id and, once, a change that creates it."""

    def __init__(self, existing: Iterable[Record], new_id: Callable[[], str]) -> None:
        self.ids: dict[str, str] = {}
        self.new: dict[str, str] = {}  # id -> the name as first written, for organisations to create
        self._new_id = new_id
        for record in existing:
            for name in record.fields.get("names") or []:
                self.ids.setdefault(fold(name["value"]), record.id)

    def id_for(self, name: str) -> str:
        key = fold(name)
        if key not in self.ids:
            self.ids[key] = self._new_id()
            self.new[self.ids[key]] = name
        return self.ids[key]

    def creation(self, org_id: str, where: str) -> Change:
        """The change that creates a new organisation (`org_id` must be one of `new`)."""
        return Change("organisation", {"names": [self.new[org_id]]}, org_id, where)
