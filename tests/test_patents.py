"""Patents: GOST's heading, the References' and APA's mentions, typed CSL "patent", cited."""

from __future__ import annotations

import pytest

from citecli.bibtex_input import read_bibtex
from citecli.csl import work_from_csl, work_to_csl
from citecli.model import WorkType
from citecli.refparse import parse_reference
from citecli.styles.apa import format_apa
from citecli.styles.bibtex import works_to_bibtex
from citecli.styles.gost import format_gost
from citecli.styles.gost2008 import format_gost2008
from citecli.styles.markup import to_text
from citecli.styles.ris import work_to_ris
from citecli.styles.vancouver import format_vancouver

GOST_2018 = (
    "Патент № 2637215 Российская Федерация, МПК B02C 19/16 (2006.01), B02C 17/00 (2006.01). "
    "Вибрационная мельница : № 2017105030 : заявл. 15.02.2017 : опубл. 01.12.2017 / "
    "Артеменко К. И., Богданов Н. Э. ; заявитель БГТУ. – 4 с."
)
GOST_2003 = (
    "Пат. 2187888 Российская Федерация, МПК7 H 04 B 1/38, H 04 J 13/00. Приемопередающее "
    "устройство / Чугаева В. И. ; заявитель и патентообладатель Воронеж. науч.-исслед. ин-т "
    "связи. – № 2000131736/09 ; заявл. 18.12.00 ; опубл. 20.08.02, Бюл. № 23 (II ч.). – 3 с."
)
REFERENCES = (
    "Ivanov I.I., Petrov P.P. Sposob obrabotki dannykh [Data processing method]. Patent RF, "
    "no. 2123456, 2020. (In Russ.)"
)


@pytest.mark.parametrize(
    ("text", "number", "authority", "classification", "title", "inventors", "year", "pages"),
    [
        (
            GOST_2018,
            "2637215",
            "Российская Федерация",
            "МПК B02C 19/16 (2006.01), B02C 17/00 (2006.01)",
            "Вибрационная мельница",
            ["Артеменко", "Богданов"],
            2017,
            "4",
        ),
        # the application after the statement; a two-digit year of publication
        (
            GOST_2003,
            "2187888",
            "Российская Федерация",
            "МПК7 H 04 B 1/38, H 04 J 13/00",
            "Приемопередающее устройство",
            ["Чугаева"],
            2002,
            "3",
        ),
        # was: the number read as title and container, the inventors lost
        (
            "Пат. 2 123 456 Рос. Федерация, МПК G06F 17/00. Способ обработки данных : № "
            "2019123456 : заявл. 01.02.2019 : опубл. 10.06.2020 / Иванов И. И., Петров П. П. – "
            "8 с.",
            "2 123 456",
            "Рос. Федерация",
            "МПК G06F 17/00",
            "Способ обработки данных",
            ["Иванов", "Петров"],
            2020,
            "8",
        ),
        (
            REFERENCES,
            "2123456",
            "RF",
            "",
            "Sposob obrabotki dannykh",
            ["Ivanov", "Petrov"],
            2020,
            "",
        ),
        (
            "Ivanov I.I. Vibratsionnaya mel'nitsa [Vibration mill]. Patent RU 2637215 C1, 2017.",
            "2637215",
            "RU",
            "",
            "Vibratsionnaya mel'nitsa",
            ["Ivanov"],
            2017,
            "",
        ),
        # the mention opening the description (its title had become the publisher)
        (
            "Patent RU 2637215 C1. Vibration mill. 2017.",
            "2637215",
            "RU",
            "",
            "Vibration mill",
            [],
            2017,
            "",
        ),
        (
            "Petrov P. Method of smelting. Patent 2345678 Russian Federation, 2015.",
            "2345678",
            "Russian Federation",
            "",
            "Method of smelting",
            ["Petrov"],
            2015,
            "",
        ),
        (
            'Raab, F. H., "Remote object position locator". US patent 4 005 488, October 18, 1977.',
            "4 005 488",
            "US",
            "",
            "Remote object position locator",
            ["Raab"],
            1977,
            "",
        ),
        # the Soviet inventor's certificate, headed as a patent is
        (
            "А. с. 1234567 СССР, МКИ B23K 9/00. Способ сварки / В. В. Волков. – № 3456789/25 ; "
            "заявл. 15.03.1983 ; опубл. 30.06.1986, Бюл. № 24. – 3 с.",
            "1234567",
            "СССР",
            "МКИ B23K 9/00",
            "Способ сварки",
            ["Волков"],
            1986,
            "3",
        ),
        # the publication's date opening the area after the statement, capitalised
        (
            "Пат. 2456789 РФ. Способ получения / А. А. Смирнов. – Опубл. 20.07.2012, Бюл. № 20.",
            "2456789",
            "РФ",
            "",
            "Способ получения",
            ["Смирнов"],
            2012,
            "",
        ),
        # "No." capitalised; the bulletin that announced it names no publisher
        (
            "Ivanov I.I. Method for producing hydrogen. Patent RF No. 2123456. 2020. (In Russ.)",
            "2123456",
            "RF",
            "",
            "Method for producing hydrogen",
            ["Ivanov"],
            2020,
            "",
        ),
        (
            "Petrov P.P. Sposob svarki [Welding method]. Patent RF, no. 2654321, 2018. Byul. no. "
            "15.",
            "2654321",
            "RF",
            "",
            "Sposob svarki",
            ["Petrov"],
            2018,
            "",
        ),
        (
            "Smith, J. (2001). Widget for holding things (U.S. Patent No. 1,234,567). U.S. Patent "
            "and Trademark Office.",
            "1,234,567",
            "U.S.",
            "",
            "Widget for holding things",
            ["Smith"],
            2001,
            "",
        ),
    ],
)
def test_patents(
    text: str,
    number: str,
    authority: str,
    classification: str,
    title: str,
    inventors: list[str],
    year: int,
    pages: str,
) -> None:
    work = parse_reference(text)
    assert work.type is WorkType.PATENT
    assert (work.designation, work.authority, work.classification) == (
        number,
        authority,
        classification,
    )
    assert (work.title, [p.family for p in work.authors], work.year) == (title, inventors, year)
    assert (work.number_of_pages, work.volume, work.issue, work.container) == (pages, "", "", "")


