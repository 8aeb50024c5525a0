"""Streaming generation of a whole synthetic caseload, and writing it into a vault batch by batch.

Records come in batches of about BATCH_PEOPLE people with everything that
belongs to them (relatives, cases, events, interventions, links), so that
100,000 people never sit in memory at once and each batch is one
transaction: cancelling leaves complete batches only. Ids are drawn from the
seeded generator too, so the same seed gives the same vault contents.
"""

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from app.demo import people as P
from app.demo import timeline as T
from app.demo import words as W
from app.records.change import Change
from app.store import Repository
from app.store.bulk import BulkWrite

BATCH_PEOPLE = 100
REFERENCE_DAY = dt.date(2026, 11, 1)
ONGOING_SHARE = 0.06  # of defenders; with relatives counted, about 5% of people are held now
RELATIVE_SHARE = 0.18
IN_EXILE_SHARE = 0.05
LAWYER_POOL = 300
COLLEAGUE_POOL = 50
COLLEAGUE_SHARE = 0.1
_ID_EPOCH_MS = 1_600_000_000_000


@dataclass
class DemoCounts:
    """How many records of each kind were generated or written."""

    people: int = 0
    organisations: int = 0
    cases: int = 0
    events: int = 0
    interventions: int = 0
    links: int = 0

    def add(self, batch: list[Change]) -> None:
        plural = {"person": "people", "organisation": "organisations", "case": "cases", "event": "events",
                  "intervention": "interventions", "link": "links"}
        for change in batch:
            name = plural[change.kind]
            setattr(self, name, getattr(self, name) + 1)

    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


