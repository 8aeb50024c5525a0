"""Headings and labels of reports in English and Chinese.

Only headings and labels change with the language: the body of a draft stays
in English because the UN accepts submissions in English, French or Spanish,
and what the caseworker pastes into the OHCHR form must be in one of them. A
caseworker who reads Chinese more easily still finds each part by its heading.
`app/` cannot use Qt's translation system, so the two languages live here.
"""

LANGUAGES = ("en", "zh")

_TEXT: dict[str, tuple[str, str]] = {
    # titles
    "title.wgad": ("Draft urgent appeal to the UN Working Group on Arbitrary Detention", "致联合国任意拘留问题工作组的紧急呼吁草稿"),
    "title.wgeid": ("Draft report to the UN Working Group on Enforced or Involuntary Disappearances",
                    "致联合国强迫或非自愿失踪问题工作组的报告草稿"),
    "title.hrd": ("Draft submission to the UN Special Rapporteur on the situation of human rights defenders",
                  "致联合国人权维护者处境问题特别报告员的来文草稿"),
    "title.summary": ("Case summary for partners", "供合作伙伴参阅的案件摘要"),
    "title.emergency": ("Emergency sheet", "紧急情况表"),
    "notice.draft": ("Draft made with Casebook on {date}. Confidential until submitted; sources are never included.",
                     "由 Casebook 于 {date} 生成的草稿。提交前请保密；草稿从不包含信息来源。"),
    "notice.summary": ("Made with Casebook on {date} for partner organisations. Confidential; sources are never included.",
                       "由 Casebook 于 {date} 为合作伙伴生成。请保密；从不包含信息来源。"),
    "notice.emergency": ("Made with Casebook on {date}. Confidential: keep this sheet safe and destroy it when no longer needed.",
                         "由 Casebook 于 {date} 生成。请保密：妥善保管本表，不再需要时销毁。"),
    # sections
    "identity": ("Identity of the person", "当事人身份"),
    "arrest": ("Arrest", "逮捕情况"),
    "disappearance": ("Disappearance", "失踪情况"),
    "custody": ("Where and by whom the person is held", "关押地点及关押机关"),
    "legal": ("Legal basis and charges", "法律依据及指控"),
    "access": ("Access to a lawyer and to the family", "会见律师及家属的情况"),
    "health": ("Health", "健康状况"),
    "remedies": ("Steps taken at national level and their results", "国内救济措施及结果"),
    "search": ("Steps taken to find the person and their results", "为寻找当事人所采取的步骤及结果"),
    "other_action": ("Other action already taken", "已采取的其他行动"),
    "arbitrary": ("Why the detention is arbitrary: points from the record", "拘留具有任意性的理由：记录中的要点"),
    "work_and_risk": ("Human rights work and current risk", "人权工作及当前风险"),
    "urgency": ("Urgency", "紧迫性"),
    "timeline": ("Timeline of events", "事件时间线"),
    "consent": ("Consent", "同意"),
    "submitter": ("Submitter (kept confidential)", "提交者（保密）"),
    "missing": ("What the record lacks for this submission", "记录中尚缺的信息"),
    "missing.sheet": ("What the sheet lacks", "本表尚缺的信息"),
    "case": ("The case", "案件"),
    "situation": ("Where things stand", "目前状况"),
    "actions": ("Action taken", "已采取的行动"),
    "emergency": ("In an emergency", "紧急联络"),
    "channels": ("How to reach them", "联系方式"),
    "detentions": ("Detentions on record", "既往拘押记录"),
    # labels
    "name": ("Name", "姓名"),
    "name_own": ("Name in own script", "本名（原文）"),
    "name_latin": ("Name romanised", "拉丁字母拼写"),
    "other_names": ("Other names", "其他名字"),
    "sex": ("Sex", "性别"),
    "birth": ("Birth date and age", "出生日期及年龄"),
    "nationality": ("Nationality", "国籍"),
    "occupation": ("Occupation", "职业"),
    "activities": ("Activities as a human rights defender", "人权捍卫工作"),
    "organisations": ("Organisations", "所属组织"),
    "residence": ("Usual residence", "常住地"),
    "id_document": ("Identity document", "身份证件"),
    "date": ("Date", "日期"),
    "place": ("Place", "地点"),
    "forces": ("Forces or authorities involved", "执行的部门或官员"),
    "warrant": ("Warrant or decision shown", "是否出示逮捕证或决定书"),
    "reasons": ("Reasons given", "给出的理由"),
    "description": ("What happened", "经过"),
    "form": ("Form of detention", "羁押形式"),
    "held_since": ("Held since", "羁押起始"),
    "held_at": ("Place of detention now", "目前关押地点"),
    "whereabouts": ("Whereabouts known", "下落是否已知"),
    "authorities": ("Authorities", "有关机关"),
    "transfers": ("Places held and transfers", "关押地点及转押"),
    "charges": ("Charges", "指控"),
    "proceedings": ("Proceedings", "司法程序"),
    "lawyer": ("Lawyer", "律师"),
    "lawyer_access": ("Access to a lawyer", "律师会见"),
    "family": ("Family", "家属"),
    "family_notified": ("Family notified", "是否通知家属"),
    "health_in_custody": ("Health in custody", "羁押期间健康状况"),
    "conditions": ("Conditions of detention", "羁押条件"),
    "medical_needs": ("Known medical needs", "已知医疗需要"),
    "consent_recorded": ("Consent on record", "记录中的同意"),
    "named_to_government": ("May the person be named in the letter to the Government?", "能否在致政府函中提及当事人姓名？"),
    "named_in_public": ("May the person be named in the public communications report?", "能否在公开的来文报告中提及当事人姓名？"),
    "status": ("Status", "状况"),
    "risk": ("Current risk", "当前风险"),
    "marks": ("Marks ahead", "重要期限"),
    "urgent_procedure": ("Urgent procedure", "紧急程序"),
    "title": ("Title", "标题"),
    "case_type": ("Type", "类型"),
    "case_status": ("Case status", "案件状态"),
    "location": ("Location", "地点"),
    "people": ("People in the case", "案件相关人员"),
    "notes": ("Notes", "备注"),
    "who_to_call": ("Who to call", "联系人"),
    "prior_instructions": ("Prior instructions", "事先指示"),
    "do_not_use": ("Do not use", "切勿使用"),
}


def text(key: str, lang: str) -> str:
    """The heading or label `key` in `lang` ("en" or "zh")."""
    english, chinese = _TEXT[key]
    return chinese if lang == "zh" else english