def test_the_application_is_kept_as_written() -> None:
    assert parse_reference(GOST_2018).application == (
        "№ 2017105030 : заявл. 15.02.2017 : опубл. 01.12.2017"
    )
    assert parse_reference(GOST_2003).application == (
        "№ 2000131736/09 ; заявл. 18.12.00 ; опубл. 20.08.02, Бюл. № 23 (II ч.)"
    )
    # a Soviet application's number carries its department after a hyphen
    certificate = parse_reference(
        "А. с. 1007970 СССР, МПК B 25 J 15/00. Устройство для захвата деталей / В. С. Ваулин,"
        " В. Г. Кемайкин (СССР). – № 3360585/25-08 ; заявл. 23.11.81 ; опубл. 30.03.83,"
        " Бюл. № 12. – 2 с."
    )
    assert certificate.application == (
        "№ 3360585/25-08 ; заявл. 23.11.81 ; опубл. 30.03.83, Бюл. № 12"
    )


# GOST R 7.0.100-2018 describes these under the same heading as a patent, headed by their kind
CERTIFICATE = (
    "Авторское свидетельство № 1007970 СССР, МПК B25J 15/00. Устройство для захвата "
    "неориентированных деталей типа валов : № 3360585/25-08 : заявл. 23.11.1981 : опубл. "
    "07.03.1983 / Ваулин В. С., Калабин В. Г. ; заявитель Калининский политехнический "
    "институт. – 2 с."
)
PROGRAM = (
    "Свидетельство о государственной регистрации программы для ЭВМ № 2019610989 Российская "
    "Федерация. Программа расчета нагрузок : № 2018665432 : заявл. 25.12.2018 : опубл. "
    "22.01.2019 / Иванов И. И. ; правообладатель ООО «Ромашка»."
)
UTILITY_MODEL = (
    "Патент на полезную модель № 158491 Российская Федерация, МПК A61B 5/00. Устройство "
    "контроля : № 2015123456 : заявл. 01.06.2015 : опубл. 10.01.2016 / Петров П. П."
)


