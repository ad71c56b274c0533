"""Standards: read under their designation, typed CSL "standard", cited in every style."""

from __future__ import annotations

import pytest

from citecli.bibtex_input import read_bibtex
from citecli.csl import work_from_csl, work_to_csl
from citecli.model import WorkType
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
            "Standartinform Publ",
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
    ],
)
def test_standards_are_read_under_their_designation(
    text: str, designation: str, title: str, kind: str, place: str, publisher: str, year: int
) -> None:
    work = parse_reference(text)
    assert work.type is WorkType.STANDARD
    assert (work.designation, work.title, work.genre) == (designation, title, kind)
    assert (work.place, work.publisher, work.year) == (place, publisher, year)
    assert (work.authors, work.volume, work.issue, work.container) == ((), "", "", "")
    assert not [d for d in work.diagnostics if "author" in d.message]


@pytest.mark.parametrize(
    ("text", "year"),
    [("ГОСТ 2.105-95", 1995), ("ASTM D638-14", 2014), ("СП 42.13330.2016", 2016)],
)
def test_two_digit_and_dotted_designation_years(text: str, year: int) -> None:
    found = read_designation(f"{text}. Title")
    assert found is not None and (found.text, found.year) == (text, year)


@pytest.mark.parametrize(
    "text",
    [
        "Isaev A. ISO 9001 in Russian firms. Voprosy Ekonomiki. 2019;(3):5-20.",
        "ISOLDE Collaboration. Title. Phys Rev. 2019;1:2.",
        "ENS Lyon. Rapport annuel. 2019.",
        "BSc thesis 2019",
    ],
)
def test_what_is_not_a_standard(text: str) -> None:
    assert parse_reference(text).type is not WorkType.STANDARD


def test_each_style_cites_a_standard_under_its_designation() -> None:
    gost = parse_reference(GOST_FULL)
    assert to_text(format_gost(gost)) == (
        "ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. Общие "
        "требования и правила составления : национальный стандарт Российской Федерации : "
        "издание официальное : введен впервые : дата введения 2019-07-01. – Москва : "
        "Стандартинформ, 2018. – 70 с."
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
