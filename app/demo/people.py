"""Synthetic people: names in the scripts their communities use, roles, contacts, consent, emergency sheet.

A person belongs to a group (Han mainland, Hong Kong, Uyghur, Tibetan,
Kazakh, Vietnamese, Spanish); the group decides the names, places, charges
and authorities that make their record plausible.
"""

import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from app.demo import names as N
from app.demo import words as W

# Share of people in each group, and the roles a person of that group may hold.
GROUPS = (("han", 0.6), ("hong_kong", 0.06), ("uyghur", 0.14), ("tibetan", 0.1), ("kazakh", 0.03),
          ("vietnamese", 0.04), ("spanish", 0.03))
ROLES = {
    "han": ("lawyer", "lawyer", "journalist", "activist", "activist", "scholar", "religious_leader"),
    "hong_kong": ("journalist", "activist", "lawyer", "scholar"),
    "uyghur": ("scholar", "community_leader", "religious_leader", "journalist", "activist"),
    "tibetan": ("religious_leader", "religious_leader", "community_leader", "activist", "scholar"),
    "kazakh": ("community_leader", "activist"),
    "vietnamese": ("journalist", "activist", "lawyer"),
    "spanish": ("journalist", "scholar", "lawyer"),
}
REGION = {"han": "mainland", "hong_kong": "hong_kong", "uyghur": "xinjiang", "tibetan": "tibet", "kazakh": "xinjiang",
          "vietnamese": "vietnam", "spanish": "mainland"}
NATIONALITY = {"han": "Chinese", "hong_kong": "Chinese (Hong Kong)", "uyghur": "Chinese", "tibetan": "Chinese",
               "kazakh": "Chinese", "vietnamese": "Vietnamese", "spanish": "Spanish"}


@dataclass
class Persona:
    """What the timeline needs to know about a generated person."""

    id: str
    group: str
    sex: str
    roles: list[str]
    latin_name: str
    city: tuple[str, str]
    fields: dict[str, Any]


def pick_group(rng: random.Random) -> str:
    return rng.choices([g for g, _ in GROUPS], [w for _, w in GROUPS])[0]


def region_cities(group: str) -> tuple[tuple[str, str], ...]:
    return {"uyghur": W.XINJIANG_CITIES, "kazakh": W.XINJIANG_CITIES, "tibetan": W.TIBETAN_PLACES,
            "hong_kong": W.HONG_KONG_PLACES, "vietnamese": tuple((c, c) for c in W.VIETNAM_CITIES)}.get(group, W.MAINLAND_CITIES)


def _name(value: str, script: str, kind: str) -> dict[str, str]:
    return {"value": value, "script": script, "kind": kind}


def strip_tones(pinyin: str) -> str:
    """`lǚ` -> `lü`: tone marks removed, the diaeresis kept."""
    decomposed = unicodedata.normalize("NFD", pinyin)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0308")
    return unicodedata.normalize("NFC", kept)


def join_syllables(syllables: list[str]) -> str:
    """Pinyin of a given name: syllables joined, an apostrophe before a vowel-initial one (Xī'ān)."""
    text = syllables[0]
    for syllable in syllables[1:]:
        text += ("'" if strip_tones(syllable)[0] in "aoe" else "") + syllable
    return text.capitalize()


def han_names(rng: random.Random, surname: tuple[str, str, str] | None = None) -> list[dict[str, str]]:
    """Simplified primary name, pinyin with and without tones, sometimes Traditional, ü-spellings and a pen name."""
    while True:
        sur = surname or rng.choice(N.HAN_SURNAMES)
        given = rng.sample(N.HAN_GIVEN, rng.choices((1, 2), (35, 65))[0])
        simplified = sur[0] + "".join(g[0] for g in given)
        if simplified not in N.EXCLUDED:
            break
    traditional = sur[1] + "".join(g[1] for g in given)
    toned = f"{sur[2].capitalize()} {join_syllables([g[2] for g in given])}"
    plain = strip_tones(toned)
    result = [_name(simplified, "Hans", "primary"), _name(plain, "Latn", "romanised")]
    if rng.random() < 0.5:
        result.append(_name(toned, "Latn", "romanised"))
    if "ü" in plain:
        result += [_name(plain.replace("ü", "v"), "Latn", "alias"), _name(plain.replace("ü", "u"), "Latn", "alias")]
    if traditional != simplified and rng.random() < 0.3:
        result.append(_name(traditional, "Hant", "alias"))
    if rng.random() < 0.12:
        result.append(_name(rng.choice(N.HAN_PEN_NAMES), "Hans", "alias"))
    return result


