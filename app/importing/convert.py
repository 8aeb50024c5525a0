"""One sheet row read through the mapping into a draft: a person's fields and, if the row has them, a case,
a detention event and an organisation, each checked with the record schema's own validators.

Every problem becomes a RowError naming the row and the column to fix, so the
user sees all of a row's problems at once, not the first only.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from app.importing import values
from app.importing.datecells import date_text
from app.importing.fields import BY_KEY, CASE, EVENT, NAME_KINDS, PERSON, PRIMARY_ORDER, Field
from app.importing.mapping import Mapping
from app.importing.problems import RowError, quote
from app.importing.table import Cell, Row
from app.records import schema

_EMERGENCY = ("lawyer", "who_to_call", "medical_needs")
_DETENTION = {"detention_kind": "kind", "detention_facility": "facility", "lawyer_access": "lawyer_access"}
_UNSEEN = object()
_SIMPLE = {  # import field → (record, record field)
    "sex": (PERSON, "sex"), "birth_date": (PERSON, "birth_date"), "nationality": (PERSON, "nationality"),
    "occupation": (PERSON, "occupation"), "roles": (PERSON, "roles"), "places": (PERSON, "places"),
    "status": (PERSON, "status"), "risk": (PERSON, "risk"), "notes": (PERSON, "notes"), "tags": (PERSON, "tags"),
    "case_title": (CASE, "title"), "case_type": (CASE, "type"), "case_status": (CASE, "status"),
    "authorities": (CASE, "authorities"), "case_location": (CASE, "location"), "case_notes": (CASE, "notes"),
    "detained_on": (EVENT, "date"), "event_type": (EVENT, "type"), "detention_place": (EVENT, "place"),
}


@dataclass
class Draft:
    """What one valid row asks for, in canonical form; ids are given when it becomes changes."""

    row: int
    person: dict[str, Any]
    case: dict[str, Any] = field(default_factory=dict)
    event: dict[str, Any] = field(default_factory=dict)
    organisation: str = ""

    def pack(self) -> bytes:
        """The draft in a tenth of the memory its objects take, kept between the first pass and the changes."""
        packed = orjson.dumps([self.row, self.person, self.case, self.event, self.organisation])
        return bytes(memoryview(packed))  # a copy of its exact size: orjson's own buffer keeps 4 KB

    @classmethod
    def unpack(cls, packed: bytes) -> "Draft":
        return cls(*orjson.loads(packed))


class RowReader:
    """Reads rows of a sheet with given headers through a (checked) mapping."""

    def __init__(self, headers: tuple[str, ...], mapping: Mapping) -> None:
        applied = mapping.for_headers(headers)  # a saved mapping may name columns this sheet lacks
        applied.check()
        mapped = [(i, h, BY_KEY[k]) for i, (h, k) in enumerate(applied.columns) if k in BY_KEY]
        # Each column's index, header, field key and the function that reads its cells, worked out once.
        self.columns = [(i, h, f.key, self._converter(f)) for i, h, f in mapped]
        self.header_of = {f.key: h for _, h, f in reversed(mapped)}  # the first column of each field
        self._seen: dict[tuple[str, type, Cell], Any] = {}

    def read(self, row: Row) -> tuple[Draft | None, list[RowError]]:
        """The row's draft, or None and its problems."""
        cells: dict[str, list[tuple[str, Any]]] = {}
        errors: list[RowError] = []
        given = row.cells
        for index, header, key, convert in self.columns:
            cell = given[index] if index < len(given) else ""
            if cell == "" or (type(cell) is str and cell.isspace()):
                continue
            try:
                cells.setdefault(key, []).append((header, convert(cell)))
            except ValueError as exc:
                errors.append(RowError(row.number, header, f"{quote(cell)} {exc}"))
        draft = _Assembly(row.number, cells, self.header_of, errors).draft()
        return (None, errors) if errors else (draft, [])

    def _converter(self, f: Field) -> Callable[[Cell], Any]:
        """How a field's cells are read: dates and vocabulary through the reader's memory, the rest directly."""
        if f.kind == "date":
            return lambda cell: self._remembered(f, cell, date_text)
        if f.kind == "code":
            return lambda cell: self._remembered(f, cell, lambda c: values.code(f.vocab, c))
        if f.kind == "codes":
            return lambda cell: self._remembered(f, cell, lambda c: list(dict.fromkeys(values.code(f.vocab, w)
                                                                                      for w in values.words(c))))
        return {"items": values.items, "words": values.words}.get(f.kind, values.text)

    def _remembered(self, f: Field, cell: Cell, convert: Callable[[Cell], Any]) -> Any:
        """Dates and vocabulary words repeat down a column: each distinct cell is read once while this reader lives.

        A refusal is remembered as its reason and raised afresh, so no traceback (holding a row) is kept.
        """
        key = (f.key, type(cell), cell)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            try:
                found = convert(cell)
            except ValueError as exc:
                found = _Refused(str(exc))
            self._seen[key] = found
        if isinstance(found, _Refused):
            raise ValueError(found.reason)
        return found


@dataclass(frozen=True)
class _Refused:
    reason: str


