"""Every text of a record has a length limit, refused with a sentence naming the field, before it costs much.

A name's words go into the search index's typo vocabulary with every one-letter
deletion of each: a 20,000-letter name once took 572 MB. Each input way in (a
change, a JSON Lines line, a spreadsheet's row, a search) is refused quickly
and cheaply; memory is measured with tracemalloc, never time.
"""

import random
import string
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.errors import BadInput, ValidationError
from app.importing.errors import LineTooLong
from app.importing.sheets import read_sheet
from app.records import schema
from app.records.change import Change
from app.records.jsonl import MAX_LINE_CHARS, parse_lines
from app.vault.vault import Vault

LONG_NAME = "Zhang" + "a" * 20_000


@pytest.fixture
def peak() -> Iterator[Callable[[Callable[[], Any]], int]]:
    """Run a callable under tracemalloc; the peak of what it allocated, in bytes."""

    def measure(call: Callable[[], Any]) -> int:
        tracemalloc.start()
        try:
            call()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    yield measure


def refused(vault: Vault, fields: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        vault.records.apply([Change("person", fields)])


def test_a_name_of_twenty_thousand_letters_is_refused_naming_the_field(vault: Vault, peak: Callable[..., int]) -> None:
    used = peak(lambda: refused(vault, {"names": ["滕彪", LONG_NAME]}, r"names\[2\]\.value is 20,005 characters long; "
                                                                        r"shorten it to 200 at most"))
    assert used < 10 * 1024 * 1024
    assert list(vault.records.iter_records()) == []


def test_each_kind_of_text_has_its_own_limit(vault: Vault) -> None:
    refused(vault, {"names": ["Teng Biao"], "occupation": "x" * 1_001}, "occupation is 1,001 characters long")
    refused(vault, {"names": ["Teng Biao"], "notes": "x" * 50_001}, "notes is 50,001 characters long")
    refused(vault, {"names": ["Teng Biao"], "places": ["Beijing"] * 1_001}, "places has 1,001 entries")
    refused(vault, {"names": ["Teng Biao"] * 1_001}, "names has 1,001 entries")
    at_limits = vault.records.apply([Change("person", {"names": ["T" * 200], "occupation": "x" * 1_000,
                                                       "notes": "y" * 50_000, "places": ["Beijing"] * 1_000})])[0]
    assert len(at_limits.fields["notes"]) == schema.LONG_CHARS


def test_a_name_at_its_limit_is_indexed_without_its_typo_forms(vault: Vault, peak: Callable[..., int]) -> None:
    letters = random.Random(1)
    names = ["".join(letters.choices(string.ascii_lowercase, k=200)) for _ in range(600)]
    used = peak(lambda: vault.records.apply([Change("person", {"names": names})]))
    assert used < 16 * 1024 * 1024, "600 words of 200 letters, each with its 200 one-deletion forms"
    assert [hit.display_name for hit in vault.records.index.search(names[0])] == [names[0]]


def test_a_line_of_fifty_megabytes_is_refused_before_it_is_parsed(peak: Callable[..., int]) -> None:
    line = '{"kind":"person","names":["' + "a" * 50_000_000 + '"]}'

    def parse() -> None:
        with pytest.raises(ValidationError, match=f"line 1 is 50,000,030 characters long.*{MAX_LINE_CHARS:,} at most"):
            parse_lines([line])

    assert peak(parse) < 1024 * 1024


def test_a_spreadsheet_line_longer_than_any_row_is_refused() -> None:
    data = b"name,occupation\n" + b"a," * 600_000 + b"\n"
    with pytest.raises(LineTooLong, match="Line 2 of the file is longer than 1,000,000 characters"):
        read_sheet(data)


def test_a_search_of_twenty_thousand_letters_is_refused(vault: Vault, peak: Callable[..., int]) -> None:
    vault.records.apply([Change("person", {"names": ["Zhang Wei"]})])

    def search() -> None:
        with pytest.raises(BadInput, match="A search may be at most 500 characters long; shorten it"):
            vault.records.index.search("a" * 20_000)

    assert peak(search) < 1024 * 1024
    assert [hit.display_name for hit in vault.records.index.search("Zhangg")] == ["Zhang Wei"]