def hong_kong_names(rng: random.Random, sex: str) -> list[dict[str, str]]:
    sur = rng.choice(N.HK_SURNAMES)
    given = rng.sample(N.HK_GIVEN, 2)
    native = sur[0] + given[0][0] + given[1][0]
    cantonese = f"{sur[1]} {given[0][1]}-{given[1][1].lower()}"
    result = [_name(native, "Hant", "primary"), _name(cantonese, "Latn", "romanised")]
    if rng.random() < 0.7:
        result.append(_name(f"{rng.choice(N.ENGLISH_GIVEN[sex])} {sur[1]}", "Latn", "alias"))
    return result


def _uyghur_or_tibetan(parts: list[tuple[str, str, str, str, str]], rng: random.Random, joiner: str, han_joiner: str,
                       ) -> list[dict[str, str]]:
    script = "Arab" if joiner == " " else "Tibt"
    common = " ".join(p[1] for p in parts)
    result = [_name(joiner.join(p[0] for p in parts), script, "primary"), _name(common, "Latn", "romanised")]
    other = " ".join(p[2] for p in parts)
    if other != common:
        result.append(_name(other, "Latn", "romanised"))
    if rng.random() < 0.6:
        result.append(_name(" ".join(p[3] for p in parts), "Latn", "alias"))
        result.append(_name(han_joiner.join(p[4] for p in parts), "Hans", "alias"))
    return result


def uyghur_names(rng: random.Random, sex: str, father: tuple[str, str, str, str, str] | None = None) -> list[dict[str, str]]:
    """Given name plus the father's given name: no family surname."""
    given = rng.choice(N.UYGHUR_GIVEN[sex])
    return _uyghur_or_tibetan([given, father or rng.choice(N.UYGHUR_GIVEN["male"])], rng, " ", "·")


def tibetan_names(rng: random.Random, sex: str) -> list[dict[str, str]]:
    first = rng.choice(N.TIBETAN_NAMES["any"])
    second = rng.choice(N.TIBETAN_NAMES[sex] + N.TIBETAN_NAMES["any"])
    while second == first:
        second = rng.choice(N.TIBETAN_NAMES[sex])
    return _uyghur_or_tibetan([first, second], rng, "་", "")


def kazakh_names(rng: random.Random, sex: str) -> list[dict[str, str]]:
    given = rng.choice(N.KAZAKH_GIVEN[sex])
    father = rng.choice(N.KAZAKH_GIVEN["male"])
    suffix = N.KAZAKH_SURNAME_SUFFIX[sex]
    return [_name(f"{given[0]} {father[0]}{suffix[0]}", "Cyrl", "primary"),
            _name(f"{given[1]} {father[1]}{suffix[1]}", "Latn", "romanised")]


def vietnamese_names(rng: random.Random, sex: str) -> list[dict[str, str]]:
    v = N.VIETNAMESE
    full = f"{rng.choice(v['surnames'])} {rng.choice(v['middle_' + sex])} {rng.choice(v[sex])}"
    return [_name(full, "Latn", "primary"), _name(strip_tones(full).replace("Đ", "D").replace("đ", "d"), "Latn", "alias")]


def spanish_names(rng: random.Random, sex: str) -> list[dict[str, str]]:
    s = N.SPANISH
    first, second = rng.sample(s["surnames"], 2)
    return [_name(f"{rng.choice(s[sex])} {first} {second}", "Latn", "primary")]


def names_for(rng: random.Random, group: str, sex: str) -> list[dict[str, str]]:
    if group == "han":
        return han_names(rng)
    builders = {"hong_kong": hong_kong_names, "uyghur": uyghur_names, "tibetan": tibetan_names, "kazakh": kazakh_names,
                "vietnamese": vietnamese_names, "spanish": spanish_names}
    return builders[group](rng, sex)