class _Assembly:
    """Puts one row's converted cells into record fields, then validates each record against the schema.

    A record is validated whole (the common case: it is valid); only when that
    fails is each field validated alone, so that every problem of the row is
    found and put against the column it came from.
    """

    def __init__(self, row: int, cells: dict[str, list[tuple[str, Any]]], header_of: dict[str, str],
                 errors: list[RowError]) -> None:
        self.row, self.cells, self.header_of, self.errors = row, cells, header_of, errors
        self.records: dict[str, dict[str, Any]] = {PERSON: {}, CASE: {}, EVENT: {}}
        # (record, field) -> the column it came from: a header, a header per list item (names), or per part (emergency)
        self.origin: dict[tuple[str, str], str | list[str] | dict[str, str]] = {}

    def draft(self) -> Draft:
        self._names()
        for key, given in self.cells.items():
            if key in _SIMPLE:
                record, name = _SIMPLE[key]
                for header, value in given:
                    self._put(record, name, value, header)
        self._nested(PERSON, "emergency", {k: k for k in _EMERGENCY})
        self._nested(EVENT, "detention", _DETENTION)
        self._charges()
        for record in (PERSON, CASE, EVENT):
            self.records[record] = self._validated(record)
        self._complete()
        organisation = self.cells.get("organisation", [("", "")])[0][1]
        return Draft(self.row, self.records[PERSON], self.records[CASE], self.records[EVENT], organisation)

    def _error(self, header: str, problem: str) -> None:
        self.errors.append(RowError(self.row, header, problem))

    def _put(self, record: str, name: str, value: Any, header: str) -> None:
        """Set a field; a second column of a many-column field adds to the first (a list grows, a text gets a new line)."""
        fields = self.records[record]
        if name in fields:
            value = _distinct(fields[name] + value) if isinstance(value, list) else f"{fields[name]}\n{value}"
        fields[name] = value
        self.origin.setdefault((record, name), header)

    def _validated(self, record: str) -> dict[str, Any]:
        raw = self.records[record]
        try:
            return schema.validate_fields(record, raw)
        except schema.FieldError:
            pass
        valid: dict[str, Any] = {}
        for name, value in raw.items():
            try:
                valid[name] = schema.validate_fields(record, {name: value})[name]
            except schema.FieldError as exc:
                self._error(_column(self.origin[(record, name)], exc.path), exc.reason)
        return valid

    def _names(self) -> None:
        """Every name column's value, the person's own script first, each with the kind its column gives."""
        given = [(key, header, value) for key in PRIMARY_ORDER for header, value in self.cells.get(key, [])]
        names: list[dict[str, str]] = []
        headers: list[str] = []
        for key, header, value in given:
            if any(n["value"] == value for n in names):
                continue
            names.append({"value": value, "kind": NAME_KINDS[key] if names else "primary"})
            headers.append(header)
        if not names:
            first = next((h for k, h in self.header_of.items() if BY_KEY[k].kind == "name"), "")
            self._error(first, "is empty: every row needs a name")
            return
        self.records[PERSON]["names"] = names
        self.origin[(PERSON, "names")] = headers

    def _nested(self, record: str, name: str, parts: dict[str, str]) -> None:
        given = {parts[k]: (h, v) for k in parts for h, v in self.cells.get(k, [])[:1]}
        if given:
            self.records[record][name] = {k: v for k, (_, v) in given.items()}
            self.origin[(record, name)] = {k: h for k, (h, _) in given.items()}

    def _charges(self) -> None:
        """Charges paired with their articles in order; one article for one charge is the common case."""
        charges = self.cells.get("charges", [])
        articles = self.cells.get("charge_article", [])
        names = charges[0][1] if charges else []
        laws = articles[0][1] if articles else []
        if laws and len(laws) != len(names):
            self._error(articles[0][0], f"gives {len(laws)} articles for {len(names)} charges: give one article per charge, "
                                        "in the same order, separated by ;")
            return
        if names:
            self._put(CASE, "charges", [{"charge": c, **({"article": laws[i]} if laws else {})} for i, c in enumerate(names)],
                      charges[0][0])

    def _complete(self) -> None:
        """An event needs its date; a case with an event gets a title and a type when the sheet gives none."""
        event, case = self.records[EVENT], self.records[CASE]
        date_header = self.header_of.get("detained_on")
        if event and "date" not in event and not any(e.column == date_header for e in self.errors):
            if date_header:
                self._error(date_header, "is empty, but the row has detention details")
            else:
                self._error(next(h for k, h in self.header_of.items() if BY_KEY[k].record == EVENT),
                            "needs the date detained in the same row (map a column to date detained)")
        if event:
            event.setdefault("type", "detained")
        if (event or case) and "names" in self.records[PERSON]:
            disappeared = event.get("type") == "disappeared"
            default = "enforced_disappearance" if disappeared else "detention" if event else "prosecution" if "charges" in case else "other"
            case.setdefault("type", default)
            case.setdefault("title", f"{'Disappearance' if disappeared else 'Detention' if event else 'Case'} of "
                                     f"{schema.primary_name(self.records[PERSON]['names'])}")


def _distinct(items: list[Any]) -> list[Any]:
    """Each item once, in order (two columns of places may both name Wuhan)."""
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _column(origin: str | list[str] | dict[str, str], path: str) -> str:
    """The header of the column a FieldError's path (`names[2].value`, `emergency.lawyer`) came from."""
    if isinstance(origin, str):
        return origin
    if isinstance(origin, list):
        return origin[int(path.split("[", 1)[1].split("]", 1)[0]) - 1 if "[" in path else 0]
    return origin[path.split(".")[1]] if "." in path else next(iter(origin.values()))