@pytest.mark.parametrize(
    ("text", "kind", "number", "title", "year"),
    [
        (
            CERTIFICATE,
            "Авторское свидетельство",
            "1007970",
            "Устройство для захвата неориентированных деталей типа валов",
            1983,
        ),
        # GOST 7.1's abbreviation, written out
        (
            "А. с. 1007970 СССР, МКИ B25J 15/00. Устройство / Ваулин В. С. – № 3360585/25-08 ; "
            "заявл. 23.11.81 ; опубл. 07.03.83.",
            "Авторское свидетельство",
            "1007970",
            "Устройство",
            1983,
        ),
        (
            PROGRAM,
            "Свидетельство о государственной регистрации программы для ЭВМ",
            "2019610989",
            "Программа расчета нагрузок",
            2019,
        ),
        (
            "Свидетельство о регистрации базы данных 2020620123 RU. База данных растений / "
            "Сидоров С. С. – Опубл. 20.07.2020.",
            "Свидетельство о регистрации базы данных",
            "2020620123",
            "База данных растений",
            2020,
        ),
        (UTILITY_MODEL, "Патент на полезную модель", "158491", "Устройство контроля", 2016),
        # a patent on an invention is a plain patent
        (
            "Патент на изобретение № 2637215 Российская Федерация, МПК B02C 19/16. Мельница : "
            "№ 2017105030 : заявл. 15.02.2017 : опубл. 01.12.2017.",
            "",
            "2637215",
            "Мельница",
            2017,
        ),
        (GOST_2003, "", "2187888", "Приемопередающее устройство", 2002),
    ],
)
def test_the_heading_names_the_kind_of_document(
    text: str, kind: str, number: str, title: str, year: int
) -> None:
    work = parse_reference(text)
    assert (work.type, work.genre, work.designation, work.title, work.year) == (
        WorkType.PATENT,
        kind,
        number,
        title,
        year,
    )


def test_each_style_names_the_kind_of_document() -> None:
    certificate, program, model = (
        parse_reference(t) for t in (CERTIFICATE, PROGRAM, UTILITY_MODEL)
    )
    assert to_text(format_gost(certificate)).startswith(
        "Авторское свидетельство № 1007970 СССР, МПК B25J 15/00. Устройство для захвата "
        "неориентированных деталей типа валов : № 3360585/25-08 : заявл. 23.11.1981 : "
    )
    assert to_text(format_gost(program)) == (
        "Свидетельство о государственной регистрации программы для ЭВМ № 2019610989 "
        "Российская Федерация. Программа расчета нагрузок : № 2018665432 : заявл. 25.12.2018 "
        ": опубл. 22.01.2019 / И. И. Иванов."
    )
    assert to_text(format_gost2008(model)).startswith("Патент на полезную модель № 158491 ")
    assert to_text(format_apa(certificate)).endswith("(СССР Inventor's Certificate No. 1007970).")
    assert to_text(format_apa(model)).endswith("(Российская Федерация Utility Model No. 158491).")
    assert "Российская Федерация computer program registration certificate 2019610989. 2019." in (
        to_text(format_vancouver(program))
    )
    ris = work_to_ris(certificate)
    assert "M3  - Авторское свидетельство" in ris
    assert "N1  - Application: № 3360585/25-08 : заявл. 23.11.1981 : опубл. 07.03.1983" in ris