class _Ids:
    """UUIDv7-shaped ids from the seeded generator: time-ordered like real ones, but reproducible."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ms = _ID_EPOCH_MS

    def __call__(self) -> str:
        self.ms += 1
        value = (self.ms << 80) | (0x7 << 76) | (self.rng.getrandbits(12) << 64) | (0b10 << 62) | self.rng.getrandbits(62)
        return str(uuid.UUID(int=value))


class _Generator:
    """The state carried between batches: ids, organisations and lawyers to link to."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)  # noqa: S311 -- synthetic data, not secrets
        self.new_id = _Ids(random.Random(seed ^ 0x5EED))  # noqa: S311 -- reproducible ids, not secrets
        self.today = today
        self.organisations: list[str] = []
        self.lawyers: list[tuple[str, str]] = []
        self.recent: dict[str, list[str]] = {}

    # -- organisations ---------------------------------------------------------

    def organisation(self, index: int) -> Change:
        rng, words = self.rng, W.ORG_WORDS
        kind = rng.choice(("ngo", "ngo", "law_firm", "religious_community", "media", "university", "diaspora"))
        city_en, city_han = rng.choice(W.MAINLAND_CITIES)
        if kind == "law_firm":
            han, latin = rng.choice(W.LAW_FIRM_WORDS)
            names = [f"{city_han}{han}律师事务所", f"{city_en} {latin} Law Firm"]
        elif kind == "religious_community":
            han, latin = rng.choice(W.CHURCH_WORDS)
            names = [f"{city_han}{han}教会", f"{city_en} {latin} Church"]
        elif kind == "university":
            names = [f"{city_en} University of Political Science and Law"]
        elif kind == "media":
            names = [f"The {city_en} {rng.choice(words['media'])}"]
        elif kind == "diaspora":
            city_en = rng.choice(W.EXILE_CITIES)
            names = [f"{rng.choice(('Uyghur', 'Tibetan', 'Kazakh', 'Chinese'))} {rng.choice(words['diaspora'])} of {city_en}"]
        else:
            names = [f"{rng.choice(words['ngo_first'])} {rng.choice(words['ngo_second'])}"]
        org_type = {"diaspora": "ngo"}.get(kind, kind)
        change = Change("organisation", {"names": names, "type": org_type, "places": [city_en],
                                         "notes": f"Synthetic organisation no. {index + 1}."}, id=self.new_id())
        self.organisations.append(str(change.id))
        return change

    # -- people ----------------------------------------------------------------

    def persona(self, group: str, sex: str, roles: list[str], names: list[dict[str, str]], birth_year: int) -> P.Persona:
        city = self.rng.choice(P.region_cities(group))
        person_id = self.new_id()
        fields_ = P.person_fields(self.rng, group, sex, roles, names, city, birth_year)
        return P.Persona(person_id, group, sex, roles, P.latin_of(names), city, fields_)

    def defender(self) -> P.Persona:
        rng = self.rng
        group = P.pick_group(rng)
        roles = [rng.choice(P.ROLES[group])]
        if rng.random() < 0.15:
            extra = rng.choice(("activist", "scholar", "journalist"))
            roles += [] if extra in roles else [extra]
        sex = rng.choices(("male", "female"), (6, 4))[0]
        persona = self.persona(group, sex, roles, P.names_for(rng, group, sex), rng.randrange(1950, 2001))
        if persona.fields["occupation"] == "Buddhist nun":
            persona.sex = persona.fields["sex"] = "female"
        elif persona.fields["occupation"] in ("Buddhist monk", "imam"):
            persona.sex = persona.fields["sex"] = "male"
        return persona

    def relative(self, of: P.Persona) -> tuple[P.Persona, str]:
        rng = self.rng
        sex = rng.choice(("male", "female"))
        relation = rng.choice(W.RELATIONS[sex])
        names = P.relative_names(rng, of, sex, relation)
        birth = of.fields["birth_date"].lstrip("~")[:4]
        offset = {"son": 28, "daughter": 28, "father": -28, "mother": -26}.get(relation, rng.randrange(-6, 7))
        persona = self.persona(of.group, sex, ["family_member"], names, min(2008, int(birth) + offset))
        persona.city = of.city
        persona.fields["places"] = list(of.fields["places"])
        return persona, relation

    # -- one defender with everything around them ------------------------------

    def unit(self, allow_relative: bool) -> list[Change]:
        """A defender, perhaps a relative, their lawyer link, cases, events, interventions and links."""
        rng = self.rng
        person = self.defender()
        changes: list[Change] = []
        relative: tuple[P.Persona, str] | None = self.relative(person) if rng.random() < RELATIVE_SHARE and allow_relative else None
        lawyer = rng.choice(self.lawyers) if self.lawyers and rng.random() < 0.7 else None
        ongoing = rng.random() < ONGOING_SHARE
        count = 1 if ongoing and rng.random() < 0.6 else rng.choices((1, 2, 3, 4), (30, 40, 20, 10))[0]
        plans = T.plan_cases(rng, person, count, ongoing, self.today)

        recent = bool(plans) and (self.today - plans[-1].dated[-1][0]).days < 1000
        person.fields["risk"] = (rng.choice(("high", "critical")) if ongoing
                                 else rng.choice(("medium", "high")) if recent else rng.choice(("low", "medium")))
        if not ongoing and rng.random() < IN_EXILE_SHARE:
            person.fields["status"] = "in_exile"
            person.fields["places"].append(rng.choice(W.EXILE_CITIES))
        rel_text = None
        if relative is not None:
            who = relative[0].fields["names"][0]["value"]
            rel_text = f"{relative[1]}, {who} (Signal)"
        person.fields["emergency"] = P.emergency_sheet(rng, rel_text, lawyer[1] if lawyer else None)
        changes.append(Change("person", person.fields, id=person.id))
        if "lawyer" in person.roles:
            self.lawyers = [*self.lawyers[-LAWYER_POOL + 1:], (person.id, person.latin_name)]

        if relative is not None:
            rel, relation = relative
            rel.fields["risk"] = rng.choice(("low", "medium", "high"))
            changes.append(Change("person", rel.fields, id=rel.id))
            changes.append(self.link(rel.id, person.id, "family_of", relation))
            if rng.random() < 0.3:
                rel_plans = T.plan_cases(rng, rel, 1, False, self.today, scenario=rng.choice(("harassment", "administrative")))
                for plan in rel_plans:
                    plan.case_type = "reprisal_against_family"
                changes += self.cases(rel_plans, rel, [{"person": person.id, "role": "family"}], has_lawyer=False)

        others: list[dict[str, str]] = []
        if lawyer is not None:
            others.append({"person": lawyer[0], "role": "lawyer"})
            changes.append(self.link(lawyer[0], person.id, "lawyer_of", None))
        if relative is not None:
            others.append({"person": relative[0].id, "role": "family"})
        changes += self.cases(plans, person, others, has_lawyer=lawyer is not None)
        if self.organisations and rng.random() < 0.5:
            changes.append(self.link(person.id, rng.choice(self.organisations), "member_of", None))
        peers = self.recent.setdefault(person.group, [])
        if peers and rng.random() < COLLEAGUE_SHARE:
            changes.append(self.link(person.id, rng.choice(peers), "colleague_of", None))
        self.recent[person.group] = [*peers[-COLLEAGUE_POOL + 1:], person.id]
        return changes

    def link(self, src: str, dst: str, link_type: str, note: str | None) -> Change:
        fields_: dict[str, Any] = {"from": src, "to": dst, "type": link_type}
        if note:
            fields_["note"] = note
        return Change("link", fields_, id=self.new_id())

    def cases(self, plans: list[T.CasePlan], person: P.Persona, others: list[dict[str, str]], has_lawyer: bool) -> list[Change]:
        changes: list[Change] = []
        last: dt.date | None = None
        scope = person.fields["consent"]["scope"]
        for plan in plans:
            case_id = self.new_id()
            people = [{"person": person.id, "role": "defender"}, *others]
            changes.append(Change("case", T.case_fields(plan, people, self.today), id=case_id))
            for day, step in plan.dated:
                text, last = T.render_date(self.rng, day, last)
                changes.append(Change("event", T.event_fields(plan, step, text, day, case_id), id=self.new_id()))
            changes += [Change("intervention", f, id=self.new_id())
                        for f in T.intervention_fields(plan, case_id, scope, has_lawyer, self.today)]
        return changes


