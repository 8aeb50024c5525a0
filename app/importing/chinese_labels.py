"""Chinese names of the vocabulary codes, as caseload sheets write them (Simplified; Traditional is folded first).

app.records.vocab holds the codes and their English labels; this table adds
the words a Chinese-language sheet uses, including the usual short forms
(男/女, 刑拘, 指居). Keys are codes of the vocabulary named beside each table.
"""

from app.records import vocab

Synonyms = dict[str, tuple[str, ...]]

SEXES: Synonyms = {
    "male": ("男", "男性", "男士"),
    "female": ("女", "女性", "女士"),
    "other": ("其他", "其它"),
    "unknown": ("不详", "不明", "未知"),
}

PERSON_ROLES: Synonyms = {
    "lawyer": ("律师", "人权律师", "维权律师"),
    "journalist": ("记者", "公民记者", "博主", "媒体人"),
    "activist": ("维权人士", "活动人士", "社运人士", "人权捍卫者", "上访者", "访民"),
    "scholar": ("学者", "教授", "教师", "研究人员"),
    "religious_leader": ("宗教领袖", "宗教人士", "牧师", "传道人", "阿訇", "伊玛目", "僧人", "喇嘛", "尼姑", "活佛"),
    "community_leader": ("社区领袖", "社区领导", "民族领袖"),
    "family_member": ("家属", "亲属", "家人"),
    "other": ("其他", "其它"),
}

PERSON_STATUS: Synonyms = {
    "at_liberty": ("自由", "获释", "已释放", "在家"),
    "detained": ("被拘留", "拘留", "在押", "羁押", "被羁押", "关押"),
    "disappeared": ("失踪", "被失踪", "下落不明", "失联"),
    "rsdl": ("指定居所监视居住", "指居"),
    "imprisoned": ("服刑", "服刑中", "入狱", "监禁"),
    "in_exile": ("流亡", "海外", "流亡海外"),
    "deceased": ("已故", "去世", "死亡", "过世"),
    "unknown": ("不详", "不明", "未知"),
}

CASE_TYPES: Synonyms = {
    "detention": ("拘留", "羁押", "关押"),
    "enforced_disappearance": ("强迫失踪", "被失踪", "失踪"),
    "prosecution": ("起诉", "刑事起诉", "审判"),
    "harassment": ("骚扰", "滋扰", "约谈", "喝茶"),
    "travel_ban": ("出境限制", "限制出境", "禁止出境", "边控"),
    "surveillance": ("监控", "监视", "跟踪"),
    "ill_treatment": ("酷刑", "虐待", "酷刑或虐待"),
    "reprisal_against_family": ("株连家属", "报复家属", "株连"),
    "transnational_repression": ("跨国镇压", "跨境镇压"),
    "other": ("其他", "其它"),
}

DETENTION_KINDS: Synonyms = {
    "criminal": ("刑事拘留", "刑拘"),
    "administrative": ("行政拘留", "行拘"),
    "rsdl": ("指定居所监视居住", "指居"),
    "black_jail": ("黑监狱", "黑监"),
    "re_education_camp": ("再教育营", "政治再教育营", "教培中心", "职业技能教育培训中心", "集中营"),
    "psychiatric": ("精神病院", "强制精神病治疗", "被精神病"),
    "other": ("其他", "其它"),
}

EVENT_TYPES: Synonyms = {
    "detained": ("拘留", "被拘留", "刑事拘留", "拘押", "带走", "被带走"),
    "disappeared": ("失踪", "被失踪", "失联"),
    "charged": ("被控", "被指控", "指控"),
    "formally_arrested": ("逮捕", "正式逮捕", "批捕"),
    "indicted": ("起诉", "提起公诉", "公诉"),
    "hearing": ("庭审", "开庭", "审理"),
    "sentenced": ("判刑", "宣判", "判决"),
    "released": ("释放", "获释", "取保候审", "出狱"),
    "transferred": ("转移", "移送", "转押"),
    "lawyer_visit": ("律师会见", "会见"),
    "lawyer_access_denied": ("拒绝律师会见", "不准会见", "会见被拒"),
    "health_concern": ("健康问题", "健康状况堪忧", "病重"),
    "travel_ban": ("出境限制", "限制出境", "禁止出境", "边控"),
    "other": ("其他", "其它"),
}

LAWYER_ACCESS: Synonyms = {"granted": ("准许", "允许", "已会见", "获准"), "denied": ("拒绝", "不准", "被拒", "未获准"),
                 "unknown": ("不详", "不明", "未知")}

CASE_STATUS: Synonyms = {"open": ("进行中", "未结", "开放"), "monitoring": ("关注中", "跟进中", "监测"), "closed": ("已结", "结案", "关闭")}

RISK_LEVELS: Synonyms = {"low": ("低",), "medium": ("中", "中等"), "high": ("高",), "critical": ("极高", "危急", "紧急")}

# Each vocabulary the importer converts: the codes and English labels, and the Chinese words above.
TABLES: dict[str, tuple[dict[str, str], Synonyms]] = {
    "sex": (vocab.SEXES, SEXES),
    "role": (vocab.PERSON_ROLES, PERSON_ROLES),
    "status": (vocab.PERSON_STATUS, PERSON_STATUS),
    "case_type": (vocab.CASE_TYPES, CASE_TYPES),
    "case_status": (vocab.CASE_STATUS, CASE_STATUS),
    "detention_kind": (vocab.DETENTION_KINDS, DETENTION_KINDS),
    "event_type": (vocab.EVENT_TYPES, EVENT_TYPES),
    "lawyer_access": (vocab.LAWYER_ACCESS, LAWYER_ACCESS),
    "risk": (vocab.RISK_LEVELS, RISK_LEVELS),
}