@pytest.mark.parametrize("text", [CERTIFICATE, PROGRAM, UTILITY_MODEL, GOST_2018])
def test_the_kind_and_application_come_back(text: str) -> None:
    work = parse_reference(text)
    item = work_to_csl(work)
    assert item.get("genre", "") == work.genre
    assert item["custom"]["application"] == work.application
    for back in (work_from_csl(item), *read_bibtex(works_to_bibtex([work]))):
        assert (back.genre, back.application) == (work.genre, work.application)
        assert to_text(format_gost(back)).startswith(
            to_text(format_gost(work)).split(",", 1)[0].split(". ", 1)[0]
        )


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Патентное право : учебник / под ред. И. И. Иванова. – М. : Юрайт, 2019. – 300 с.",
            WorkType.BOOK,
            "Патентное право : учебник",
        ),
        (
            "Автономов А. А. Авторское право. – М. : Наука, 2019. – 300 с.",
            WorkType.BOOK,
            "Авторское право",
        ),
        (
            "Patents and innovation in Russia. J Econ. 2019;5:1-10.",
            WorkType.ARTICLE,
            "Patents and innovation in Russia",
        ),
        (
            "Smith J. Patent law reform. Law Rev. 2019;12(3):45-60.",
            WorkType.ARTICLE,
            "Patent law reform",
        ),
        (
            "Petrov P. The patent 2019 reforms. Moscow: Nauka; 2020.",
            WorkType.BOOK,
            "The patent 2019 reforms",
        ),
        # "Patent" and a number in a title: a version, a range, a course, a year
        (
            "Merges RP. Patent 2.0: reforms. Berkeley Technol Law J. 2008;23:1-20.",
            WorkType.ARTICLE,
            "Patent 2.0: reforms",
        ),
        (
            "Smith J. Analysis of the US patent 1990-2000 boom. Res Policy. 2005;34(2):100-20.",
            WorkType.ARTICLE,
            "Analysis of the US patent 1990-2000 boom",
        ),
        (
            "Smith, J. (2020). Patent 101: A primer for engineers. Wiley.",
            WorkType.BOOK,
            "Patent 101: A primer for engineers",
        ),
        (
            "Петров П. П. Патентная защита // Patent 2020 : сб. тр. конф. – М., 2020. – С. 5–9.",
            WorkType.ARTICLE,
            "Патентная защита",
        ),
        (
            "Smith J. Title of the paper. Patent 12345 highlights. J Law. 2019;5:1-10.",
            WorkType.ARTICLE,
            "Title of the paper",
        ),
    ],
)
def test_what_is_not_a_patent(text: str, kind: WorkType, title: str) -> None:
    work = parse_reference(text)
    assert (work.type, work.title, work.designation) == (kind, title, "")


def test_each_style_cites_a_patent() -> None:
    work = parse_reference(GOST_2018)
    assert to_text(format_gost(work)) == (
        "Патент № 2637215 Российская Федерация, МПК B02C 19/16 (2006.01), B02C 17/00 "
        "(2006.01). Вибрационная мельница : № 2017105030 : заявл. 15.02.2017 : опубл. "
        "01.12.2017 / К. И. Артеменко, Н. Э. Богданов. – 4 с."
    )
    assert to_text(format_gost2008(work)).endswith("/ К. И. Артеменко, Н. Э. Богданов. 4 с.")
    assert to_text(format_apa(work)) == (
        "Артеменко, К. И., & Богданов, Н. Э. (2017). Вибрационная мельница (Российская "
        "Федерация Patent No. 2637215)."
    )
    assert to_text(format_vancouver(work)) == (
        "Артеменко К.И., Богданов Н.Э., inventors. Вибрационная мельница. Российская "
        "Федерация patent 2637215. 2017."
    )
    # without the application's dates GOST gives the year as an area of its own
    references = parse_reference(REFERENCES)
    assert to_text(format_gost(references)) == (
        "Patent No. 2123456 RF. Sposob obrabotki dannykh = Data processing method / I. I. "
        "Ivanov, P. P. Petrov. – 2020."
    )
    assert "TY  - PAT" in work_to_ris(work) and "M1  - 2637215" in work_to_ris(work)


def test_a_patent_comes_back_from_csl_json_and_bibtex() -> None:
    work = parse_reference(GOST_2018)
    item = work_to_csl(work)
    assert (item["type"], item["number"], item["authority"]) == (
        "patent",
        "2637215",
        "Российская Федерация",
    )
    back = work_from_csl(item)
    assert (back.designation, back.authority, back.classification, back.article_number) == (
        "2637215",
        "Российская Федерация",
        work.classification,
        "",
    )
    (read,) = read_bibtex(works_to_bibtex([work]))
    assert (read.type, read.designation, read.authority, read.place) == (
        WorkType.PATENT,
        "2637215",
        "Российская Федерация",
        "",
    )


