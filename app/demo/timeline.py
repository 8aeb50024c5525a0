"""Synthetic cases: plausible detention timelines with partial dates, and what was done about them.

A scenario is a list of steps, each a number of days after the previous one;
the steps are placed in time backwards from today, so every date is in the
past (a scheduled hearing may be ahead), and a person's cases follow each
other without overlapping. An ongoing case stops while its person is still
deprived of liberty.
"""

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.demo import words as W
from app.demo.people import Persona, region_cities
from app.records import vocab
from app.records.status import status_after


@dataclass
class Step:
    """One event of a scenario: its type, the days since the previous step, and extra fields."""

    type: str
    gap: int
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What a scenario's wording draws on."""

    rng: random.Random
    persona: Persona
    charge: tuple[str, str]
    authority: str
    city: str

    def facility(self, kind: str) -> str:
        return self.rng.choice(W.FACILITIES[kind]).format(city=self.city, n=self.rng.randrange(1, 5))

    def text(self, wording: str, **extra: Any) -> str:
        they, them = ("she", "her") if self.persona.sex == "female" else ("he", "him")
        template = self.rng.choice(W.EVENT_DESCRIPTIONS[wording])
        return template.format(they=they, them=them, charge=self.charge[0], facility=self.facility("prison"),
                               years=extra.get("years", 3), days=extra.get("days", 10), authority=self.authority)


def detention(ctx: Context, kind: str, gap: int, *, known: bool = True, access: str = "denied") -> Step:
    facility_kind = "hong_kong" if ctx.persona.group == "hong_kong" and kind == "criminal" else kind
    details = {"kind": kind, "facility": ctx.facility(facility_kind), "whereabouts_known": known,
               "family_notified": known and ctx.rng.random() < 0.6, "lawyer_access": access}
    if ctx.rng.random() < 0.2:
        details["health"] = ctx.rng.choice(W.MEDICAL_NEEDS)
    days = ctx.rng.randrange(5, 16)
    description = ctx.rng.choice(W.DETENTION_DESCRIPTIONS[kind]).format(authority=ctx.authority, days=days)
    return Step("detained", gap, {"detention": details, "description": description, "_days": days})


def plain(ctx: Context, wording: str, gap: int, **extra: Any) -> Step:
    """An event of the type `wording` names (`released_after_term` is a release), described from the word lists."""
    event_type = "released" if wording == "released_after_term" else wording
    return Step(event_type, gap, {"description": ctx.text(wording, **extra)})


def _trial(ctx: Context, steps: list[Step]) -> None:
    """Indictment, one or two hearings, sentence, release after the term, exit ban."""
    r = ctx.rng
    years = r.choice((1, 2, 3, 3, 4, 5, 7, 10))
    steps.append(plain(ctx, "indicted", r.randrange(60, 300)))
    if r.random() < 0.4:
        steps.append(plain(ctx, "hearing", r.randrange(30, 200)))
    steps.append(plain(ctx, "hearing", r.randrange(30, 200)))
    steps.append(Step("sentenced", r.randrange(10, 150), {"description": ctx.text("sentenced", years=years)}))
    if r.random() < 0.3:
        steps.append(plain(ctx, "health_concern", r.randrange(60, 400)))
    steps.append(plain(ctx, "released_after_term", max(30, years * 365 - sum(s.gap for s in steps[-2:]))))
    steps.append(plain(ctx, "travel_ban", r.randrange(5, 90)))


def criminal(ctx: Context) -> list[Step]:
    r = ctx.rng
    steps = [detention(ctx, "criminal", 0), plain(ctx, "lawyer_access_denied", r.randrange(2, 20)),
             plain(ctx, "formally_arrested", r.randrange(15, 30))]
    if r.random() < 0.5:
        steps.append(plain(ctx, "lawyer_visit", r.randrange(20, 120)))
    _trial(ctx, steps)
    return steps


