"""Answering a query from the index: match classes, ranking, and hits.

Ranking: exact name, then name prefix, then part of a name, then a name one
typo away, then other fields, notes last; ties go to open detentions first,
then to the most recently updated record. Queries of three characters or more
use the trigram table, starting from their rarest trigrams (app/search/grams.py);
shorter ones use the name keys and Han pieces. Nothing is written: the query
stays in memory.

The name keys are asked first: every exact or prefix name match is found
there, and everything else scores below a prefix. So when the keys alone give
`limit` hits, they are the answer, and the trigram and typo searches (the slow
part on a big vault: a common substring matches thousands of records) are
skipped without changing a single rank.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import BadInput
from app.names.normalise import compact, normalise
from app.names.typo import deletions, eligible, one_edit_apart
from app.search import grams
from app.search.terms import EXACT, KEY_GRAM_INSIDE, KEY_NAME, PART, PREFIX, SHIFT, TYPO

if TYPE_CHECKING:
    from app.database import Database

_HIGHEST = "\U0010ffff"
_TYPO_WORDS = 20  # candidate corrections looked at, at most
MAX_QUERY_CHARS = 500  # longer than any name (app/records/schema.py); a longer query is refused, not cut


@dataclass(frozen=True)
class Hit:
    """One search result: which record, how well it matched, and on which field."""

    id: str
    kind: str
    display_name: str
    score: float
    field: str


def _phrase(text: str) -> str:
    """An FTS5 string literal: the trigram tokenizer matches it as a substring."""
    return '"' + text.replace('"', '""') + '"'


class _Plan:
    """The UNION ALL branches of one query, with their parameters."""

    def __init__(self) -> None:
        self.branches: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, sql: str, **params: Any) -> None:
        self.branches.append(sql)
        self.params.update(params)


def _key_branches(plan: _Plan, keys: list[str]) -> None:
    for n, key in enumerate(keys):
        plan.add(
            f"""SELECT rowid >> {SHIFT} AS doc, CASE WHEN key = :k{n} THEN {EXACT} ELSE {PREFIX} END AS score, 'names' AS field
                FROM search_keys WHERE key >= :k{n} AND key < :khi{n} AND cls = {KEY_NAME}""",  # noqa: S608 - placeholders and constants only
            **{f"k{n}": key, f"khi{n}": key + _HIGHEST},
        )


def _typo_words(db: Database, word: str) -> list[str]:
    forms = sorted(deletions(word))
    rows = db.execute(
        f"SELECT DISTINCT word FROM search_typo WHERE variant IN ({','.join('?' * len(forms))})", forms  # noqa: S608 - placeholders and constants only
    ).fetchall()
    return sorted(w for (w,) in rows if one_edit_apart(word, w))[:_TYPO_WORDS]


def keys_plan(needle: str) -> _Plan:
    """The branches that find `needle` (already normalised) as a whole name or the start of one."""
    plan = _Plan()
    keys = list(dict.fromkeys([needle, compact(needle)]))
    _key_branches(plan, [k for k in keys if k])
    return plan


def _any_of(groups: list[list[str]]) -> str:
    """An FTS5 query for texts holding all the trigrams of any one group."""
    return " OR ".join("(" + " AND ".join(_phrase(g) for g in group) + ")" for group in groups)


def plan_for(db: Database, needle: str) -> _Plan:
    """The branches that find `needle` (already normalised) by every route that applies to it.

    Substrings are found from the rarest trigrams of the needle (app/search/grams.py), then checked whole.
    """
    plan = keys_plan(needle)
    if len(needle) >= 3:
        (rare,) = grams.rarest(db, [needle])
        if rare:
            plan.add(
                f"""SELECT rowid >> {SHIFT}, CASE WHEN weight > 0 THEN weight WHEN text = :q THEN {EXACT}
                           WHEN substr(text, 1, :qlen) = :q THEN {PREFIX} ELSE {PART} END, field
                    FROM search_fts WHERE search_fts MATCH :grams AND instr(text, :q) > 0""",  # noqa: S608 - placeholders and constants only
                q=needle, qlen=len(needle), grams=_any_of([rare]),
            )
    else:
        plan.add(
            f"""SELECT rowid >> {SHIFT}, CASE WHEN cls = {KEY_GRAM_INSIDE} THEN {PART} ELSE {PREFIX} END, 'names'
                FROM search_keys WHERE key = :gram AND cls > {KEY_NAME}""",  # noqa: S608 - placeholders and constants only
            gram=needle,
        )
    if eligible(needle):
        corrections = _typo_words(db, needle)
        rare_words = [(word, rare) for word, rare in zip(corrections, grams.rarest(db, corrections), strict=True)
                      if rare]
        if rare_words:
            holds = " OR ".join(f"instr(text, :t{n}) > 0" for n in range(len(rare_words)))
            plan.add(
                f"""SELECT rowid >> {SHIFT}, {TYPO}, field FROM search_fts
                    WHERE search_fts MATCH :typo AND field IN ('names', 'pinyin') AND ({holds})""",  # noqa: S608 - placeholders and constants only
                typo=_any_of([rare for _, rare in rare_words]), **{f"t{n}": word for n, (word, _) in enumerate(rare_words)},
            )
    return plan


def search(db: Database, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
    """The best `limit` records for `query`, best first."""
    if len(query) > MAX_QUERY_CHARS:
        raise BadInput(f"A search may be at most {MAX_QUERY_CHARS} characters long; shorten it.")
    needle = normalise(query)
    if not needle:
        return []
    if _names_reach(db, needle, limit):
        hits = _run(db, keys_plan(needle), kind, limit)
        if len(hits) == limit:
            return hits
    return _run(db, plan_for(db, needle), kind, limit)


def _names_reach(db: Database, needle: str, limit: int) -> bool:
    """Whether `limit` records (of any kind) have a name that is or starts with `needle`: a cheap look at the keys."""
    plan = keys_plan(needle)
    found = db.execute(
        f"SELECT count(*) FROM (SELECT DISTINCT doc FROM ({' UNION ALL '.join(plan.branches)}) LIMIT :limit)",  # noqa: S608 - branches are fixed SQL
        {**plan.params, "limit": limit},
    ).fetchone()[0]
    return int(found) >= limit


def _run(db: Database, plan: _Plan, kind: str | None, limit: int) -> list[Hit]:
    """The best `limit` records the plan's branches find, best first."""
    rows = db.execute(
        f"""SELECT t.record_id, t.kind, r.display_name, t.score, t.field FROM (
                SELECT d.record_id, d.kind, max(h.score) AS score, h.field, d.held, d.version
                FROM ({" UNION ALL ".join(plan.branches)}) AS h JOIN search_docs d ON d.doc = h.doc
                WHERE :kind IS NULL OR d.kind = :kind
                GROUP BY h.doc ORDER BY score DESC, d.held DESC, d.version DESC LIMIT :limit
            ) AS t JOIN records r ON r.id = t.record_id
            ORDER BY t.score DESC, t.held DESC, t.version DESC""",  # noqa: S608 - branches are fixed SQL
        {**plan.params, "kind": kind, "limit": limit},
    ).fetchall()
    return [Hit(r[0], r[1], r[2], float(r[3]), _field_name(r[4])) for r in rows]


def _field_name(field: str) -> str:
    """The record field that matched: a pinyin reading is a reading of a name."""
    return "names" if field == "pinyin" else field
