"""Kazakh instrument titles -> the English canonical form the English extractor uses.

The translation is compositional: a table of KIND words (шарт -> Treaty, келісім -> Agreement, ...), a table of
topic words and short phrases (stems, so that case endings still match) with their English and a word class,
and a few rules that turn the head-final Kazakh noun phrase into the head-initial English one:

* ``X туралы <kind>`` / ``X жөніндегі <kind>``       -> "<Kind> on X"   ("Agreement on military cooperation")
* when X is only nouns like friendship, cooperation  -> "<Kind> of X"   ("Treaty of Friendship, Cooperation ...")
* ``X-тың <kind>-ы`` (possessive)                     -> "<Kind> of X", or "<Name> <Kind>" for a proper name
* object + verbal noun (``ынтымақтастықты тереңдету``) -> "deepening of cooperation"
* genitive + possessive (``теңіз түбі``, ``кешені``)   -> "seabed", "complex of ..."
* ``X саласындағы Y`` -> "Y in the field of X"; ``X арасындағы Y`` -> "Y between X"; ``X-ға қарсы`` -> "against X";
  ``N-M жылдарға арналған`` -> "for N-M"
Unknown words are transliterated, so a title is never lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .kk_morph import Tail, analyse_tail, split_stem, stem_variants, translit

# ============================================================================================ kind words
# (stem regex, kind, English head). Order matters: compound kinds first.
KIND_TABLE: list[tuple[str, str, str]] = [
    (r"келісім\s*-?\s*шарт", "treaty", "Treaty"),         # келісім-шарт, келісім - шарт, келісімшарт
    (r"шарт", "treaty", "Treaty"),
    (r"конвенция", "treaty", "Convention"),
    (r"пакт", "treaty", "Pact"),
    (r"келісім", "agreement", "Agreement"),
    (r"хаттама", "protocol", "Protocol"),
    (r"меморандум", "memorandum", "Memorandum"),
    (r"декларация", "declaration", "Declaration"),
    (r"хартия", "declaration", "Charter"),
    (r"коммюнике", "statement", "Communiqué"),
    (r"мәлімдеме", "statement", "Statement"),
    (r"бағдарлама", "programme", "Programme"),
    (r"жоспар", "plan", "Plan"),
    (r"стратегия", "programme", "Strategy"),
    (r"уағдаластық|уағдаласым", "other", "Arrangement"),
    (r"қағида|ереже", "other", "Regulation"),
]

# Modifiers that may stand between "туралы" and the kind word, or before an untitled kind word.
KIND_MODIFIERS: dict[str, str] = {
    "бірлескен": "Joint", "екі жақты": "Bilateral", "үш жақты": "Trilateral",
    "көп жақты": "Multilateral", "үкіметаралық": "Intergovernmental", "мемлекетаралық": "Interstate",
    "ведомствоаралық": "Interdepartmental", "кең ауқымды": "Comprehensive", "жан-жақты": "Comprehensive",
    "маңызды": "", "тарихи": "", "жаңа": "New", "негізгі": "Basic", "ұзақ мерзімді": "Long-term",
    "стратегиялық": "Strategic", "халықаралық": "International", "аймақтық": "Regional", "өңірлік": "Regional",
    "ортақ": "Joint", "мәңгілік": "Eternal", "бас": "Framework", "жалпы": "General", "ресми": "Official", "қосымша": "Supplementary",
}

# ============================================================================================ topic lexicon
# Word classes: N noun, A adjective, V verbal noun (takes the preceding object), D adverb, T participle,
# P postposition (takes the preceding noun phrase and modifies the next head), C conjunction, X name,
# M adverbial phrase that follows its head in English.
# Keys are stems: a text word matches a stem when the rest is a plain noun ending (kk_morph.NOUN_TAIL).
WORDS: dict[str, tuple[str, str]] = {
    # --- relations, cooperation
    "достық": ("friendship", "N"), "достастық": ("friendship", "N"), "ынтымақтастық": ("cooperation", "N"),
    "ынтымақ": ("solidarity", "N"), "әріптестік": ("partnership", "N"),
    "одақтастық": ("alliance", "N"), "одақ": ("union", "N"), "көршілік": ("neighbourliness", "N"),
    "қарым-қатынас": ("relations", "N"), "қатынас": ("relations", "N"), "байланыс": ("ties", "N"),
    "интеграция": ("integration", "N"), "кооперация": ("cooperation", "N"), "өзара іс-қимыл": ("interaction", "N"),
    "іс-қимыл": ("action", "N"), "әрекеттестік": ("interaction", "N"), "көмек": ("assistance", "N"),
    "көмек көрсету": ("assistance", "N"), "өзара көмек": ("mutual assistance", "N"),
    "өзара көмек көрсету": ("mutual assistance", "N"), "диалог": ("dialogue", "N"), "сенім": ("confidence", "N"),
    "түсіністік": ("understanding", "N"), "бейбітшілік": ("peace", "N"), "тұрақтылық": ("stability", "N"),
    "қауіпсіздік": ("security", "N"), "егемендік": ("sovereignty", "N"), "тәуелсіздік": ("independence", "N"),
    "мәңгілік достық": ("eternal friendship", "N"), "мәңгі достық": ("eternal friendship", "N"),
    "мәңгі достастық": ("eternal friendship", "N"), "тату көршілік": ("good-neighbourliness", "N"),
    "стратегиялық әріптестік": ("strategic partnership", "N"),
    # --- economy, trade, finance
    "экономика": ("economy", "N"), "сауда": ("trade", "N"), "сауда-саттық": ("trade", "N"),
    "еркін сауда": ("free trade", "N"), "тауар": ("goods", "N"), "қызмет": ("services", "N"),
    "қызмет көрсету": ("services", "N"), "инвестиция": ("investments", "N"), "капитал": ("capital", "N"),
    "кіріс": ("income", "N"), "мүлік": ("property", "N"), "салық": ("taxes", "N"), "салық салу": ("taxation", "N"),
    "қосарланған салық салу": ("double taxation", "N"), "кеден": ("customs", "N"),
    "кеден одағы": ("Customs Union", "N"),
    "валюта": ("currency", "N"), "қаржы": ("finance", "N"), "несие": ("credit", "N"), "кредит": ("credit", "N"),
    "ақша": ("money", "N"), "ақша-кредит": ("monetary and credit", "A"), "ақша-несие": ("monetary and credit", "A"),
    "саясат": ("policy", "N"), "қарыз": ("debts", "N"), "төлем": ("payments", "N"),
    "есеп айырысу": ("settlements", "N"),
    "банк": ("bank", "N"), "қор": ("fund", "N"), "кәсіпорын": ("enterprise", "N"),
    "бірлескен кәсіпорын": ("joint venture", "N"), "консорциум": ("consortium", "N"), "жоба": ("project", "N"),
    "кәсіпкерлік": ("entrepreneurship", "N"), "бизнес": ("business", "N"), "нарық": ("market", "N"),
    "рынок": ("market", "N"), "баға": ("prices", "N"), "тариф": ("tariffs", "N"), "квота": ("quota", "N"),
    "кеңістік": ("space", "N"), "аймақ": ("zone", "N"), "өнеркәсіп": ("industry", "N"),
    "өндіріс": ("production", "N"), "өндірістік кооперация": ("industrial cooperation", "N"),
    "ауыл шаруашылығы": ("agriculture", "N"), "агроөнеркәсіптік кешен": ("agro-industrial complex", "N"),
    "кешен": ("complex", "N"), "металлургия": ("metallurgical", "A"), "тау-кен": ("mining", "A"),
    "двигатель": ("engines", "N"), "астық": ("grain", "N"),
    # --- energy, transport, space, environment
    "энергетика": ("energy", "N"), "энергия": ("energy", "N"), "электр энергиясы": ("electricity", "N"),
    "мұнай": ("oil", "N"), "газ": ("gas", "N"), "мұнай-газ": ("oil and gas", "A"), "көмірсутек": ("hydrocarbons", "N"),
    "кен орны": ("field", "N"), "кен орын": ("field", "N"), "жер қойнауы": ("subsoil", "N"), "құбыр": ("pipeline", "N"),
    "құбыр желісі": ("pipeline", "N"), "транзит": ("transit", "N"), "тасымал": ("transportation", "N"),
    "көлік": ("transport", "N"), "теміржол": ("railway", "N"), "темір жол": ("railway", "N"),
    "автомобиль": ("road", "A"), "әуе": ("air", "A"), "әуе қатынасы": ("air services", "N"),
    "коммуникация": ("communications", "N"), "дәліз": ("corridor", "N"), "ғарыш": ("space", "A"),
    "ғарыш айлағы": ("cosmodrome", "N"), "ғарыш кеңістігі": ("outer space", "N"), "су": ("water", "N"),
    "су ресурстары": ("water resources", "N"), "экология": ("environment", "N"), "қоршаған орта": ("environment", "N"),
    "теңіз": ("sea", "N"), "теңіз түбі": ("seabed", "N"), "түп": ("bottom", "N"), "бөлік": ("part", "N"),
    "геологиялық барлау": ("geological exploration", "N"),
    # --- security, border, law, people
    "шекара": ("border", "N"), "мемлекеттік шекара": ("state border", "N"), "межелеу": ("delimitation", "V"),
    "демаркация": ("demarcation", "N"), "демаркациялау": ("demarcation", "V"),
    "делимитациялау": ("delimitation", "V"), "делимитация": ("delimitation", "N"), "әскери": ("military", "A"),
    "әскери-техникалық": ("military-technical", "A"), "қорғаныс": ("defence", "N"), "қару": ("weapons", "N"),
    "қарулы күштер": ("armed forces", "N"), "терроризм": ("terrorism", "N"), "экстремизм": ("extremism", "N"),
    "қылмыс": ("crime", "N"), "ұйымдасқан қылмыс": ("organised crime", "N"), "есірткі": ("drugs", "N"),
    "қауіп-қатер": ("threats", "N"), "қатер": ("threats", "N"), "қауіп": ("threats", "N"), "күрес": ("fight", "N"),
    "концепция": ("concept", "N"), "тұжырымдама": ("concept", "N"),
    "азаматтық": ("citizenship", "N"), "азамат": ("citizens", "N"), "құқық": ("rights", "N"),
    "құқықтық мәртебе": ("legal status", "N"), "мәртебе": ("status", "N"), "көші-қон": ("migration", "N"),
    "виза": ("visas", "N"), "визасыз": ("visa-free", "A"), "реадмиссия": ("readmission", "N"),
    "құқықтық көмек": ("legal assistance", "N"), "экстрадиция": ("extradition", "N"), "сот": ("courts", "N"),
    "еңбек": ("labour", "N"), "жұмыс күші": ("labour force", "N"), "жұмыс": ("work", "N"),
    "еңбекші көші-қон": ("labour migration", "N"), "зейнетақы": ("pensions", "N"), "тұлға": ("persons", "N"),
    # --- culture, science, education, humanitarian
    "мәдениет": ("culture", "N"), "ғылым": ("science", "N"), "техника": ("technology", "N"),
    "білім": ("education", "N"), "білім беру": ("education", "N"), "денсаулық сақтау": ("health care", "N"),
    "туризм": ("tourism", "N"), "спорт": ("sport", "N"), "жастар": ("youth", "N"), "ақпарат": ("information", "N"),
    "бұқаралық ақпарат құралдары": ("mass media", "N"), "архив": ("archives", "N"), "тіл": ("language", "N"),
    # --- institutions, administration, geography
    "әкімшілік": ("administration", "N"), "хокимият": ("khokimiyat", "N"), "әкімдік": ("akimat", "N"),
    "мэрия": ("mayor's office", "N"), "министрлік": ("ministry", "N"), "министр": ("ministers", "N"),
    "кеңес": ("council", "N"), "комиссия": ("commission", "N"), "үкімет": ("government", "N"),
    "мемлекет": ("states", "N"), "ел": ("countries", "N"), "облыс": ("region", "N"), "өлке": ("krai", "N"),
    "өңір": ("region", "N"), "аумақ": ("territory", "N"), "республика": ("republic", "N"),
    "федерация": ("federation", "N"), "ғасыр": ("century", "N"), "жыл": ("years", "N"),
    "институт": ("institutions", "N"),
    "тәртіп": ("procedure", "N"), "принцип": ("principles", "N"), "шарт": ("conditions", "N"),
    "бағыт": ("directions", "N"),
    "мақсат": ("purposes", "N"), "шара": ("measures", "N"), "іс-шара": ("measures", "N"),
    "бағдарлама": ("programme", "N"),
    "келісім": ("agreements", "N"), "барыс": ("progress", "N"), "әлеует": ("potential", "N"),
    "нысан": ("facilities", "N"),
    # --- verbal nouns (-у)
    "құру": ("establishment", "V"), "тереңдету": ("deepening", "V"), "кеңейту": ("expansion", "V"),
    "дамыту": ("development", "V"), "нығайту": ("strengthening", "V"), "жандандыру": ("intensification", "V"),
    "реттеу": ("settlement", "V"), "жүргізу": ("conduct", "V"), "іске асыру": ("implementation", "V"),
    "жүзеге асыру": ("implementation", "V"), "болдырмау": ("prevention", "V"), "босату": ("exemption", "V"),
    "пайдалану": ("use", "V"), "ұлғайту": ("increase", "V"), "алу": ("acquisition", "V"), "көрсету": ("rendering", "V"),
    "қорғау": ("protection", "V"), "көтермелеу": ("promotion", "V"), "тану": ("recognition", "V"),
    "қамтамасыз ету": ("ensuring", "V"), "жеңілдету": ("facilitation", "V"), "жасап шығару": ("production", "V"),
    "шығару": ("production", "V"), "өндіру": ("production", "V"), "тасымалдау": ("transportation", "V"),
    "жеткізу": ("supply", "V"), "қайтару": ("return", "V"), "алдын алу": ("prevention", "V"),
    "ұстап беру": ("extradition", "V"), "беру": ("provision", "V"), "ашу": ("opening", "V"),
    "жою": ("elimination", "V"),
    "төлеу": ("payment", "V"), "бас тарту": ("refusal", "V"), "үйлестіру": ("coordination", "V"),
    "бірлестіру": ("unification", "V"), "мамандандыру": ("specialisation", "V"), "іздестіру": ("prospecting", "V"),
    "барлау": ("exploration", "V"), "игеру": ("development", "V"), "салу": ("construction", "V"),
    "ілгерілету": ("advancement", "V"), "кеңейту және тереңдету": ("expansion and deepening", "V"),
    "келісу": ("coordination", "V"), "тарту": ("attraction", "V"), "қалпына келтіру": ("restoration", "V"),
    "жаңғырту": ("revival", "V"), "зерттеу": ("research", "V"), "бақылау": ("control", "V"),
    "басқару": ("management", "V"), "ынталандыру": ("encouragement", "V"), "қолдау": ("support", "V"),
    "өткізу": ("conduct", "V"), "енгізу": ("introduction", "V"), "күресу": ("combating", "V"),
    "ұйымдастыру": ("organisation", "V"), "жетілдіру": ("improvement", "V"), "тұру": ("residence", "V"),
    "құжат": ("document", "N"), "экспорт": ("export", "N"), "импорт": ("import", "N"),
    "экспортқа шығарылатын": ("exported", "T"), "шығарылатын": ("exported", "T"), "жүйе": ("system", "N"),
    "құбыр желілері": ("pipelines", "N"), "желі": ("network", "N"), 
    "бейбіт мақсатта": ("for peaceful purposes", "M"), "бейбіт мақсаттарда": ("for peaceful purposes", "M"),
    "бейбіт": ("peaceful", "A"), "өзара тиімді": ("mutually beneficial", "A"),
    "даму": ("development", "N"), "аудан": ("areas", "N"), "сала": ("sphere", "N"), "негіз": ("foundations", "N"),
    "қытай халық республикасы": ("People's Republic of China", "X"), "халық": ("people", "N"),
    "тарап": ("parties", "N"), "млн": ("million", "A"), "млрд": ("billion", "A"),
    "мың": ("thousand", "A"), "тонна": ("tonnes", "N"), "текше метр": ("cubic metres", "N"),
    "салық төлеуден бас тарту": ("tax evasion", "N"), "екі жақты салық салу": ("double taxation", "N"),
    "салық салудан жалтару": ("tax evasion", "N"), "ұйым": ("organisation", "N"),
    # --- adjectives
    "қазақстандық": ("Kazakhstani", "A"), "ресейлік": ("Russian", "A"), "өзбекстандық": ("Uzbek", "A"),
    "экономикалық": ("economic", "A"), "саяси": ("political", "A"), "мәдени": ("cultural", "A"),
    "гуманитарлық": ("humanitarian", "A"), "техникалық": ("technical", "A"), "ғылыми": ("scientific", "A"),
    "ғылыми-техникалық": ("scientific and technical", "A"), "сауда-экономикалық": ("trade and economic", "A"),
    "өзара": ("mutual", "A"), "екі жақты": ("bilateral", "A"), "көп жақты": ("multilateral", "A"),
    "үш жақты": ("trilateral", "A"), "үкіметаралық": ("intergovernmental", "A"), "мемлекетаралық": ("interstate", "A"),
    "аймақаралық": ("interregional", "A"), "өңіраралық": ("interregional", "A"), "шекаралық": ("border", "A"),
    "шекара маңы": ("cross-border", "A"), "шектес": ("border", "A"), "жеңілдетілген": ("simplified", "A"),
    "тұрақты": ("permanent", "A"), "уақытша": ("temporary", "A"), "бірыңғай": ("single", "A"),
    "біртұтас": ("single", "A"), "ортақ": ("common", "A"), "еркін": ("free", "A"), "жаңа": ("new", "A"),
    "негізгі": ("basic", "A"), "стратегиялық": ("strategic", "A"), "ұзақ мерзімді": ("long-term", "A"),
    "кең ауқымды": ("comprehensive", "A"), "жан-жақты": ("comprehensive", "A"), "халықаралық": ("international", "A"),
    "ұлттық": ("national", "A"), "ресми": ("official", "A"), "жалпы": ("general", "A"), "келісілген": ("agreed", "A"),
    "төленбеген": ("unpaid", "A"), "егеменді": ("sovereign", "A"), "солтүстік": ("northern", "A"),
    "оңтүстік": ("southern", "A"), "батыс": ("western", "A"), "шығыс": ("eastern", "A"), "орталық": ("central", "A"),
    "орталық азиялық": ("Central Asian", "A"), "ортаазиялық": ("Central Asian", "A"), "діни": ("religious", "A"),
    "трансұлтық": ("transnational", "A"), "трансұлттық": ("transnational", "A"), "геологиялық": ("geological", "A"),
    "агроөнеркәсіптік": ("agro-industrial", "A"), "өнеркәсіптік": ("industrial", "A"),
    "өндірістік": ("industrial", "A"),
    "энергетикалық": ("energy", "A"), "көліктік": ("transport", "A"), "ақпараттық": ("information", "A"),
    "әлеуметтік": ("social", "A"), "құқықтық": ("legal", "A"), "кедендік": ("customs", "A"),
    "қаржылық": ("financial", "A"), "инвестициялық": ("investment", "A"), "бірлескен": ("joint", "A"),
    "қосарланған": ("double", "A"), "мәңгілік": ("eternal", "A"), "мәңгі": ("eternal", "A"),
    "ядролық": ("nuclear", "A"), "ядросыз": ("nuclear-free", "A"), "дизель": ("diesel", "A"),
    "басқа": ("other", "A"), "өзге": ("other", "A"), "өзге де": ("other", "A"), "барлық": ("all", "A"),
    "жекелеген": ("certain", "A"), "нақты": ("specific", "A"), "кейбір": ("certain", "A"),
    "одан әрі": ("further", "D"), "ары қарай": ("further", "D"), "әрі қарай": ("further", "D"),
    # --- participles met inside titles (they modify the next noun)
    "тұратын": ("residing", "T"), "келген": ("arriving", "T"), "жасалған": ("concluded", "T"),
    "қол қойылған": ("signed", "T"), "қабылданған": ("adopted", "T"), "арналған": ("for", "P"),
    "бағдарланған": ("oriented to", "P"), "бағытталған": ("aimed at", "P"),
    # --- names met in titles (entity gazetteers give the rest)
    "қазақстан": ("Kazakhstan", "X"), "ресей": ("Russia", "X"), "өзбекстан": ("Uzbekistan", "X"),
    "қырғызстан": ("Kyrgyzstan", "X"), "тәжікстан": ("Tajikistan", "X"), "түрікменстан": ("Turkmenistan", "X"),
    "қытай": ("China", "X"), "тмд": ("CIS", "X"), "каспий": ("Caspian", "X"), "байқоңыр": ("Baikonur", "X"),
    "еуразиялық": ("Eurasian", "A"), "азия": ("Asia", "X"), "орталық азия": ("Central Asia", "X"),
    "астана": ("Astana", "X"), "алматы": ("Almaty", "X"), "ташкент": ("Tashkent", "X"), "мәскеу": ("Moscow", "X"),
    "бішкек": ("Bishkek", "X"), "орал": ("Oral", "X"), "бэк": ("SES", "X"), "еаэо": ("EAEU", "X"), "шыұ": ("SCO", "X"),
    "ұқшұ": ("CSTO", "X"), "еуразэқ": ("EurAsEC", "X"), "ххі": ("21st", "A"), "xxi": ("21st", "A"),
    "қр": ("Kazakhstan", "X"), "рф": ("Russia", "X"),
    "қазақстан республикасы": ("Republic of Kazakhstan", "X"), "ресей федерациясы": ("Russian Federation", "X"),
    "өзбекстан республикасы": ("Republic of Uzbekistan", "X"), "қырғыз республикасы": ("Kyrgyz Republic", "X"),
    # --- the field's common vocabulary: transport and transit, water, customs and visas, investment and taxes,
    # military-technical, culture, education, science, tourism, health, migration, space, nuclear, agriculture
    "логистика": ("logistics", "N"), "логистикалық": ("logistics", "A"), "транзиттік": ("transit", "A"),
    "инфрақұрылым": ("infrastructure", "N"), "жол": ("roads", "N"), "жол картасы": ("road map", "N"),
    "автомобиль қатынасы": ("road transport", "N"), "халықаралық автомобиль қатынасы": ("international road transport", "N"),
    "авиация": ("aviation", "N"), "азаматтық авиация": ("civil aviation", "N"), "порт": ("ports", "N"),
    "жүк": ("cargo", "N"), "жүк тасымалы": ("freight transport", "N"), "өткізу пункт": ("border crossing points", "N"),
    "трансшекаралық": ("transboundary", "A"), "өзен": ("rivers", "N"), "су шаруашылығы": ("water management", "N"),
    "гидроэнергетика": ("hydropower", "N"), "көмір": ("coal", "N"), "уран": ("uranium", "N"),
    "атом энергиясы": ("atomic energy", "N"), "атом электр станция": ("nuclear power plant", "N"),
    "электр станция": ("power plant", "N"), "мұнай-химия": ("petrochemical", "A"), "өңдеу": ("processing", "V"),
    "жаңартылатын": ("renewable", "A"), "жасыл": ("green", "A"), "климат": ("climate", "N"),
    "табиғи": ("natural", "A"), "ресурс": ("resources", "N"),
    "кеден ісі": ("customs affairs", "N"), "визалық": ("visa", "A"), "талап": ("requirements", "N"),
    "режим": ("regime", "N"), "паспорт": ("passports", "N"), "дипломатиялық": ("diplomatic", "A"),
    "қызметтік": ("service", "A"), "консулдық": ("consular", "A"), "мекеме": ("institutions", "N"),
    "елшілік": ("embassies", "N"), "консультация": ("consultations", "N"), "сыртқы": ("foreign", "A"),
    "сыртқы істер": ("foreign affairs", "N"), "заңсыз": ("illegal", "A"), "адам саудасы": ("human trafficking", "N"),
    "сотталған": ("sentenced", "A"), "адам": ("persons", "N"), "қылмыстық": ("criminal", "A"),
    "еңбек көші-қон": ("labour migration", "N"), "азшылық": ("minorities", "N"),
    "тікелей": ("direct", "A"), "шетелдік": ("foreign", "A"), "табыс": ("income", "N"),
    "салынатын салық": ("taxes", "N"), "өзара қорғау": ("mutual protection", "V"),
    "инновация": ("innovation", "N"), "инновациялық": ("innovative", "A"), "технология": ("technologies", "N"),
    "цифрлық": ("digital", "A"), "цифрландыру": ("digitalisation", "V"), "индустриялық": ("industrial", "A"),
    "индустрияландыру": ("industrialisation", "V"), "шағын": ("small", "A"), "орта": ("medium", "A"),
    "орта азия": ("Central Asia", "X"), "стандарттау": ("standardisation", "V"), "метрология": ("metrology", "N"),
    "сертификаттау": ("certification", "V"), "зияткерлік меншік": ("intellectual property", "N"),
    "бәсекелестік": ("competition", "N"), "телекоммуникация": ("telecommunications", "N"),
    "сақтандыру": ("insurance", "V"), "қаржыландыру": ("financing", "V"), "біріздендіру": ("harmonisation", "V"),
    "оңайлату": ("simplification", "V"), "ратификациялау": ("ratification", "V"), "өзгеріс": ("amendments", "N"),
    "мемлекеттік": ("state", "A"), "кеңейтілген": ("enhanced", "A"), "бауырлас": ("sister", "A"),
    "бауырластық": ("twinning", "N"), "орнату": ("establishment", "V"), "алмасу": ("exchange", "V"),
    "әскери қызметші": ("military personnel", "N"), "бітімгершілік": ("peacekeeping", "N"),
    "таратпау": ("non-proliferation", "V"), "сепаратизм": ("separatism", "N"), "киберқауіпсіздік": ("cybersecurity", "N"),
    "психотроптық": ("psychotropic", "A"), "зат": ("substances", "N"), "төтенше жағдай": ("emergencies", "N"),
    "мәдени мұра": ("cultural heritage", "N"), "мұрағат": ("archives", "N"), "баспасөз": ("press", "N"),
    "жоғары оқу орны": ("higher education institutions", "N"), "оқу орны": ("educational institutions", "N"),
    "студент": ("students", "N"), "кадр": ("personnel", "N"), "даярлау": ("training", "V"), "оқыту": ("training", "V"),
    "медицина": ("medicine", "N"), "медициналық": ("medical", "A"), "фармацевтика": ("pharmaceuticals", "N"),
    "санитариялық": ("sanitary", "A"), "эпидемиологиялық": ("epidemiological", "A"),
    "спорттық": ("sports", "A"), "туристік": ("tourist", "A"),
    "ғарыштық": ("space", "A"), "ғарыш қызметі": ("space activities", "N"), "зымыран-ғарыш": ("rocket and space", "A"),
    "жерсерік": ("satellites", "N"), "радиациялық": ("radiation", "A"),
    "азық-түлік": ("food", "N"), "азық-түлік қауіпсіздігі": ("food security", "N"), "ветеринария": ("veterinary medicine", "N"),
    "карантин": ("quarantine", "N"), "өсімдік": ("plants", "N"), "мал шаруашылығы": ("livestock farming", "N"),
    "балық шаруашылығы": ("fisheries", "N"), "тыңайтқыш": ("fertilisers", "N"), "өнім": ("products", "N"),
    "агроөнеркәсіп": ("agro-industry", "N"), "еуропалық": ("European", "A"), "шанхай": ("Shanghai", "X"),
    "арал теңізі": ("Aral Sea", "X"), "қала": ("cities", "N"), "қосымша": ("additional", "A"), "демократиялық": ("democratic", "A"),
    "бірлесіп": ("joint", "A"), "терминал": ("terminals", "N"), "сирек": ("rare", "A"),
    "сирек кездесетін": ("rare", "A"), "метал": ("metals", "N"), "сирек жер металы": ("rare earth metals", "N"),
}

# Whole words (no endings) that work as postpositions / relational words inside titles.
POSTPOSITIONS: dict[str, str] = {
    "саласындағы": "in the field of", "саласында": "in the field of", "салаларындағы": "in the fields of",
    "салаларында": "in the fields of", "арасындағы": "between", "арасында": "between", "жөніндегі": "on",
    "жөнінде": "on", "туралы": "on", "қарсы": "against", "үшін": "for", "арналған": "for",
    "бағдарланған": "oriented to", "бағытталған": "aimed at", "қатысты": "concerning", "бойынша": "on",
    "негізінде": "on the basis of", "мақсатында": "for the purpose of", "аясындағы": "within",
    "шеңберіндегі": "within", "аумағындағы": "on the territory of", "аумағында": "on the territory of",
    "барысы": "progress of",
}
CONJUNCTIONS: dict[str, str] = {"және": "and", "мен": "and", "пен": "and", "бен": "and", "әрі": "and",
                                "сондай-ақ": "as well as", "немесе": "or", ",": ","}

# English nouns after which a title reads "Treaty of X" rather than "Treaty on X".
OF_NOUNS = frozenset({"friendship", "cooperation", "mutual assistance", "assistance", "alliance",
                      "good-neighbourliness", "partnership", "eternal friendship", "strategic partnership",
                      "union", "understanding", "neighbourliness", "solidarity"})

# Hyphenated names of countries used as adjectives ("Ресей-Қазақстан ынтымақтастығы").
NAME_ADJECTIVES = {"ресей": "Russian", "қазақстан": "Kazakh", "өзбекстан": "Uzbek", "қырғызстан": "Kyrgyz",
                   "тәжікстан": "Tajik", "түрікменстан": "Turkmen", "қытай": "Chinese", "қазақ": "Kazakh",
                   "орыс": "Russian", "өзбек": "Uzbek"}

_MAX_PHRASE = max(len(k.split()) for k in WORDS)
_FIRST_WORDS = {}
for _key in WORDS:
    _FIRST_WORDS.setdefault(_key.split()[0], []).append(_key)
for _lst in _FIRST_WORDS.values():
    _lst.sort(key=lambda k: -len(k.split()))
_STEMS_BY_LEN = sorted({k for k in WORDS if " " not in k}, key=len, reverse=True)
_STEM_INDEX: dict[str, list[str]] = {}
for _stem in _STEMS_BY_LEN:
    for _v in stem_variants(_stem):
        _STEM_INDEX.setdefault(_v[:3], []).append(_stem)


@dataclass(slots=True)
class Piece:
    en: str
    pos: str  # N A V D T P C X (see WORDS), "?" unknown
    tail: Tail | None = None
    low: str = ""


def _match_word(word: str, key_word: str) -> Tail | None:
    if word == key_word:
        return Tail(False, False, "nom")
    return split_stem(word, key_word)


# voiced stem ending -> the stem as the table writes it ("ынтымақтастығ" -> "ынтымақтастық")
_VOICED_STEMS: dict[str, str] = {}
for _stem in _STEMS_BY_LEN:
    for _v in stem_variants(_stem)[1:]:
        _VOICED_STEMS.setdefault(_v, _stem)


@lru_cache(maxsize=65536)
def lookup_word(low: str) -> tuple[str, str, Tail] | None:
    """(key, class, tail) of one lower-case word by its longest known stem (the rest a plain noun ending)."""
    if low in WORDS:
        en, pos = WORDS[low]
        return low, pos, Tail(False, False, "nom")
    for cut in range(len(low) - 1, 1, -1):
        head = low[:cut]
        stem = head if head in WORDS and " " not in head else _VOICED_STEMS.get(head)
        if stem is None:
            continue
        tail = analyse_tail(low[cut:])
        if tail is not None:
            return stem, WORDS[stem][1], tail
    return None


def _plural(en: str, tail: Tail | None) -> str:
    return en


def join_hyphens(words: list[str]) -> list[str]:
    """["сауда", "-", "экономикалық"] -> ["сауда-экономикалық"] (texts space their hyphens)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "-" and out and i + 1 < len(words) and out[-1][-1:].isalnum() and words[i + 1][:1].isalnum():
            out[-1] = out[-1] + "-" + words[i + 1]
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def analyse(words: list[str], names: dict[str, tuple[str, str]] | None = None) -> list[Piece]:
    """Words of a Kazakh title -> pieces (phrase table first, longest match). ``names`` maps a lower-case word
    to (English name, case) for the named entities the annotators found in the title."""
    out: list[Piece] = []
    words = join_hyphens(words)
    lows = [w.lower() for w in words]
    last_name = -2
    i = 0
    while i < len(words):
        low = lows[i]
        matched = False
        exact = _FIRST_WORDS.get(low, [])
        for key in exact + [k for k in _FIRST_WORDS.get(_first_key(low), []) if k not in exact]:
            parts = key.split()
            if len(parts) == 1 or i + len(parts) > len(words):
                continue
            if all(lows[i + k] == parts[k] for k in range(len(parts) - 1)):
                tail = _match_word(lows[i + len(parts) - 1], parts[-1])
                if tail is not None:
                    if WORDS[key][1] != "X" and re.search(r"[^аеиоуыіэюяәөұү](?:ы|і)$|(?:сы|сі)$", parts[-1]) \
                            and not tail.poss:
                        tail = Tail(tail.plural, True, tail.case)
                    en, pos = WORDS[key]
                    out.append(Piece(en, pos, tail, low=key))
                    i += len(parts)
                    matched = True
                    break
        if matched:
            continue
        if names and low in names and (names[low][0] or last_name == i - 1):
            # a word of a name the annotators found; its inner words only right after its first word
            en, case = names[low]
            if en:
                out.append(Piece(en, "X", Tail(False, False, case), low=low))
            elif out and out[-1].pos == "X":
                out[-1].tail = Tail(False, False, case)
            last_name = i
            i += 1
            continue
        if out and out[-1].pos == "X" and re.fullmatch(r"үкімет(?:і|тері)(?:мен|нің|не|ның)?", low) and \
                not out[-1].en.startswith("Government"):
            # "Қазақстан Республикасы Үкіметі мен ...": the government of the named state
            out[-1].en = f"Government of {out[-1].en}"
            out[-1].tail = _tail_guess(low) if not low.endswith(("мен",)) else Tail(False, False, "ins")
            i += 1
            continue
        if re.fullmatch(r"\d{4}(?:\s*-\s*\d{4})?", low) and i + 2 <= len(words) and \
                re.match(r"жыл", lows[i + 1] if i + 1 < len(words) else ""):
            # "1998-2007 жылдарға арналған" -> "for 1998-2007"
            j = i + 2
            if j < len(words) and lows[j] in ("арналған",):
                out.append(Piece(f"for {low.replace(' ', '')}", "S", low=low))
                i = j + 1
                continue
        if low in CONJUNCTIONS:
            out.append(Piece(CONJUNCTIONS[low], "C", low=low))
            i += 1
            continue
        if low in POSTPOSITIONS and i > 0:
            out.append(Piece(POSTPOSITIONS[low], "P", low=low))
            i += 1
            continue
        if "-" in low and low not in WORDS:
            halves = low.split("-")
            if all(h in NAME_ADJECTIVES for h in halves[:-1]) and lookup_word(halves[-1]) and \
                    lookup_word(halves[-1])[1] == "X":
                en = "-".join(NAME_ADJECTIVES[h] for h in halves[:-1]) + "-" + \
                    NAME_ADJECTIVES.get(lookup_word(halves[-1])[0], WORDS[lookup_word(halves[-1])[0]][0])
                out.append(Piece(en, "A", Tail(False, False, "nom"), low=low))
                i += 1
                continue
        found = lookup_word(low)
        if found is None and "-" in low:
            # an unknown compound: its parts one by one ("тау-кен", "мұнай-химия")
            halves = low.split("-")
            last = lookup_word(halves[-1])
            firsts = [WORDS[h][0] if h in WORDS else translit(h).lower() for h in halves[:-1]]
            if last is not None:
                out.append(Piece("-".join(firsts + [WORDS[last[0]][0]]), last[1], last[2], low=low))
                i += 1
                continue
        if found:
            key, pos, tail = found
            out.append(Piece(WORDS[key][0], pos, tail, low=key))
        elif words[i][:1].isdigit():
            out.append(Piece(words[i], "A", low=low))
        elif words[i][:1].isupper() or words[i].isupper():
            out.append(Piece(translit(_strip_case(words[i])), "X", _tail_guess(low), low=low))
        else:
            out.append(Piece(translit(_strip_case(words[i])).lower(), "N", _tail_guess(low), low=low))
        i += 1
    return out