def rsdl(ctx: Context) -> list[Step]:
    r = ctx.rng
    steps = [detention(ctx, "rsdl", 0, known=False), plain(ctx, "lawyer_access_denied", r.randrange(3, 30))]
    if r.random() < 0.3:
        steps.append(Step("other", r.randrange(20, 90), {"description": "Shown in a televised 'confession'."}))
    steps.append(detention(ctx, "criminal", r.randrange(60, 180), known=True))
    steps[-1].fields["description"] = "Moved from RSDL into criminal detention; family told months later."
    steps.append(plain(ctx, "formally_arrested", r.randrange(10, 37)))
    _trial(ctx, steps)
    return steps


def disappearance(ctx: Context) -> list[Step]:
    r = ctx.rng
    camp = ctx.persona.group in ("uyghur", "kazakh")
    steps = [plain(ctx, "disappeared", 0)]
    steps.append(detention(ctx, "re_education_camp" if camp else "criminal", r.randrange(30, 400), known=True,
                           access="unknown"))
    steps[-1].fields["confidence"] = "probable"
    if r.random() < 0.5:
        steps.append(plain(ctx, "health_concern", r.randrange(60, 300)))
    years = r.choice((5, 7, 10, 15, 20))
    steps.append(Step("sentenced", r.randrange(100, 700), {"description": ctx.text("sentenced", years=years),
                                                             "confidence": "unconfirmed"}))
    steps.append(plain(ctx, "transferred", r.randrange(30, 200)))
    steps.append(plain(ctx, "released_after_term", years * 365))
    return steps


def administrative(ctx: Context) -> list[Step]:
    r = ctx.rng
    kind = r.choice(("administrative", "administrative", "black_jail", "psychiatric"))
    steps = [detention(ctx, kind, 0, access="unknown")]
    days = steps[0].fields["_days"] if kind == "administrative" else r.randrange(10, 200)
    steps.append(plain(ctx, "released", days))
    steps.append(Step("other", r.randrange(20, 200), {"description": "Summoned to 'drink tea' with state security."}))
    if r.random() < 0.6:
        steps.append(plain(ctx, "travel_ban", r.randrange(30, 300)))
    return steps


def hong_kong(ctx: Context) -> list[Step]:
    r = ctx.rng
    years = r.choice((1, 2, 4, 5, 6, 10))
    return [detention(ctx, "criminal", 0, access="granted"), plain(ctx, "charged", r.randrange(1, 3)),
            Step("hearing", r.randrange(1, 5), {"description": "Bail denied under the National Security Law."}),
            plain(ctx, "hearing", r.randrange(200, 700)),
            Step("sentenced", r.randrange(30, 200), {"description": ctx.text("sentenced", years=years)}),
            plain(ctx, "released_after_term", max(100, years * 300))]


def harassment(ctx: Context) -> list[Step]:
    r = ctx.rng
    steps = [Step("other", 0, {"description": "Summoned to 'drink tea' with state security."}),
             plain(ctx, "travel_ban", r.randrange(20, 300))]
    if "lawyer" in ctx.persona.roles:
        steps.append(Step("other", r.randrange(30, 300), {"description": "Lawyer's licence revoked by the Bureau of Justice."}))
    return steps


SCENARIOS: dict[str, tuple[Callable[[Context], list[Step]], tuple[str, ...]]] = {
    "criminal": (criminal, ("detention", "prosecution")),
    "rsdl": (rsdl, ("detention", "enforced_disappearance")),
    "disappearance": (disappearance, ("enforced_disappearance",)),
    "administrative": (administrative, ("detention", "harassment")),
    "hong_kong": (hong_kong, ("prosecution", "detention")),
    "harassment": (harassment, ("harassment", "travel_ban", "surveillance")),
}
WEIGHTS = {
    "han": {"criminal": 4, "rsdl": 2, "administrative": 3, "harassment": 2},
    "hong_kong": {"hong_kong": 4, "harassment": 1},
    "uyghur": {"disappearance": 4, "criminal": 1, "harassment": 1},
    "kazakh": {"disappearance": 3, "harassment": 1},
    "tibetan": {"criminal": 2, "disappearance": 2, "administrative": 2},
    "vietnamese": {"criminal": 3, "harassment": 1},
    "spanish": {"administrative": 2, "harassment": 2},
}
REGION_OF_GROUP = {"hong_kong": "hong_kong", "uyghur": "xinjiang", "kazakh": "xinjiang", "tibetan": "tibet", "vietnamese": "vietnam"}


