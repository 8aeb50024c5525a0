"""What the importer needs from the vault, as Protocols the session satisfies (its Repository already does).

The importer never opens a vault itself: it reads existing people and
organisations to compare against, and hands back changes for the session to
write in one transaction. Saved mappings are kept by the session inside the
vault, never in plain settings.
"""

from collections.abc import Iterable, Iterator
from typing import Protocol

from app.errors import NotFound
from app.importing.mapping import Mapping
from app.records.record import Record


class VaultRecords(Protocol):
    """Reading records: live ones of a kind, and several by id (the store's Repository has both)."""

    def iter_records(self, kind: str | None = None, *, include_deleted: bool = False) -> Iterator[Record]: ...

    def get_many(self, record_ids: Iterable[str]) -> list[Record]: ...


class MappingShelf(Protocol):
    """Named mappings kept inside the vault: the JSON text of a Mapping, by the name the user gave it."""

    def mapping_text(self, name: str) -> str | None: ...

    def keep_mapping_text(self, name: str, text: str) -> None: ...


def save_mapping(shelf: MappingShelf, name: str, mapping: Mapping) -> None:
    shelf.keep_mapping_text(name, mapping.to_json())


def load_mapping(shelf: MappingShelf, name: str) -> Mapping:
    """The mapping saved under `name`; NotFound if there is none."""
    text = shelf.mapping_text(name)
    if text is None:
        raise NotFound(f"There is no saved mapping called {name!r}.")
    return Mapping.from_json(text)
