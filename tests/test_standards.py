"""Standards: read under their designation, typed CSL "standard", cited in every style."""

from __future__ import annotations

import pytest

from citecli.bibtex_input import read_bibtex
from citecli.csl import work_from_csl, work_to_csl
from citecli.model import Person, WorkType
from citecli.refparse import parse_reference
from citecli.refparse.standards import read_designation
from citecli.styles.apa import format_apa
from citecli.styles.bibtex import works_to_bibtex
from citecli.styles.gost import format_gost
from citecli.styles.gost2008 import format_gost2008
from citecli.styles.markup import to_text
from citecli.styles.ris import work_to_ris
from citecli.styles.vancouver import format_vancouver

GOST_FULL = (
    "ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. Общие "
    "требования и правила составления : национальный стандарт Российской Федерации : "
    "издание официальное : введен впервые : дата введения 2019-07-01. – Москва : "
    "Стандартинформ, 2018. – IV, 70 с."
)
ISO = (
    "ISO 690:2021. Information and documentation — Guidelines for bibliographic references "
    "and citations to information resources. Geneva: ISO; 2021."
)


@pytest.mark.parametrize(
    ("text", "designation", "title", "kind", "place", "publisher", "year"),
    [
        # the title runs over three sentences; "IV" is the front matter, not a volume; the
        # date of entry into force is part of the kind, not the year
        (
            GOST_FULL,
            "ГОСТ Р 7.0.100–2018",
            "Библиографическая запись. Библиографическое описание. Общие требования и правила "
            "составления",
            "национальный стандарт Российской Федерации : издание официальное : введен "
            "впервые : дата введения 2019-07-01",
            "Москва",
            "Стандартинформ",
            2018,
        ),
        (
            "ГОСТ Р 57580.1-2017. Безопасность финансовых (банковских) операций. – М. : "
            "Стандартинформ, 2017. – 24 с.",
            "ГОСТ Р 57580.1-2017",
            "Безопасность финансовых (банковских) операций",
            "",
            "М.",
            "Стандартинформ",
            2017,
        ),
        # a one-word last sentence of the title is kept
        (
            "ГОСТ Р ИСО 9001-2015. Системы менеджмента качества. Требования. М.: "
            "Стандартинформ, 2015. 23 с.",
            "ГОСТ Р ИСО 9001-2015",
            "Системы менеджмента качества. Требования",
            "",
            "М.",
            "Стандартинформ",
            2015,
        ),
        (
            "СНиП 2.01.07-85*. Нагрузки и воздействия. М.: ЦИТП Госстроя СССР, 1987. 36 с.",
            "СНиП 2.01.07-85*",
            "Нагрузки и воздействия",
            "",
            "М.",
            "ЦИТП Госстроя СССР",
            1987,
        ),
        (
            "GOST R 7.0.100-2018. Bibliographic record. Bibliographic description. General "
            "requirements and rules. Moscow, Standartinform Publ., 2018. 70 p. (In Russ.)",
            "GOST R 7.0.100-2018",
            "Bibliographic record. Bibliographic description. General requirements and rules",
            "",
            "Moscow",
            "Standartinform Publ.",
            2018,
        ),
        # the designation was read as the title ("ISO"), its number as volume and pages
        (
            ISO,
            "ISO 690:2021",
            "Information and documentation — Guidelines for bibliographic references and "
            "citations to information resources",
            "",
            "Geneva",
            "ISO",
            2021,
        ),
        # the title was read as an organisation, the author
        (
            "ASTM D638-14. Standard Test Method for Tensile Properties of Plastics. West "
            "Conshohocken, PA: ASTM International; 2014.",
            "ASTM D638-14",
            "Standard Test Method for Tensile Properties of Plastics",
            "",
            "West Conshohocken, PA",
            "ASTM International",
            2014,
        ),
        # the body alone after the title is the publisher
        (
            "IEEE Std 802.11-2020. IEEE Standard for Information Technology—"
            "Telecommunications and Information Exchange between Systems. IEEE; 2021.",
            "IEEE Std 802.11-2020",
            "IEEE Standard for Information Technology—Telecommunications and Information "
            "Exchange between Systems",
            "",
            "",
            "IEEE",
            2021,
        ),
        # no imprint: the year is the designation's
        (
            "ISO/IEC 27001:2013 Information security management systems",
            "ISO/IEC 27001:2013",
            "Information security management systems",
            "",
            "",
            "",
            2013,
        ),
        # shapes a review met: imprints, other information, years, compound designations
        # the " : " of the imprint is no other title information; "V, 27 с." is no title
        (
            "ГОСТ 7.32-2017. Отчет о научно-исследовательской работе. Структура и правила "
            "оформления. – М. : Стандартинформ, 2017. – V, 27 с.",
            "ГОСТ 7.32-2017",
            "Отчет о научно-исследовательской работе. Структура и правила оформления",
            "",
            "М.",
            "Стандартинформ",
            2017,
        ),
        # an abbreviation ("утв.") does not end the other title information; the imprint does
        (
            "СП 42.13330.2016. Градостроительство. Актуализированная редакция СНиП "
            "2.07.01-89* : утв. Приказом Минстроя России от 30.12.2016 № 1034/пр. М., 2017. "
            "95 с.",
            "СП 42.13330.2016",
            "Градостроительство. Актуализированная редакция СНиП 2.07.01-89*",
            "утв. Приказом Минстроя России от 30.12.2016 № 1034/пр",
            "М.",
            "",
            2017,
        ),
        # a one-word last sentence is the title's, not a publisher
        (
            "ГОСТ Р ИСО 9001-2015. Системы менеджмента качества. Требования. URL: "
            "https://docs.cntd.ru/document/1200124394 (дата обращения: 15.03.2024).",
            "ГОСТ Р ИСО 9001-2015",
            "Системы менеджмента качества. Требования",
            "",
            "",
            "",
            2015,
        ),
        # "Диссертация" in the title made it a thesis, which lost the title's second sentence
        (
            "ГОСТ Р 7.0.11-2011. Диссертация и автореферат диссертации. Структура и правила "
            "оформления. М.: Стандартинформ, 2012. 16 с.",
            "ГОСТ Р 7.0.11-2011",
            "Диссертация и автореферат диссертации. Структура и правила оформления",
            "",
            "М.",
            "Стандартинформ",
            2012,
        ),
        # GOST 7.1's date of entry into force is no year and no pages
        (
            "ГОСТ 7.1–2003. Библиографическая запись. Библиографическое описание. – Взамен "
            "ГОСТ 7.1–84 ; введ. 2004–07–01. – М. : Изд-во стандартов, 2004. – 48 с.",
            "ГОСТ 7.1–2003",
            "Библиографическая запись. Библиографическое описание",
            "Взамен ГОСТ 7.1–84 ; введ. 2004–07–01",
            "М.",
            "Изд-во стандартов",
            2004,
        ),
        # two digits after a hyphen are an ISO or IEC part, not a year
        (
            "IEC 61000-4-30. Electromagnetic compatibility. URL: https://webstore.iec.ch "
            "(accessed 10.02.2024).",
            "IEC 61000-4-30",
            "Electromagnetic compatibility",
            "",
            "",
            "",
            None,
        ),
        # the month after the year
        (
            "DIN EN ISO 9001:2015-11. Qualitätsmanagementsysteme.",
            "DIN EN ISO 9001:2015-11",
            "Qualitätsmanagementsysteme",
            "",
            "",
            "",
            2015,
        ),
        # compound and double designations
        (
            "ISO/IEC/IEEE 29148:2018. Systems and software engineering. Geneva: ISO; 2018.",
            "ISO/IEC/IEEE 29148:2018",
            "Systems and software engineering",
            "",
            "Geneva",
            "ISO",
            2018,
        ),
        (
            "ГОСТ Р ИСО 14971-2009/ISO 14971:2007. Изделия медицинские. М.: Стандартинформ, "
            "2011. 36 с.",
            "ГОСТ Р ИСО 14971-2009/ISO 14971:2007",
            "Изделия медицинские",
            "",
            "М.",
            "Стандартинформ",
            2011,
        ),
        (
            "ASTM E8/E8M-22. Standard Test Methods for Tension Testing of Metallic Materials.",
            "ASTM E8/E8M-22",
            "Standard Test Methods for Tension Testing of Metallic Materials",
            "",
            "",
            "",
            2022,
        ),
        (
            "ГОСТ 31610.0-2014 (IEC 60079-0:2011). Взрывоопасные среды. М.: Стандартинформ, "
            "2015. 60 с.",
            "ГОСТ 31610.0-2014 (IEC 60079-0:2011)",
            "Взрывоопасные среды",
            "",
            "М.",
            "Стандартинформ",
            2015,
        ),
        (
            "NIST SP 800-53 Rev. 5. Security and Privacy Controls. Gaithersburg: NIST; 2020.",
            "NIST SP 800-53 Rev. 5",
            "Security and Privacy Controls",
            "",
            "Gaithersburg",
            "NIST",
            2020,
        ),
        # the amendments are the title's, not an issue "1" that would end it; the imprint
        # before a count with front matter is kept
        (
            "ГОСТ 2.105–95. ЕСКД. Общие требования к текстовым документам (с Изменениями № 1, "
            "2). – Москва : Стандартинформ, 2007. – IV, 30 с.",
            "ГОСТ 2.105–95",
            "ЕСКД. Общие требования к текстовым документам (с Изменениями № 1, 2)",
            "",
            "Москва",
            "Стандартинформ",
            2007,
        ),
        (
            "СП 20.13330.2016. Нагрузки и воздействия (с изм. № 1–3). – М., 2017.",
            "СП 20.13330.2016",
            "Нагрузки и воздействия (с изм. № 1–3)",
            "",
            "М.",
            "",
            2017,
        ),
        # without "№" the numbers had been a volume and pages, the standard an article
        (
            "СП 20.13330.2016. Нагрузки и воздействия (с изм. 1, 2). – М., 2017.",
            "СП 20.13330.2016",
            "Нагрузки и воздействия (с изм. 1, 2)",
            "",
            "М.",
            "",
            2017,
        ),
        (
            "ГОСТ 12.1.005-88. Общие требования (в ред. Изменения № 1). – М., 2008. – 49 с.",
            "ГОСТ 12.1.005-88",
            "Общие требования (в ред. Изменения № 1)",
            "",
            "М.",
            "",
            2008,
        ),
        (
            "ISO 9001:2015. Quality management systems (with Amendment 1, 2). Geneva: ISO, 2015.",
            "ISO 9001:2015",
            "Quality management systems (with Amendment 1, 2)",
            "",
            "Geneva",
            "ISO",
            2015,
        ),
        # a company's standard names the company between body and number
        (
            "СТО Газпром 2-2.1-249-2008. Магистральные газопроводы. – М. : ИРЦ Газпром, 2008. "
            "– 24 с.",
            "СТО Газпром 2-2.1-249-2008",
            "Магистральные газопроводы",
            "",
            "М.",
            "ИРЦ Газпром",
            2008,
        ),
        (
            "СТО ОАО РЖД 08.001-2009. Железнодорожная автоматика. – М., 2009. – 30 с.",
            "СТО ОАО РЖД 08.001-2009",
            "Железнодорожная автоматика",
            "",
            "М.",
            "",
            2009,
        ),
        (
            "ISO/TS 22002-1:2009. Prerequisite programmes on food safety. Geneva: ISO; 2009.",
            "ISO/TS 22002-1:2009",
            "Prerequisite programmes on food safety",
            "",
            "Geneva",
            "ISO",
            2009,
        ),
    ],
)
def test_standards_are_read_under_their_designation(
    text: str, designation: str, title: str, kind: str, place: str, publisher: str, year: int | None
) -> None:
    work = parse_reference(text)
    assert work.type is WorkType.STANDARD
    assert (work.designation, work.title, work.genre) == (designation, title, kind)
    assert (work.place, work.publisher, work.year) == (place, publisher, year)
    assert (work.authors, work.volume, work.issue, work.container, work.pages) == (
        (),
        "",
        "",
        "",
        "",
    )
    assert not [d for d in work.diagnostics if "author" in d.message]


