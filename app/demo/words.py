"""Word lists for synthetic places, authorities, charges, notes and organisations.

Everything here is a piece that the generator combines; no entry describes a
real person or a real case.
"""

# (English, Han) city names by region.
MAINLAND_CITIES = (
    ("Beijing", "北京"), ("Shanghai", "上海"), ("Guangzhou", "广州"), ("Wuhan", "武汉"), ("Chengdu", "成都"),
    ("Changsha", "长沙"), ("Zhengzhou", "郑州"), ("Jinan", "济南"), ("Kunming", "昆明"), ("Shenzhen", "深圳"),
    ("Hangzhou", "杭州"), ("Nanjing", "南京"), ("Xi'an", "西安"), ("Tianjin", "天津"), ("Fuzhou", "福州"),
    ("Guiyang", "贵阳"), ("Shenyang", "沈阳"), ("Harbin", "哈尔滨"), ("Hefei", "合肥"), ("Nanning", "南宁"),
)
XINJIANG_CITIES = (("Ürümqi", "乌鲁木齐"), ("Kashgar", "喀什"), ("Hotan", "和田"), ("Aksu", "阿克苏"), ("Ghulja", "伊宁"),
                   ("Turpan", "吐鲁番"), ("Korla", "库尔勒"))
TIBETAN_PLACES = (("Lhasa", "拉萨"), ("Shigatse", "日喀则"), ("Ngaba", "阿坝"), ("Kardze", "甘孜"), ("Xining", "西宁"),
                  ("Rebkong", "同仁"), ("Chamdo", "昌都"), ("Golog", "果洛"))
HONG_KONG_PLACES = (("Hong Kong", "香港"), ("Kowloon", "九龍"), ("Sha Tin", "沙田"), ("Tuen Mun", "屯門"))
EXILE_CITIES = ("Istanbul", "Almaty", "Dharamsala", "Taipei", "London", "Toronto", "Washington DC", "Amsterdam",
                "Berlin", "Melbourne", "Munich", "Paris")
VIETNAM_CITIES = ("Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Huế", "Vinh")

FACILITIES = {
    "criminal": ("{city} No. {n} Detention Centre", "{city} Municipal Detention Centre", "{city} State Security detention centre"),
    "administrative": ("{city} Administrative Detention Centre", "{city} Public Security Bureau holding cells"),
    "rsdl": ("a designated location near {city} (address not disclosed)", "a guesthouse used by {city} State Security",
             "a designated location, whereabouts unknown"),
    "black_jail": ("an unofficial facility in {city} used to hold petitioners", "a hotel basement in {city}"),
    "re_education_camp": ("a 'vocational training centre' near {city}", "a political re-education facility in {city} prefecture"),
    "psychiatric": ("{city} Ankang psychiatric hospital", "a psychiatric ward in {city}"),
    "prison": ("{city} Prison", "{city} No. {n} Prison", "Women's Prison of {city}"),
    "hong_kong": ("Lai Chi Kok Reception Centre", "Tai Lam Centre for Women", "Stanley Prison", "Pik Uk Correctional Institution"),
}

AUTHORITIES = {
    "mainland": ("{city} Public Security Bureau", "{city} State Security Bureau", "{city} People's Procuratorate",
                 "{city} Intermediate People's Court", "{city} Bureau of Justice"),
    "hong_kong": ("National Security Department, Hong Kong Police Force", "Department of Justice, Hong Kong",
                  "West Kowloon Magistrates' Courts", "High Court of Hong Kong"),
    "vietnam": ("{city} Police Department", "{city} People's Procuracy", "{city} People's Court"),
}

# (charge, article), by the region whose law it is.
CHARGES = {
    "mainland": (
        ("inciting subversion of state power", "Criminal Law art. 105(2)"),
        ("subversion of state power", "Criminal Law art. 105(1)"),
        ("picking quarrels and provoking trouble", "Criminal Law art. 293"),
        ("gathering a crowd to disturb public order", "Criminal Law art. 290"),
        ("illegal business operations", "Criminal Law art. 225"),
        ("illegally providing state secrets to overseas entities", "Criminal Law art. 111"),
        ("obstructing official business", "Criminal Law art. 277"),
    ),
    "xinjiang": (
        ("splittism", "Criminal Law art. 103(1)"),
        ("inciting ethnic hatred and ethnic discrimination", "Criminal Law art. 249"),
        ("advocating terrorism and extremism", "Criminal Law art. 120-3"),
        ("inciting splittism", "Criminal Law art. 103(2)"),
    ),
    "tibet": (
        ("inciting splittism", "Criminal Law art. 103(2)"),
        ("picking quarrels and provoking trouble", "Criminal Law art. 293"),
        ("using a cult to undermine law enforcement", "Criminal Law art. 300"),
    ),
    "hong_kong": (
        ("subversion", "National Security Law art. 22"),
        ("collusion with foreign forces", "National Security Law art. 29"),
        ("seditious publication", "Crimes Ordinance s. 10"),
        ("incitement to unlawful assembly", "Public Order Ordinance s. 18"),
    ),
    "vietnam": (
        ("conducting propaganda against the state", "Penal Code art. 117"),
        ("abusing democratic freedoms", "Penal Code art. 331"),
    ),
}

