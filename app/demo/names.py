"""Word lists for synthetic names: pieces only, combined at random, never a real person's full name.

Han pieces are (simplified, traditional, pinyin with tone marks); Uyghur and
Tibetan pieces are (native script, common Latin spelling, other Latin spelling,
transcription via Chinese in pinyin, the same in Han characters).
"""

HAN_SURNAMES = (
    ("王", "王", "wáng"), ("李", "李", "lǐ"), ("张", "張", "zhāng"), ("刘", "劉", "liú"), ("陈", "陳", "chén"),
    ("杨", "楊", "yáng"), ("黄", "黃", "huáng"), ("赵", "趙", "zhào"), ("吴", "吳", "wú"), ("周", "周", "zhōu"),
    ("徐", "徐", "xú"), ("孙", "孫", "sūn"), ("马", "馬", "mǎ"), ("朱", "朱", "zhū"), ("胡", "胡", "hú"),
    ("郭", "郭", "guō"), ("何", "何", "hé"), ("高", "高", "gāo"), ("林", "林", "lín"), ("罗", "羅", "luó"),
    ("郑", "鄭", "zhèng"), ("梁", "梁", "liáng"), ("谢", "謝", "xiè"), ("宋", "宋", "sòng"), ("唐", "唐", "táng"),
    ("许", "許", "xǔ"), ("韩", "韓", "hán"), ("冯", "馮", "féng"), ("邓", "鄧", "dèng"), ("曹", "曹", "cáo"),
    ("彭", "彭", "péng"), ("曾", "曾", "zēng"), ("吕", "呂", "lǚ"), ("苏", "蘇", "sū"), ("卢", "盧", "lú"),
    ("蒋", "蔣", "jiǎng"), ("蔡", "蔡", "cài"), ("贾", "賈", "jiǎ"), ("丁", "丁", "dīng"), ("魏", "魏", "wèi"),
    ("薛", "薛", "xuē"), ("叶", "葉", "yè"), ("阎", "閻", "yán"), ("余", "余", "yú"), ("潘", "潘", "pān"),
    ("杜", "杜", "dù"), ("戴", "戴", "dài"), ("夏", "夏", "xià"), ("钟", "鍾", "zhōng"), ("汪", "汪", "wāng"),
    ("田", "田", "tián"), ("任", "任", "rèn"), ("姜", "姜", "jiāng"), ("范", "范", "fàn"), ("方", "方", "fāng"),
    ("石", "石", "shí"), ("姚", "姚", "yáo"), ("谭", "譚", "tán"), ("廖", "廖", "liào"), ("邹", "鄒", "zōu"),
    ("熊", "熊", "xióng"), ("金", "金", "jīn"), ("陆", "陸", "lù"), ("郝", "郝", "hǎo"), ("孔", "孔", "kǒng"),
    ("白", "白", "bái"), ("崔", "崔", "cuī"), ("康", "康", "kāng"), ("毛", "毛", "máo"), ("邱", "邱", "qiū"),
    ("秦", "秦", "qín"), ("江", "江", "jiāng"), ("史", "史", "shǐ"), ("顾", "顧", "gù"), ("侯", "侯", "hóu"),
    ("邵", "邵", "shào"), ("孟", "孟", "mèng"), ("龙", "龍", "lóng"), ("万", "萬", "wàn"), ("段", "段", "duàn"),
    ("雷", "雷", "léi"), ("钱", "錢", "qián"), ("汤", "湯", "tāng"), ("尹", "尹", "yǐn"), ("黎", "黎", "lí"),
    ("易", "易", "yì"), ("常", "常", "cháng"), ("武", "武", "wǔ"), ("乔", "喬", "qiáo"), ("贺", "賀", "hè"),
    ("赖", "賴", "lài"), ("龚", "龔", "gōng"), ("文", "文", "wén"), ("柯", "柯", "kē"), ("柳", "柳", "liǔ"),
    ("欧阳", "歐陽", "ōuyáng"), ("司马", "司馬", "sīmǎ"), ("诸葛", "諸葛", "zhūgě"), ("上官", "上官", "shàngguān"),
)

