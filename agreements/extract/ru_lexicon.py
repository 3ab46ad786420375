"""Word tables for Russian agreement titles: kind words, topic words and phrases (by pymorphy3 lemma) -> English.

Titles are translated compositionally (see ru_titles.py): the kind word gives the document type, every other word
is looked up here by its lemma; genitive chains become "of", prepositions are translated, named entities take the
English name from the entity annotator. Nothing here is a whole title.

Format of the tables: one entry a line, ``lemma = english``; a noun whose English plural is irregular is written
``singular|plural``. Lemmas use "е" for "ё".
"""
from __future__ import annotations


def _table(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.strip().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, value = line.partition("=")
        out[key.strip().replace("ё", "е")] = value.strip()
    return out


# Kind words: lemma -> (GOLD_SCHEMA kind, English head noun).
KINDS: dict[str, tuple[str, str]] = {
    "договор": ("treaty", "Treaty"),
    "соглашение": ("agreement", "Agreement"),
    "договоренность": ("agreement", "Agreement"),
    "протокол": ("protocol", "Protocol"),
    "меморандум": ("memorandum", "Memorandum"),
    "декларация": ("declaration", "Declaration"),
    "заявление": ("statement", "Statement"),  # only with "совместное" (see ru.py)
    "коммюнике": ("statement", "Communiqué"),
    "программа": ("programme", "Programme"),
    "план": ("plan", "Plan"),
    "конвенция": ("other", "Convention"),
    "концепция": ("other", "Concept"),
    "хартия": ("other", "Charter"),
    "устав": ("other", "Charter"),
    "пакт": ("other", "Pact"),
    "контракт": ("other", "Contract"),
    "стратегия": ("other", "Strategy"),
    "дорожная карта": ("plan", "Roadmap"),
    "карта": ("plan", "Roadmap"),  # only after "дорожная" (see ru_titles.kind_of)
}

# Topic words (nouns, adjectives, verbs, adverbs) by lemma.
WORDS = _table("""
# relations and cooperation
сотрудничество = cooperation
дружба = friendship
помощь = assistance
взаимопомощь = mutual assistance
партнерство = partnership
союзничество = alliance
союз = union
союзник = ally
добрососедство = good-neighbourliness
взаимодействие = interaction
отношение = relation
связь = communications
координация = coordination
развитие = development
расширение = expansion
укрепление = strengthening
углубление = deepening
поддержка = support
реализация = implementation
выполнение = implementation
обмен = exchange
основа = basis|fundamentals
основы = fundamentals
принцип = principle
направление = area
сфера = field
отрасль = sector
вопрос = issue
мера = measure
действие = action
деятельность = activity
работа = work
программа = programme
план = plan
стратегия = strategy
концепция = concept
проект = project
механизм = mechanism
формат = format
диалог = dialogue
мир = peace
стабильность = stability
доверие = confidence
урегулирование = settlement
конфликт = conflict
кризис = crisis
деэскалация = de-escalation
прекращение = cessation
огонь = fire
присутствие = presence
наблюдение = observation
мониторинг = monitoring
# institutions and actors
государство = state
страна = country
сторона = party
республика = Republic
федерация = Federation
королевство = Kingdom
правительство = government
министерство = ministry
ведомство = agency
администрация = administration
комиссия = commission
комитет = committee
совет = council
палата = chamber
центр = centre
фонд = fund
банк = bank
организация = organization
объединение = association
ассоциация = association
содружество = Commonwealth
сообщество = community
парламент = parliament
участник = participant
член = member
гражданин = citizen|citizens
гражданство = citizenship
лицо = person|persons
посольство = embassy|embassies
консульство = consulate
посол = ambassador
миссия = mission
представительство = representative office
орган = body|bodies
компания = company|companies
предприятие = enterprise
глава = head
президент = president
министр = minister
народ = people|peoples
# general nouns
создание = establishment
учреждение = establishment
основание = founding
образование = education
формирование = formation
строительство = construction
использование = use
пользование = use
эксплуатация = operation
аренда = lease
плата = payment
срок = term
продление = extension
изменение = amendment
дополнение = supplement
внесение = introduction
присоединение = accession
ратификация = ratification
статус = status
режим = regime
порядок = procedure
условие = condition
правило = rule
система = system
зона = zone
территория = territory
пространство = space
район = area
объект = facility|facilities
комплекс = complex
инфраструктура = infrastructure
сеть = network
интерес = interest
цель = purpose
год = year
период = period
этап = stage
уровень = level
сумма = sum
продукция = products
продукт = product
товар = goods
услуга = services
приобретение = purchase
закупка = procurement
поставка = supply|supplies
производство = production
# economy and trade
экономика = economy
торговля = trade
инвестиция = investment
поощрение = promotion
защита = protection
охрана = protection
налогообложение = taxation
налог = tax|taxes
доход = income
капитал = capital
избежание = avoidance
уклонение = evasion
предотвращение = prevention
таможня = customs
рынок = market
финансы = finance
кредит = loan
заем = loan
платеж = payment
валюта = currency
промышленность = industry
хозяйство = economy
сельхозпродукция = agricultural products
продовольствие = food
зерно = grain
туризм = tourism
малый = small
средний = medium
бизнес = business
предпринимательство = entrepreneurship
# energy, transport, space
энергетика = energy
энергия = energy
электроэнергия = electricity
нефть = oil
газ = gas
уголь = coal
уран = uranium
трубопровод = pipeline
нефтепровод = oil pipeline
газопровод = gas pipeline
месторождение = field
недра = subsoil
разведка = exploration
разработка = development
добыча = production
транспорт = transport
транзит = transit
перевозка = transportation
сообщение = communication
дорога = road
железная дорога = railway
коридор = corridor
порт = port
аэропорт = airport
авиация = aviation
судоходство = navigation
космос = outer space
космодром = cosmodrome
ракета = missile
полигон = test site
испытание = test
спутник = satellite
море = sea
дно = seabed
река = river
вода = water
ресурс = resource
среда = environment
природа = nature
экология = ecology
климат = climate
# security and law
безопасность = security
оборона = defence
вооружение = armament
оружие = weapons
техника = equipment
армия = army
войско = troops
сила = force
учение = exercise
военнослужащий = serviceman|servicemen
подготовка = training
обучение = training
кадр = personnel
нераспространение = non-proliferation
разоружение = disarmament
уничтожение = destruction
терроризм = terrorism
экстремизм = extremism
сепаратизм = separatism
преступность = crime
преступление = crime
наркотик = drug
оборот = trafficking
борьба = combating
граница = border
делимитация = delimitation
демаркация = demarcation
разграничение = delimitation
раздел = division
пункт = point
пропуск = crossing
право = right
правовой = legal
выдача = extradition
экстрадиция = extradition
передача = transfer
осужденный = sentenced
реадмиссия = readmission
миграция = migration
мигрант = migrant
виза = visa
въезд = entry
пребывание = stay
труд = labour
занятость = employment
# society
наука = science
культура = culture
искусство = art
спорт = sport
молодежь = youth
здравоохранение = health care
медицина = medicine
информация = information
средство = means
пресса = press
архив = archive
университет = university
студент = student
учебник = textbook
язык = language
история = history
наследие = heritage
# adjectives
взаимный = mutual
совместный = joint
общий = common
единый = single
объединенный = joint
коллективный = collective
стратегический = strategic
всеобъемлющий = comprehensive
всесторонний = comprehensive
расширенный = enhanced
вечный = eternal
долгосрочный = long-term
среднесрочный = medium-term
новый = new
дополнительный = additional
соответствующий = relevant
двусторонний = bilateral
многосторонний = multilateral
межгосударственный = interstate
межправительственный = intergovernmental
межрегиональный = interregional
приграничный = cross-border
трансграничный = transboundary
международный = International
региональный = regional
государственный = state
национальный = national
экономический = economic
торговый = trade
инвестиционный = investment
финансовый = financial
банковский = banking
таможенный = customs
налоговый = tax
промышленный = industrial
сельскохозяйственный = agricultural
сельский = rural
энергетический = energy
ядерный = nuclear
атомный = nuclear
мирный = peaceful
космический = space
транспортный = transport
железнодорожный = railway
автомобильный = road
воздушный = air
морской = maritime
водный = water
военный = military
оборонный = defence
противовоздушный = air defence
противоракетный = missile defence
гражданский = civil
уголовный = criminal
дипломатический = diplomatic
консульский = consular
служебный = official
визовый = visa
безвизовый = visa-free
трудовой = labour
культурный = cultural
гуманитарный = humanitarian
научный = scientific
технический = technical
образовательный = educational
информационный = information
цифровой = digital
инновационный = innovation
экологический = environmental
природный = natural
социальный = social
пенсионный = pension
санитарный = sanitary
ветеринарный = veterinary
фитосанитарный = phytosanitary
евразийский = Eurasian
тюркский = Turkic
исламский = Islamic
арабский = Arab
независимый = independent
незаконный = illicit
организованный = organized
компетентный = competent
особый = special
свободный = free
устойчивый = sustainable
пассажирский = passenger
грузовой = cargo
массовый = mass
ежегодный = annual
арендный = rental
американский = American
казахстанский = Kazakh
российский = Russian
турецкий = Turkish
китайский = Chinese
узбекский = Uzbek
узбекистанский = Uzbek
киргизский = Kyrgyz
кыргызский = Kyrgyz
таджикский = Tajik
туркменский = Turkmen
азербайджанский = Azerbaijani
белорусский = Belarusian
украинский = Ukrainian
армянский = Armenian
грузинский = Georgian
иранский = Iranian
индийский = Indian
японский = Japanese
корейский = Korean
германский = German
немецкий = German
французский = French
британский = British
европейский = European
# --- added: common vocabulary of the field
понимание = understanding
намерение = intent
протокол = protocol
соглашение = agreement
договор = treaty
меморандум = memorandum
декларация = declaration
конвенция = convention
хартия = charter
пакт = pact
контракт = contract
карта = map
документ = document
взаимоотношение = relations
союзнический = allied
союзный = allied
дружественный = friendly
дружеский = friendly
добрососедский = good-neighbourly
партнерский = partnership
равноправный = equal
взаимовыгодный = mutually beneficial
дальнейший = further
высокий = high
северный = northern
южный = southern
западный = western
восточный = eastern
центральный = central
часть = part
сектор = sector
участок = section
линия = line
осуществление = exercise
суверенный = sovereign
суверенитет = sovereignty
независимость = independence
целостность = integrity
неприкосновенность = inviolability
недропользование = subsoil use
водохозяйственный = water management
сооружение = facility|facilities
водохранилище = reservoir
бассейн = basin
орошение = irrigation
гидроэлектростанция = hydroelectric power station
электростанция = power station
станция = station
низкообогащенный = low-enriched
обогащенный = enriched
обогащение = enrichment
топливо = fuel
реактор = reactor
радиационный = radiation
отход = waste
модернизация = modernization
реконструкция = reconstruction
завод = plant
шельф = shelf
каспийский = Caspian
аральский = Aral
прикаспийский = Caspian littoral
тихоокеанский = Pacific
азиатский = Asian
центральноазиатский = Central Asian
африканский = African
латиноамериканский = Latin American
ближневосточный = Middle Eastern
шанхайский = Shanghai
ракетный = rocket
аэрокосмический = aerospace
пусковой = launch
запуск = launch
исследование = research
освоение = exploration
вычислительный = computing
технология = technology
инновация = innovation
цифровизация = digitalization
искусственный = artificial
интеллект = intelligence
телекоммуникация = telecommunications
почта = post
почтовый = postal
пшеница = wheat
мясо = meat
скот = livestock
животноводство = livestock farming
растениеводство = crop farming
ветеринария = veterinary medicine
карантин = quarantine
требование = requirement
стандарт = standard
стандартизация = standardization
метрология = metrology
сертификация = certification
аккредитация = accreditation
признание = recognition
диплом = diploma
степень = degree
квалификация = qualification
эквивалентность = equivalence
нострификация = recognition of qualifications
воспитание = upbringing
школа = school
вуз = university
филиал = branch
стипендия = scholarship
грант = grant
академический = academic
академия = academy
исследовательский = research
лаборатория = laboratory
технопарк = technology park
туристский = tourist
туристический = tourist
турист = tourist
паломничество = pilgrimage
кинематография = cinematography
театр = theatre
музей = museum
библиотека = library
спортивный = sports
олимпийский = Olympic
молодежный = youth
медицинский = medical
фармацевтический = pharmaceutical
лекарственный = medicinal
лекарство = medicine
вакцина = vaccine
эпидемия = epidemic
пандемия = pandemic
благополучие = welfare
население = population
обеспечение = provision
пенсия = pension
трудящийся = worker
работник = worker
рабочий = worker
миграционный = migration
переселение = resettlement
оралман = ethnic Kazakh repatriate
соотечественник = compatriot
диаспора = diaspora
репатриант = repatriate
двойной = dual
отмена = abolition
упрощение = simplification
облегчение = facilitation
поездка = travel|travels
выезд = exit
транзитный = transit
проезд = passage
пересечение = crossing
контрольно-пропускной = checkpoint
пограничный = border
контроль = control
досмотр = inspection
оформление = clearance
пошлина = duty|duties
тариф = tariff
квота = quota
демпинг = dumping
экспорт = export|exports
импорт = import|imports
экспортный = export
импортный = import
покупка = purchase
продажа = sale
снабжение = supply
поставщик = supplier
потребитель = consumer
инвестор = investor
капиталовложение = capital investment
гарантия = guarantee
страхование = insurance
кредитный = credit
кредитование = lending
платежный = payment
расчет = settlement
валютный = currency
денежный = monetary
уплата = payment
отмывание = laundering
финансирование = financing
коррупция = corruption
правоохранительный = law enforcement
полиция = police
прокуратура = prosecutor's office
суд = court
судебный = judicial
семейный = family
дело = case|cases
лишение = deprivation
свобода = liberty
отбывание = serving
наказание = sentence
кибербезопасность = cybersecurity
киберпреступность = cybercrime
обороноспособность = defence capability
военно-технический = military-technical
военно-политический = military-political
миротворческий = peacekeeping
миротворчество = peacekeeping
учения = exercises
боеприпас = ammunition
ремонт = repair
обслуживание = maintenance
офицер = officer
кадет = cadet
округ = district
база = base
испытательный = test
силовой = security
спецслужба = special service
контртеррористический = counter-terrorism
антитеррористический = anti-terrorist
наркотический = narcotic
психотропный = psychotropic
вещество = substance
прекурсор = precursor
нелегальный = illegal
людь = people
человек = person|people
чрезвычайный = emergency
ситуация = situation
бедствие = disaster
стихийный = natural
ликвидация = elimination
последствие = consequence
предупреждение = prevention
спасение = rescue
окружающий = surrounding
загрязнение = pollution
сохранение = conservation
биоразнообразие = biodiversity
энергосбережение = energy saving
возобновляемый = renewable
источник = source
водород = hydrogen
зеленый = green
энергоснабжение = energy supply
электроснабжение = power supply
газоснабжение = gas supply
нефтепродукт = petroleum product|petroleum products
нефтяной = oil
газовый = gas
угольный = coal
урановый = uranium
горнодобывающий = mining
горно-металлургический = mining and metallurgical
металлургия = metallurgy
металлургический = metallurgical
химический = chemical
машиностроение = mechanical engineering
автомобиль = car|cars
автомобилестроение = automotive industry
производственный = production
индустриальный = industrial
индустриализация = industrialization
кооперация = cooperation
агропромышленный = agro-industrial
аграрный = agricultural
продовольственный = food
логистический = logistics
логистика = logistics
мультимодальный = multimodal
контейнерный = container
автодорога = highway
магистраль = highway
мост = bridge
тоннель = tunnel
терминал = terminal
хаб = hub
паром = ferry
речной = river
авиасообщение = air service|air services
авиакомпания = airline
рейс = flight|flights
перевозчик = carrier
маршрут = route
трасса = route
путь = route
шелковый = Silk
пояс = belt
инициатива = initiative
транскаспийский = Trans-Caspian
трансевразийский = Trans-Eurasian
интеграция = integration
интеграционный = integration
нация = nation|nations
совещание = conference
азия = Asia
европа = Europe
ислам = Islam
тюркоязычный = Turkic-speaking
премьер-министр = prime minister
председатель = chairman
межпарламентский = interparliamentary
регион = region
область = region
край = territory
провинция = province
штат = state
город = city|cities
побратим = twin
город-побратим = sister city
акимат = akimat
муниципалитет = municipality
местный = local
исполнительный = executive
власть = authority|authorities
спутниковый = satellite
навигационный = navigation
дистанционный = remote
зондирование = sensing
земля = Earth
метеорологический = meteorological
гидрометеорологический = hydrometeorological
статистический = statistical
статистика = statistics
архивный = archival
издательский = publishing
телевидение = television
радио = radio
вещание = broadcasting
журналист = journalist
гидроэнергетик = hydropower
трудящихся-мигрант = migrant worker|migrant workers
взаимопонимание = understanding
установление = establishment
ученый = academic
звание = title|titles
секретный = classified
владелец = holder|holders
паспорт = passport|passports
политика = policy
собственность = property
биологический = biological
разнообразие = diversity
бактериологический = bacteriological
токсинный = toxin
парижский = Paris
минский = Minsk
алматинский = Almaty
алма-атинский = Alma-Ata
астанинский = Astana
ташкентский = Tashkent
бишкекский = Bishkek
душанбинский = Dushanbe
ашхабадский = Ashgabat
бакинский = Baku
московский = Moscow
пекинский = Beijing
вашингтонский = Washington
женевский = Geneva
венский = Vienna
киотский = Kyoto
лиссабонский = Lisbon
тегеранский = Tehran
стамбульский = Istanbul
беловежский = Belovezha
хельсинкский = Helsinki
брюссельский = Brussels
самаркандский = Samarkand
семипалатинский = Semipalatinsk
сырье = raw materials
аккумулятор = battery|batteries
батарея = battery|batteries
металл = metal
минерал = mineral
литий = lithium
вольфрам = tungsten
медь = copper
цинк = zinc
ископаемое = minerals
беспилотник = drone
дрон = drone
вакцинация = vaccination
вступление = entry
денонсация = denunciation
приостановление = suspension
вооруженный = armed
сокращение = reduction
# verbs and clause words
быть = be
эксплуатировать = operate
представлять = represent
обеспечивать = ensure
обеспечить = ensure
создавать = establish
создать = establish
развивать = develop
предоставлять = provide
предоставить = provide
осуществлять = carry out
использовать = use
арендовать = lease
поставлять = supply
строить = build
получать = receive
отсутствовать = be absent
иметь = have
который = which
где = where
тот = those
этот = this
что = that
также = also
""")

# Multi-word phrases by lemma sequence (hyphens split into separate lemmas are not used: compounds are whole).
PHRASES: dict[tuple[str, ...], str] = {
    ("торгово-промышленный", "палата"): "Chamber of Commerce and Industry",
    ("сельский", "хозяйство"): "agriculture",
    ("воздушный", "пространство"): "airspace",
    ("воздушный", "сообщение"): "air services",
    ("правовой", "помощь"): "legal assistance",
    ("взаимный", "помощь"): "mutual assistance",
    ("окружающий", "среда"): "environment",
    ("средство", "массовый", "информация"): "mass media",
    ("массовый", "уничтожение"): "mass destruction",
    ("железный", "дорога"): "railway",
    ("пункт", "пропуск"): "border crossing points",
    ("двойной", "налогообложение"): "double taxation",
    ("государство", "—", "участник"): "member states",
    ("государство", "-", "участник"): "member states",
    ("государство", "—", "член"): "member states",
    ("государство", "-", "член"): "member states",
    ("страна", "—", "участник"): "member countries",
    ("страна", "—", "член"): "member countries",
    ("срок", "действие"): "term of validity",
    ("малый", "и", "средний", "бизнес"): "small and medium business",
    ("организация", "объединенный", "нация"): "United Nations",
    ("совет", "безопасность"): "Security Council",
    ("высокий", "образование"): "higher education",
    ("космический", "пространство"): "outer space",
    ("в", "мирный", "цель"): "for peaceful purposes",
    ("автомобильный", "сообщение"): "road transport",
    ("борьба", "с"): "combating",
    ("в", "отношение"): "with respect to",
    ("уклонение", "от", "налогообложение"): "tax evasion",
    ("наркотический", "средство"): "narcotic drugs",
    ("секретный", "информация"): "classified information",
    ("служебный", "паспорт"): "service passports",
    ("ученый", "степень"): "academic degrees",
    ("высокий", "учебный", "заведение"): "higher education institutions",
    ("учебный", "заведение"): "educational institutions",
    ("изменение", "климат"): "climate change",
    ("торговля", "человек"): "human trafficking",
    ("уклонение", "от", "уплата", "налог"): "tax evasion",
    ("средний", "коридор"): "Middle Corridor",
    ("возобновлять", "источник", "энергия"): "renewable energy sources",
    ("экономический", "пояс", "шелковый", "путь"): "Silk Road Economic Belt",
    ("шелковый", "путь"): "Silk Road",
    ("один", "пояс", "один", "путь"): "Belt and Road",
    ("пояс", "и", "путь"): "Belt and Road",
    ("контрольно-пропускной", "пункт"): "checkpoints",
    ("чрезвычайный", "ситуация"): "emergencies",
    ("стихийный", "бедствие"): "natural disasters",
    ("лишение", "свобода"): "imprisonment",
    ("уголовный", "дело"): "criminal matters",
    ("гражданский", "дело"): "civil matters",
    ("правоохранительный", "орган"): "law enforcement agencies",
    ("полезный", "ископаемое"): "mineral resources",
    ("редкоземельный", "металл"): "rare earth metals",
    ("критически", "важный", "минерал"): "critical minerals",
    ("критический", "минерал"): "critical minerals",
    ("критический", "сырье"): "critical raw materials",
    ("малый", "и", "средний", "предпринимательство"): "small and medium-sized enterprises",
    ("прямой", "инвестиция"): "direct investment",
    ("иностранный", "инвестиция"): "foreign investment",
    ("интеллектуальный", "собственность"): "intellectual property",
    ("искусственный", "интеллект"): "artificial intelligence",
    ("дистанционный", "зондирование", "земля"): "remote sensing of the Earth",
    ("трудовой", "мигрант"): "labour migrants",
    ("трудовой", "миграция"): "labour migration",
    ("трудовой", "деятельность"): "labour activity",
    ("социальный", "обеспечение"): "social security",
    ("пенсионный", "обеспечение"): "pension provision",
    ("военный", "образование"): "military education",
    ("военно-техническое", "сотрудничество"): "military-technical cooperation",
    ("объединенный", "арабский", "эмират"): "United Arab Emirates",
    ("европейский", "союз"): "European Union",
    ("евразийский", "экономический", "союз"): "Eurasian Economic Union",
    ("таможенный", "союз"): "Customs Union",
    ("мирный", "атом"): "peaceful atom",
    ("добрый", "сосед"): "good neighbourliness",
    ("межгосударственный", "пользование"): "interstate use",
}

# First parts of hyphenated compound adjectives ("торгово-экономический") -> English.
COMPOUND_PARTS = _table("""
торгово = trade
научно = scientific
военно = military
финансово = financial
культурно = cultural
социально = social
политико = political
технико = technical
воздушно = air
морско = maritime
нефтегазо = oil and gas
нефте = oil
газо = gas
медико = medical
историко = historical
информационно = information
экономико = economic
правово = legal
гуманитарно = humanitarian
санитарно = sanitary
водно = water
транспортно = transport
горно = mining
агро = agro
инвестиционно = investment
инновационно = innovation
образовательно = educational
""")

# First parts of hyphenated country adjectives ("казахстанско-китайский") and the country adjectives themselves
# (stems, by ISO code): parties of "казахстанско-китайская граница" and "Kazakh-Chinese" in titles.
COUNTRY_STEMS = {
    "казахстанск": "KZ", "казахск": "KZ", "российск": "RU", "русск": "RU", "китайск": "CN", "узбекистанск": "UZ",
    "узбекск": "UZ", "кыргызстанск": "KG", "кыргызск": "KG", "киргизск": "KG", "таджикистанск": "TJ",
    "таджикск": "TJ", "туркменистанск": "TM", "туркменск": "TM", "турецк": "TR", "азербайджанск": "AZ",
    "белорусск": "BY", "украинск": "UA", "американск": "US", "германск": "DE", "немецк": "DE",
    "французск": "FR", "британск": "GB", "английск": "GB", "японск": "JP", "корейск": "KR", "южнокорейск": "KR",
    "индийск": "IN", "иранск": "IR", "афганск": "AF", "пакистанск": "PK", "монгольск": "MN", "польск": "PL",
    "венгерск": "HU", "итальянск": "IT", "испанск": "ES", "грузинск": "GE", "армянск": "AM", "израильск": "IL",
    "египетск": "EG", "саудовск": "SA", "эмиратск": "AE", "катарск": "QA", "сирийск": "SY", "литовск": "LT",
    "латвийск": "LV", "эстонск": "EE", "финск": "FI", "шведск": "SE", "норвежск": "NO", "нидерландск": "NL",
    "голландск": "NL", "бельгийск": "BE", "швейцарск": "CH", "австрийск": "AT", "чешск": "CZ", "словацк": "SK",
    "румынск": "RO", "болгарск": "BG", "сербск": "RS", "греческ": "GR", "канадск": "CA", "австралийск": "AU",
    "малайзийск": "MY", "индонезийск": "ID", "вьетнамск": "VN", "таиландск": "TH", "тайск": "TH",
    "сингапурск": "SG", "иорданск": "JO", "кувейтск": "KW", "оманск": "OM", "бахрейнск": "BH", "ливанск": "LB",
    "молдавск": "MD", "молдовск": "MD",
}


def country_of_stem(word: str) -> str | None:
    """ISO code of a country adjective or the part of a hyphenated one ("казахстанско", "китайской")."""
    w = word.lower().replace("ё", "е")
    for n in range(min(len(w), 15), 4, -1):
        code = COUNTRY_STEMS.get(w[:n])
        if code:
            return code
    return None

# Whole compounds whose English is not "X and Y".
COMPOUNDS = _table("""
воздушно-космический = aerospace
военно-технический = military-technical
военно-политический = military-political
военно-промышленный = defence-industrial
военно-морской = naval
военно-воздушный = air force
научно-исследовательский = research
научно-технический = scientific and technical
торгово-экономический = trade and economic
финансово-экономический = financial and economic
топливно-энергетический = fuel and energy
нефтегазовый = oil and gas
ракетно-космический = rocket and space
""")

# Abbreviations found in titles -> English.
ABBREVIATIONS = _table("""
ПВО = air defence
ПРО = missile defence
ВПК = defence industry
ТПП = Chamber of Commerce and Industry
ООН = UN
СНГ = CIS
ШОС = SCO
ЕАЭС = EAEU
ЕврАзЭС = EurAsEC
ОДКБ = CSTO
ОБСЕ = OSCE
ОИС = OIC
СВМДА = CICA
ЕС = EU
НАТО = NATO
СССР = USSR
ВТО = WTO
МАГАТЭ = IAEA
СЭЗ = special economic zone
ОЭЗ = special economic zone
СМИ = mass media
ЖД = railway
АЭС = nuclear power plant
ГЭС = hydroelectric power plant
ТЭЦ = combined heat and power plant
ВИЭ = renewable energy sources
ИИ = artificial intelligence
МСБ = small and medium-sized business
ПИИ = foreign direct investment
ЕАБР = Eurasian Development Bank
ЕБРР = EBRD
АБР = ADB
АБИИ = AIIB
ОТГ = Organization of Turkic States
МФЦА = Astana International Financial Centre
""")

PREPOSITIONS = _table("""
о = on
об = on
обо = on
в = in
во = in
на = on
по = on
с = with
со = with
для = for
между = between
из = from
от = of
к = to
ко = to
при = at
за = for
до = until
через = through
без = without
под = under
против = against
относительно = concerning
согласно = under
среди = among
и = and
или = or
а = and
либо = or
""")

# English heads that take "the" right after a preposition ("on the establishment of").
DEFINITE = frozenset("""
establishment founding lease extension purchase delimitation demarcation avoidance prevention promotion protection
representation construction use operation transfer extradition readmission division legal status supply supplies
implementation deployment presence
""".split())

# English words that stay lower case in a title-cased title.
MINOR_WORDS = frozenset("a an the of on in and or for to with between from at by until under against among that"
                        " which where those this will be".split())

# Country adjectives as English demonyms (by ISO code), for entity mentions in adjective form.
DEMONYMS = {
    "KZ": "Kazakh", "RU": "Russian", "TR": "Turkish", "US": "American", "CN": "Chinese", "UZ": "Uzbek",
    "KG": "Kyrgyz", "TJ": "Tajik", "TM": "Turkmen", "AZ": "Azerbaijani", "BY": "Belarusian", "UA": "Ukrainian",
    "AM": "Armenian", "GE": "Georgian", "IR": "Iranian", "AF": "Afghan", "IN": "Indian", "PK": "Pakistani",
    "JP": "Japanese", "KR": "Korean", "KP": "North Korean", "DE": "German", "FR": "French", "GB": "British",
    "IT": "Italian", "ES": "Spanish", "PL": "Polish", "SY": "Syrian", "IL": "Israeli", "SA": "Saudi",
    "AE": "Emirati", "EG": "Egyptian", "MN": "Mongolian", "JO": "Jordanian", "QA": "Qatari", "HU": "Hungarian",
    "CZ": "Czech", "LT": "Lithuanian", "LV": "Latvian", "EE": "Estonian", "FI": "Finnish", "SE": "Swedish",
    "NO": "Norwegian", "NL": "Dutch", "BE": "Belgian", "CH": "Swiss", "AT": "Austrian", "CA": "Canadian",
}

# Country names where pycountry's official short name is not the usual English one.
COUNTRY_NAMES = {
    "RU": "Russia", "US": "United States", "GB": "United Kingdom", "TR": "Turkey", "KR": "South Korea",
    "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "MD": "Moldova", "CZ": "Czech Republic",
    "TW": "Taiwan", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
}

_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def transliterate(word: str) -> str:
    out = []
    for ch in word:
        low = ch.lower()
        if low in _TRANSLIT:
            t = _TRANSLIT[low]
            out.append(t.upper() if ch.isupper() and word.isupper() else (t.capitalize() if ch.isupper() else t))
        else:
            out.append(ch)
    return "".join(out)


def country_name(code: str) -> str:
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    if len(code) == 2:
        try:
            import pycountry
            c = pycountry.countries.get(alpha_2=code)
            if c is not None:
                return getattr(c, "common_name", None) or c.name
        except Exception:  # pragma: no cover - pycountry is a dependency, but never fail a title on it
            pass
    return code


def plural(english: str) -> str:
    """Plural of an English noun phrase's last word (uncountable and -s words stay)."""
    if not english:
        return english
    words = english.split(" ")
    last = words[-1]
    if last in UNCOUNTABLE or last.endswith("s") or not last[-1:].isalpha():
        return english
    if last.endswith(("x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    words[-1] = last
    return " ".join(words)


UNCOUNTABLE = frozenset("""
cooperation friendship assistance partnership information equipment personnel trade security defence
aviation transport transit taxation energy electricity oil gas coal uranium agriculture youth culture science
education sport tourism health care medicine crime terrorism extremism separatism airspace environment
navigation infrastructure construction development support interaction coordination implementation legal
peace stability confidence presence observation monitoring de-escalation fire heritage history food grain
labour employment migration readmission extradition citizenship production exploration finance capital income
customs equipment weapons armament training protection promotion avoidance prevention understanding water
hydropower shipping logistics integration digitalization intelligence sovereignty independence conservation
pollution recognition lending insurance financing corruption laundering clearance broadcasting television radio
livestock wheat meat fuel enrichment research innovation technology biodiversity quarantine pilgrimage
cinematography welfare employment resettlement peacekeeping ammunition maintenance repair intent
""".split())


def english_noun(entry: str, is_plural: bool) -> str:
    """``singular|plural`` table entry -> the English form for the number."""
    if "|" in entry:
        sing, plur = entry.split("|", 1)
        return plur if is_plural else sing
    return plural(entry) if is_plural else entry
