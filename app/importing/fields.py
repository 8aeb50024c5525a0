"""The fields a sheet's columns can fill, and the headers (English and Chinese) that name each.

One sheet row becomes a person and, where its columns say so, a case about
them, a detention event in that case, and an organisation they belong to.
Headers are compared folded (case, spaces, punctuation, Traditional →
Simplified), so `Date of birth:`, `出生日期` and `出生日期` all match.
"""

from dataclasses import dataclass

PERSON, CASE, EVENT, ORGANISATION = "person", "case", "event", "organisation"


@dataclass(frozen=True)
class Field:
    """An importable field: `key` is what saved mappings and `--map HEADER=FIELD` use.

    `kind` says how a cell is read: name, text, date, code (one vocabulary
    code), codes (several), items (a list of texts), words (a list split on
    commas too). `many` fields may take several columns.
    """

    key: str
    label: str
    record: str
    kind: str
    headers: tuple[str, ...]
    vocab: str = ""
    many: bool = False


def _f(key: str, label: str, record: str, kind: str, headers: str, vocab: str = "", many: bool = False) -> Field:
    return Field(key, label, record, kind, tuple(h.strip() for h in headers.split("|")), vocab, many)


FIELDS: tuple[Field, ...] = (
    _f("name", "name", PERSON, "name", "姓名|名字|人名|全名|当事人|name|full name|person"),
    _f("name_han", "name in Han characters", PERSON, "name", "中文名|中文姓名|汉名|汉字姓名|chinese name|han name|name in chinese"),
    _f("name_pinyin", "name in pinyin", PERSON, "name", "拼音|拼音姓名|姓名拼音|pinyin|pinyin name|name pinyin"),
    _f("name_latin", "name in Latin letters", PERSON, "name",
       "英文名|英文姓名|外文名|latin name|english name|name in english|romanised name|romanized name|name latin|transliteration"),
    _f("name_uyghur", "name in Uyghur (Arabic script)", PERSON, "name",
       "维吾尔文名|维文名|维吾尔文姓名|维语名|维吾尔语名|uyghur name|uyghur|uighur name|name in uyghur"),
    _f("name_tibetan", "name in Tibetan script", PERSON, "name", "藏文名|藏文姓名|藏语名|tibetan name|tibetan|name in tibetan"),
    _f("alias", "alias", PERSON, "name", "别名|化名|笔名|曾用名|又名|其他名字|alias|aliases|aka|also known as|other names|pen name",
       many=True),
    _f("handle", "online handle", PERSON, "name", "网名|昵称|账号|handle|online name|username|screen name", many=True),
    _f("sex", "sex", PERSON, "code", "性别|sex|gender", "sex"),
    _f("birth_date", "birth date", PERSON, "date",
       "出生日期|出生年月|出生年份|生日|出生|date of birth|birth date|birthdate|dob|born|birth"),
    _f("nationality", "nationality", PERSON, "text", "国籍|nationality|citizenship"),
    _f("occupation", "occupation", PERSON, "text", "职业|工作|occupation|profession|job"),
    _f("roles", "roles", PERSON, "codes", "身份|角色|人员类别|role|roles|category", "role", many=True),
    _f("places", "places", PERSON, "items", "地点|所在地|居住地|住址|籍贯|城市|地区|place|places|location|city|residence|hometown",
       many=True),
    _f("status", "status", PERSON, "code", "状态|现状|目前状况|当前状态|近况|status|current status|situation", "status"),
    _f("risk", "risk level", PERSON, "code", "风险|风险等级|危险程度|risk|risk level", "risk"),
    _f("notes", "notes", PERSON, "text", "备注|说明|简介|个人简介|notes|note|remarks|comments|comment|background", many=True),
    _f("tags", "tags", PERSON, "words", "标签|关键词|tags|tag|keywords", many=True),
    _f("lawyer", "lawyer (emergency sheet)", PERSON, "text", "律师|代理律师|辩护律师|lawyer|attorney|counsel"),
    _f("who_to_call", "who to call (emergency sheet)", PERSON, "text",
       "紧急联系人|联系人|家属联系方式|emergency contact|who to call|contact person"),
    _f("medical_needs", "medical needs (emergency sheet)", PERSON, "text", "健康状况|病史|医疗需求|健康|medical needs|health|medical"),
    _f("case_title", "case title", CASE, "text", "案件|案件名称|案名|案件标题|case|case title|case name"),
    _f("case_type", "case type", CASE, "code", "案件类型|案件类别|case type|type of case", "case_type"),
    _f("case_status", "case status", CASE, "code", "案件状态|case status", "case_status"),
    _f("charges", "charges", CASE, "items", "罪名|指控|涉嫌罪名|控罪|charge|charges|accusation|offence|offense|alleged offence"),
    _f("charge_article", "legal article of the charge", CASE, "items",
       "法条|条款|刑法条款|法律条文|article|articles|legal article|law|legal basis|provision"),
    _f("authorities", "authorities", CASE, "items",
       "办案机关|机关|公安机关|办案单位|执法机关|authority|authorities|police|agency|responsible authority", many=True),
    _f("case_location", "case location", CASE, "text", "案发地|案发地点|案件地点|case location"),
    _f("case_notes", "case notes", CASE, "text", "案情|案情简介|案件简介|case notes|case summary|case details", many=True),
    _f("detained_on", "date detained", EVENT, "date",
       "拘留日期|拘留时间|被拘日期|被拘时间|拘押日期|羁押日期|抓捕日期|被捕日期|date detained|detention date|date of detention|"
       "detained on|detained|arrest date|date of arrest|arrested|date taken"),
    _f("event_type", "event type", EVENT, "code", "事件|事件类型|事件类别|event|event type", "event_type"),
    _f("detention_place", "place detained", EVENT, "text",
       "拘留地点|被拘地点|抓捕地点|place of detention|place detained|where detained|place of arrest|arrest place"),
    _f("detention_facility", "detention facility", EVENT, "text",
       "羁押场所|羁押地点|关押地点|关押场所|看守所|监狱|facility|detention facility|held at|place of custody|prison|"
       "detention centre|detention center"),
    _f("detention_kind", "kind of detention", EVENT, "code",
       "拘留类型|羁押类型|强制措施|拘留种类|detention kind|detention type|type of detention|kind of detention|measure",
       "detention_kind"),
    _f("lawyer_access", "lawyer access", EVENT, "code", "律师会见|会见情况|lawyer access|access to lawyer", "lawyer_access"),
    _f("organisation", "organisation", ORGANISATION, "text",
       "组织|机构|单位|工作单位|所属机构|所属组织|律所|律师事务所|教会|organisation|organization|org|affiliation|employer|law firm"),
)
BY_KEY = {f.key: f for f in FIELDS}
IGNORE = "ignore"

# Which name column gives the primary name when several are filled: the person's own script first.
PRIMARY_ORDER = ("name_uyghur", "name_tibetan", "name", "name_han", "name_latin", "name_pinyin", "alias", "handle")
# The kind a name from each column takes when it is not the primary name.
NAME_KINDS = {"name": "alias", "name_han": "alias", "name_uyghur": "alias", "name_tibetan": "alias",
              "name_pinyin": "romanised", "name_latin": "romanised", "alias": "alias", "handle": "online"}