@pytest.mark.parametrize(
    ("text", "year"),
    [("ГОСТ 2.105-95", 1995), ("ASTM D638-14", 2014), ("СП 42.13330.2016", 2016)],
)
def test_two_digit_and_dotted_designation_years(text: str, year: int) -> None:
    found = read_designation(f"{text}. Title")
    assert found is not None and (found.text, found.year) == (text, year)


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Isaev A. ISO 9001 in Russian firms. Voprosy Ekonomiki. 2019;(3):5-20.",
            WorkType.ARTICLE,
            "ISO 9001 in Russian firms",
        ),
        ("ISOLDE Collaboration. Title. Phys Rev. 2019;1:2.", WorkType.ARTICLE, "Title"),
        ("ENS Lyon. Rapport annuel. 2019.", WorkType.DOCUMENT, "Rapport annuel"),
        ("BSc thesis 2019", WorkType.THESIS, "BSc thesis"),
        # a number that is only a year names no standard
        ("DIN 2019 Jahresbericht. Berlin: DIN; 2019.", WorkType.BOOK, "DIN 2019 Jahresbericht"),
        ("EN 2020 conference proceedings.", WorkType.DOCUMENT, "EN 2020 conference proceedings"),
    ],
)
def test_what_is_not_a_standard(text: str, kind: WorkType, title: str) -> None:
    work = parse_reference(text)
    assert (work.type, work.title, work.designation) == (kind, title, "")