OCCUPATIONS = {
    "lawyer": ("human rights lawyer", "criminal defence lawyer", "lawyer (licence revoked)", "legal aid worker"),
    "journalist": ("citizen journalist", "freelance journalist", "blogger", "documentary filmmaker", "editor"),
    "activist": ("labour organiser", "feminist activist", "petitioner", "environmental activist", "NGO worker",
                 "disability rights advocate"),
    "scholar": ("associate professor of economics", "lecturer in ethnology", "independent historian", "linguist",
                "professor of law"),
    "religious_leader": ("house-church pastor", "church elder", "Catholic priest"),
    "community_leader": ("village representative", "teacher", "businessman and philanthropist", "poet", "musician"),
    "family_member": ("shopkeeper", "teacher", "retired worker", "student", "nurse", "accountant"),
    "other": ("student", "shop owner", "driver"),
}
# Religious leaders by community, where it differs from the list above.
RELIGIOUS_OCCUPATIONS = {"uyghur": ("imam", "Quran teacher"), "kazakh": ("imam",),
                         "tibetan": ("Buddhist monk", "Buddhist nun", "reincarnate lama")}

TAGS = {
    "lawyer": ("709 crackdown", "licence revoked", "legal aid"),
    "journalist": ("citizen journalist", "censorship", "COVID-19 reporting"),
    "activist": ("labour", "feminist", "petitioner", "environment", "disability"),
    "scholar": ("academic freedom", "language rights"),
    "religious_leader": ("house church", "religious freedom"),
    "community_leader": ("community", "education"),
    "family_member": ("family targeted",),
    "other": ("other",),
}
GROUP_TAGS = {"han": (), "hong_kong": ("Hong Kong", "NSL"), "uyghur": ("Uyghur", "Xinjiang"), "tibetan": ("Tibetan",),
              "kazakh": ("Kazakh", "Xinjiang"), "vietnamese": ("Vietnam",), "spanish": ("foreign national",)}

PERSON_NOTES = (
    "Known for representing {topic} cases; several clients were later detained themselves.",
    "Ran an online group documenting {topic}; accounts closed repeatedly.",
    "Wrote essays on {topic}; publications removed from domestic platforms.",
    "Family reports regular visits by police and pressure on relatives at work.",
    "Prefers contact through trusted intermediaries; do not call directly after dark.",
    "Has spoken to foreign media about {topic}; under heavy surveillance since.",
    "Health fragile after previous detention; family worried about access to medication.",
    "Relatives abroad have received threatening calls about {topic} work.",
)
TOPICS = ("land expropriation", "forced evictions", "labour disputes", "religious freedom", "minority language education",
          "police abuse", "disability rights", "sexual harassment", "school closures", "environmental pollution")

MEDICAL_NEEDS = ("Hypertension; needs daily medication", "Diabetes (insulin)", "Heart condition; carries nitroglycerine",
                 "Asthma", "Recovering from surgery; needs follow-up care", "None known")
PRIOR_INSTRUCTIONS = (
    "If detained, tell partner organisations at once; go public after 48 hours unless the family objects.",
    "Do not publicise without the spouse's agreement; the children are at school locally.",
    "Contact the lawyer first; the family has agreed to an urgent appeal to the UN.",
    "Publicise immediately if taken away: being known is the best protection.",
    "Keep everything internal until the family is safe abroad.",
)
RELATIONS = {"female": ("wife", "sister", "mother", "daughter"), "male": ("husband", "brother", "father", "son")}

ORG_WORDS = {
    "ngo_first": ("Lantern", "Bridge", "Harbour", "Spring Rain", "Open Door", "Mountain Path", "Riverbank", "Common Ground",
                  "Beacon", "Evergreen"),
    "ngo_second": ("Legal Aid Network", "Rights Monitor", "Workers' Centre", "Women's Collective", "Monitoring Group",
                   "Solidarity Fund", "Advocacy Project", "Documentation Centre"),
    "media": ("Weekly", "Observer", "Review", "Dispatch", "Voice"),
    "diaspora": ("Association", "Cultural Centre", "Friendship Society", "Foundation"),
}

