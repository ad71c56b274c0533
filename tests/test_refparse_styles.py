"""One table per citation style: the string as that style writes it, the fields expected.

The strings are written for these tests (invented works in each style's exact punctuation).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from citecli.model import WorkType
from citecli.refparse import parse_reference
from refparse_helpers import observed

Row = tuple[str, dict[str, Any]]

GOST_CYRILLIC: list[Row] = [
    (
        "Иванов И. И. Цифровая экономика и её измерение // Вопросы экономики. 2019. Т. 14, № 1."
        " С. 57–69.",
        {
            "authors": ["Иванов И. И."],
            "title": "Цифровая экономика и её измерение",
            "container": "Вопросы экономики",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
            "language": "ru",
            "type": WorkType.ARTICLE,
            "diagnostics": [],
        },
    ),
    (
        "Иванов, И. И. Цифровая экономика / И. И. Иванов, П. П. Петров. – Текст : электронный"
        " // Вопросы экономики. – 2020. – Т. 14, № 1. – С. 57–69. – DOI:"
        " 10.32609/0042-8736-2020-1-57-69.",
        {  # the heading names the first author, the statement of responsibility both
            "authors": ["Иванов И. И.", "Петров П. П."],
            "title": "Цифровая экономика",
            "container": "Вопросы экономики",
            "year": 2020,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
            "doi": "10.32609/0042-8736-2020-1-57-69",
        },
    ),
    (
        "Петров П. П. Теория управления. М.: Наука, 2010. 320 с.",
        {
            "title": "Теория управления",
            "container": "",
            "place": "М.",
            "publisher": "Наука",
            "year": 2010,
            "number_of_pages": "320",
            "type": WorkType.BOOK,
        },
    ),
    (
        "Сидоров А. А. Методы оценки рисков : дис. … канд. экон. наук. М., 2015. 180 с.",
        {
            "title": "Методы оценки рисков",
            "place": "М.",
            "year": 2015,
            "type": WorkType.THESIS,
            "genre": "дис. … канд. экон. наук",
        },
    ),
    (  # the speciality's code and the author repeated after the slash
        "Сидоров А. А. Методы оценки рисков : дис. … канд. экон. наук : 08.00.05 / Сидоров "
        "Андрей Андреевич. – Санкт-Петербург, 2015. – 180 с.",
        {
            "title": "Методы оценки рисков",
            "genre": "дис. … канд. экон. наук",
            "place": "Санкт-Петербург",
            "publisher": "",
            "number_of_pages": "180",
        },
    ),
    (  # the cataloguer's note on where the thesis was defended is no publisher
        "Сидоров А. А. Методы оценки рисков : автореф. дис. … д-ра экон. наук : 08.00.05 / "
        "Сидоров Андрей Андреевич ; [Место защиты: Финансовый университет]. – Москва, 2015. – "
        "48 с.",
        {
            "type": WorkType.THESIS,
            "genre": "автореф. дис. … д-ра экон. наук",
            "place": "Москва",
            "publisher": "",
            "number_of_pages": "48",
        },
    ),
    (
        "Сидоров А. А. Методы оценки рисков : автореф. дис. … д-ра экон. наук / А. А. Сидоров. "
        "– М., 2015. – 40 с.",
        {"genre": "автореф. дис. … д-ра экон. наук", "place": "М.", "publisher": ""},
    ),
    (
        "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных» // Собрание"
        " законодательства РФ. 2006. № 31. Ст. 3451.",
        {
            "authors": [],
            "year": 2006,
            "issue": "31",
            "article_number": "3451",  # the gazette's article, as "art. 3451" in English
            "type": WorkType.LAW,
            "diagnostics": [],
        },
    ),
    (
        "Кузнецов В. В. Анализ данных // Материалы международной научной конференции «Наука и"
        " образование». СПб., 2018. С. 12–15.",
        {
            "container": "Материалы международной научной конференции «Наука и образование»",
            "place": "СПб.",
            "pages": "12-15",
            "type": WorkType.CONFERENCE_PAPER,
        },
    ),
    (
        "Орлова Е. А. Искусственный интеллект в медицине. URL: https://example.ru/ai (дата"
        " обращения: 24.03.2025).",
        {
            "title": "Искусственный интеллект в медицине",
            "url": "https://example.ru/ai",
            "accessed": date(2025, 3, 24),
            "year": None,
            "type": WorkType.WEBPAGE,
            "diagnostics": ["no year found"],
        },
    ),
    (
        "Смирнов А. Б., Кузнецова В. Г. и др. Модели роста // Экономист. 2021. № 4. С. 5–9.",
        {"authors": ["Смирнов А. Б.", "Кузнецова В. Г."], "et_al": True, "issue": "4"},
    ),
    (  # a book under its title, its editors after the slash (the genitive read as their name)
        "Экономика регионов : учеб. пособие / под ред. И. И. Иванова, П. П. Петрова. – 3-е изд. "
        "– М. : Проспект, 2018. – 416 с.",
        {
            "authors": [],
            "editors": ["Иванов И. И.", "Петров П. П."],
            "editor_role": "под ред.",
            "title": "Экономика регионов : учеб. пособие",
            "publisher": "Проспект",
            "edition": "3",
        },
    ),
    (  # the heading names the first author, the statement of responsibility all of them
        "Сидоров С. С. Экономика знаний / С. С. Сидоров, И. И. Иванов ; отв. ред. А. А. Петров."
        " – Москва : Наука, 2020. – 300 с.",
        {
            "authors": ["Сидоров С. С.", "Иванов И. И."],
            "editors": ["Петров А. А."],
            "editor_role": "отв. ред.",  # which puts the name in the nominative
            "title": "Экономика знаний",
            "place": "Москва",
        },
    ),
    (  # a publisher's name with an acronym and a full stop in it
        "Экономическая безопасность России : учебник / под ред. В. К. Сенчагова. – 3-е изд. – "
        "М. : БИНОМ. Лаборатория знаний, 2010. – 815 с.",
        {
            "type": WorkType.BOOK,
            "container": "",
            "place": "М.",
            "publisher": "БИНОМ. Лаборатория знаний",
            "edition": "3",
            "number_of_pages": "815",
        },
    ),
    (  # one volume of several: the statement of responsibility after the volume's number
        "Толстой, Л. Н. Война и мир : в 4 т. Т. 1 / Л. Н. Толстой. – Москва : Художественная "
        "литература, 1979. – 420 с.",
        {
            "title": "Война и мир : в 4 т.",
            "volume": "1",
            "place": "Москва",
            "publisher": "Художественная литература",
            "number_of_pages": "420",
            "type": WorkType.BOOK,
        },
    ),
    (
        "Толстой Л. Н. Война и мир. В 4 т. Т. 2 / Л. Н. Толстой ; под ред. А. А. Петрова. – М. "
        ": Наука, 1980. – 400 с.",
        {
            "title": "Война и мир. В 4 т.",
            "volume": "2",
            "editors": ["Петров А. А."],
            "editor_role": "под ред.",
            "container": "",
            "place": "М.",
            "publisher": "Наука",
        },
    ),
    (  # a law under its jurisdiction's heading, published on its own; the cataloguer's
        # bracket after " : " stays in the title area
        "Российская Федерация. Законы. Об образовании в Российской Федерации : федер. закон : "
        "[принят Гос. Думой 21 дек. 2012 г.]. – Москва : Проспект, 2013. – 160 с.",
        {
            "type": WorkType.LAW,
            "authors": [],
            "title": "Об образовании в Российской Федерации : федер. закон : [принят Гос. Думой "
            "21 дек. 2012 г.]",
            "translated_title": "",
            "year": 2013,
            "publisher": "Проспект",
        },
    ),
    (  # a book read in an electronic library: the platform after "//" contains nothing
        "Кузнецов А. В. Экономика знаний. – 2-е изд., испр. и доп. – Москва : Юрайт, 2021. – "
        "300 с. – (Высшее образование). – ISBN 978-5-534-12345-6. – Текст : электронный // "
        "Образовательная платформа Юрайт [сайт]. – URL: https://urait.ru/bcode/123456 (дата "
        "обращения: 20.03.2024).",
        {
            "type": WorkType.BOOK,
            "title": "Экономика знаний",
            "container": "",
            "place": "Москва",
            "publisher": "Юрайт",
            "year": 2021,
            "number_of_pages": "300",
            "edition": "2",
            "url": "https://urait.ru/bcode/123456",
        },
    ),
    (  # "[сайт]" says what the host is, it translates nothing
        "Сведения о численности населения // Федеральная служба государственной статистики : "
        "[сайт]. – URL: https://rosstat.gov.ru/folder/12781 (дата обращения: 01.03.2024).",
        {
            "title": "Сведения о численности населения",
            "container": "Федеральная служба государственной статистики",
            "container_translated": "",
            "url": "https://rosstat.gov.ru/folder/12781",
            "type": WorkType.WEBPAGE,  # a page of a site: no volume, issue or pages
        },
    ),
    (  # the year a strategy runs to is no year of publication
        "Национальная стратегия развития искусственного интеллекта на период до 2030 года "
        "[Электронный ресурс]. – Режим доступа: https://www.garant.ru/doc/72738946/ (дата "
        "обращения: 10.02.2024).",
        {
            "title": "Национальная стратегия развития искусственного интеллекта на период до "
            "2030 года",
            "year": None,
            "type": WorkType.WEBPAGE,
        },
    ),
    (  # a book's imprint before "//" and numbers after it: a part of a book, not a platform
        "Иванов И. И. Глава 1. Москва : Юрайт, 2021. 300 с. // Собрание сочинений. Т. 2. С. 5-20.",
        {"container": "Собрание сочинений", "volume": "2", "pages": "5-20"},
    ),
    (  # a standard has no author to miss; a document without its author still warns
        "ГОСТ Р 7.0.100–2018. Библиографическая запись. – Москва : Стандартинформ, 2018. – 124 с.",
        {"diagnostics": []},
    ),
    (
        "Best practices in hypertension. Geneva: WHO Press, 2021. 120 p.",
        {"diagnostics": ["no authors found"]},
    ),
    (  # a year before an abbreviation whose full stop a copy lost is still the year
        "Петров П. П. Экономика. М. : Наука, 2019 стр. 300.",
        {"year": 2019, "type": WorkType.BOOK, "publisher": "Наука"},
    ),
    (  # a page with its site's publisher is a page; a book read online has a page count
        "BBC (2020) Brexit explained. London: BBC. Available at: "
        "https://www.bbc.co.uk/news/uk-46318565 (Accessed: 3 May 2020).",
        {"type": WorkType.WEBPAGE, "year": 2020},
    ),
    (  # but an article read online before its issue came out keeps the year
        "Smith J. Trials of things. Journal of Things. 2020;5(2):1-5. Accessed December 1, 2019.",
        {"year": 2020, "volume": "5"},
    ),
    (  # and the year after the authors is the work's, whatever the access date says
        "Smith, J. (2020). Trials of things. Journal of Things, 5(2), 1-5. Retrieved December 1, "
        "2018, from https://example.org/jt",
        {"year": 2020},
    ),
    (  # the act's date and number belong to its title: "№ 273" is no issue
        "Об образовании в Российской Федерации : федеральный закон от 29.12.2012 № 273-ФЗ. – "
        "URL: http://www.consultant.ru/document/cons_doc_LAW_140174/ (дата обращения: "
        "15.01.2024).",
        {
            "type": WorkType.LAW,
            "title": "Об образовании в Российской Федерации : федеральный закон от 29.12.2012 "
            "№ 273-ФЗ",
            "year": 2012,
            "issue": "",
        },
    ),
    (
        "Указ Президента РФ от 10.10.2019 № 490 «О развитии искусственного интеллекта в "
        "Российской Федерации». URL: http://www.kremlin.ru/acts/bank/44731 (дата обращения: "
        "24.03.2025).",
        {
            "type": WorkType.LAW,
            "title": "Указ Президента РФ от 10.10.2019 № 490 «О развитии искусственного "
            "интеллекта в Российской Федерации»",
            "year": 2019,
            "issue": "",
        },
    ),
    (  # a ministry's order under the ministry's heading: its number is no issue either
        "Министерство образования и науки Российской Федерации. Приказ от 12.01.2017 № 13 «Об "
        "утверждении порядка». – URL: http://www.consultant.ru (дата обращения: 01.02.2024).",
        {
            "type": WorkType.LAW,
            "title": "Приказ от 12.01.2017 № 13 «Об утверждении порядка»",
            "year": 2017,
            "issue": "",
        },
    ),
    (  # an article about orders is no order
        "Приказ как управленческий документ // Делопроизводство. 2019. № 2. С. 10–15.",
        {"type": WorkType.ARTICLE, "issue": "2"},
    ),
    (  # the kind of act in lower case, as GOST abbreviates it
        "О науке : федер. закон от 23.08.1996 № 127-ФЗ // Собрание законодательства РФ. – "
        "1996. – № 35. – Ст. 4137.",
        {"type": WorkType.LAW, "container": "Собрание законодательства РФ"},
    ),
    (  # a translator in the statement: the title area ends after the translator's name
        "Шекспир У. Гамлет / У. Шекспир ; пер. с англ. Б. Пастернака. – М. : Детская "
        "литература, 1985. – 200 с.",
        {"title": "Гамлет", "place": "М.", "publisher": "Детская литература"},
    ),
    (
        "Гамлет / сост. И. И. Иванов. – М. : Наука, 1985. – 200 с.",
        {"title": "Гамлет", "place": "М.", "publisher": "Наука"},
    ),
    (  # editors family first, then the imprint
        "Сборник трудов / под ред. Иванова И. И. – М. : Наука, 2010. – 300 с.",
        {
            "title": "Сборник трудов",
            "editors": ["Иванов И. И."],
            "editor_role": "под ред.",
            "place": "М.",
            "publisher": "Наука",
            "number_of_pages": "300",
        },
    ),
    (  # a general editor, the role's spaces as one
        "Сборник трудов / под  общ. ред. Иванова И. И. – М. : Наука, 2010. – 300 с.",
        {
            "title": "Сборник трудов",
            "editors": ["Иванов И. И."],
            "editor_role": "под общ. ред.",  # spaces as one
            "place": "М.",
            "publisher": "Наука",
            "number_of_pages": "300",
        },
    ),
    (  # four or more authors: the title first, the first three and "[и др.]" after it
        "Территориальное развитие регионов / В. Н. Лаженцев, А. А. Иванов, П. П. Смирнов "
        "[и др.] // Экономика региона. – 2017. – Т. 13, вып. 4. – С. 1011–1023.",
        {
            "authors": ["Лаженцев В. Н.", "Иванов А. А.", "Смирнов П. П."],
            "et_al": True,
            "title": "Территориальное развитие регионов",
        },
    ),
    (  # GOST 7.0.100: "[и др.]" in brackets after the third name
        "Кузнецов В. В., Смирнов А. А., Иванова О. П. [и др.] Модели роста // Экономика и "
        "математические методы. – 2019. – Т. 55, вып. 2. – С. 5–20.",
        {
            "authors": ["Кузнецов В. В.", "Смирнов А. А.", "Иванова О. П."],
            "et_al": True,
            "title": "Модели роста",
            "volume": "55",
            "issue": "2",
        },
    ),
    (  # a conference paper: the proceedings' place and publisher before the year and pages
        "Орлов К. Н. Модели спроса // Труды Международной конференции «Экономика данных». – "
        "Казань : КФУ, 2019. – С. 100–105.",
        {
            "type": WorkType.CONFERENCE_PAPER,
            "container": "Труды Международной конференции «Экономика данных»",
            "place": "Казань",
            "publisher": "КФУ",
            "pages": "100-105",
        },
    ),
    (  # a subtitle's spaced colon is no imprint
        "Орлов К. Н. Модели спроса // Экономика данных : материалы конференции. – Казань : "
        "Изд-во КФУ, 2019. – С. 100–105.",
        {
            "type": WorkType.CONFERENCE_PAPER,
            "container": "Экономика данных : материалы конференции",
            "place": "Казань",
            "publisher": "Изд-во КФУ",
        },
    ),
    (
        "Орлов К. Н. Модели спроса // Сборник научных трудов. – М. : Наука, 2019. – С. 10–15.",
        {
            "type": WorkType.CHAPTER,
            "container": "Сборник научных трудов",
            "place": "М.",
            "publisher": "Наука",
        },
    ),
    (  # the meeting's place and dates belong to the proceedings' name; the year of
        # publication is the imprint's
        "Кузьмин А. Г. Цифровизация // Управление в современных системах : материалы конф. "
        "(Томск, 12–14 мая 2019 г.). – Томск : Изд-во ТПУ, 2019. – С. 5–10.",
        {
            "type": WorkType.CONFERENCE_PAPER,
            "container": "Управление в современных системах : материалы конф. (Томск, 12–14 мая "
            "2019 г.)",
            "place": "Томск",
            "publisher": "Изд-во ТПУ",
            "year": 2019,
            "pages": "5-10",
        },
    ),
    (  # the month alone, in the nominative
        "Григорьев Г. Г. Методика преподавания // Проблемы образования : материалы междунар. "
        "науч. конф. (г. Пермь, апрель 2011 г.). – Пермь : Меркурий, 2011. – Т. 1. – С. 5–8.",
        {
            "container": "Проблемы образования : материалы междунар. науч. конф. (г. Пермь, "
            "апрель 2011 г.)",
            "place": "Пермь",
            "publisher": "Меркурий",
            "volume": "1",
        },
    ),
    (  # the city and the year alone in brackets
        "Григорьев Г. Г. Методика // Наука и жизнь : материалы Всерос. конф. (Москва, 2020 г.). "
        "– Москва : РУДН, 2020. – С. 5–8.",
        {
            "container": "Наука и жизнь : материалы Всерос. конф. (Москва, 2020 г.)",
            "place": "Москва",
            "publisher": "РУДН",
        },
    ),
    (
        "Григорьев Г. Г. Методика // Наука и жизнь : материалы Всерос. конф., Казань, май 2019 г. "
        "– Казань : КФУ, 2019. – С. 5–8.",
        {
            "container": "Наука и жизнь : материалы Всерос. конф., Казань, май 2019 г.",
            "place": "Казань",
            "publisher": "КФУ",
        },
    ),
    (
        "Зайцев П. С. Модели спроса // Информационные технологии : материалы Междунар. "
        "науч.-практ. конф., Новосибирск, 20–21 апреля 2021 г. Новосибирск: НГТУ, 2021. "
        "С. 45–49.",
        {
            "container": "Информационные технологии : материалы Междунар. науч.-практ. конф., "
            "Новосибирск, 20–21 апреля 2021 г.",  # its final full stop goes, as "тр." does
            "place": "Новосибирск",
            "publisher": "НГТУ",
            "year": 2021,
        },
    ),
    (  # four or more authors after a title area that holds a meeting's dates
        "Цифровая трансформация отраслей : докл. к XXII Апр. междунар. науч. конф., Москва, "
        "13–30 апр. 2021 г. / Г. И. Абдрахманова, К. Б. Быховский, Н. Н. Веселитская [и др.]. "
        "– М. : Изд. дом ВШЭ, 2021. – 239 с.",
        {
            "authors": ["Абдрахманова Г. И.", "Быховский К. Б.", "Веселитская Н. Н."],
            "et_al": True,
            "title": "Цифровая трансформация отраслей : докл. к XXII Апр. междунар. науч. "
            "конф., Москва, 13–30 апр. 2021 г.",
            "place": "М.",
            "publisher": "Изд. дом ВШЭ",
            "type": WorkType.BOOK,
        },
    ),
    (  # an abbreviation closing the title before GOST's next area: the edition
        "Иванов И. И. Экономика : учеб. – 3-е изд., перераб. и доп. – СПб. : Питер, 2020. – 350 с.",
        {
            "type": WorkType.BOOK,
            "title": "Экономика : учеб.",
            "edition": "3",
            "place": "СПб.",
            "publisher": "Питер",
            "year": 2020,
        },
    ),
    (  # … or the imprint
        "Иванов И. И. Экономика : моногр. – М. : Наука, 2019. – 300 с.",
        {
            "type": WorkType.BOOK,
            "title": "Экономика : моногр.",
            "place": "М.",
            "publisher": "Наука",
        },
    ),
    (  # how many volumes ("в 3 т.") closes the title area before the imprint, with a city
        # the list lacks written as GOST's "Place : Publisher"
        "Лотман Ю. М. Избранные статьи : в 3 т. – Таллинн : Александра, 1992. – Т. 1. – 479 с.",
        {
            "type": WorkType.BOOK,
            "title": "Избранные статьи : в 3 т.",
            "place": "Таллинн",
            "publisher": "Александра",
            "year": 1992,
            "volume": "1",
        },
    ),
    (  # … or an abbreviated city
        "Достоевский Ф. М. Полное собрание сочинений : в 30 т. – Л. : Наука, 1972–1990. – "
        "Т. 6. – 423 с.",
        {"title": "Полное собрание сочинений : в 30 т.", "place": "Л.", "publisher": "Наука"},
    ),
    (  # … or parts ("в 2 ч.")
        "Иванов И. И. История : в 2 ч. – Казань : Изд-во КГУ, 2001. – 300 с.",
        {"title": "История : в 2 ч.", "place": "Казань", "publisher": "Изд-во КГУ"},
    ),
    (  # GOST's statement closes the title area over the title's own full stops
        "Леонтьев А. Н. Деятельность. Сознание. Личность / А. Н. Леонтьев. – Москва : "
        "Политиздат, 1975. – 304 с.",
        {"title": "Деятельность. Сознание. Личность", "place": "Москва", "publisher": "Политиздат"},
    ),
    (  # … a translator's too
        "Фуко М. Надзирать и наказывать. Рождение тюрьмы / пер. с фр. В. Наумова. – М. : "
        "Ad Marginem, 1999. – 480 с.",
        {"title": "Надзирать и наказывать. Рождение тюрьмы", "place": "М.", "year": 1999},
    ),
    (  # … and after a volume with its own title
        "Ахиезер А. С. Россия: критика исторического опыта. Т. 1 : От прошлого к будущему / "
        "А. С. Ахиезер. – Новосибирск : Сибирский хронограф, 1997. – 804 с.",
        {"volume": "1", "place": "Новосибирск", "publisher": "Сибирский хронограф"},
    ),
    (  # a statement naming the author in full before a further group
        "Канеман Д. Думай медленно... решай быстро / Даниэль Канеман ; перевод с английского "
        "А. Андреева. – Москва : АСТ, 2014. – 653 с.",
        {"title": "Думай медленно... решай быстро", "place": "Москва", "publisher": "АСТ"},
    ),
    (  # … whose group is in brackets, no translation of the title
        "Бодрийяр Ж. Симулякры и симуляция / Жан Бодрийяр ; [пер. с фр. А. Качалова]. – "
        "Москва : Постум, 2015. – 240 с.",
        {"title": "Симулякры и симуляция", "translated_title": "", "publisher": "Постум"},
    ),
    (  # a report's leader
        "Разработка методики оценки : отчет о НИР / рук. А. А. Смирнов. – Новосибирск, 2018. "
        "– 56 с.",
        {"title": "Разработка методики оценки : отчет о НИР", "place": "Новосибирск"},
    ),
    (  # … after the body that wrote it, with the performers
        "Исследование процессов горения : отчет о НИР / Ин-т хим. физики РАН ; рук. И. И. "
        "Иванов ; исполн.: П. П. Петров [и др.]. – М., 2015. – 120 с.",
        {"title": "Исследование процессов горения : отчет о НИР", "place": "М.", "year": 2015},
    ),
    (  # the editor's other roles with theirs, in the genitive as "под ред." governs
        "Сорокин П. А. Человек. Цивилизация. Общество / общ. ред., сост. и предисл. А. Ю. "
        "Согомонова. – М. : Политиздат, 1992. – 543 с.",
        {
            "title": "Человек. Цивилизация. Общество",
            "editors": ["Согомонов А. Ю."],
            "editor_role": "общ. ред., сост. и предисл.",
            "publisher": "Политиздат",
        },
    ),
    (  # others named with their roles after the editors
        "Бахтин М. М. Собрание сочинений / под ред. С. Г. Бочарова, вступ. ст. и коммент. В. "
        "В. Кожинова. – М. : Русские словари, 1996. – 731 с.",
        {"title": "Собрание сочинений", "editors": ["Бочаров С. Г."], "place": "М."},
    ),
    (  # "[и др.]" after the heading's author alone: there are more
        "Мельников А. Б. Управление проектами / А. Б. Мельников [и др.]. – М. : Юрайт, 2020. –"
        " 250 с.",
        {"authors": ["Мельников А. Б."], "et_al": True, "publisher": "Юрайт"},
    ),
    (  # a collection's editorial board, and its "[и др.]", are no part of its name
        "Петров П. П. Статья // Труды университета / редкол.: О. Н. Широков (отв. ред.) [и "
        "др.]. – Чебоксары : ЧГУ, 2019. – С. 10–15.",
        {
            "container": "Труды университета",
            "container_translated": "",
            "editors": ["Широков О. Н."],
            "editor_role": "редкол.:",
            "place": "Чебоксары",
        },
    ),
    (  # the board read as the editors, in the nominative its role takes
        "Сборник статей / редкол.: О. Н. Широков, П. П. Петров. – М. : Наука, 2015. – 200 с.",
        {"title": "Сборник статей", "editors": ["Широков О. Н.", "Петров П. П."]},
    ),
    (  # the groups after the editors end the statement too
        "Петров П. П. Статья // Сборник статей / под ред. А. А. Петрова [и др.] ; пер. с англ."
        " – М. : Наука, 2019. – С. 5–10.",
        {"container": "Сборник статей", "editors": ["Петров А. А."], "publisher": "Наука"},
    ),
    (
        "Петров П. П. Статья // Сборник трудов / под ред. А. А. Петрова [и др.]. – М. : Наука,"
        " 2019. – С. 5–10.",
        {"container": "Сборник трудов", "container_translated": "", "editors": ["Петров А. А."]},
    ),
    (  # a report's leader named in full, then its performers "[и др.]"
        "Отчет о научно-исследовательской работе «Разработка методики» : промежуточный / "
        "ФГБОУ ВО «Сибирский государственный университет» ; руководитель А. В. Смирнов ; "
        "исполн.: И. К. Ли [и др.]. – Новосибирск, 2020. – 95 с.",
        {
            "title": "Отчет о научно-исследовательской работе «Разработка методики» : "
            "промежуточный",
            "translated_title": "",
            "place": "Новосибирск",
        },
    ),
    (  # a group after the authors that names no one ("рук. авт. кол." before the names)
        # stays out of the title
        "Цифровая трансформация отраслей : докл. / Г. И. Абдрахманова, К. Б. Быховский ; "
        "рук. авт. кол. П. Б. Рудник ; Нац. исслед. ун-т «Высшая школа экономики». – М. : "
        "Изд. дом ВШЭ, 2021. – 239 с.",
        {"title": "Цифровая трансформация отраслей : докл.", "place": "М."},
    ),
    (  # the edition with its word first, as older lists write it
        "Иванов И. И. Книга / И. И. Иванов. – Изд. 2-е, испр. и доп. – М. : Наука, 2010. – 200 с.",
        {"edition": "2", "place": "М.", "publisher": "Наука"},
    ),
    (
        "Выготский Л. С. Мышление и речь. Изд. 5, испр. – М. : Лабиринт, 1999. – 352 с.",
        {"title": "Мышление и речь", "edition": "5", "publisher": "Лабиринт"},
    ),
    (  # a publishing house is no edition
        "Петров П. П. Очерки. – М. : Изд. дом ВШЭ, 2010. – 200 с.",
        {"edition": "", "publisher": "Изд. дом ВШЭ"},
    ),
    (  # the editors in the sentence after a transliterated book's title
        "Prokhorov A.N. Ekonomicheskaya teoriya [Economic theory]. Ed. by A.I. Dobrynin. "
        "Saint Petersburg, Piter Publ., 2009. 544 p.",
        {"editors": ["Dobrynin A.I."], "place": "Saint Petersburg", "publisher": "Piter Publ."},
    ),
    (  # a question's translation in brackets after it
        "Ivanov I.I. Kuda idet ekonomika? [Where is the economy going?]. EKO [ECO], 2019, "
        "no. 5, pp. 7-26. (In Russ.)",
        {
            "title": "Kuda idet ekonomika?",
            "translated_title": "Where is the economy going?",
            "container": "EKO",
        },
    ),
    (  # GOST R 7.0.100-2018 writes the city in full before the year of a collection
        "Сидоров С. С. Статья // Экономика и управление : сб. ст. – Санкт-Петербург, 2018. – "
        "С. 5–10.",
        {
            "type": WorkType.CHAPTER,
            "container": "Экономика и управление : сб. ст.",
            "place": "Санкт-Петербург",
            "year": 2018,
            "pages": "5-10",
        },
    ),
    (  # the thesis as GOST R 7.0.100-2018 writes it (its own example, section A.2)
        "Вишняков, И. В. Модели и методы оценки коммерческих банков в условиях "
        "неопределенности : специальность 08.00.13 «Математические и инструментальные методы "
        "экономики» : диссертация на соискание ученой степени кандидата экономических наук / "
        "Вишняков Илья Владимирович ; Московский государственный университет экономики, "
        "статистики и информатики. – Москва, 2002. – 234 с. – Текст : непосредственный.",
        {
            "type": WorkType.THESIS,
            "title": "Модели и методы оценки коммерческих банков в условиях неопределенности : "
            "специальность 08.00.13 «Математические и инструментальные методы экономики»",
            "genre": "диссертация на соискание ученой степени кандидата экономических наук",
            "place": "Москва",
            "container": "",
            "publisher": "",
            "year": 2002,
            "number_of_pages": "234",
        },
    ),
    (  # the roles as GOST R 7.0.100-2018 also writes them, in full
        "Экономика : учебник / под редакцией А. С. Булатова. – 7-е изд., перераб. и доп. – "
        "Москва : Магистр, 2019. – 944 с.",
        {
            "type": WorkType.BOOK,
            "title": "Экономика : учебник",
            "editors": ["Булатов А. С."],
            "editor_role": "под редакцией",
            "edition": "7",
            "place": "Москва",
        },
    ),
    (
        "Регионы России : монография / ответственный редактор А. Г. Гранберг. – Москва : "
        "Наука, 2019. – 300 с.",
        {
            "title": "Регионы России : монография",
            "editors": ["Гранберг А. Г."],
            "editor_role": "ответственный редактор",
            "publisher": "Наука",
        },
    ),
    (
        "Портер, М. Конкуренция / М. Портер ; перевод с английского О. Л. Пелявского. – "
        "Москва : Вильямс, 2005. – 608 с.",
        {"title": "Конкуренция", "authors": ["Портер М."], "place": "Москва"},
    ),
    (  # a volume of a set, the set's years before it: no pages
        "Толстой, Л. Н. Собрание сочинений : в 22 томах / Л. Н. Толстой. – Москва : "
        "Художественная литература, 1978–1985. – Т. 5. – 1980. – 430 с.",
        {"volume": "5", "year": 1980, "pages": "", "number_of_pages": "430"},
    ),
    (  # an act approved by a government's order: its date, not its number nor the title's
        # year; the note on the legal database it was read in names no field
        "Стратегия развития до 2030 года [Электронный ресурс] : утв. распоряжением "
        "Правительства РФ от 17.11.2008 № 1662-р. – Доступ из справ.-правовой системы "
        "«КонсультантПлюс».",
        {
            "type": WorkType.LAW,
            "title": "Стратегия развития до 2030 года : утв. распоряжением Правительства РФ от "
            "17.11.2008 № 1662-р",
            "year": 2008,
            "issue": "",
        },
    ),
    (  # … approved by a decree written with a capital: "утв." ends no sentence
        "Стратегия научно-технологического развития Российской Федерации : утв. Указом "
        "Президента РФ от 01.12.2016 № 642. – URL: http://www.kremlin.ru/acts/bank/41449 "
        "(дата обращения: 10.03.2023).",
        {
            "type": WorkType.LAW,
            "title": "Стратегия научно-технологического развития Российской Федерации : утв. "
            "Указом Президента РФ от 01.12.2016 № 642",
            "container": "",
            "year": 2016,
            "issue": "",
        },
    ),
    (  # a code named in lower case
        "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ. – "
        "Режим доступа: СПС «Гарант».",
        {
            "type": WorkType.LAW,
            "title": "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ",
            "year": 1994,
            "issue": "",
        },
    ),
    (  # a journal's name of several sentences after a title its translation closed
        "Ivanova T.N. Sovremennye podkhody k otsenke chelovecheskogo kapitala [Modern approaches "
        "to the assessment of human capital]. Vestnik Permskogo universiteta. Seriya: Ekonomika "
        "[Perm University Herald. Economy], 2019, vol. 14, no. 2, pp. 220-236.",
        {
            "title": "Sovremennye podkhody k otsenke chelovecheskogo kapitala",
            "container": "Vestnik Permskogo universiteta. Seriya: Ekonomika",
            "volume": "14",
        },
    ),
    (
        "Zhukov V.V. Modelirovanie teplovykh protsessov [Modeling of thermal processes]. "
        "Izvestiya vysshikh uchebnykh zavedenii. Priborostroenie [Journal of Instrument "
        "Engineering], 2020, vol. 63, no. 5, pp. 440-448.",
        {
            "title": "Modelirovanie teplovykh protsessov",
            "container": "Izvestiya vysshikh uchebnykh zavedenii. Priborostroenie",
        },
    ),
    (  # … or a transliterated title, the journal's name opening with "Vestnik"
        "Shvetsov Yu.G. Finansovaya politika gosudarstva. Vestnik Moskovskogo universiteta. "
        "Seriya 6. Ekonomika = Moscow University Economics Bulletin. 2016;(4):3-25. (In Russ.)",
        {
            "title": "Finansovaya politika gosudarstva",
            "container": "Vestnik Moskovskogo universiteta. Seriya 6. Ekonomika = Moscow "
            "University Economics Bulletin",
            "issue": "4",
        },
    ),
    (  # … or an English name after " = " of several sentences itself
        "Petrenko A.A. Risk management. Vestnik Permskogo universiteta. Seriya: Ekonomika = Perm "
        "University Herald. Economy. 2019;14(2):220-236. (In Russ.)",
        {
            "title": "Risk management",
            "container": "Vestnik Permskogo universiteta. Seriya: Ekonomika = Perm University "
            "Herald. Economy",
        },
    ),
    (  # IEEE: an abbreviated journal's name ends in a publisher's name, which it is not
        '[1] A. Krizhevsky, I. Sutskever, and G. E. Hinton, "ImageNet classification with deep '
        'convolutional neural networks," Commun. ACM, vol. 60, no. 6, pp. 84–90, 2017.',
        {
            "type": WorkType.ARTICLE,
            "container": "Commun. ACM",
            "publisher": "",
            "volume": "60",
            "issue": "6",
        },
    ),
    (
        "Smith J. A title here. Proc. IEEE, 2019, vol. 5, pp. 5-9.",
        {"container": "Proc. IEEE", "publisher": ""},
    ),
    (  # a law named with its body and date, in the gazette that published it
        "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей» // Ведомости СНД и ВС "
        "РФ. – 1992. – № 15. – Ст. 766.",
        {"type": WorkType.LAW, "container": "Ведомости СНД и ВС РФ", "year": 1992},
    ),
    (  # a ministry's letter: its number is no issue
        "Письмо Минобрнауки России от 18.08.2017 № 09-1672 «О направлении методических "
        "рекомендаций». – URL: https://www.garant.ru/1 (дата обращения: 01.02.2023).",
        {
            "type": WorkType.LAW,
            "title": "Письмо Минобрнауки России от 18.08.2017 № 09-1672 «О направлении "
            "методических рекомендаций»",
            "issue": "",
            "year": 2017,
        },
    ),
    (  # a court's ruling, its number with letters
        "Решение Верховного Суда РФ от 12.05.2015 № АКПИ15-123 // Бюллетень Верховного Суда "
        "РФ. – 2015. – № 9.",
        {"type": WorkType.LAW, "issue": "9", "year": 2015},
    ),
    (
        "Определение Конституционного Суда РФ от 04.12.2003 № 418-О // Вестник "
        "Конституционного Суда РФ. – 2004. – № 2.",
        {"type": WorkType.LAW, "issue": "2", "year": 2004},
    ),
    (  # not an act: a letter to the editor has no issuing body's date
        "Иванов И. И. Письмо в редакцию // Вопросы истории. – 2010. – № 5. – С. 3–4.",
        {"type": WorkType.ARTICLE, "issue": "5", "pages": "3-4"},
    ),
    (  # NLM's kind of thesis in brackets after its title: the genre, not a translation
        "Ivanov I.I. Innovative development of regions [dissertation]. Moscow; 2015. 180 p. "
        "(In Russ.)",
        {"type": WorkType.THESIS, "genre": "dissertation", "translated_title": ""},
    ),
    (
        "Smith J. Regional growth in Europe [master's thesis]. Boston (MA): Boston University; "
        "2019.",
        {"genre": "master's thesis", "translated_title": "", "publisher": "Boston University"},
    ),
    (  # GOST's abbreviated cities transliterated letter for letter
        "Ivanov I.I. Ekonomika regionov [Regional economics]. M.: Nauka, 2019. 300 p. (In Russ.)",
        {"type": WorkType.BOOK, "container": "", "place": "M.", "publisher": "Nauka"},
    ),
    (
        "Petrov P.P. Upravlenie personalom. SPb.: Piter, 2018. 200 p.",
        {"type": WorkType.BOOK, "container": "", "place": "SPb.", "publisher": "Piter"},
    ),
    (  # an abbreviation closing the title before an imprint whose city no list holds
        "Иванов И. И. Экономика : учеб. – Таллинн : Александра, 2019. – 300 с.",
        {"title": "Экономика : учеб.", "place": "Таллинн", "publisher": "Александра"},
    ),
    (  # how many volumes, then the edition: "т. 2-е изд." is no volume 2
        "Лотман Ю. М. Избранные статьи : в 3 т. – 2-е изд. – Таллинн : Александра, 1992. – 479 с.",
        {"title": "Избранные статьи : в 3 т.", "volume": "", "edition": "2", "place": "Таллинн"},
    ),
    (  # the marks of what is unknown in any spelling the pattern reads
        "Смирнов А. А. Краткий курс. – М. : [Б.и.], 2001. – 45 с.",
        {"type": WorkType.BOOK, "place": "М.", "publisher": "[Б.и.]", "year": 2001},
    ),
    (  # the collection's editors after its own slash: their initials are no place
        "Морозова Т. В. Кадровая политика // Проблемы экономики : сб. науч. тр. / под ред. "
        "А. А. Николаева. – Екатеринбург : УрФУ, 2020. – Вып. 3. – С. 112–118.",
        {
            "type": WorkType.CHAPTER,
            "container": "Проблемы экономики : сб. науч. тр.",
            "editors": ["Николаев А. А."],
            "editor_role": "под ред.",
            "place": "Екатеринбург",
            "publisher": "УрФУ",
            "pages": "112-118",
        },
    ),
    (  # the book's editors with a role that takes the nominative
        "Орлова Е. В. Региональные системы // Регионы России : материалы конф. / отв. ред. "
        "А. Б. Смирнов. – Новосибирск : НГТУ, 2019. – С. 112–118.",
        {
            "editors": ["Смирнов А. Б."],
            "editor_role": "отв. ред.",
            "place": "Новосибирск",
            "publisher": "НГТУ",
        },
    ),
    (  # one initial, then a one-word title: no "Given I. Family" in a Russian list
        "Гоббс Т. Левиафан. – М. : Мысль, 2001. – 478 с.",
        {"authors": ["Гоббс Т."], "title": "Левиафан", "place": "М.", "publisher": "Мысль"},
    ),
    (  # a family name with a particle, as in Latin "van Dijk"
        "Ле Гофф Ж. Цивилизация средневекового Запада. – М. : Прогресс, 1992. – 376 с.",
        {"authors": ["Ле Гофф Ж."], "title": "Цивилизация средневекового Запада"},
    ),
    (
        "Иванов И. И., Ван Дейк Т. А. Дискурс и власть. – М. : Прогресс, 1989. – 312 с.",
        {"authors": ["Иванов И. И.", "Ван Дейк Т. А."], "title": "Дискурс и власть"},
    ),
    (  # a title of several sentences and no statement after it (they had been dropped)
        "Тынянов Ю. Н. Поэтика. История литературы. Кино. – М. : Наука, 1977. – 574 с.",
        {"title": "Поэтика. История литературы. Кино", "place": "М.", "publisher": "Наука"},
    ),
    (
        "Сорокин П. А. Человек. Цивилизация. Общество. М.: Политиздат, 1992. 543 с.",
        {"title": "Человек. Цивилизация. Общество", "publisher": "Политиздат"},
    ),
    (  # nor the book's kind, an edition in words or its editor
        "Иванов И. И. Экономика. Учебник. Второе издание. – М. : Юрайт, 2010. – 300 с.",
        {"title": "Экономика", "publisher": "Юрайт"},
    ),
    (
        "Иванов И. И. Экономика. Издание второе. – М. : Юрайт, 2010. – 300 с.",
        {"title": "Экономика", "publisher": "Юрайт"},
    ),
    (
        "Иванов И. И. Экономика. Под редакцией Петрова. – М. : Юрайт, 2010. – 300 с.",
        {"title": "Экономика", "publisher": "Юрайт"},
    ),
    (  # the part of a book in parts stays with the title (it had been dropped)
        "Сидоров С. С. Основы физики. Ч. 1. Механика. – СПб. : Питер, 2018. – 400 с.",
        {"title": "Основы физики. Ч. 1. Механика", "place": "СПб.", "publisher": "Питер"},
    ),
    (
        "Сидоров С. С. Основы физики. Кн. 2. Оптика и волны. – СПб. : Питер, 2018. – 400 с.",
        {"title": "Основы физики. Кн. 2. Оптика и волны", "publisher": "Питер"},
    ),
    (  # a code's part with the act's other information
        "Гражданский кодекс Российской Федерации. Часть вторая : федер. закон от 26.01.1996 №"
        " 14-ФЗ. – М., 2019.",
        {
            "title": "Гражданский кодекс Российской Федерации. Часть вторая : федер. закон от"
            " 26.01.1996 № 14-ФЗ",
            "place": "М.",
        },
    ),
    (
        "Smith J. Principles of physics. Part 2. Optics. London: Wiley; 2018.",
        {"title": "Principles of physics. Part 2. Optics", "publisher": "Wiley"},
    ),
    (  # but an edition between title and imprint is no part of the title
        "Выготский Л. С. Мышление и речь. Изд. 5, испр. – М. : Лабиринт, 1999. – 352 с.",
        {"title": "Мышление и речь", "publisher": "Лабиринт"},
    ),
    (  # an author known by one name heads the description with it alone
        "Аристотель. Сочинения : в 4 т. Т. 1. – М. : Мысль, 1976. – 550 с.",
        {"authors": ["Аристотель"], "title": "Сочинения : в 4 т.", "volume": "1"},
    ),
    (
        "Конфуций. Лунь юй. – М. : Эксмо, 2020. – 300 с.",
        {"authors": ["Конфуций"], "title": "Лунь юй", "publisher": "Эксмо"},
    ),
    (
        "Homer. The Iliad, Books XXIII–XXIV. Edited by D. B. Monro. Oxford: Clarendon Press, 1903.",
        {"authors": ["Homer"], "title": "The Iliad, Books XXIII–XXIV"},
    ),
    (  # but a title's first sentence is no author, nor is an encyclopaedia's entry on one
        "Экономика. Учебник для вузов. – М. : Наука, 2019. – 300 с.",
        {"authors": []},
    ),
    (
        "Plato. In: Zalta E. N. (ed.) Stanford Encyclopedia of Philosophy. 2020.",
        {"authors": [], "title": "Plato"},
    ),
    (  # "доклад" names no report: a journal ("Доклады Академии наук"), a meeting's talks
        "Рябов Р. Р. Задача // Доклады Академии наук. – 2005. – Т. 400, № 2. – С. 150–153.",
        {"type": WorkType.ARTICLE, "container": "Доклады Академии наук", "volume": "400"},
    ),
    (
        "Иванов И. И. Доклад о развитии // Тезисы докладов XV Всероссийской конференции «Наука»"
        " (Томск, 10–12 октября 2018 г.). – Томск, 2018. – С. 5–6.",
        {"type": WorkType.CONFERENCE_PAPER, "title": "Доклад о развитии"},
    ),
    (  # a particle inside a family of two words, which had made the whole name a title
        "Тейяр де Шарден П. Феномен человека. – М. : Наука, 1987. – 240 с.",
        {"authors": ["Тейяр де Шарден П."], "title": "Феномен человека", "place": "М."},
    ),
    (
        "Мартинес де ла Роса Ф. Избранное. – М. : Наука, 1990. – 200 с.",
        {"authors": ["Мартинес де ла Роса Ф."], "title": "Избранное"},
    ),
    (  # the same in Latin script ("Teilhard de Chardin P" had been one body's name)
        "Teilhard de Chardin P. The phenomenon of man. New York: Harper, 1959. 318 p.",
        {"authors": ["Teilhard de Chardin P."], "title": "The phenomenon of man"},
    ),
    (
        "Ortega y Gasset J. La rebelión de las masas. Madrid: Revista de Occidente, 1930.",
        {"authors": ["Ortega y Gasset J."], "title": "La rebelión de las masas"},
    ),
    (  # no particle inside: two names, not one
        "Smith J., Vanden P. Title of the paper. Journal of Things. 2001;3:4-5.",
        {"authors": ["Smith J.", "Vanden P."], "title": "Title of the paper"},
    ),
    (  # but a family name that is a particle's word has no particle: "Ван Л." is Wang L.
        "Ли Д., Ван Л. Экономика Китая. – М. : Наука, 2010. – 100 с.",
        {"authors": ["Ли Д.", "Ван Л."], "title": "Экономика Китая"},
    ),
    (  # a city and a year without a publisher, then a volume and a page: a book's imprint
        "Даль В. И. Толковый словарь живого великорусского языка. – М., 1955. – Т. 2. – С. 345.",
        {"type": WorkType.BOOK, "container": "", "place": "М.", "volume": "2", "pages": "345"},
    ),
    (  # GOST's marks for an unknown place and publisher are the imprint, as written
        "Кузнецов К. К. Основы права [Текст] / К. К. Кузнецов. – [Б. м.] : [б. и.], 1995. – 80 с.",
        {"type": WorkType.BOOK, "container": "", "place": "[Б. м.]", "publisher": "[б. и.]"},
    ),
    (
        "Смирнов А. А. Краткий курс. – М. : [б. и.], 2001. – 45 с.",
        {"place": "М.", "publisher": "[б. и.]", "container_translated": ""},
    ),
    (  # and the year's
        "Смирнов А. А. Краткий курс. – М. : Наука, [б. г.]. – 45 с.",
        {"place": "М.", "publisher": "Наука", "year": None},
    ),
    (  # the Soviet "В кн.:" before a chapter's book
        "Лихачев Д. С. Поэтика древнерусской литературы. – В кн.: Избранные работы. Л., 1987, "
        "т. 1, с. 261–648.",
        {"type": WorkType.CHAPTER, "container": "Избранные работы", "place": "Л.", "volume": "1"},
    ),
    (  # a city no list holds
        "Бердяев Н. А. Истоки и смысл русского коммунизма. – Париж, 1955. – 160 с.",
        {"type": WorkType.BOOK, "container": "", "place": "Париж", "number_of_pages": "160"},
    ),
    (
        "Смирнов С. С. Основы химии. – Екатеринбург, 2015. – Т. 2. – 300 с.",
        {"type": WorkType.BOOK, "container": "", "place": "Екатеринбург", "volume": "2"},
    ),
    (  # a one-word journal: its issue number ("№") tells it from a city
        "Иванов И. И. Рынок труда. Экономист, 2015. № 3. С. 5–8.",
        {"type": WorkType.ARTICLE, "container": "Экономист", "place": "", "issue": "3"},
    ),
    (  # and "//" does
        "Иванов И. И. Рынок труда // Коммерсантъ, 2015. – С. 5.",
        {"type": WorkType.ARTICLE, "container": "Коммерсантъ", "place": ""},
    ),
    # archival files and documents (were: an article titled "Ф. Р-5446" in "Оп. 1. Д", the
    # archive its author)
    (
        "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "ГАРФ",
            "archive_location": "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5",
            "title": "",
            "authors": [],
            "container": "",
            "year": None,
            "diagnostics": [],
        },
    ),
    (
        "Российский государственный архив экономики (РГАЭ). Ф. 4372. Оп. 66. Д. 1. Л. 1–20.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "Российский государственный архив экономики (РГАЭ)",
            "archive_location": "Ф. 4372. Оп. 66. Д. 1. Л. 1–20",
            "title": "",
        },
    ),
    (  # no leaves
        "ЦГА СПб. Ф. 7384. Оп. 18. Д. 1234.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "ЦГА СПб",
            "archive_location": "Ф. 7384. Оп. 18. Д. 1234",
        },
    ),
    (  # GOST's areas, the storage unit and the leaves' reverse
        "РГАЛИ. – Ф. 2908. – Оп. 1. – Ед. хр. 185. – Лл. 1–3 об.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "РГАЛИ",
            "archive_location": "Ф. 2908. Оп. 1. Ед. хр. 185. Лл. 1–3 об.",
        },
    ),
    (  # a name holding an abbreviation's full stop
        "Центральный государственный архив г. Москвы. Ф. 1. Оп. 2. Д. 3. Л. 4.",
        {
            "archive": "Центральный государственный архив г. Москвы",
            "archive_location": "Ф. 1. Оп. 2. Д. 3. Л. 4",
        },
    ),
    (  # a document of the file before "//", dated
        "Докладная записка наркома финансов Г. Я. Сокольникова в СНК СССР от 12 марта 1925 г."
        " // ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об.",
        {
            "type": WorkType.MANUSCRIPT,
            "title": "Докладная записка наркома финансов Г. Я. Сокольникова в СНК СССР от 12"
            " марта 1925 г.",
            "authors": [],
            "year": 1925,
            "archive": "ГАРФ",
            "archive_location": "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об.",
        },
    ),
    (  # before the archive's name, without "//"
        "Протокол заседания Политбюро ЦК ВКП(б) от 5 мая 1925 г. ГАРФ. Ф. Р-5446. Оп. 1. Д. 123."
        " Л. 4.",
        {
            "type": WorkType.MANUSCRIPT,
            "title": "Протокол заседания Политбюро ЦК ВКП(б) от 5 мая 1925 г.",
            "year": 1925,
            "archive": "ГАРФ",
            "archive_location": "Ф. Р-5446. Оп. 1. Д. 123. Л. 4",
        },
    ),
    (  # its author's heading, not the addressee's initials; a box between fond and file
        "Куфаев М. Н. Письмо Б. С. Боднарскому от 20 октября 1925 г. // ОР РГБ. Ф. 573. Картон"
        " 41. Д. 55. Л. 18.",
        {
            "authors": ["Куфаев М. Н."],
            "title": "Письмо Б. С. Боднарскому от 20 октября 1925 г.",
            "year": 1925,
            "archive": "ОР РГБ",
            "archive_location": "Ф. 573. Картон 41. Д. 55. Л. 18",
        },
    ),
    (  # the notes on the copy after the search data (GOST R 7.0.5 §11.10)
        "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5. Подлинник. Машинопись.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive_location": "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5",
            "genre": "Подлинник. Машинопись",
        },
    ),
    (  # two files of one fond
        "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4; Д. 124. Л. 5–6.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "ГАРФ",
            "archive_location": "Ф. Р-5446. Оп. 1. Д. 123. Л. 4; Д. 124. Л. 5–6",
        },
    ),
    (  # not an archive's: initials "Ф. Д." in an article
        "Иванов Ф. Д. Экономика региона // Вопросы экономики. 2019. № 1. С. 5–10.",
        {
            "type": WorkType.ARTICLE,
            "authors": ["Иванов Ф. Д."],
            "title": "Экономика региона",
            "container": "Вопросы экономики",
            "archive": "",
            "archive_location": "",
        },
    ),
    (  # nor "Ibid.": it needs the reference before it
        "Там же. Л. 7.",
        {"type": WorkType.ARTICLE, "archive": "", "archive_location": ""},
    ),
]

TRANSLITERATED: list[Row] = [
    (  # a city before "X Publ." is a place, listed or not, its soft sign an apostrophe
        "Akhmetov R.R. Regional'nye klastery [Regional clusters]. Kazan', KFU Publ., 2016. "
        "212 p. (In Russ.)",
        {"type": WorkType.BOOK, "place": "Kazan'", "container": ""},
    ),
    (
        "Akhmetov R.R. Regional'nye klastery [Regional clusters]. Syktyvkar, IE Komi NTs UrO "
        "RAN Publ., 2016. 212 p.",
        {"place": "Syktyvkar", "container": ""},
    ),
    (
        "Ivanov I.I. Vvedenie v ekonomiku [Introduction to economics]. Moscow; Berlin, "
        "Direkt-Media Publ., 2019. 300 p.",
        {"place": "Moscow; Berlin", "container": ""},
    ),
    (  # a collection's city after its name
        "Akhmetov R.R. Regional'nye klastery. Sbornik trudov. Tver', TvGU Publ., 2016, pp. 5-9.",
        {"container": "Sbornik trudov", "place": "Tver'", "pages": "5-9"},
    ),
    (  # "Publ." keeps its full stop
        "Ivanov I.I. Ekonomika znanii. Moscow, Nauka Publ., 2020. 300 p. (In Russ.)",
        {"publisher": "Nauka Publ.", "place": "Moscow"},
    ),
    (  # a meeting's city after its name is the place, not part of the name
        "Lavrov A.M. Regional policy. In: Proceedings of the All-Russian Scientific Conference "
        '"Economy and Society". Moscow; 2019. P. 5-9. (In Russ.)',
        {
            "container": "Proceedings of the All-Russian Scientific Conference "
            '"Economy and Society"',
            "place": "Moscow",
            "pages": "5-9",
        },
    ),
    (
        "Smith J. Regional growth in Europe. Proceedings of the 5th International Conference on "
        "Economics. Paris, 2019, pp. 10-20.",
        {
            "title": "Regional growth in Europe",
            "container": "Proceedings of the 5th International Conference on Economics",
            "place": "Paris",
        },
    ),
    (  # a chapter's book, its city before the publisher
        "Smith J. Regional growth. In: Brown K., ed. Handbook of regional science. London, "
        "Routledge, 2018, pp. 10-20.",
        {"container": "Handbook of regional science", "place": "London", "publisher": "Routledge"},
    ),
    (  # and a listed city of two words read whole
        "Dyatlov S.A. Informatsionnaya ekonomika [Information economy]. St. Petersburg, "
        "SPbGUEF Publ., 2008. 231 p.",
        {"place": "St. Petersburg", "container": ""},
    ),
    (
        "Ivanov I.I., Petrov P.P. Digital economy and its measurement. Voprosy ekonomiki, 2019,"
        " vol. 14, no. 1, pp. 57-69. (In Russ.)",
        {
            "authors": ["Ivanov I.I.", "Petrov P.P."],
            "title": "Digital economy and its measurement",
            "container": "Voprosy ekonomiki",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
            "language": "ru",
        },
    ),
    (
        "Ivanov I. I. Digital economy // Voprosy ekonomiki. 2019. N 2 (40). P. 10–20. (In Russ.)",
        {"volume": "", "issue": "2", "cumulative_issue": "40", "pages": "10-20"},
    ),
    (
        "Smith J. Outbreak response // Lancet Infect Dis. 2020. N 20 (3). P. 10–20.",
        {"volume": "20", "issue": "3", "cumulative_issue": "", "container": "Lancet Infect Dis"},
    ),
    (  # proceedings with their imprint, the translation of their name in brackets
        "Orlov K.N. Demand models. Trudy Mezhdunarodnoi konferentsii «Ekonomika dannykh» "
        "[Proceedings of the International conference «Data economy»]. Kazan: KFU Publ., 2019, "
        "pp. 100-105. (In Russ.)",
        {
            "type": WorkType.CONFERENCE_PAPER,
            "container": "Trudy Mezhdunarodnoi konferentsii «Ekonomika dannykh»",
            "container_translated": "Proceedings of the International conference «Data economy»",
            "place": "Kazan",
            "publisher": "KFU Publ.",
            "pages": "100-105",
        },
    ),
    (  # the city after the translation in brackets, then a comma, not a colon
        'Orlov K.N. Demand models. Trudy konferentsii "Ekonomika dannykh" [Proceedings of '
        'the conference "Data economy"]. Tomsk, TPU Publ., 2019, pp. 5-10. (In Russ.)',
        {
            "container": 'Trudy konferentsii "Ekonomika dannykh"',
            "place": "Tomsk",
            "publisher": "TPU Publ.",
            "pages": "5-10",
        },
    ),
    (
        "Orlov K.N. Demand models. Materialy Mezhdunar. nauch.-prakt. konf. [Proceedings of the "
        "international conference]. Novosibirsk, 2021, pp. 45-49.",
        {"container": "Materialy Mezhdunar. nauch.-prakt. konf", "place": "Novosibirsk"},
    ),
    (
        "Orlov K.N. Demand models. Sbornik nauchnykh trudov [Collected papers]. Moscow: Nauka "
        "Publ., 2019, pp. 10-15. (In Russ.)",
        {"type": WorkType.CHAPTER, "container": "Sbornik nauchnykh trudov", "place": "Moscow"},
    ),
    (  # the journal's name in sentences, told from the English title by its language
        "Orlov K.N. Demand models. Izvestiya vysshikh uchebnykh zavedenii. Povolzhskii region. "
        "Ekonomicheskie nauki [University proceedings. Volga region. Economic sciences], 2018, "
        "no. 4, pp. 12-25. (In Russ.)",
        {
            "title": "Demand models",
            "container": "Izvestiya vysshikh uchebnykh zavedenii. Povolzhskii region. "
            "Ekonomicheskie nauki",
            "container_translated": "University proceedings. Volga region. Economic sciences",
            "issue": "4",
        },
    ),
    (
        "Orlov K.N. Demand models. The case of Tatarstan. Vestnik Moskovskogo universiteta. "
        "Seriya 6. Ekonomika, 2019, no. 2, pp. 10-20. (In Russ.)",
        {
            "title": "Demand models. The case of Tatarstan",
            "container": "Vestnik Moskovskogo universiteta. Seriya 6. Ekonomika",
        },
    ),
    (  # a year after the access date is the title's, not the publication's
        "National strategy for the development of artificial intelligence for the period up "
        "to 2030. Available at: https://www.garant.ru/doc/72738946/ (accessed 10.02.2024). "
        "(In Russ.)",
        {
            "title": "National strategy for the development of artificial intelligence for the "
            "period up to 2030",
            "year": None,
            "type": WorkType.WEBPAGE,
        },
    ),
    (  # an act's number, transliterated, is no issue; its gazette's numbers follow
        'Federal Law of 27.07.2006 No. 149-FZ "On information, information technologies and '
        "information protection\". Sobranie zakonodatel'stva RF, 2006, no. 31, art. 3448. "
        "(In Russ.)",
        {
            "type": WorkType.LAW,
            "title": 'Federal Law of 27.07.2006 No. 149-FZ "On information, information '
            'technologies and information protection"',
            "container": "Sobranie zakonodatel'stva RF",
            "year": 2006,
            "issue": "31",
        },
    ),
    (  # a spelt-out "no." with no volume is the issue, though no "(In Russ.)" says so
        "Kornai J. Sindrom myagkikh byudzhetnykh ogranichenii [The soft budget constraint "
        "syndrome]. Voprosy ekonomiki, 1997, no. 12, pp. 4-18.",
        {"container": "Voprosy ekonomiki", "volume": "", "issue": "12", "pages": "4-18"},
    ),
    (
        '[10] S. Ivanov, "Power systems," Elektrichestvo, no. 3, pp. 4–12, 2018.',
        {"container": "Elektrichestvo", "volume": "", "issue": "3", "year": 2018},
    ),
    (  # the mark with the abstract's language
        "Ivanov I.I. Regional policy. Voprosy ekonomiki. 2019. N 5. P. 5-9. "
        "(In Russ., abstract in Engl.)",
        {"language": "ru", "volume": "", "issue": "5", "pages": "5-9"},
    ),
    (  # transliterated, its translation in brackets names the date and number again
        "Federal'nyi zakon ot 06.10.2003 No. 131-FZ \"Ob obshchikh printsipakh organizatsii "
        'mestnogo samoupravleniya v Rossiiskoi Federatsii" [Federal Law of 06.10.2003 No. '
        '131-FZ "On general principles of the organization of local self-government in the '
        'Russian Federation"]. Available at: http://www.consultant.ru/1 (accessed 15.01.2020).',
        {
            "type": WorkType.LAW,
            "title": "Federal'nyi zakon ot 06.10.2003 No. 131-FZ \"Ob obshchikh printsipakh "
            'organizatsii mestnogo samoupravleniya v Rossiiskoi Federatsii"',
            "translated_title": 'Federal Law of 06.10.2003 No. 131-FZ "On general principles '
            'of the organization of local self-government in the Russian Federation"',
            "volume": "",
            "year": 2003,
        },
    ),
    (  # the number before the date: "Federal Law No." is no body as its author
        'Federal Law No. 44-FZ of April 5, 2013 "On the contract system in the sphere of '
        'procurement". Available at: http://www.consultant.ru/2 (accessed 15.01.2020).',
        {
            "type": WorkType.LAW,
            "title": 'Federal Law No. 44-FZ of April 5, 2013 "On the contract system in the '
            'sphere of procurement"',
            "authors": [],
        },
    ),
    (
        'Resolution of the Government of the Russian Federation of 15.04.2014 No. 316 "On '
        "approval of the state program\". Sobranie zakonodatel'stva RF [Collection of "
        "Legislation of the RF], 2014, no. 18, art. 2162.",
        {
            "type": WorkType.LAW,
            "title": "Resolution of the Government of the Russian Federation of 15.04.2014 No. "
            '316 "On approval of the state program"',
            "container": "Sobranie zakonodatel'stva RF",
            "year": 2014,
        },
    ),
    (
        "Postanovlenie Pravitel'stva RF ot 15.04.2014 No. 316 [Resolution of the Government "
        "of the RF of 15.04.2014 No. 316]. Available at: http://government.ru/1 (accessed "
        "01.02.2021).",
        {
            "type": WorkType.LAW,
            "title": "Postanovlenie Pravitel'stva RF ot 15.04.2014 No. 316",
            "translated_title": "Resolution of the Government of the RF of 15.04.2014 No. 316",
            "volume": "",
        },
    ),
    (  # a family name "No" before the year stays the author's
        "Lee J, No K. 2019. Title of the work. Journal of Things, 5, 10-20.",
        {"year": 2019, "title": "Title of the work", "type": WorkType.ARTICLE},
    ),
    (  # no "(In Russ.)", but the journal's English name after " = " says the same
        "Orlov K.N. Digital platforms in the regional economy. Vestnik Sankt-Peterburgskogo "
        "universiteta. Ekonomika = St Petersburg University Journal of Economic Studies, 2019, "
        "vol. 35, iss. 1, pp. 5-27.",
        {
            "title": "Digital platforms in the regional economy",
            "container": "Vestnik Sankt-Peterburgskogo universiteta. Ekonomika = St Petersburg "
            "University Journal of Economic Studies",
            "volume": "35",
            "issue": "1",
        },
    ),
    (  # the edition before the imprint: "ed." is no editor's mark, "Moscow" the place
        "Kovalev V.V. Finansovyi menedzhment [Financial management]. 3rd ed. Moscow, Prospekt "
        "Publ., 2014. 1104 p. (In Russ.)",
        {
            "type": WorkType.BOOK,
            "container": "",
            "place": "Moscow",
            "publisher": "Prospekt Publ.",
            "edition": "3",
        },
    ),
    (  # a Russian degree's thesis, its city alone after it
        "Orlov K.N. Institutional factors of growth. Cand. Sci. (Econ.) Dissertation. "
        "Tomsk; 2015. 186 p. (In Russ.)",
        {"type": WorkType.THESIS, "place": "Tomsk", "publisher": "", "number_of_pages": "186"},
    ),
    (  # a period that opens the other title information is the title's, no locator
        "Киселев А. Ф. Новейшая история России. 1914–2020 : учебник. – Москва : Просвещение,"
        " 2021. – 448 с.",
        {
            "title": "Новейшая история России. 1914–2020 : учебник",
            "place": "Москва",
            "year": 2021,
        },
    ),
    (  # … and a meeting's year after a dash in a collection's name
        "Петров П. П. Статья // Строительство и архитектура – 2018 : материалы междунар. "
        "науч.-практ. конф. – Ростов н/Д : ДГТУ, 2018. – С. 140–142.",
        {
            "container": "Строительство и архитектура – 2018 : материалы междунар. науч.-практ."
            " конф.",
            "place": "Ростов н/Д",
            "publisher": "ДГТУ",
            "pages": "140-142",
        },
    ),
    (  # the volume's label written out, the cumulative issue with spaces in its brackets
        "Иванов И. И. Статья // Вестник науки. – 2019. – Том 11. – № 3 ( 64 ). – С. 5–10.",
        {"volume": "11", "issue": "3", "cumulative_issue": "64", "pages": "5-10"},
    ),
    (  # a count of pages with a Latin "c" typed for the Cyrillic one
        "Иванов И. И. Книга. – М. : Наука, 2019. – 248 c.",
        {"number_of_pages": "248", "publisher": "Наука"},
    ),
    (  # a publisher named after someone ("им."): its full stop ends no name
        "Орешкин В.А. Управление рисками банка : дис. ... канд. экон. наук. М.: РЭУ им. Г.В. "
        "Плеханова, 2017. 180 с.",
        {"type": WorkType.THESIS, "place": "М.", "publisher": "РЭУ им. Г.В. Плеханова"},
    ),
    (
        "Иванов И. И. Физика. – М. : Изд-во МГУ им. М. В. Ломоносова, 2010. – 300 с.",
        {"place": "М.", "publisher": "Изд-во МГУ им. М. В. Ломоносова", "year": 2010},
    ),
    (  # the degree in the older order, its field first (the city had joined the publisher)
        "Kovaleva A.S. Upravlenie riskami banka [Bank risk management]. Cand. econ. sci. diss."
        " St. Petersburg, 2018. 196 p.",
        {
            "type": WorkType.THESIS,
            "genre": "Cand. econ. sci. diss.",
            "place": "St. Petersburg",
            "publisher": "",
        },
    ),
    (
        "Kovaleva A.S. Upravlenie riskami. Abstract of Dr. med. sci. diss. Moscow, 2018. 46 p.",
        {"type": WorkType.THESIS, "genre": "Abstract of Dr. med. sci. diss.", "place": "Moscow"},
    ),
    (  # the abstract of a thesis: its kind is the genre, the city alone the place
        "Orlov K.N. Upravlenie innovatsionnym razvitiem. Abstract of Cand. Sci. (Eng.) diss. "
        "Samara, 2018. 24 p.",
        {
            "type": WorkType.THESIS,
            "genre": "Abstract of Cand. Sci. (Eng.) diss.",
            "place": "Samara",
            "publisher": "",
            "number_of_pages": "24",
        },
    ),
    (
        "Orlov K.N. Energeticheskaya bezopasnost' regiona. Cand. Sci. (Econ.) diss. Irkutsk, "
        "2016. 190 p. (In Russ.)",
        {"type": WorkType.THESIS, "genre": "Cand. Sci. (Econ.) diss.", "place": "Irkutsk"},
    ),
    (  # "PhD" with its field in brackets, as the Russian degrees write it
        "Kovalenko S.S. Upravlenie [Management]. PhD (Econ.) diss. Moscow, 2010. 180 p.",
        {
            "type": WorkType.THESIS,
            "genre": "PhD (Econ.) diss.",
            "place": "Moscow",
            "publisher": "",
        },
    ),
    (  # the abstract named after the degree: "diss. Abstr."
        "Blinov A.O. Upravlenie [Management]. Cand. Sci. (Econ.) diss. Abstr. Moscow, 2010. 26 p.",
        {
            "type": WorkType.THESIS,
            "genre": "Cand. Sci. (Econ.) diss. Abstr.",
            "place": "Moscow",
            "publisher": "",
        },
    ),
    (  # initials are no sentence end between title and journal
        "Orlov K.N. Philosophy of F. M. Dostoevskii. Voprosy filosofii, 2019, no. 3, "
        "pp. 10-20. (In Russ.)",
        {"title": "Philosophy of F. M. Dostoevskii", "container": "Voprosy filosofii"},
    ),
    (  # GOST's spaced colon inside a journal's name is no imprint: no comma before the year
        "Orlov K. N. Demand models // Economics : Theory and Practice. – 2019. – Vol. 3. – P. 5–9.",
        {
            "type": WorkType.ARTICLE,
            "container": "Economics : Theory and Practice",
            "place": "",
            "publisher": "",
        },
    ),
    (  # a journal's name with a colon and a subtitle has no imprint
        "Orlov K.N. Cockpit displays. Human Factors: The Journal of the Human Factors Society, "
        "1980, 22, 100-110.",
        {
            "type": WorkType.ARTICLE,
            "container": "Human Factors: The Journal of the Human Factors Society",
            "place": "",
            "publisher": "",
            "volume": "22",
        },
    ),
    (  # one initial, then a one-word title: the journal and its year follow the title
        "Petrov P. Stagflation. Voprosy ekonomiki, 2019, no. 5, pp. 10-20.",
        {
            "authors": ["Petrov P."],
            "title": "Stagflation",
            "container": "Voprosy ekonomiki",
            "type": WorkType.ARTICLE,
        },
    ),
    (  # the imprint follows the one-word title
        "Smith J. History. London: Verso, 1990.",
        {"authors": ["Smith J."], "title": "History", "place": "London", "publisher": "Verso"},
    ),
    (  # but a sentence after "Given I. Family." is the title: a name written given-first
        "Robert S. Pindyck. Microeconomics. New York: Pearson, 2018.",
        {"authors": ["Pindyck Robert S."], "title": "Microeconomics", "place": "New York"},
    ),
    (
        "Sarita V. Adve. Consistency. Computer, 1996, vol. 29, no. 12, pp. 66-76.",
        {"authors": ["Adve Sarita V."], "title": "Consistency", "container": "Computer"},
    ),
    (  # the References' transliteration of an archival file
        "RGAE (Russian State Archive of the Economy). F. 4372. Op. 66. D. 1. L. 1–20.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "RGAE (Russian State Archive of the Economy)",
            "archive_location": "F. 4372. Op. 66. D. 1. L. 1–20",
            "title": "",
        },
    ),
    (  # with the document's translation
        "Doklad narkoma finansov [Report of the People's Commissar of Finance]. GARF. F. R-5446."
        " Op. 1. D. 123. L. 4–5 ob.",
        {
            "type": WorkType.MANUSCRIPT,
            "title": "Doklad narkoma finansov",
            "translated_title": "Report of the People's Commissar of Finance",
            "archive": "GARF",
            "archive_location": "F. R-5446. Op. 1. D. 123. L. 4–5 ob.",
        },
    ),
    (  # the British National Archives' department, series and piece
        "National Archives (Kew), FO 371/12345.",
        {
            "type": WorkType.MANUSCRIPT,
            "archive": "National Archives (Kew)",
            "archive_location": "FO 371/12345",
        },
    ),
    (
        "Letter from Lord Curzon to the Cabinet, 12 May 1921. The National Archives, Kew, CAB"
        " 24/123, f. 5.",
        {
            "type": WorkType.MANUSCRIPT,
            "title": "Letter from Lord Curzon to the Cabinet, 12 May 1921",
            "year": 1921,
            "archive": "The National Archives, Kew",
            "archive_location": "CAB 24/123, f. 5",
        },
    ),
    (  # a journal named "Archives"
        "Smith J, Lee K. Growth in infancy. Archives of Disease in Childhood. 2019;104(5):400-5.",
        {"type": WorkType.ARTICLE, "container": "Archives of Disease in Childhood", "archive": ""},
    ),
    (  # "Op. cit." names no fond and file
        "Smith J. Op. cit. D. 5. London: Verso, 2019.",
        {"type": WorkType.BOOK, "archive": "", "archive_location": ""},
    ),
]

VANCOUVER: list[Row] = [
    (  # a year in the title is not the year of its "2020;(3):5-27"
        "Mau V.A. Economic policy of 2019: national projects. Voprosy Ekonomiki. "
        "2020;(3):5-27. (In Russ.) https://doi.org/10.32609/0042-8736-2020-3-5-27",
        {"title": "Economic policy of 2019: national projects", "year": 2020, "issue": "3"},
    ),
    (  # … nor a later one
        "Semenova A.A. Strategy 2030: challenges for regions. Ekonomika regiona = Economy of "
        "Regions. 2021;17(1):1-15. (In Russ.)",
        {"year": 2021, "volume": "17", "issue": "1", "pages": "1-15"},
    ),
    (  # a newspaper: its date and page, and no volume (the day had been read as one)
        "Smith J. Schools reopen across the state. New York Times. 2020 May 15:A1.",
        {
            "title": "Schools reopen across the state",
            "container": "New York Times",
            "year": 2020,
            "volume": "",
            "pages": "A1",
        },
    ),
    (
        "Smith AB, Jones CD. Measuring the digital economy. J Med Econ. 2019;14(1):57-69."
        " doi:10.1000/jme.2019.14",
        {
            "authors": ["Smith AB", "Jones CD"],
            "title": "Measuring the digital economy",
            "container": "J Med Econ",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
            "doi_value": "10.1000/jme.2019.14",
        },
    ),
    (
        "Smith J, van der Berg K, Le Polain de Waroux O, et al. Outbreak response. Lancet."
        " 2020;395(10223):1-10.",
        {
            "authors": ["Smith J", "van der Berg K", "Le Polain de Waroux O"],
            "et_al": True,
            "container": "Lancet",
            "volume": "395",
            "issue": "10223",
            "pages": "1-10",
        },
    ),
    (  # the date of access written year first; the date of update before it names no field
        "Centers for Disease Control and Prevention. Facts about hypertension [Internet]. "
        "Atlanta (GA): CDC; 2021 [updated 2021 Sep 27; cited 2021 Mar 5]. Available from: "
        "https://www.cdc.gov/bloodpressure/facts.htm",
        {
            "title": "Facts about hypertension",
            "container": "",
            "place": "Atlanta (GA)",
            "publisher": "CDC",
            "year": 2021,
            "accessed": date(2021, 3, 5),
        },
    ),
    (
        "Ministry of Health of the Russian Federation. Clinical guidelines [Internet]. Moscow; "
        "2020 [updated 2021 Feb 1; cited 2021 Mar 5]. Available from: https://cr.minzdrav.gov.ru/1",
        {"container": "", "place": "Moscow", "year": 2020, "accessed": date(2021, 3, 5)},
    ),
    (  # a journal's article read online: its numbers after the bracket
        "Ivanov II, Petrov PP. Arterial hypertension in Russia. Kardiologiia [Internet]. 2019 "
        "[cited 2021 Mar 5];59(3):5-11. Available from: https://lib.ossn.ru/1",
        {
            "container": "Kardiologiia",
            "year": 2019,
            "volume": "59",
            "issue": "3",
            "pages": "5-11",
            "accessed": date(2021, 3, 5),
        },
    ),
]

APA_HARVARD_CHICAGO_MLA: list[Row] = [
    (
        "Smith, A. B., & Jones, C. D. (2019). Measuring the digital economy. Journal of Medical"
        " Economics, 14(1), 57–69. https://doi.org/10.1000/jme.2019.14",
        {
            "authors": ["Smith A. B.", "Jones C. D."],
            "title": "Measuring the digital economy",
            "container": "Journal of Medical Economics",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
            "doi": "https://doi.org/10.1000/jme.2019.14",
            "url": "",
            "language": "en",
        },
    ),
    (
        "Smith, A.B. and Jones, C.D. (2019) 'Measuring the digital economy', Journal of Medical"
        " Economics, 14(1), pp. 57–69.",
        {
            "title": "Measuring the digital economy",
            "container": "Journal of Medical Economics",
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
        },
    ),
    (
        "Smith, Anna B., and Carl D. Jones. 2019. “Measuring the Digital Economy.” Journal of"
        " Medical Economics 14 (1): 57–69.",
        {
            "authors": ["Smith Anna B.", "Jones Carl D."],
            "title": "Measuring the Digital Economy",
            "container": "Journal of Medical Economics",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
        },
    ),
    (
        "Smith, Anna B., and Carl D. Jones. “Measuring the Digital Economy.” Journal of Medical"
        " Economics, vol. 14, no. 1, 2019, pp. 57–69.",
        {"container": "Journal of Medical Economics", "volume": "14", "year": 2019},
    ),
    (
        "Wood, David Houston. Time, Narrative, and Emotion in Early Modern England. Farnham:"
        " Ashgate, 2009.",
        {
            "authors": ["Wood David Houston"],
            "title": "Time, Narrative, and Emotion in Early Modern England",
            "container": "",
            "place": "Farnham",
            "publisher": "Ashgate",
            "year": 2009,
            "type": WorkType.BOOK,
        },
    ),
    (
        "Battye, R. (2003) Beads on a string. In S. Keys (ed.) Idiosyncratic Person-Centred"
        " Therapy. Ross-on-Wye: PCCS Books.",
        {
            "title": "Beads on a string",
            "editors": ["Keys S."],
            "container": "Idiosyncratic Person-Centred Therapy",
            "publisher": "PCCS Books",
            "type": WorkType.CHAPTER,
        },
    ),
    (
        "Zetter, K. (2015, Aug 6). Researchers hacked a Model S. Retrieved March 3, 2020, from"
        " http://www.wired.com/2015/08/model-s/",
        {
            "year": 2015,
            "title": "Researchers hacked a Model S",
            "accessed": date(2020, 3, 3),
            "url": "http://www.wired.com/2015/08/model-s/",
        },
    ),
    (  # an edited book: "(Ed.)" after the names is the editors' role, not a nickname
        "Hobfoll, S. E. (Ed.). (1998). Stress, culture, and community. Plenum Press.",
        {"authors": [], "editors": ["Hobfoll S. E."], "year": 1998, "publisher": "Plenum Press"},
    ),
    (
        "Wolfe, J. M., & Kluender, K. R. (Eds.). (2019). Sensation and perception. Sinauer.",
        {"authors": [], "editors": ["Wolfe J. M.", "Kluender K. R."], "year": 2019},
    ),
    (  # a particle after the initials
        "Mesas, A. E., & Andrade, S. M. de. (2017). Job burnout. PLoS ONE, 12(10), e0185781.",
        {
            "authors": ["Mesas A. E.", "de Andrade S. M."],
            "title": "Job burnout",
            "year": 2017,
        },
    ),
    (  # but a name in brackets stays with the name, even one that opens like "Ed."
        "Smith, John (Edward). (2012). Unseasonable youth. Oxford University Press.",
        {"authors": ["Smith John"], "editors": [], "year": 2012},
    ),
]

IEEE: list[Row] = [
    (
        "[1] A. B. Smith and C. Jones, “Measuring the digital economy,” J. Med. Econ., vol. 5,"
        " no. 2, pp. 10–20, 2019.",
        {
            "number": 1,
            "authors": ["Smith A. B.", "Jones C."],
            "title": "Measuring the digital economy",
            "container": "J. Med. Econ",
            "volume": "5",
            "issue": "2",
            "pages": "10-20",
            "year": 2019,
        },
    ),
    (
        "[6] S.J. Anderson, S.B. Karumanchi, and K. Iagnemma. Constraint-based planning for"
        " vehicles. In IEEE Intelligent Vehicles Symposium, pages 383–388, June 2012.",
        {
            "authors": ["Anderson S.J.", "Karumanchi S.B.", "Iagnemma K."],
            "container": "IEEE Intelligent Vehicles Symposium",
            "pages": "383-388",
            "year": 2012,
            "type": WorkType.CONFERENCE_PAPER,
        },
    ),
]

GB_T_7714: list[Row] = [
    (
        "[1] 张三, 李四. 数字经济测量[J]. 经济研究, 2019, 14(1): 57-69.",
        {
            "number": 1,
            "title": "数字经济测量",
            "container": "经济研究",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "pages": "57-69",
            "language": "zh",
            "type": WorkType.ARTICLE,
        },
    ),
    (
        "[2] SMITH A, JONES B. Measuring the digital economy[J]. Journal of Economics, 2019,"
        " 14(1): 57-69.",
        {
            "authors": ["Smith A", "Jones B."],
            "title": "Measuring the digital economy",
            "container": "Journal of Economics",
            "volume": "14",
            "pages": "57-69",
        },
    ),
    (
        "[3] 王五. 机器学习[M]. 北京: 科学出版社, 2015.",
        {"title": "机器学习", "container": "", "year": 2015, "type": WorkType.BOOK},
    ),
]

MESSY_AND_TYPES: list[Row] = [
    (  # no space after the title's full stop
        "Kuznetsov V.V. Labour market analysis.Ekonomicheskii zhurnal VShE, 2020, vol. 24, "
        "no. 1, pp. 7-28. (In Russ.)",
        {
            "title": "Labour market analysis",
            "container": "Ekonomicheskii zhurnal VShE",
            "volume": "24",
            "type": WorkType.ARTICLE,
        },
    ),
    (  # copied without the spaces after the full stops: the year glued to the journal
        "Кравченко Е.А., Ли Д.С. Анализ устойчивости предприятия//Вестник НГУЭУ.2021.№ 2."
        "С.108-120.",
        {
            "title": "Анализ устойчивости предприятия",
            "container": "Вестник НГУЭУ",
            "year": 2021,
            "issue": "2",
            "pages": "108-120",
            "diagnostics": [],
        },
    ),
    (  # GOST's area dashes without their spaces
        "Сидорова А.А. Инвестиционная политика региона//Региональная экономика: теория и "
        "практика.-2015.-№ 12.-С.45-53.",
        {
            "title": "Инвестиционная политика региона",
            "container": "Региональная экономика: теория и практика",
            "year": 2015,
            "issue": "12",
            "pages": "45-53",
        },
    ),
    (  # "//" without its spaces, the year glued after it
        "Ситникова Е.В. Правовой статус самозанятых//Юрист.2020.№7.С.33-39.",
        {"container": "Юрист", "year": 2020, "issue": "7", "pages": "33-39"},
    ),
    (
        "Григорьев А.Н.Методы оценки стоимости бизнеса.-М.:Финансы и статистика,2008.-432 с.",
        {
            "title": "Методы оценки стоимости бизнеса",
            "place": "М.",
            "publisher": "Финансы и статистика",
            "year": 2008,
            "number_of_pages": "432",
        },
    ),
    (
        "Brown K. A study of infor- mation retrieval.. Journal of Things,, 2018. Vol.14.N1."
        " P. 5-9.",
        {
            "title": "A study of information retrieval",
            "container": "Journal of Things",
            "volume": "14",
            "issue": "1",
            "pages": "5-9",
        },
    ),
    (
        "Jones M. Growth in low- and middle-income countries // Economics Letters. 2010."
        " Vol. 5. P. 2603-15.",
        {"title": "Growth in low- and middle-income countries", "pages": "2603-2615"},
    ),
    (
        "Smith J. Deep learning. arXiv preprint arXiv:1706.03762, 2017.",
        {"title": "Deep learning", "arxiv": "1706.03762", "type": WorkType.PREPRINT},
    ),
    (
        "Lee K. Learning to parse. PhD thesis, Stanford University, 2015.",
        {"container": "", "publisher": "Stanford University", "type": WorkType.THESIS},
    ),
    (
        "World Health Organization. Global report on diabetes. Geneva: WHO, 2016. 88 p.",
        {
            "authors": ["World Health Organization"],
            "title": "Global report on diabetes",
            "place": "Geneva",
            "publisher": "WHO",
            "type": WorkType.BOOK,
        },
    ),
    (
        "Doe J. Title of a web page [Electronic resource]. URL: https://example.com/page"
        " (accessed: 03.03.2020).",
        {
            "title": "Title of a web page",
            "url": "https://example.com/page",
            "accessed": date(2020, 3, 3),
            "type": WorkType.WEBPAGE,
        },
    ),
    (
        "Roe P. Cooling rates. Technical Report TR-12, MIT, 1999.",
        {"type": WorkType.REPORT, "container": ""},
    ),
    (
        "Federal Law of 27.07.2006 No. 152-FZ On Personal Data.",
        {"type": WorkType.LAW, "year": 2006},
    ),
]

SCIENCES_AND_HUMANITIES: list[Row] = [
    (
        "Bruggen M., 2003, ApJ, 592, 839",
        {"title": "", "container": "ApJ", "year": 2003, "volume": "592", "pages": "839"},
    ),
    (
        "[5] E. Yablonovitch, J. Opt. Soc. Am. 1982, 72, 899.",
        {"container": "J. Opt. Soc. Am", "volume": "72", "pages": "899", "year": 1982},
    ),
    (
        "Abraham, Nicolas. “Notes on the Phantom.” Critical Inquiry 13.2 (1989): 287-292.",
        {
            "container": "Critical Inquiry",
            "volume": "13",
            "issue": "2",
            "pages": "287-292",
            "year": 1989,
        },
    ),
    (
        "Wu, H.; Hu, L. B.; Cui, Y., Electrospun Metal Nanofiber Webs. Nano Letters 10, (10),"
        " 4242-4248.",
        {
            "authors": ["Wu H.", "Hu L. B.", "Cui Y."],
            "container": "Nano Letters",
            "volume": "10",
            "issue": "10",
            "pages": "4242-4248",
        },
    ),
    (
        'Ansoff, H. "A Problem of Research." Management Science, XIII (February, 1967),'
        " pp. B219-B239.",
        {"container": "Management Science", "volume": "XIII", "year": 1967},
    ),
    (
        "Amodeo, J. (2001). The authentic heart. An eightfold path to midlife love. New York:"
        " Wiley.",
        {
            "title": "The authentic heart. An eightfold path to midlife love",
            "container": "",
            "place": "New York",
            "publisher": "Wiley",
            "type": WorkType.BOOK,
        },
    ),
    (
        "Hussain I., 2008. Revitalizing a Traditional Water Supply. Water International,"
        " 33:3: 333.",
        {"volume": "33", "issue": "3", "pages": "333", "container": "Water International"},
    ),
]

ALL = [
    *GOST_CYRILLIC,
    *TRANSLITERATED,
    *VANCOUVER,
    *APA_HARVARD_CHICAGO_MLA,
    *IEEE,
    *GB_T_7714,
    *MESSY_AND_TYPES,
    *SCIENCES_AND_HUMANITIES,
]


@pytest.mark.parametrize(("raw", "expected"), ALL, ids=[row[0][:40] for row in ALL])
def test_style(raw: str, expected: dict[str, Any]) -> None:
    assert observed(parse_reference(raw), expected) == expected


def test_gost_book_responsibility_is_not_part_of_the_title() -> None:
    from citecli.refparse import parse_reference

    work = parse_reference(
        "Зуева О. Н. Институциональные ограничения цифровизации социальной сферы : монография"
        " / О. Н. Зуева. – Екатеринбург : Изд-во УрГЭУ, 2022. – 196 с."
    )
    assert work.title == "Институциональные ограничения цифровизации социальной сферы : монография"
    assert (work.place, work.publisher, work.year) == ("Екатеринбург", "Изд-во УрГЭУ", 2022)
    kept = parse_reference("Smith J. Input / output systems. London: Academic Press; 1990.")
    assert kept.title == "Input / output systems"


@pytest.mark.parametrize(
    "role",
    ["под ред.", "под общей ред.", "под общ. редакцией", "под научной ред.", "под редакцией"],
)
def test_every_genitive_role_the_statement_reads_gives_the_nominative(role: str) -> None:
    work = parse_reference(
        f"Экономика : учебник / {role} А. А. Петрова. – Москва : Наука, 2019. – 300 с."
    )
    assert ([p.family for p in work.editors], work.editor_role) == (["Петров"], role)
