"""Which field each column fills: guessed from the headers, changed by the user, saved as JSON inside the vault.

A Mapping is a value: changing a column gives a new Mapping. Columns are named
by their header, so a mapping saved for one month's sheet applies to the next.
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.importing.errors import BadMapping
from app.importing.fields import BY_KEY, FIELDS, IGNORE, PERSON
from app.importing.table import Sheet, is_empty
from app.importing.values import fold, text
from app.records.scripts import detect_script

FORMAT = 1
_BRACKETED = re.compile(r"[(（\[【].*?[)）\]】]")
_BY_HEADER = {fold(header): f.key for f in FIELDS for header in f.headers}
_NAME_BY_SCRIPT = {"Hani": "name_han", "Latn": "name_latin", "Arab": "name_uyghur", "Tibt": "name_tibetan"}


def guess_field(header: str) -> str:
    """The field a header names, or IGNORE: folded, then without a bracketed remark (`出生日期（公历）`)."""
    found = _BY_HEADER.get(fold(header))
    if found is None:
        found = _BY_HEADER.get(fold(_BRACKETED.sub("", header)))
    return found or IGNORE


@dataclass(frozen=True)
class Mapping:
    """(header, field key or IGNORE) for each column, in the sheet's order."""

    columns: tuple[tuple[str, str], ...]

    @classmethod
    def guess(cls, headers: Iterable[str]) -> "Mapping":
        """Each header's field; a later column naming a single-valued field already taken is ignored."""
        taken: set[str] = set()
        columns: list[tuple[str, str]] = []
        for header in headers:
            key = guess_field(header)
            if key != IGNORE and not BY_KEY[key].many and key in taken:
                key = IGNORE
            taken.add(key)
            columns.append((header, key))
        return cls(tuple(columns))

    @classmethod
    def for_sheet(cls, sheet: Sheet) -> "Mapping":
        """As guess, and a second name column (姓名 and Name) is told apart by the script of its first values."""
        mapping = cls.guess(sheet.headers)
        for header, key in mapping.columns:
            if key == IGNORE and guess_field(header) == "name":
                scripts = [detect_script(v) for v in samples(sheet, header, 5)]
                by_script = _NAME_BY_SCRIPT.get(max(set(scripts), key=scripts.count) if scripts else "", "alias")
                taken = {k for _, k in mapping.columns}
                mapping = mapping.with_field(header, by_script if by_script not in taken else "alias")
        return mapping

    def field_of(self, header: str) -> str:
        return dict(self.columns).get(header, IGNORE)

    def with_field(self, header: str, key: str) -> "Mapping":
        """The same mapping with `header` mapped to `key` (a field key or IGNORE)."""
        if key != IGNORE and key not in BY_KEY:
            raise BadMapping(f"{key!r} is not a field; the fields are: {', '.join(BY_KEY)}.")
        if header not in dict(self.columns):
            raise BadMapping(f"The sheet has no column {header!r}.")
        return Mapping(tuple((h, key if h == header else k) for h, k in self.columns))

    def for_headers(self, headers: Iterable[str]) -> "Mapping":
        """This (saved) mapping applied to a sheet's headers: known headers keep their field, new ones are guessed."""
        saved = dict(self.columns)
        guessed = Mapping.guess(headers)
        return Mapping(tuple((h, saved.get(h, k)) for h, k in guessed.columns))

    def check(self) -> None:
        """BadMapping unless some column gives a name and no single-valued field takes two columns."""
        seen: dict[str, str] = {}
        for header, key in self.columns:
            if key == IGNORE:
                continue
            field = BY_KEY[key]
            if not field.many and key in seen:
                raise BadMapping(f"The columns {seen[key]!r} and {header!r} both fill {field.label}; choose one.")
            seen[key] = header
        if not any(BY_KEY[k].kind == "name" and BY_KEY[k].record == PERSON for k in seen):
            raise BadMapping("No column gives a name: map at least one column to a name field (name, pinyin, Uyghur name …).")

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "columns": [[h, k] for h, k in self.columns]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> "Mapping":
        try:
            value: Any = json.loads(data)
            columns = tuple((str(h), str(k)) for h, k in value["columns"])
        except (ValueError, KeyError, TypeError):
            raise BadMapping("The saved mapping is damaged; map the columns again.") from None
        if value.get("format") != FORMAT:
            raise BadMapping("The saved mapping was made by a newer Casebook; map the columns again.")
        for _, key in columns:
            if key != IGNORE and key not in BY_KEY:
                raise BadMapping(f"The saved mapping names an unknown field {key!r}; map that column again.")
        return cls(columns)


def samples(sheet: Sheet, header: str, count: int = 3) -> list[str]:
    """The first `count` distinct non-empty values of a column, shown beside it while mapping."""
    column = sheet.column(header)
    found: list[str] = []
    for row in sheet.rows():
        cell = row.get(column)
        if not is_empty(cell) and text(cell) not in found:
            found.append(text(cell))
            if len(found) == count:
                break
    return found
