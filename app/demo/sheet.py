"""A large, realistic caseload sheet made from the demo people, for the import benchmark and the tests.

Headers mix Chinese and English as NGO sheets do; dates come in the forms
spreadsheets hold (and, for a workbook, as date cells and serial numbers);
about one row in fifty names again a person from an earlier row, spelled in
another script, as a merged caseload would. Synthetic people only.
"""

import csv
import datetime as dt
import io
import random
from collections.abc import Iterator

from app.demo import people as P
from app.demo import words as W
from app.importing.chinese_labels import DETENTION_KINDS, PERSON_ROLES
from app.importing.table import Cell

HEADERS = ("序号", "姓名", "Name (Latin)", "别名", "性别", "出生日期", "国籍", "职业", "身份", "所在地",
           "拘留日期", "羁押场所", "拘留类型", "罪名", "法条", "组织", "备注")
DETAINED_SHARE = 0.45
REPEAT_SHARE = 0.02
ORGANISATION_SHARE = 0.25
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_KINDS = {"uyghur": ("re_education_camp", "criminal", "administrative"), "kazakh": ("re_education_camp", "criminal")}
_REGION_CHARGES = {"mainland": "mainland", "xinjiang": "xinjiang", "tibet": "tibet", "hong_kong": "hong_kong", "vietnam": "vietnam"}


def demo_rows(count: int, seed: int = 1, *, typed: bool = False) -> Iterator[list[Cell]]:
    """`count` data rows (without the header); `typed` gives date cells and serial numbers as a workbook holds them."""
    rng = random.Random(seed)  # noqa: S311 -- synthetic data, not secrets
    earlier: list[list[Cell]] = []
    for number in range(1, count + 1):
        if earlier and rng.random() < REPEAT_SHARE:
            yield _repeated(rng, rng.choice(earlier), number)
            continue
        row = _person_row(rng, number, typed)
        if len(earlier) < 1000:
            earlier.append(row)
        else:
            earlier[rng.randrange(1000)] = row
        yield row


def demo_sheet_csv(count: int, seed: int = 1) -> bytes:
    """The sheet as CSV bytes (UTF-8 with a BOM, as Excel's "CSV UTF-8" saves it), made in memory."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(demo_rows(count, seed))
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _person_row(rng: random.Random, number: int, typed: bool) -> list[Cell]:
    group = P.pick_group(rng)
    sex = rng.choices(("male", "female"), (6, 4))[0]
    roles = [rng.choice(P.ROLES[group])]
    names = P.names_for(rng, group, sex)
    city = rng.choice(P.region_cities(group))
    fields = P.person_fields(rng, group, sex, roles, names, city, rng.randrange(1950, 2001))
    latin = P.latin_of(names)
    aliases = [n["value"] for n in names[1:] if n["value"] != latin]
    row: list[Cell] = [
        number, names[0]["value"], latin, "; ".join(aliases),
        rng.choice(({"male": "男", "female": "女"}[sex],) * 4 + (sex, sex[0].upper())),
        _written_date(rng, fields["birth_date"]), rng.choice((fields["nationality"], "中国" if fields["nationality"] == "Chinese"
                                                              else fields["nationality"])),
        fields["occupation"], rng.choice((PERSON_ROLES[roles[0]][0], roles[0].replace("_", " "))),
        rng.choice(city) if group != "vietnamese" else city[0],
    ]
    row += _detention(rng, group, city[0], typed) if rng.random() < DETAINED_SHARE else ["", "", "", "", ""]
    organisation = f"{rng.choice(W.ORG_WORDS['ngo_first'])} {rng.choice(W.ORG_WORDS['ngo_second'])}"
    row += [organisation if rng.random() < ORGANISATION_SHARE else "", fields["notes"]]
    return row


def _detention(rng: random.Random, group: str, city: str, typed: bool) -> list[Cell]:
    kind = rng.choice(_KINDS.get(group, ("criminal", "criminal", "rsdl", "administrative", "black_jail")))
    when = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    date: Cell
    if typed and rng.random() < 0.75:
        date = when if rng.random() < 0.67 else (when - _EXCEL_EPOCH).days
    else:
        date = rng.choice((when.isoformat(), f"{when.year}/{when.month}/{when.day}", f"{when.year}年{when.month}月{when.day}日",
                           f"{when.year}-{when.month:02d}", f"{when.year}年{when.month}月"))
    charge, article = rng.choice(W.CHARGES[_REGION_CHARGES[P.REGION[group]]])
    facility = rng.choice(W.FACILITIES[kind]).format(city=city, n=rng.randrange(1, 5))
    return [date, facility, DETENTION_KINDS[kind][0], charge, article]


def _written_date(rng: random.Random, text: str) -> str:
    """A partial date as people type it: ISO, with slashes, in Chinese; `~` as 约."""
    approximate, text = text.startswith("~"), text.lstrip("~")
    parts = [int(p) for p in text.split("-")]
    if approximate:
        return rng.choice((f"约{parts[0]}年", f"~{parts[0]}", f"{parts[0]}?"))
    forms = [text, "/".join(str(p) for p in parts), "".join(f"{p}{u}" for p, u in zip(parts, "年月日", strict=False))]
    return rng.choice(forms)


def _repeated(rng: random.Random, row: list[Cell], number: int) -> list[Cell]:
    """An earlier person again: under their Latin name only, or with their names swapped, the rest as before."""
    again = list(row)
    again[0] = number
    if rng.random() < 0.5 and row[2]:
        again[1], again[2] = row[2], ""
    else:
        again[1], again[2] = row[2] or row[1], row[1]
    again[3] = ""
    return again