def generate(people: int, seed: int, *, today: dt.date = REFERENCE_DAY) -> Iterator[list[Change]]:
    """Batches of changes making `people` synthetic people (relatives included) and their cases.

    The first batches hold the organisations; each later batch holds about
    BATCH_PEOPLE people with their records, referring only to itself and to
    earlier batches.
    """
    gen = _Generator(seed, today)
    organisations = max(3, people // 25)
    for start in range(0, organisations, BATCH_PEOPLE * 5):
        yield [gen.organisation(i) for i in range(start, min(organisations, start + BATCH_PEOPLE * 5))]
    made = 0
    while made < people:
        batch: list[Change] = []
        in_batch = 0
        while in_batch < BATCH_PEOPLE and made + in_batch < people:
            unit = gen.unit(allow_relative=made + in_batch + 2 <= people)
            batch += unit
            in_batch += sum(1 for c in unit if c.kind == "person")
        made += in_batch
        yield batch


Progress = Callable[[int, int], None]


def populate(repo: Repository, people: int, seed: int, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, *, today: dt.date = REFERENCE_DAY) -> DemoCounts:
    """Write the generated records into `repo`, one transaction per batch.

    `progress(done, total)` is called after each batch with people written so
    far; when `cancelled()` turns true, the batches already written stay and
    nothing more is written.
    """
    counts = DemoCounts()
    if progress is not None:
        progress(0, people)
    for batch in BulkWrite(repo, note="synthetic demo data").write(generate(people, seed, today=today)):
        counts.add(batch)
        if progress is not None:
            progress(counts.people, people)
        if cancelled is not None and cancelled():
            break
    return counts