def _first_key(low: str) -> str:
    found = lookup_word(low)
    return found[0] if found else ""


_GUESS_RE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)?"
                       r"(ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|да|де|та|те|ны|ні|ды|ді|ты|ті)$")


def _strip_case(word: str) -> str:
    if len(word) < 6 or word.isupper():
        return word
    m = _GUESS_RE.search(word.lower())
    return word[:m.start()] if m and m.start() >= 4 else word


def _tail_guess(low: str) -> Tail:
    m = _GUESS_RE.search(low)
    if not m or m.start() < 4:
        return Tail(False, False, "nom")
    return analyse_tail(low[m.start():]) or Tail(False, False, "nom")


# ============================================================================================ reordering
@dataclass(slots=True)
class _NP:
    noun: str  # the head with its modifiers ("basic principles")
    case: str
    bare: bool  # no ending: can share the case of a following conjunct
    owner: str = ""  # "of X" part
    posts: list[str] | None = None  # "in the field of X", relative clauses
    has_verb: bool = False

    @property
    def en(self) -> str:
        text = self.noun
        if self.owner:
            text += f" of {self.owner}"
        if self.posts:
            text += " " + " ".join(self.posts)
        return text


_OBLIQUE_PREP = {"loc": "in", "dat": "to", "abl": "from", "attr": "in", "ins": "with"}