def relative_names(rng: random.Random, of: Persona, sex: str, relation: str) -> list[dict[str, str]]:
    """A relative's names: a Han child keeps the surname, a Uyghur child takes the father's name."""
    if of.group == "han" and relation in ("son", "daughter", "brother", "sister"):
        surname = next(s for s in N.HAN_SURNAMES if of.fields["names"][0]["value"].startswith(s[0]))
        return han_names(rng, surname)
    if of.group == "uyghur" and relation in ("son", "daughter") and of.sex == "male":
        given = next((g for g in N.UYGHUR_GIVEN["male"] if of.fields["names"][0]["value"].startswith(g[0] + " ")), None)
        return uyghur_names(rng, sex, given)
    return names_for(rng, of.group, sex)


def latin_of(name_list: list[dict[str, str]]) -> str:
    return next(n["value"] for n in name_list if n["script"] == "Latn")


def _handle(rng: random.Random, latin: str) -> str:
    base = strip_tones(latin).lower().replace(" ", rng.choice(("", ".", "_"))).replace("'", "").replace("-", "")
    return "".join(ch for ch in base if ch.isascii()) + str(rng.randrange(10, 999))


def channels(rng: random.Random, latin: str, at_risk: bool) -> list[dict[str, Any]]:
    """Contact channels with safety markings; numbers in an unassigned range, e-mail at example domains."""
    handle = _handle(rng, latin)
    number = f"+86 100 5550 {rng.randrange(10000):04d}"
    result: list[dict[str, Any]] = [{"type": "signal", "value": number, "safety": "safe", "internal": True}]
    if rng.random() < 0.6:
        result.append({"type": "phone", "value": f"+86 100 5551 {rng.randrange(10000):04d}", "safety": "monitored",
                       "note": "Assume this line is tapped; small talk only."})
    if rng.random() < 0.5:
        result.append({"type": "email", "value": f"{handle}@example.org", "safety": rng.choice(("safe", "monitored"))})
    if rng.random() < 0.45 or at_risk:
        result.append({"type": "wechat", "value": f"wxid_{handle}", "safety": "do_not_use",
                       "note": rng.choice(("Account taken over by police after detention.", "Messages read by security services.",
                                           "Used by police to lure contacts; never reply."))})
    if rng.random() < 0.25:
        result.append({"type": "telegram", "value": f"@{handle}", "safety": "safe"})
    return result


def person_fields(rng: random.Random, group: str, sex: str, roles: list[str], name_list: list[dict[str, str]],
                  city: tuple[str, str], birth_year: int) -> dict[str, Any]:
    """Every field of a person except status and risk, which the timeline decides."""
    role = roles[0]
    latin = latin_of(name_list)
    tags = [*rng.sample(W.TAGS[role], min(2, len(W.TAGS[role]))), *W.GROUP_TAGS[group]]
    fields: dict[str, Any] = {
        "names": name_list,
        "roles": roles,
        "sex": sex,
        "birth_date": rng.choice((str(birth_year), f"~{birth_year}", f"{birth_year}-{rng.randrange(1, 13):02d}",
                                  f"{birth_year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}")),
        "nationality": NATIONALITY[group],
        "occupation": rng.choice(W.RELIGIOUS_OCCUPATIONS.get(group, W.OCCUPATIONS[role]) if role == "religious_leader"
                                 else W.OCCUPATIONS[role]),
        "places": [city[0]],
        "channels": channels(rng, latin, role != "family_member"),
        "consent": {"given_on": f"{rng.randrange(2016, 2026)}-{rng.randrange(1, 13):02d}",
                    "scope": rng.choices(("internal_only", "listed_partners", "public_advocacy"), (3, 4, 3))[0]},
        "notes": rng.choice(W.PERSON_NOTES).format(topic=rng.choice(W.TOPICS)),
        "tags": sorted(set(tags)),
    }
    if rng.random() < 0.3:
        fields["internal_fields"] = ["channels", "emergency"]
    if rng.random() < 0.4:
        fields["sources"] = [{"description": rng.choice(W.SOURCE_DESCRIPTIONS), "reliability": rng.choice("ABBC"),
                              "credibility": rng.choice("1223"), "internal": True}]
    return fields


def emergency_sheet(rng: random.Random, relative: str | None, lawyer: str | None) -> dict[str, str]:
    sheet = {"medical_needs": rng.choice(W.MEDICAL_NEEDS), "prior_instructions": rng.choice(W.PRIOR_INSTRUCTIONS)}
    if relative:
        sheet["who_to_call"] = relative
    if lawyer:
        sheet["lawyer"] = lawyer
    return sheet