def test_each_style_cites_a_standard_under_its_designation() -> None:
    gost = parse_reference(GOST_FULL)
    assert gost.number_of_pages == "IV, 70"  # the front matter's pages with the count
    assert to_text(format_gost(gost)) == (
        "ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. Общие "
        "требования и правила составления : национальный стандарт Российской Федерации : "
        "издание официальное : введен впервые : дата введения 2019-07-01. – Москва : "
        "Стандартинформ, 2018. – IV, 70 с."
    )
    iso = parse_reference(ISO)
    assert to_text(format_gost2008(iso)) == (
        "ISO 690:2021. Information and documentation — Guidelines for bibliographic "
        "references and citations to information resources. Geneva : ISO, 2021."
    )
    # APA 7 describes it as a report with its number (§10.4), the title in the author's place
    assert to_text(format_apa(iso)) == (
        "Information and documentation — Guidelines for bibliographic references and "
        "citations to information resources (ISO 690:2021). (2021). ISO."
    )
    assert to_text(format_vancouver(gost)) == (
        "ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. Общие "
        "требования и правила составления. Москва: Стандартинформ; 2018."
    )
    assert "TY  - STAND" in work_to_ris(iso) and "M1  - ISO 690:2021" in work_to_ris(iso)


def test_a_standard_comes_back_from_csl_json_and_bibtex() -> None:
    work = parse_reference(GOST_FULL)
    item = work_to_csl(work)
    assert (item["type"], item["number"]) == ("standard", "ГОСТ Р 7.0.100–2018")
    back = work_from_csl(item)
    assert (back.type, back.designation, back.article_number) == (
        WorkType.STANDARD,
        "ГОСТ Р 7.0.100–2018",
        "",
    )
    bibtex = works_to_bibtex([work])
    assert bibtex.startswith("@standard{") and "number = {ГОСТ Р 7.0.100–2018}" in bibtex
    (read,) = read_bibtex(bibtex)
    assert (read.type, read.designation, read.issue, read.title) == (
        WorkType.STANDARD,
        "ГОСТ Р 7.0.100–2018",
        "",
        work.title,
    )


