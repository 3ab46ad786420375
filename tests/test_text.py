"""Tests for kzrel.pipeline.text: clean text, offset map, paragraphs, languages, sentences.

The snippets are copied verbatim from the seed files and from Russian news texts of the kind kzrel imports.
Pure functions: no database needed (run with ``-p no:django`` if Django settings are not importable).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzrel.pipeline.text import (
    MAX_SENTENCE,
    PARA,
    Paragraph,
    Prepared,
    detect_language,
    prepare,
    sentences,
)

# --------------------------------------------------------------------------------------------- snippets

# seeds/002: a double-spaced, hard-wrapped English text (each line followed by a blank line)
S002_WRAPPED = (
    "inating economic policies and mandatory programs; a common\n\nlegislative basis regulating relations "
    "between economic agents; a\n\nsupranational currency on the European ECU model; coordination of direct"
    "\n\nlinks between enterprises; the setting up of joint and mixed industrial-\n\nfinancial groups, "
    "transport firms, trade houses, and exchanges. The defense\n\nand foreign trade complexes may be just as "
    "effective. The EAU as\n\nrepresented by its executive committee must receive the status"
)
S002_COMPOUND = (
    "At the second stage of the formation of Kazakhstani-Russian-\n\nBelorussian economic efforts to form a "
    "customs union, the most important\n\nareas of cooperation are a closer coordination of economic refor"
)
S002_BANG_HYPHEN = (
    "The practical realization of the provisions of the EAU project in the\n\nbilateral Kazakhstan!-Russian "
    "relations is excellent proof of the viability\n\nof this program.\n\nOn January 20, 1995, a package of "
)
S002_BANG_SPACE = (
    "ving from one country to another. Well-known\n\nspecialists from the two countries worked fruitfully on "
    "these documents.\n\nAuthoritative Kazakhstan! and Russian politicians and jurists believe that\n\nthese "
    "are innovative agreements without parallel in the world, a"
)
S002_FULL = (
    "countries a natural feeling of spiritual harmony and a sense of full-\n\nblooded life.\n\n"
    "History is offering us a chance to"
)
S002_EX = (
    "restructuring, and this called for considerable resources and time, Ex-\n\nPrime Minister A.M. "
    "Kazhegeldin stressed.\n\nThe policy of liberalization of foreign trad"
)
# seeds/001: Kazakh, one sentence per line, glued sentences and headings
S001_GLUED = (
    "Өзбекстан мемлекетімен өзара татулық, тұрақты қарым-қатынас – біздің еліміздің ұлттық қауіпсіздігін "
    "қамтамасыз етудің маңызды факторы.Осыған орай, Н.А.\nНазарбаевтың Қазақстан халқына “Қазақстан 2030” "
    "жолдауында: “Ұлттық мүдделерді қорғауды, сондай-ақ таяудағы "
)
S001_HEADING = (
    "Істің шын мәнінде Қазақстан мен Өзбекстан қарым-қатынасы Орталық Азия аумағында тұрақтылықтың маңызды "
    "факторы.І.\nҚазақстан мен Өзбекстан арасындағы қарым-қатынастар1.1 Қазақстан мен Өзбекстан арасындағы "
    "экономикалық ынтымақтастықҚазақстан мен Өзбекстан арасындағы Дипломатиялық қарым-қатынастары 1992 "
    "жылдың 23 қарашасынан бастап "
)
S001_YEAR = (
    "Қатысқан мемлекеттер ұмтылыс жасап, яғни интеграциялық процесс өз жемісін беру қажет деді.1997 ж.\n10 "
    "наурызда ҚР, ӨР, ҚР – ның арасындағы мәңгі достастық үш жақты шарты ынтымақтастықты дамытудағы тағы"
)
# seeds/000: Kazakh, lines without full stops, spaced hyphens, indentation, double spaces
S000 = (
    "    Тәуелсіздікті алған кезден бастап - ақ Қазақстанның жоғары басшылығы Ресеймен тату көршілік "
    "катынастарды орнату қажеттігі туралы қорытындыға келді\nӘңгіме шын мәнінде жаңа тарихи жағдайларда екі "
    "мемлекет арасындағы өзара қарым - қатынастың үлгісін жасау туралы еді\nБасқаша сөзбен айтсақ, "
    "Қазақстанның сыртқы саяси стартегиясында Ресеймен ынтымақтастыққа бірінші дәрежелі назар аударылды."
    "Қазақстанның  пікірі бойынща, "
)
# seeds/004: English abstract, Russian header, then the Ukrainian abstract
S004 = (
    "History of regional relations in foreign political activity of the Republic of Kazakhstan (1991-2014)\n\n"
    "The partnership relations of the regions of Kazakhstan with the regions, border regions of the country, "
    "which differ in their importance and effectiveness, have been studied. Bilateral needs of the regions for "
    "further contacts have been determined.\n\nРубрика Международные отношения и мировая экономика\nВид статья\n"
    "Язык украинский\nДата добавления 24.07.2022\nРазмер файла 27,6\xa0K\n\nОтправить свою хорошую работу в "
    "базу знаний просто. Используйте форму, расположенную ниже\n\nСтуденты, аспиранты, молодые ученые, "
    "использующие базу знаний в своей учебе и работе, будут вам очень благодарны.\n\n"
    "Размещено на http://www.allbest.ru/\n\n\n"
    "Історія регіональних відносин у зовнішньополітичній діяльності Республіки Казахстан (1991-2014). Гані "
    "Карасаєв, Кафедра джерелознавства, історіографії та історії Казахстану Інститут державної історії "
    "Комітет науки Міністерства освіти та науки Республіки Казахстан Нур-Султан, Республіка Казахстан.\n\n"
    "Останнім часом сформувалася правова база відносин Казахстану з іншими країнами, зросла довіра та повага "
    "світового співтовариства до країни. У цій статті досліджуються регіональні партнерства "
    "Східно-Казахстанської та Північно-Казахстанської областей Республіки Казахстан у період з 1991 по 2014 "
    "роки на основі архівних даних, документів у збірниках та аналізу наукових праць."
)
# dev/ru_rt_erdogan_astana: "млрд." ends a sentence; the next one starts with a Latin "C"
RU_MLRD = (
    "«Товарооборот между нашими странами на сегодняшний день составляет порядка $2 млрд. Cчитаю, что это не "
    "предел. Наша задача, как договаривались, довести уровень товарооборота до $5 млрд, так как у Казахстана "
    "и Турции для этого есть достаточный потенциал», — зая"
)
# seeds/003: typographic quotes
S003_QUOTES = (
    "It is quite symbolic that in the new Address “Strategy:“ Kazakhstan-2050 ”, our president, defining the "
    "priorities for the development of partnership, among all countries first of all named Russia."
)


# --------------------------------------------------------------------------------------------- helpers

def para_texts(p: Prepared) -> list[str]:
    return [p.clean[x.start:x.end] for x in p.paragraphs]


def sent_texts(p: Prepared) -> list[str]:
    return [p.clean[s:e] for s, e in sentences(p)]


def find(p: Prepared, needle: str) -> tuple[int, int]:
    i = p.clean.index(needle)
    return i, i + len(needle)


_ONE_TO_ONE = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\xa0": " "})


def loose(s: str) -> str:
    """What may differ between an original passage and its clean text: whitespace, hyphens at line breaks,
    OCR '!', soft hyphens, typographic quotes and dashes."""
    return re.sub(r"[\s\-!\u00ad\u200b]+", "", s.translate(_ONE_TO_ONE))


# --------------------------------------------------------------------------------------------- clean text

def test_wrapped_double_spaced_lines_become_one_paragraph():
    p = prepare(S002_WRAPPED)
    assert len(p.paragraphs) == 1
    assert p.clean.startswith("inating economic policies and mandatory programs; a common legislative basis")
    assert "coordination of direct links between" in p.clean
    assert "\n" not in p.clean
    assert "  " not in p.clean


def test_hyphenated_compound_keeps_hyphen_across_line_break():
    p = prepare(S002_COMPOUND)
    assert "formation of Kazakhstani-Russian-Belorussian economic efforts" in p.clean
    assert "industrial-financial groups" in prepare(S002_WRAPPED).clean
    assert "a sense of full-blooded life." in prepare(S002_FULL).clean
    assert "time, Ex-Prime Minister A.M. Kazhegeldin stressed." in prepare(S002_EX).clean


def test_word_split_by_hyphenation_is_joined():
    assert prepare("the Kazakh-\nstani side").clean == "the Kazakhstani side"
    assert prepare("Kazakh-\nRussian").clean == "Kazakh-Russian"
    assert prepare("сотрудни-\nчество развивается").clean == "сотрудничество развивается"
    assert prepare("российско-\nказахстанские отношения").clean == "российско-казахстанские отношения"
    assert prepare("қарым-\nқатынас").clean == "қарым-қатынас"


def test_ocr_bang_removed_and_quote_maps_back():
    p = prepare(S002_BANG_HYPHEN)
    assert "bilateral Kazakhstan-Russian relations" in p.clean
    s, e = find(p, "Kazakhstan-Russian relations")
    assert p.quote(s, e) == "Kazakhstan!-Russian relations"
    p = prepare(S002_BANG_SPACE)
    assert "Authoritative Kazakhstan and Russian politicians" in p.clean
    assert "Kazakh!stan" not in prepare("Kazakh!stan").clean


def test_kazakh_spaced_hyphens_kept_and_lines_are_paragraphs():
    p = prepare(S000)
    assert "бастап - ақ" in p.clean
    assert "қарым - қатынастың" in p.clean
    assert p.clean.startswith("Тәуелсіздікті")  # indentation removed
    assert "Қазақстанның пікірі" in p.clean  # double space collapsed
    # lines without a full stop are still units: they must not run together
    texts = para_texts(p)
    assert texts[0].endswith("қорытындыға келді")
    assert texts[1].startswith("Әңгіме шын мәнінде")
    assert p.language == "kk"
    assert all(x.language == "kk" for x in p.paragraphs)


def test_initials_at_line_end_do_not_break_paragraph():
    p = prepare(S001_GLUED)
    assert "Осыған орай, Н.А. Назарбаевтың Қазақстан халқына" in p.clean
    assert len(p.paragraphs) == 1
    # typographic quotes normalised 1:1
    assert '"Қазақстан 2030"' in p.clean


def test_heading_glued_to_sentence_becomes_paragraph_break():
    p = prepare(S001_HEADING)
    texts = para_texts(p)
    assert any(t.endswith("экономикалық ынтымақтастық") for t in texts)
    assert any(t.startswith("Қазақстан мен Өзбекстан арасындағы Дипломатиялық") for t in texts)
    # the inserted break maps to nothing: the quote of the two words spans the original glued text
    s = p.clean.index("ынтымақтастық\nҚазақстан")
    assert p.quote(s, s + len("ынтымақтастық\nҚазақстан")) == "ынтымақтастықҚазақстан"


def test_year_abbreviation_at_line_end_joins_next_line():
    p = prepare(S001_YEAR)
    assert "деді.1997 ж. 10 наурызда" in p.clean


def test_typographic_quotes_and_dashes_one_to_one():
    p = prepare(S003_QUOTES)
    assert len(p.clean) == len(S003_QUOTES)
    assert 'Address "Strategy:" Kazakhstan-2050 ",' in p.clean
    assert prepare("2013–2015 — «Астана»").clean == "2013-2015 - «Астана»"


def test_crlf_tabs_and_edges():
    text = "  Kazakhstan\tand Russia signed the treaty.\r\nThe sides agreed.\r\n\r\nNew paragraph here.\r\n"
    p = prepare(text)
    assert p.clean == "Kazakhstan and Russia signed the treaty.\nThe sides agreed.\nNew paragraph here."
    assert [x.end - x.start for x in p.paragraphs] == [40, 17, 19]
    s, e = find(p, "The sides agreed.")
    assert text[slice(*p.orig_span(s, e))] == "The sides agreed."
    assert p.to_orig[len(p.clean)] == len(text)


def test_empty_and_whitespace():
    for text in ("", "   ", "\n\n\t"):
        p = prepare(text)
        assert p.clean == ""
        assert p.paragraphs == []
        assert p.language == "und"
        assert sentences(p) == []


def test_paragraph_breaks_in_wrapped_text():
    text = (
        "Kazakhstan and Russia signed the treaty on\nfriendship in 1992. The sides agreed to\n"
        "cooperate in the field of energy and\ntransport.\nBoth presidents welcomed the agreement and\n"
        "noted the growth of trade between the two\ncountries in the last decade.\nKazakh-\n"
        "stani exports grew by 4.2 percent in 2004.\n"
    )
    p = prepare(text)
    assert para_texts(p) == [
        "Kazakhstan and Russia signed the treaty on friendship in 1992. The sides agreed to cooperate in the "
        "field of energy and transport.",
        "Both presidents welcomed the agreement and noted the growth of trade between the two countries in the "
        "last decade.",
        "Kazakhstani exports grew by 4.2 percent in 2004.",
    ]
    assert PARA == "\n"


# --------------------------------------------------------------------------------------------- languages

def test_languages_of_mixed_document():
    p = prepare(S004)
    by_text = {p.clean[x.start:x.end][:20]: x.language for x in p.paragraphs}
    assert by_text["History of regional "] == "en"
    assert by_text["The partnership rela"] == "en"
    assert by_text["Рубрика Международны"] == "ru"
    assert by_text["Вид статья"] == "ru"  # short: takes its Russian neighbour's language
    assert by_text["Студенты, аспиранты,"] == "ru"
    assert by_text["Історія регіональних"] == "uk"
    assert by_text["Останнім часом сформ"] == "uk"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kazakhstan and Russia signed an agreement on trade and economic cooperation.", "en"),
        ("Казахстан и Россия подписали соглашение о торгово-экономическом сотрудничестве.", "ru"),
        ("Қазақстан мен Ресей сауда-экономикалық ынтымақтастық туралы келісімге қол қойды.", "kk"),
        ("Казахстан і Росія підписали угоду про торговельно-економічне співробітництво.", "uk"),
        ("Kasachstan und Russland haben ein Abkommen über die wirtschaftliche Zusammenarbeit unterzeichnet.", "de"),
        ("Le Kazakhstan et la Russie ont signé un accord de coopération économique et commerciale.", "fr"),
        ("Kazakistan ve Rusya ekonomik işbirliği anlaşması imzaladı.", "tr"),
        ("Der Vertrag wurde in Astana von beiden Regierungen unterzeichnet und tritt im Mai in Kraft.", "de"),
        ("2. Tsygankov, P.A. (Ed.). (2017). Theory of international relations. Moscow: Yurait Publishing House.",
         "en"),
        ("Президент Казахстана Нұрсұлтан Назарбаев прибыл в Москву, где проведёт переговоры с Путиным о "
         "сотрудничестве в энергетике, транспорте и торговле, а также обсудит работу ЕАЭС.", "ru"),
        ("12345 67", "und"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_short_latin_caption_in_russian_text():
    text = (
        "Президент Турецкой Республики Реджеп Тайип Эрдоган находится с трёхдневным визитом в Казахстане.\n"
        "© atameken.kz\n"
        "Поездка приурочена к саммиту Организации исламского сотрудничества по науке и технологиям в Астане.\n"
    )
    p = prepare(text)
    assert [x.language for x in p.paragraphs] == ["ru", "en", "ru"]
    assert p.language == "ru"


# --------------------------------------------------------------------------------------------- sentences

def test_sentences_abbreviations_and_initials_english():
    text = (
        "N. Nazarbayev met U.S. President Bush on Jan. 9, 2004. The sides signed Agreement No. 5 on e.g. "
        "energy. Trade reached $24 bln. The growth was 4.2%. It fell in the U.S. The end."
    )
    assert sent_texts(prepare(text)) == [
        "N. Nazarbayev met U.S. President Bush on Jan. 9, 2004.",
        "The sides signed Agreement No. 5 on e.g. energy.",
        "Trade reached $24 bln.",
        "The growth was 4.2%.",
        "It fell in the U.S.",
        "The end.",
    ]


def test_sentences_russian_abbreviations():
    text = (
        "Президент Н. Назарбаев посетил г. Алматы в 1995 г. Казахстан подписал договор. Объём - 200 млн. "
        "долл. в год. Подробнее см. стр. 5 и т.д. Конец."
    )
    assert sent_texts(prepare(text)) == [
        "Президент Н. Назарбаев посетил г. Алматы в 1995 г. Казахстан подписал договор.",
        "Объём - 200 млн. долл. в год.",
        "Подробнее см. стр. 5 и т.д.",
        "Конец.",
    ]
    got = sent_texts(prepare(RU_MLRD))
    assert got[0] == "«Товарооборот между нашими странами на сегодняшний день составляет порядка $2 млрд."
    assert got[1] == "Cчитаю, что это не предел."


def test_sentences_kazakh_initials_and_glued():
    got = sent_texts(prepare(S001_GLUED))
    assert got[0].endswith("маңызды факторы.")
    assert got[1].startswith("Осыған орай, Н.А. Назарбаевтың")
    text = "Бұл 1997 ж. 10 наурызда болды. Н.Ә. Назарбаев т.б. қайраткерлер келді. Келісімге қол қойылды."
    assert sent_texts(prepare(text)) == [
        "Бұл 1997 ж. 10 наурызда болды.",
        "Н.Ә. Назарбаев т.б. қайраткерлер келді.",
        "Келісімге қол қойылды.",
    ]


def test_sentences_never_cross_paragraphs_and_headings():
    p = prepare(S004)
    spans = sentences(p)
    for s, e in spans:
        assert "\n" not in p.clean[s:e]
    texts = [p.clean[s:e] for s, e in spans]
    assert texts[0] == (
        "History of regional relations in foreign political activity of the Republic of Kazakhstan (1991-2014)"
    )
    assert "Отправить свою хорошую работу в базу знаний просто." in texts


def test_long_sentence_split_near_middle():
    clause = "the sides discussed cooperation in energy, transport and trade"
    text = "In 2004 " + "; ".join([clause] * 25) + "."
    p = prepare(text)
    spans = sentences(p)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(p.clean[e - 1] == ";" for s, e in spans[:-1])  # cut after ";"
    no_semicolons = "In 2004 " + ", ".join([clause] * 25) + "."
    spans = sentences(prepare(no_semicolons))
    assert all(e - s <= MAX_SENTENCE for s, e in spans) and len(spans) > 1
    words = "word " * 400
    assert all(e - s <= MAX_SENTENCE for s, e in sentences(words))


def test_sentences_window_and_plain_string():
    text = "First sentence here. Second sentence here.\nThird one in a new paragraph."
    assert [text[s:e] for s, e in sentences(text)] == [
        "First sentence here.",
        "Second sentence here.",
        "Third one in a new paragraph.",
    ]
    p = prepare(text)
    start = p.clean.index("Second")
    got = [p.clean[s:e] for s, e in sentences(p, start)]
    assert got == ["Second sentence here.", "Third one in a new paragraph."]
    assert sentences(p, 0, 5) == [(0, 5)]


# --------------------------------------------------------------------------------------------- offset map

SEEDS = [S002_WRAPPED, S002_COMPOUND, S002_BANG_HYPHEN, S002_BANG_SPACE, S002_FULL, S002_EX, S001_GLUED,
         S001_HEADING, S001_YEAR, S000, S004, RU_MLRD, S003_QUOTES]


@pytest.mark.parametrize("text", SEEDS)
def test_offset_map_on_snippets(text):
    p = prepare(text)
    m = list(p.to_orig)
    assert len(m) == len(p.clean) + 1
    assert m == sorted(m)
    assert m[-1] == len(text)
    for i, c in enumerate(p.clean):
        if not c.isspace():
            assert text[m[i]].translate(_ONE_TO_ONE) == c
    for s, e in sentences(p):
        a, b = p.orig_span(s, e)
        assert loose(text[a:b]) == loose(p.clean[s:e])
        assert text[a:b] == text[a:b].strip()
    assert loose(text) == loose(p.clean)


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzKR") + list("абвгдежзқөүұәі") + list("ЖҚА")
    + [" ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", ".", ",", ";", "-", "-\n", "!", "!-", "’", "“",
       "”", "–", "\xa0", "\u00ad", "4.2", "19", "U.S.", "Н.Ә. ", "г. ", " - ", "\x00", "\u2028"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.data())
def test_offset_invariant_random_spans(text, data):
    p = prepare(text)
    n = len(p.clean)
    assert len(p.to_orig) == n + 1
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    a, b = p.orig_span(s, e)
    assert 0 <= a <= b <= len(text)
    # the original passage, whitespace and line-break hyphens aside, is the clean passage
    assert loose(text[a:b]) == loose(p.clean[s:e])
    # and nothing outside the passage sneaks in at its edges
    if p.clean[s:e].strip():
        assert not text[a].isspace() and not text[b - 1].isspace()


_PLAIN = st.sampled_from(list("abcxyzабвқә.,") + [" ", "  ", "\t", "\n", "\n\n", " \r\n", "’", "\xa0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLAIN, max_size=80).map("".join), st.data())
def test_offset_invariant_whitespace_normalised(text, data):
    """Without hyphens or '!' the only differences are whitespace and 1:1 characters."""
    p = prepare(text)
    n = len(p.clean)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    a, b = p.orig_span(s, e)
    norm = lambda x: " ".join(x.translate(_ONE_TO_ONE).split())  # noqa: E731
    assert norm(text[a:b]) == norm(p.clean[s:e])


@settings(max_examples=100, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_sentences_and_paragraphs_are_well_formed(text):
    p = prepare(text)
    last = -1
    for x in p.paragraphs:
        assert isinstance(x, Paragraph)
        assert last < x.start < x.end <= len(p.clean)
        assert p.clean[x.start:x.end] == p.clean[x.start:x.end].strip()
        last = x.end
    for s, e in sentences(p):
        assert s < e and e - s <= MAX_SENTENCE
        assert p.clean[s:e] == p.clean[s:e].strip()