def deprived_cut(steps: list[Step]) -> int:
    """Index of the last step before which the person is still held, chosen late in the scenario."""
    status: str | None = None
    held: list[int] = []
    for i, step in enumerate(steps):
        status = status_after({"type": step.type, "detention": step.fields.get("detention")}, status)
        if status in vocab.DEPRIVED_OF_LIBERTY:
            held.append(i)
    return held[-1] if held else 0


@dataclass
class CasePlan:
    """A scenario placed in time: its case type and (date, step) pairs."""

    scenario: str
    case_type: str
    ctx: Context
    dated: list[tuple[dt.date, Step]]
    ongoing: bool


def plan_cases(rng: random.Random, persona: Persona, count: int, ongoing: bool, today: dt.date,
               scenario: str | None = None) -> list[CasePlan]:
    """`count` cases in chronological order, the last one still running if `ongoing`."""
    plans: list[CasePlan] = []
    end = today - dt.timedelta(days=rng.randrange(0, 40) if ongoing else rng.randrange(60, 1500))
    for index in range(count):
        live = ongoing and index == 0
        weights = {k: w for k, w in WEIGHTS[persona.group].items() if not (live and k == "harassment")}
        name = scenario or rng.choices(list(weights), list(weights.values()))[0]
        build, case_types = SCENARIOS[name]
        region = REGION_OF_GROUP.get(persona.group, "mainland")
        city = rng.choice(region_cities(persona.group))[0] if rng.random() < 0.4 else persona.city[0]
        authority = rng.choice(W.AUTHORITIES["hong_kong" if region == "hong_kong" else "vietnam" if region == "vietnam"
                                             else "mainland"]).format(city=city)
        ctx = Context(rng, persona, rng.choice(W.CHARGES[region]), authority, city)
        steps = build(ctx)
        if live:
            steps = steps[: deprived_cut(steps) + 1]
        day = end
        dated: list[tuple[dt.date, Step]] = []
        for step in reversed(steps):
            dated.append((day, step))
            day -= dt.timedelta(days=max(1, step.gap))
        dated.reverse()
        if dated[0][0].year < 2005:
            break
        plans.append(CasePlan(name, rng.choice(case_types), ctx, dated, live))
        end = dated[0][0] - dt.timedelta(days=rng.randrange(90, 1200))
    plans.reverse()
    return plans


def render_date(rng: random.Random, day: dt.date, after: dt.date | None) -> tuple[str, dt.date]:
    """The date as a caseworker might know it, and the first day it can mean.

    Usually exact, sometimes only the month or the year, or approximate; a
    coarser form is used only if it still sorts strictly after `after`, so
    timelines stay in order.
    """
    roll = rng.random()
    exact = (f"~{day.isoformat()}" if roll < 0.05 else day.isoformat(), day)
    if roll > 0.97:
        coarse = (f"~{day.year}", dt.date(day.year, 1, 1))
    elif roll > 0.85:
        coarse = (f"{day.year}-{day.month:02d}", day.replace(day=1))
    else:
        return exact
    return coarse if after is None or coarse[1] > after else exact


