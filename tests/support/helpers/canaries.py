"""Finding text a caseworker typed in raw bytes, in every form it could have been written."""

import unicodedata
from pathlib import Path

from app.names.normalise import normalise


def encodings(text: str) -> list[bytes]:
    """The text as typed, normalised for search, lower-cased and decomposed; in UTF-8, UTF-16 and UTF-32."""
    forms = {text, normalise(text), text.lower(), unicodedata.normalize("NFD", text)}
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")]


def found_in(folders: list[Path], canaries: list[str]) -> list[tuple[str, str]]:
    """(file, canary) for every file under `folders` whose raw bytes hold a canary."""
    hits = []
    for folder in folders:
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            content = file.read_bytes()
            hits += [(str(file), canary) for canary in canaries if any(e in content for e in encodings(canary))]
    return hits