def test_apa_names_the_designation_after_the_title() -> None:
    work = parse_reference(
        "International Organization for Standardization. (2018). Occupational health and "
        "safety management systems—Requirements with guidance for use (ISO Standard No. "
        "45001:2018). https://www.iso.org/standard/63787.html"
    )
    assert (work.type, work.designation, work.volume, work.year) == (
        WorkType.STANDARD,
        "ISO 45001:2018",
        "",
        2018,
    )
    assert work.title == (
        "Occupational health and safety management systems—Requirements with guidance for use"
    )
    assert [p.literal for p in work.authors] == ["International Organization for Standardization"]
    assert to_text(format_apa(work)) == (
        "International Organization for Standardization. (2018). Occupational health and "
        "safety management systems—Requirements with guidance for use (ISO 45001:2018). "
        "https://www.iso.org/standard/63787.html"
    )


@pytest.mark.parametrize(
    ("text", "container", "volume", "issue"),
    [
        # articles whose title opens with a designation
        (
            "ISO 9001 adoption and firm performance: evidence from Spain. J Clean Prod. "
            "2019;210:1-10.",
            "J Clean Prod",
            "210",
            "",
        ),
        (
            "ISO 9001:2015 and firm performance. Total Qual Manag. 2020;31(3):100-120.",
            "Total Qual Manag",
            "31",
            "3",
        ),
        (
            "ГОСТ Р 7.0.100-2018 в практике библиотек / Петров П.П. // Библиотековедение. 2019. "
            "Т. 68, № 2. С. 150–160.",
            "Библиотековедение",
            "68",
            "2",
        ),
        # a standard published in a journal is described as its part, designation and all
        (
            "ГОСТ Р 7.0.5-2008. Библиографическая ссылка. Общие требования и правила "
            "составления // Вестник стандартизации. 2009. № 2. С. 15–40.",
            "Вестник стандартизации",
            "",
            "2",
        ),
    ],
)
def test_articles_opening_with_a_designation(
    text: str, container: str, volume: str, issue: str
) -> None:
    work = parse_reference(text)
    assert work.type is WorkType.ARTICLE and not work.designation
    assert (work.container, work.volume, work.issue) == (container, volume, issue)
    assert work.title.startswith(("ISO", "ГОСТ"))