def case_fields(plan: CasePlan, people: list[dict[str, str]], today: dt.date) -> dict[str, Any]:
    ctx, rng = plan.ctx, plan.ctx.rng
    first = plan.dated[0][0]
    phrase = vocab.label(vocab.CASE_TYPES, plan.case_type)
    status = "open" if plan.ongoing else "monitoring" if (today - plan.dated[-1][0]).days < 730 else "closed"
    fields: dict[str, Any] = {
        "title": f"{ctx.persona.latin_name}: {phrase}, {ctx.city} {first.year}",
        "type": plan.case_type,
        "status": status,
        "people": people,
        "authorities": [ctx.authority],
        "location": ctx.city,
        "tags": [plan.scenario.replace("_", " ")],
    }
    if plan.scenario not in ("harassment", "administrative"):
        fields["charges"] = [{"charge": ctx.charge[0], "article": ctx.charge[1]}]
    if rng.random() < 0.5:
        fields["sources"] = [source(rng, first)]
    if plan.ongoing:
        fields["checklist"] = [{"item": item, "done": done} | ({"date": first.isoformat()} if done else {})
                               for item in vocab.CHECKLIST_DEFAULT for done in [rng.random() < 0.6]]
    return fields


def source(rng: random.Random, day: dt.date) -> dict[str, Any]:
    return {"description": rng.choice(W.SOURCE_DESCRIPTIONS), "reliability": rng.choice("ABBCCF"),
            "credibility": rng.choice("112236"), "internal": rng.random() < 0.8, "date": day.isoformat()}


def event_fields(plan: CasePlan, step: Step, date_text: str, day: dt.date, case_id: str) -> dict[str, Any]:
    rng, ctx = plan.ctx.rng, plan.ctx
    fields: dict[str, Any] = {"case": case_id, "person": ctx.persona.id, "date": date_text, "type": step.type,
                              "place": ctx.city, "confidence": step.fields.get("confidence", rng.choice(("confirmed", "confirmed", "probable")))}
    for key in ("description", "detention"):
        if key in step.fields:
            fields[key] = step.fields[key]
    if rng.random() < 0.25:
        fields["sources"] = [source(rng, day)]
    return fields


def intervention_fields(plan: CasePlan, case_id: str, consent_scope: str, has_lawyer: bool, today: dt.date,
                        ) -> list[dict[str, Any]]:
    """What was done about a detention: lawyer, UN urgent appeal, statements, démarches."""
    rng = plan.ctx.rng
    start = plan.dated[0][0]
    priority = "urgent" if plan.ongoing else rng.choice(("normal", "high"))
    wanted: list[tuple[str, str, int]] = []
    if has_lawyer:
        wanted.append(("lawyer_engaged", "family's lawyer", rng.randrange(1, 10)))
    if plan.scenario in ("criminal", "rsdl", "disappearance", "hong_kong"):
        wanted.append(("un_urgent_appeal", rng.choice(W.UN_ADDRESSEES), rng.randrange(10, 90)))
        if consent_scope == "public_advocacy":
            wanted.append(("public_statement", "public", rng.randrange(3, 60)))
        if rng.random() < 0.4:
            wanted.append(("embassy_demarche", rng.choice(W.GOVERNMENT_ADDRESSEES), rng.randrange(20, 120)))
        if rng.random() < 0.3:
            wanted.append(("letter_to_authorities", plan.ctx.authority, rng.randrange(5, 60)))
    if plan.scenario == "administrative" and rng.random() < 0.5:
        wanted.append(("family_support", "family", rng.randrange(1, 30)))
    result: list[dict[str, Any]] = []
    for kind, addressee, offset in wanted:
        day = start + dt.timedelta(days=offset)
        fields: dict[str, Any] = {"case": case_id, "type": kind, "addressee": addressee, "priority": priority}
        if day > today:
            fields["status"] = "planned"
        else:
            fields["date"] = day.isoformat()
            fields["status"] = rng.choice(("sent", "acknowledged", "answered", "closed"))
            if fields["status"] in ("answered", "closed"):
                fields["response"] = rng.choice(W.INTERVENTION_RESPONSES)
        result.append(fields)
    return result
