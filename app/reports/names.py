"""Which of a person's names a report shows where: own script first, then romanised, online handles never.

An online handle identifies an account the authorities may be watching; a
submission identifies the person by the names on their papers.
"""

from dataclasses import dataclass

from app.reports.facts import Name


@dataclass(frozen=True)
class Names:
    own: Name | None
    romanised: Name | None
    others: tuple[Name, ...]


def sort_out(names: tuple[Name, ...]) -> Names:
    """The name in its own script (the first non-Latin one, else the first), its romanisation (a Latin name), the rest.

    A name written in Latin script in the first place has no romanisation: its other names are just other names.
    """
    usable = [n for n in names if n.kind != "online"]
    own = next((n for n in usable if n.script != "Latn"), usable[0] if usable else None)
    rest = [n for n in usable if n is not own]
    latin = sorted((n for n in rest if n.script == "Latn"), key=lambda n: (n.kind != "romanised", n.kind != "legal"))
    romanised = latin[0] if latin and own is not None and own.script != "Latn" else None
    return Names(own, romanised, tuple(n for n in rest if n is not romanised))


def line(names: tuple[Name, ...]) -> str:
    """One line for a person: `滕彪 (Teng Biao)`, or the one name there is."""
    found = sort_out(names)
    if found.own is None:
        return ""
    return f"{found.own.value} ({found.romanised.value})" if found.romanised else found.own.value