DETENTION_DESCRIPTIONS = {
    "criminal": ("Taken away from home by police at night; a detention notice was shown to the family later.",
                 "Detained at the airport before boarding a flight; no notice given to the family for {days} days.",
                 "Summoned for questioning and not released; family told of criminal detention by phone."),
    "administrative": ("Given {days} days of administrative detention for 'disturbing public order'.",
                       "Held for {days} days after trying to attend a hearing as an observer."),
    "rsdl": ("Taken away by plain-clothes officers; placed under residential surveillance at a designated location.",
             "Put under RSDL on suspicion of endangering state security; no lawyer of the family's choice allowed."),
    "black_jail": ("Intercepted on the way to petition in the capital and held in an unofficial facility.",),
    "re_education_camp": ("Taken to a 'political re-education' facility; relatives learned of it months later.",
                          "Disappeared into the camp system after returning from abroad."),
    "psychiatric": ("Forcibly committed to a psychiatric hospital after repeated petitions.",),
}
EVENT_DESCRIPTIONS = {
    "disappeared": ("Family cannot reach {them}; police deny holding {them}.", "Whereabouts unknown; phone switched off since that day."),
    "charged": ("Charged with {charge}.",),
    "formally_arrested": ("Procuratorate approved formal arrest on suspicion of {charge}.",),
    "indicted": ("Indicted for {charge}; case file sent to court.",),
    "hearing": ("Closed hearing; family not allowed into the courtroom.", "Hearing postponed without explanation.",
                "Trial held; diplomats denied entry.", "Hearing scheduled; lawyer informed by phone."),
    "sentenced": ("Sentenced to {years} years in prison for {charge}.",),
    "released": ("Released without charge.", "Released; told not to speak to foreign media.",
                 "Released on 'bail pending further investigation'."),
    "released_after_term": ("Released after serving the sentence; under close watch at home.",
                            "Released at the end of the sentence; deprived of political rights for two more years."),
    "transferred": ("Transferred to {facility}.", "Moved to an unknown location."),
    "lawyer_visit": ("Lawyer finally allowed to meet {them} for 30 minutes; reports weight loss.",
                     "Lawyer visit; {they} said {they} had been made to sit on a 'tiger chair'."),
    "lawyer_access_denied": ("Lawyer turned away: 'the case involves state security'.",
                             "Family-hired lawyer dismissed; a state-appointed lawyer took over."),
    "health_concern": ("Relatives report rapid weight loss and untreated illness.", "Reported to have collapsed in detention."),
    "travel_ban": ("Stopped at the border and told {they} may not leave the country.", "Passport confiscated; exit ban in force."),
    "other": ("Shown in a televised 'confession'.", "Lawyer's licence revoked by the Bureau of Justice.",
              "Summoned to 'drink tea' with state security.", "Relatives abroad pressured to return."),
}

# (Han, Latin) name parts of law firms and house churches.
LAW_FIRM_WORDS = (("明德", "Mingde"), ("正义", "Zhengyi"), ("致诚", "Zhicheng"), ("公民", "Gongmin"), ("维权", "Weiquan"),
                  ("新桥", "Xinqiao"), ("方圆", "Fangyuan"), ("长青", "Changqing"))
CHURCH_WORDS = (("恩典", "Grace"), ("活水", "Living Water"), ("磐石", "Rock"), ("新约", "New Covenant"), ("迦南", "Canaan"),
                ("以马内利", "Emmanuel"))

UN_ADDRESSEES = ("UN Working Group on Arbitrary Detention", "UN Working Group on Enforced or Involuntary Disappearances",
                 "UN Special Rapporteur on the situation of human rights defenders",
                 "UN Special Rapporteur on freedom of opinion and expression")
GOVERNMENT_ADDRESSEES = ("Embassy of Germany", "Embassy of Canada", "Embassy of the United Kingdom", "EU Delegation",
                         "Embassy of the Netherlands", "Embassy of Australia")
INTERVENTION_RESPONSES = ("Acknowledged receipt.", "Government reply: the person is 'suspected of crimes' and 'rights are protected'.",
                          "No response.", "Communication published in the joint communications report.",
                          "Raised in the bilateral human rights dialogue.")
SOURCE_DESCRIPTIONS = ("Family member, via Signal", "Lawyer's account after a visit", "Partner organisation report",
                       "Court notice (photo)", "Detention notice seen by the family", "Former cellmate", "Local activist network",
                       "Foreign media report", "Official court website")