def test_gost_2008_and_apa_keep_authors_and_edition() -> None:
    work = parse_reference(
        "ISO 9001:2015. Quality management systems — Requirements. 5th ed. Geneva: ISO; 2015."
    )
    assert to_text(format_apa(work)) == (
        "Quality management systems — Requirements (5th ed., ISO 9001:2015). (2015). ISO."
    )
    authored = work.replace(authors=(Person(family="Smith", given="J."),))
    assert "/ J. Smith" in to_text(format_gost2008(authored))


@pytest.mark.parametrize(
    ("text", "designation", "title"),
    [
        (
            "ISO 9001:2015 — Quality management systems — Requirements. Geneva: ISO; 2015.",
            "ISO 9001:2015",
            "Quality management systems — Requirements",
        ),
        (
            "СП 42.13330.2016 «Градостроительство. Планировка и застройка». М.: Минстрой, 2017.",
            "СП 42.13330.2016",
            "Градостроительство. Планировка и застройка",
        ),
    ],
)
def test_a_title_in_quotes_or_after_a_dash(text: str, designation: str, title: str) -> None:
    work = parse_reference(text)
    assert (work.type, work.designation, work.title) == (WorkType.STANDARD, designation, title)


def test_a_standard_in_a_legal_database_keeps_its_host() -> None:
    work = parse_reference(
        "СП 20.13330.2016. Нагрузки и воздействия // Кодекс : электрон. фонд правовой и "
        "норматив.-техн. информ. – URL: https://docs.cntd.ru/document/456044318 (дата "
        "обращения: 10.03.2021)."
    )
    assert (work.type, work.designation, work.year) == (WorkType.STANDARD, "СП 20.13330.2016", 2016)
    assert to_text(format_gost(work)).startswith(
        "СП 20.13330.2016. Нагрузки и воздействия // Кодекс : электрон. фонд"
    )


def test_a_standard_without_a_designation_keeps_its_authors_as_heading() -> None:
    work = work_from_csl(
        {
            "type": "standard",
            "title": "Guidelines for widget testing",
            "author": [{"family": "Smith", "given": "J."}],
            "publisher": "ACME",
            "issued": {"date-parts": [[2019]]},
        }
    )
    assert to_text(format_vancouver(work)).startswith("Smith J. Guidelines")
    assert to_text(format_gost(work)).startswith("Smith, J. Guidelines")