@pytest.mark.parametrize(
    ("text", "number", "authority", "title", "pages"),
    [
        # the application as an area of its own, with no statement before it
        (
            "Пат. 2712345 Рос. Федерация, МПК A61K 31/00. Способ лечения. – № 2019101010 ; "
            "заявл. 10.01.2019 ; опубл. 28.01.2020. – 8 с.",
            "2712345",
            "Рос. Федерация",
            "Способ лечения",
            "8",
        ),
        # a kind code after the number; the pages followed by the illustrations
        (
            "Пат. 2712345 C1 Рос. Федерация, МПК A61K 31/00. Способ лечения / Сидоров А. А. ; "
            "заявитель МГУ. – № 2019101010 ; заявл. 10.01.2019 ; опубл. 28.01.2020, Бюл. № 4. – "
            "8 с. : ил.",
            "2712345",
            "Рос. Федерация",
            "Способ лечения",
            "8",
        ),
        (
            "Патент на изобретение № 2637215 Российская Федерация, МПК B02C 19/16. Вибрационная "
            "мельница / Артеменко К. И. – 4 с. – Текст : непосредственный.",
            "2637215",
            "Российская Федерация",
            "Вибрационная мельница",
            "4",
        ),
        # the country before the number
        (
            "Пат. RU 2637215. Вибрационная мельница / Артеменко К. И. – 4 с.",
            "2637215",
            "RU",
            "Вибрационная мельница",
            "4",
        ),
        (
            "Патент США № 6 123 456, МПК A61B 17/00. Surgical device / Smith J. – 10 с.",
            "6 123 456",
            "США",
            "Surgical device",
            "10",
        ),
    ],
)
def test_gost_patent_headings(
    text: str, number: str, authority: str, title: str, pages: str
) -> None:
    work = parse_reference(text)
    assert work.type is WorkType.PATENT
    assert (work.designation, work.authority, work.title) == (number, authority, title)
    assert work.number_of_pages == pages


def test_apa_keeps_the_office() -> None:
    work = parse_reference(
        "Smith, J. (2001). Method for making widgets (U.S. Patent No. 1,234,567). U.S. Patent "
        "and Trademark Office."
    )
    assert work.publisher == "U.S. Patent and Trademark Office"
    assert to_text(format_apa(work)).endswith(
        "(U.S. Patent No. 1,234,567). U.S. Patent and Trademark Office."
    )


def test_only_a_patent_reads_csl_authority() -> None:
    court = work_from_csl({"type": "legal_case", "title": "X v. Y", "authority": "Supreme Court"})
    assert court.authority == ""


@pytest.mark.parametrize(
    ("text", "number", "authority", "title"),
    [
        # NLM's form, which the vancouver style writes: read back
        (
            "Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee. Flexible endoscopic "
            "grasping and cutting device. United States patent US 20020103498. 2002 Aug 1.",
            "20020103498",
            "United States",
            "Flexible endoscopic grasping and cutting device",
        ),
    ],
)
def test_nlm_patents(text: str, number: str, authority: str, title: str) -> None:
    work = parse_reference(text)
    assert (work.type, work.designation, work.authority, work.title) == (
        WorkType.PATENT,
        number,
        authority,
        title,
    )
    assert work.publisher == "" and work.container == ""


def test_vancouver_output_reads_back() -> None:
    work = parse_reference(GOST_2018)
    back = parse_reference(to_text(format_vancouver(work)))
    assert (back.type, back.designation, back.authority, back.title, back.year) == (
        WorkType.PATENT,
        work.designation,
        work.authority,
        work.title,
        work.year,
    )
    assert [p.family for p in back.authors] == [p.family for p in work.authors]


def test_the_bulletin_is_no_publisher() -> None:
    # "Byul. no. 15": the office's bulletin that announced the patent
    work = parse_reference(
        "Ivanov I.I., Petrov P.P. Ustroistvo dlya ochistki vody [Water purification device]. "
        "Patent RF, no. 2654321, 2018. Byul. no. 15."
    )
    assert (work.publisher, work.year, work.designation) == ("", 2018, "2654321")


def test_biblatex_kind_keys_and_older_csl_json_are_read_as_meant() -> None:
    # biblatex's localisation key is no kind as written: the heading stays "Patent"
    (entry,) = read_bibtex(
        "@patent{x, author = {Smith, J.}, title = {Widget}, number = {7654321},"
        " location = {US}, type = {patentus}, year = {2008}}"
    )
    assert entry.genre == ""
    assert to_text(format_apa(entry)) == "Smith, J. (2008). Widget (US Patent No. 7654321)."
    # CSL-JSON written before the kind had a field kept the application in `genre`
    older = {
        "type": "patent",
        "title": "Вибрационная мельница",
        "number": "2637215",
        "authority": "Российская Федерация",
        "genre": "№ 2017105030 : заявл. 15.02.2017 : опубл. 01.12.2017",
    }
    work = work_from_csl(older)
    assert (work.genre, work.application) == ("", older["genre"])
    assert to_text(format_gost(work)).startswith("Патент № 2637215 Российская Федерация.")
