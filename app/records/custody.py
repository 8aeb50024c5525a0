"""Where a person is held and with what access, read from the events of their cases.

Pure functions over event fields in date order (see status.event_sort_key):
the Detained now list, the emergency sheet and the report drafts all say
where someone is and whether a lawyer reached them, and must say the same.
"""

from typing import Any

from app.records import vocab
from app.records.status import status_after


def deprivation_start(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event that began the present deprivation of liberty (status stays deprived after it)."""
    status: str | None = None
    start: dict[str, Any] | None = None
    for event in events:
        before = status
        status = status_after(event, status)
        if status in vocab.DEPRIVED_OF_LIBERTY and before not in vocab.DEPRIVED_OF_LIBERTY:
            start = event
        elif status not in vocab.DEPRIVED_OF_LIBERTY:
            start = None
    return start


def whereabouts(events: list[dict[str, Any]]) -> tuple[str, bool | None]:
    """The last known place of detention and whether the whereabouts are known."""
    place, known = "", None
    for event in events:
        detention = event.get("detention") or {}
        if event.get("type") in ("detained", "disappeared", "transferred", "sentenced"):
            place = detention.get("facility") or event.get("place") or place
            known = detention.get("whereabouts_known", False if event.get("type") == "disappeared" else known)
    return place, known


def lawyer_access(events: list[dict[str, Any]]) -> str | None:
    """granted, denied or unknown as the latest event says; None when no event says."""
    access = None
    for event in events:
        detention = event.get("detention") or {}
        if detention.get("lawyer_access"):
            access = detention["lawyer_access"]
        if event.get("type") == "lawyer_access_denied":
            access = "denied"
        elif event.get("type") == "lawyer_visit":
            access = "granted"
    return access