HAN_GIVEN = (
    ("伟", "偉", "wěi"), ("志", "志", "zhì"), ("华", "華", "huá"), ("明", "明", "míng"), ("建", "建", "jiàn"),
    ("国", "國", "guó"), ("军", "軍", "jūn"), ("平", "平", "píng"), ("红", "紅", "hóng"), ("丽", "麗", "lì"),
    ("静", "靜", "jìng"), ("敏", "敏", "mǐn"), ("强", "強", "qiáng"), ("磊", "磊", "lěi"), ("洋", "洋", "yáng"),
    ("勇", "勇", "yǒng"), ("杰", "傑", "jié"), ("涛", "濤", "tāo"), ("斌", "斌", "bīn"), ("燕", "燕", "yàn"),
    ("霞", "霞", "xiá"), ("秀", "秀", "xiù"), ("英", "英", "yīng"), ("芳", "芳", "fāng"), ("娟", "娟", "juān"),
    ("海", "海", "hǎi"), ("峰", "峰", "fēng"), ("文", "文", "wén"), ("德", "德", "dé"), ("东", "東", "dōng"),
    ("春", "春", "chūn"), ("兰", "蘭", "lán"), ("玲", "玲", "líng"), ("宇", "宇", "yǔ"), ("晓", "曉", "xiǎo"),
    ("荣", "榮", "róng"), ("庆", "慶", "qìng"), ("新", "新", "xīn"), ("永", "永", "yǒng"), ("辉", "輝", "huī"),
    ("义", "義", "yì"), ("民", "民", "mín"), ("安", "安", "ān"), ("立", "立", "lì"), ("正", "正", "zhèng"),
    ("和", "和", "hé"), ("雪", "雪", "xuě"), ("梅", "梅", "méi"), ("云", "雲", "yún"), ("鹏", "鵬", "péng"),
    ("飞", "飛", "fēi"), ("亮", "亮", "liàng"), ("成", "成", "chéng"), ("林", "林", "lín"), ("欢", "歡", "huān"),
    ("恩", "恩", "ēn"), ("爱", "愛", "ài"), ("岩", "岩", "yán"), ("绿", "綠", "lǜ"), ("琪", "琪", "qí"),
)

# Cantonese romanisation for Hong Kong names: (traditional, Cantonese).
HK_SURNAMES = (
    ("陳", "Chan"), ("黃", "Wong"), ("梁", "Leung"), ("李", "Lee"), ("張", "Cheung"), ("林", "Lam"), ("劉", "Lau"),
    ("何", "Ho"), ("吳", "Ng"), ("鄭", "Cheng"), ("周", "Chow"), ("楊", "Yeung"), ("馮", "Fung"), ("蔡", "Choi"),
    ("郭", "Kwok"), ("麥", "Mak"), ("羅", "Law"), ("葉", "Yip"), ("曾", "Tsang"), ("鄧", "Tang"),
)
HK_GIVEN = (
    ("家", "Ka"), ("偉", "Wai"), ("志", "Chi"), ("明", "Ming"), ("文", "Man"), ("嘉", "Ka"), ("詠", "Wing"),
    ("淑", "Suk"), ("俊", "Chun"), ("浩", "Ho"), ("欣", "Yan"), ("敏", "Man"), ("穎", "Wing"), ("傑", "Kit"),
    ("健", "Kin"), ("婷", "Ting"), ("樂", "Lok"), ("思", "Sze"), ("慧", "Wai"), ("雅", "Nga"),
)
ENGLISH_GIVEN = {
    "female": ("Karen", "Winnie", "Joyce", "Cheryl", "Gloria", "Yvonne", "Fiona", "Mandy", "Iris", "Queenie"),
    "male": ("Jason", "Kelvin", "Derek", "Alvin", "Ivan", "Raymond", "Felix", "Dickson", "Owen", "Wilson"),
}

HAN_PEN_NAMES = ("野草", "夜行者", "山风", "小河", "布衣", "不语", "蓝天", "老渔夫", "青竹", "北岸", "石头", "萤火")

# (Arabic script, Latin, other Latin, pinyin transcription, Han transcription); sex "m" or "f".
UYGHUR_GIVEN = {
    "male": (
        ("مەمەت", "Memet", "Mamat", "Maimaiti", "买买提"),
        ("مەمەتجان", "Memetjan", "Mamatjan", "Maimaitijiang", "买买提江"),
        ("ئابلىز", "Abliz", "Ablez", "Abulizi", "阿布力孜"),
        ("ئەخمەت", "Ehmet", "Ahmat", "Aihemaiti", "艾合买提"),
        ("ئىلھام", "Ilham", "Elham", "Yilihamu", "伊力哈木"),
        ("تۇرسۇن", "Tursun", "Tursunjan", "Tuersun", "吐尔逊"),
        ("ئابدۇۋەلى", "Abduweli", "Abduwali", "Abuduwaili", "阿不都外力"),
        ("ئەنۋەر", "Enwer", "Anwar", "Anwaer", "安瓦尔"),
        ("پەرھات", "Perhat", "Parhat", "Paerhati", "帕尔哈提"),
        ("قۇربان", "Qurban", "Kurban", "Kuerban", "库尔班"),
        ("ئەركىن", "Erkin", "Arkin", "Aierken", "艾尔肯"),
        ("ساۋۇت", "Sawut", "Savut", "Sawuti", "萨吾提"),
        ("ئىمىن", "Imin", "Emin", "Yimin", "依明"),
        ("ئابدۇقادىر", "Abduqadir", "Abdukadir", "Abudukadier", "阿不都卡德尔"),
        ("تاھىر", "Tahir", "Tohir", "Tayier", "塔依尔"),
    ),
    "female": (
        ("راھىلە", "Rahile", "Rahila", "Reyila", "热依拉"),
        ("گۈلنار", "Gülnar", "Gulnar", "Gulinaer", "古丽娜尔"),
        ("ئايگۈل", "Aygül", "Aigul", "Ayiguli", "阿依古丽"),
        ("زۇلپىيە", "Zulpiye", "Zulfiya", "Zulipiye", "祖力皮耶"),
        ("پاتىگۈل", "Patigül", "Fatigul", "Patiguli", "帕提古丽"),
        ("مەرىيەم", "Meryem", "Mariam", "Mairiyemu", "麦尔耶姆"),
    ),
}