def _join(parts: list[str], conj: list[str] | None = None) -> str:
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _plural_en(en: str) -> str:
    if " " in en or not en.isalpha() or en.endswith("s") or en in ("cooperation", "trade", "policy", "security"):
        return en
    if en.endswith("um"):
        return en[:-2] + "a"
    if en.endswith(("x", "ch", "sh")):
        return en + "es"
    if en.endswith("y") and en[-2:-1] not in "aeiou":
        return en[:-1] + "ies"
    return en + "s"


def _merge_series(pieces: list[Piece]) -> list[Piece]:
    """V (, V)* and V -> one V ("іздестіру, барлау және игеру" -> "prospecting, exploration and development")."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p.pos == "V":
            heads = [p.en]
            j = i
            while j + 2 < len(pieces) and pieces[j + 1].pos == "C" \
                    and pieces[j + 1].low in (",", "және", "мен", "пен", "бен") \
                    and pieces[j + 2].pos == "V" and (pieces[j].tail is None or pieces[j].tail.case == "nom"):
                heads.append(pieces[j + 2].en)
                j += 2
            if j > i:
                out.append(Piece(_join(heads), "V", pieces[j].tail, low=pieces[j].low))
                i = j + 1
                continue
        out.append(p)
        i += 1
    return out


def translate_topic(words: list[str], names: dict | None = None) -> str:
    """English for the topic of a title (the words before "туралы"), head-initial."""
    words = _drop_parentheses(words)
    pieces = _merge_series(analyse(words, names))
    stack: list = []  # _NP, or "C:<en>" conjunction markers
    mods: list[str] = []
    pending: list[str] = []  # "in the field of X", "residing in X", waiting for their head
    suffix: list[str] = []

    def pop_np(cases=None) -> str | None:
        """Pop the last NP with the NPs coordinated with it."""
        if not stack or not isinstance(stack[-1], _NP) or (cases and stack[-1].case not in cases):
            return None
        last = stack.pop()
        items = [last.en]
        while len(stack) >= 2 and isinstance(stack[-1], str) and isinstance(stack[-2], _NP) \
                and (stack[-2].bare or stack[-2].case == last.case) and stack[-2].has_verb == last.has_verb:
            stack.pop()
            items.insert(0, stack.pop().en)
        return _join(items)

    def next_is(i: int, *classes: str) -> bool:
        return i + 1 < len(pieces) and pieces[i + 1].pos in classes

    def continues(i: int) -> bool:
        """The head at i is followed by more of the same phrase (a possessed noun or a coordinated noun)."""
        if i + 1 >= len(pieces):
            return False
        nxt = pieces[i + 1]
        if nxt.pos in ("N", "X") and nxt.tail and nxt.tail.poss:
            return True
        if nxt.pos == "C" and nxt.low != "," or nxt.low == ",":
            k = i + 2
            while k < len(pieces) and pieces[k].pos in ("A", "D"):
                k += 1
            return k < len(pieces) and pieces[k].pos in ("N", "X") and \
                (pieces[i].tail is None or pieces[i].tail.case == "nom")
        return False

    for i, p in enumerate(pieces):
        tail = p.tail or Tail(False, False, "nom")
        if p.pos == "S":
            suffix.append(p.en)
        elif p.pos == "C":
            if mods and i + 1 < len(pieces) and pieces[i + 1].pos == "A":
                mods.append(f"C:{p.en}")
            else:
                if mods:
                    stack.append(_NP(_mods_text(mods), "nom", True))
                    mods = []
                if stack and isinstance(stack[-1], str):
                    stack[-1] = "C:and"
                else:
                    stack.append(f"C:{p.en}")
        elif p.pos in ("A", "D"):
            mods.append(p.en)
        elif p.pos == "M":  # an adverbial phrase: follows its head in English ("... for peaceful purposes")
            pending.append(p.en)
        elif p.pos == "T":
            obl = []
            while stack and isinstance(stack[-1], _NP) and stack[-1].case in _OBLIQUE_PREP:
                case = stack[-1].case
                obl.insert(0, f"{_OBLIQUE_PREP[case] if case != 'dat' else 'in'} {pop_np()}")
            adv = [m + "ly" if m.endswith("ent") else m for m in mods if not m.startswith("C:")]
            mods = []
            clause = " ".join(adv + [p.en] + obl + pending)
            pending = [clause]
        elif p.pos == "P":
            obj = pop_np()
            if obj is None and mods:
                obj, mods = _mods_text(mods), []
            if obj:
                pending.append(f"{p.en} {obj}")
        elif p.pos == "V":
            adv = [m for m in mods if m == "further"]
            mods = [m for m in mods if m != "further"]
            obl = []
            while stack and isinstance(stack[-1], _NP) and stack[-1].case in ("abl", "loc", "dat"):
                case = stack[-1].case
                obl.insert(0, f"{_OBLIQUE_PREP[case]} {pop_np()}")
            obj = pop_np(("acc", "nom", "gen"))
            if obj:  # circumstances before the object ("әскери салада сенім шараларын нығайту")
                while stack and isinstance(stack[-1], _NP) and stack[-1].case in ("loc",):
                    obl.append(f"in {pop_np()}")
            head = " ".join(adv + [p.en])
            if mods:
                head = _mods_text(mods) + " " + head
                mods = []
            np_ = _NP(head, tail.case, tail.case == "nom" and not tail.poss, owner=obj or "",
                      posts=obl + pending, has_verb=True)
            pending = []
            stack.append(np_)
        else:  # N, X
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            if p.pos == "N" and tail.case == "nom" and not tail.poss and not tail.plural and nxt is not None \
                    and nxt.pos == "N" and nxt.tail is not None and not nxt.tail.poss:
                mods.append(p.en)  # a noun before a noun qualifies it ("достық қарым-қатынастар")
                continue
            en = _plural_en(p.en) if tail.plural else p.en
            if mods:
                en = _mods_text(mods) + " " + en
                mods = []
            had_mods = en != (_plural_en(p.en) if tail.plural else p.en)
            np_ = _NP(en, tail.case, tail.case == "nom" and not tail.poss)
            if tail.poss and stack:
                top = stack[-1]
                if isinstance(top, _NP) and top.case == "gen":
                    np_.has_verb = top.has_verb
                    np_.owner = pop_np()
                elif isinstance(top, _NP) and top.case == "nom" and top.has_verb:
                    np_.owner = pop_np()
                elif isinstance(top, _NP) and top.case == "nom":
                    single_name = top.noun[:1].isupper() and " " not in top.noun and not top.posts
                    if single_name and not had_mods:
                        np_.noun = f"{pop_np()} {en}"
                    else:
                        np_.owner = pop_np()
                elif isinstance(top, str) and len(stack) >= 2 and isinstance(stack[-2], _NP) and stack[-2].owner \
                        and not had_mods:
                    stack.pop()
                    prev = stack.pop()
                    np_.noun, np_.owner = f"{prev.noun} and {en}", prev.owner
            elif stack and isinstance(stack[-1], _NP) and stack[-1].case == "dat" and p.pos == "N" \
                    and not next_is(i, "T", "P"):
                np_.posts = [f"on {pop_np()}"]
            if tail.case == "attr":
                pending.append(f"in {np_.en}")
                continue
            if pending and not continues(i):
                np_.posts = (np_.posts or []) + pending
                pending = []
            stack.append(np_)
    if mods:
        stack.append(_NP(_mods_text(mods), "nom", True))
    # the last noun phrase is the head; genitive phrases left before it are its subjects
    out: list[str] = []
    head_index = max((k for k, x in enumerate(stack) if isinstance(x, _NP)), default=-1)
    leading_gen = head_index > 0 and all(isinstance(x, str) or x.case == "gen" for x in stack[:head_index]) \
        and isinstance(stack[head_index - 1], _NP)
    if leading_gen:
        subjects = [x.en for x in stack[:head_index] if isinstance(x, _NP)]
        head = stack[head_index]
        out.append(head.en + (" by " if head.has_verb else " of ") + _join(subjects))
        stack = stack[head_index + 1:]
    for item in stack:
        out.append(item[2:] if isinstance(item, str) else item.en)
    text = " ".join(out)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r"(?:^|\s)(?:and|,|as well as)\s*$", "", text).strip()
    text = re.sub(r"^(?:and|,|as well as)\s+", "", text)
    if pending:
        text = (text + " " + " ".join(pending)).strip()
    if suffix:
        text = (text + " " + " ".join(suffix)).strip()
    return _tidy(text)


def _drop_parentheses(words: list[str]) -> list[str]:
    out, depth = [], 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif not depth and w not in ("«", "»", '"'):
            out.append(w)
    return out


def _mods_text(mods: list[str]) -> str:
    words: list[str] = []
    for m in mods:
        if m.startswith("C:"):
            words.append(m[2:])
        else:
            words.append(m)
    text = " ".join(words)
    return re.sub(r"\s+,", ",", text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,")
    text = re.sub(r"\b(\w+) \1\b", r"\1", text)
    text = re.sub(r"\bas well as\b", "and", text)
    return text


def title_case(text: str) -> str:
    small = {"of", "and", "on", "the", "in", "for", "to", "between", "against", "with", "a", "an"}
    words = text.split(" ")
    return " ".join(w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


_POST_RE = re.compile(r"\s+(?=(?:between|oriented to|for \d|in the field|on the territory|concluded|signed)\b)")


def _split_post(topic: str) -> tuple[str, str]:
    m = _POST_RE.search(topic)
    if not m:
        return topic, ""
    return topic[:m.start()], " " + topic[m.end():]


def kind_head(kind_word: str) -> tuple[str, str] | None:
    """(kind, English head) of a kind word as written ("келісімге" -> ("agreement", "Agreement"))."""
    low = kind_word.lower().replace(" ", "")
    for pattern, kind, head in KIND_TABLE:
        if re.match(pattern, low):
            return kind, head
    return None


def english_title(topic_words: list[str], kind: str, head: str, *, modifiers: list[str] = (),
                  possessive: bool = False, plural: bool = False, names: dict | None = None,
                  nested: bool = False) -> str:
    """See :func:`_english_title` (cached: titles repeat within and across documents)."""
    return _english_title(tuple(topic_words), kind, head, tuple(modifiers), possessive, plural,
                          tuple(sorted((names or {}).items())), nested)


@lru_cache(maxsize=8192)
def _english_title(topic_words: tuple, kind: str, head: str, modifiers: tuple, possessive: bool, plural: bool,
                   names_items: tuple, nested: bool) -> str:
    """The English title of an instrument: ``<Modifiers> <Head> on|of <topic>``; for an instrument named only by
    what qualifies it ("Оралда жасалған екі жақты келісімдер") the translated noun phrase itself."""
    names = dict(names_items) or None
    topic_words = list(topic_words)
    pre = " ".join(KIND_MODIFIERS.get(m.lower(), "") for m in modifiers).strip()
    head_en = head + ("s" if plural and not head.endswith("s") and head != "Communiqué" else "")
    if plural and head == "Treaty":
        head_en = "Treaties"
    full_head = f"{pre} {head_en}".strip() if pre else head_en
    if not topic_words:
        return full_head
    if nested:
        text = translate_topic(list(topic_words) + [head_en.lower()], names)
        text = re.sub(rf"\b{head_en.lower()}\b", head_en.lower(), text)
        return text[:1].upper() + text[1:]
    pieces = analyse(_drop_parentheses(topic_words), names)
    if possessive and pieces and all(p.pos == "X" for p in pieces):
        return f"{' '.join(p.en for p in pieces)} {full_head}"
    topic = translate_topic(topic_words, names)
    if not topic:
        return full_head
    core, rest = _split_post(topic)
    parts = [x.strip() for x in re.split(r",| and ", core) if x.strip()]
    if parts and all(x.lower() in OF_NOUNS for x in parts) and \
            (not rest or rest.lstrip().startswith(("between", "oriented"))):
        return f"{full_head} of {title_case(core)}{rest}"
    if possessive:
        return f"{full_head} of {topic}" if not topic.startswith(("for ", "on ")) else f"{full_head} {topic}"
    return f"{full_head} on {topic}"
