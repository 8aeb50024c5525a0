"""A stream of changes written in one transaction: all of it, or nothing, with progress and Cancel."""

from collections.abc import Iterator

import pytest

from app.errors import Cancelled, ValidationError
from app.records.change import Change
from app.session import RecordsChanged, Session
from app.store import bulk


def people(count: int, *, bad_at: int | None = None) -> Iterator[Change]:
    for n in range(count):
        names = [] if n == bad_at else [f"Person {n}"]
        yield Change("person", {"names": names}, where=f"row {n + 2}")


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "BATCH", 40)


def test_every_change_lands_and_the_lists_hear_once(session: Session) -> None:
    heard: list[RecordsChanged] = []
    session.on_records_changed(heard.append)
    seen: list[tuple[int, int]] = []
    assert session.write_all(people(130), note="imported from caseload.csv", total=130,
                             progress=lambda done, total: seen.append((done, total))) == 130
    assert session.count("person") == 130
    assert seen == [(40, 130), (80, 130), (120, 130), (130, 130)]
    assert heard == [RecordsChanged(everything=True)]
    assert session.history(session.summaries("person")[0].id)[-1].note == "imported from caseload.csv"


def test_a_bad_row_late_in_the_stream_writes_nothing(session: Session) -> None:
    with pytest.raises(ValidationError, match="row 102"):
        session.write_all(people(130, bad_at=100), note="import")
    assert session.count() == 0


def test_cancel_writes_nothing(session: Session) -> None:
    calls = iter(range(1000))
    with pytest.raises(Cancelled):
        session.write_all(people(130), note="import", cancelled=lambda: next(calls) >= 2)
    assert session.count() == 0