# Tibetan name halves: (Tibetan script, Latin, other Latin, pinyin transcription, Han transcription).
TIBETAN_NAMES = {
    "any": (
        ("བཀྲ་ཤིས", "Tashi", "Trashi", "Zhaxi", "扎西"),
        ("བསྟན་འཛིན", "Tenzin", "Tendzin", "Danzeng", "丹增"),
        ("ཚེ་རིང", "Tsering", "Tshering", "Ciren", "次仁"),
        ("བློ་བཟང", "Lobsang", "Losang", "Luosang", "洛桑"),
        ("པདྨ", "Pema", "Padma", "Baima", "白玛"),
        ("བསོད་ནམས", "Sonam", "Sönam", "Suolang", "索朗"),
        ("ཡེ་ཤེས", "Yeshe", "Yeshi", "Yixi", "益西"),
        ("ཉི་མ", "Nyima", "Nima", "Nima", "尼玛"),
        ("ཟླ་བ", "Dawa", "Dawa", "Dawa", "达瓦"),
        ("ཀུན་དགའ", "Kunga", "Kunga", "Gongga", "贡嘎"),
        ("ངག་དབང", "Ngawang", "Ngawang", "Awang", "阿旺"),
    ),
    "male": (
        ("དོན་གྲུབ", "Dhondup", "Dondrub", "Dunzhu", "顿珠"),
        ("རྡོ་རྗེ", "Dorje", "Dorjee", "Duoji", "多吉"),
        ("ཆོས་འཕེལ", "Choephel", "Chophel", "Qunpei", "群培"),
        ("ནོར་བུ", "Norbu", "Norbu", "Luobu", "罗布"),
        ("དབང་ཕྱུག", "Wangchuk", "Wangchug", "Wangqiu", "旺秋"),
        ("རིན་ཆེན", "Rinchen", "Rinchen", "Renqing", "仁青"),
        ("ཚེ་བརྟན", "Tseten", "Tsetan", "Caidan", "才旦"),
        ("དཀོན་མཆོག", "Konchok", "Konchog", "Gongque", "贡觉"),
    ),
    "female": (
        ("སྒྲོལ་མ", "Dolma", "Drolma", "Zhuoma", "卓玛"),
        ("ལྷ་མོ", "Lhamo", "Lhamo", "Lamu", "拉姆"),
        ("དབྱངས་ཅན", "Yangchen", "Yangchen", "Yangjin", "央金"),
        ("ཆོས་སྒྲོན", "Chödron", "Chodon", "Quzhen", "曲珍"),
    ),
}

# Kazakh names from Xinjiang in Cyrillic: (Cyrillic given, Latin given); surnames from the father's name.
KAZAKH_GIVEN = {
    "male": (("Ерлан", "Erlan"), ("Нұрлан", "Nurlan"), ("Қайрат", "Qairat"), ("Бақыт", "Bakyt"), ("Серік", "Serik"),
             ("Асқар", "Asqar"), ("Ержан", "Yerzhan"), ("Дәулет", "Daulet")),
    "female": (("Айгүл", "Aigül"), ("Жанар", "Zhanar"), ("Гүлмира", "Gulmira"), ("Сәуле", "Saule"), ("Динара", "Dinara")),
}
KAZAKH_SURNAME_SUFFIX = {"male": ("ов", "ov"), "female": ("ова", "ova")}

VIETNAMESE = {
    "surnames": ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh"),
    "middle_male": ("Văn", "Đức", "Minh", "Quốc"),
    "middle_female": ("Thị", "Ngọc", "Thu", "Kim"),
    "male": ("Hùng", "Dũng", "Quang", "Khánh", "Tuấn", "Sơn", "Thắng", "Lộc"),
    "female": ("Thảo", "Hương", "Tâm", "Hạnh", "Trang", "Nhung", "Ánh", "Liên"),
}

SPANISH = {
    "surnames": ("García", "Ramírez", "Núñez", "Peña", "Ibáñez", "Álvarez", "Muñoz", "Sánchez", "Gómez", "Martín",
                 "Jiménez", "Rodríguez", "Castaño", "Beltrán"),
    "male": ("José", "Tomás", "Andrés", "Joaquín", "Rubén", "Martín", "Iñaki", "Álvaro"),
    "female": ("María", "Sofía", "Inés", "Lucía", "Begoña", "Nuria", "Mónica", "Raquel"),
}

# Full names that must never be generated, even by chance: well-known defenders.
EXCLUDED = frozenset({
    "许志永", "丁家喜", "王全璋", "江天勇", "余文生", "李和平", "王宇", "高智晟", "黄琦", "滕彪", "刘晓波", "李昱函",
    "周世锋", "谢阳", "隋牧青", "陈光诚", "胡佳", "浦志强", "艾未未", "程渊", "常玮平", "黄雪琴", "王建兵",
})
