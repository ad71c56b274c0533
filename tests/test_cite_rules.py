"""Table-driven tests of the rules the styles share: casing, names, author counts, markup."""

from __future__ import annotations

from datetime import date

import pytest

from cite_records import SEED_ARTICLE
from citecli.model import Person, Work, WorkType
from citecli.styles.apa import author_list, format_apa
from citecli.styles.case import sentence_case, title_case
from citecli.styles.gost import format_gost
from citecli.styles.markup import OutputFormat, Run, render, to_text
from timing import scales_linearly


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Political Aspects of Cooperation between Russia and China",
            "Political aspects of cooperation between Russia and China",
        ),
        (
            "HuaTuo: Tuning LLaMA Model with Chinese Medical Knowledge",
            "HuaTuo: Tuning LLaMA model with Chinese medical knowledge",
        ),
        (
            "Collaborators in the Fight against COVID-19",
            "Collaborators in the fight against COVID-19",
        ),
        (
            "The District Health Information System (DHIS2): a Literature Review",
            "The district health information system (DHIS2): A literature review",
        ),
        (
            "Community-Based Surveillance in Côte d’Ivoire",
            "Community-based surveillance in Côte d’Ivoire",
        ),
        ("Sino-Russian Scientific Cooperation", "Sino-Russian scientific cooperation"),
        # already sentence case: its capitals were put there on purpose
        ("Why Gibb was right about zoonoses", "Why Gibb was right about zoonoses"),
        ("deep learning: a review", "Deep learning: A review"),
        # months and weekdays are proper nouns; "May" is the month only beside a number
        (
            "Letter Concerning the Trade Agreement, 12 May 1921",
            "Letter concerning the trade agreement, 12 May 1921",
        ),
        ("Events of April and June in Moscow", "Events of April and June in Moscow"),
        ("The Strikes of March 1917 in Moscow", "The strikes of March 1917 in Moscow"),
        ("The March of Science Across Europe", "The march of science across Europe"),
        ("COVID-19 May Increase the Risk of Stroke", "COVID-19 may increase the risk of stroke"),
        ("Reports Published on Mondays and Fridays", "Reports published on Mondays and Fridays"),
        ("The Strike That Began on Monday Morning", "The strike that began on Monday morning"),
        ("Why Trust May Fail in Large Organisations", "Why trust may fail in large organisations"),
        (
            "Protests of May 1968 in French Universities",
            "Protests of May 1968 in French universities",
        ),
    ],
)
def test_sentence_case(title: str, expected: str) -> None:
    assert sentence_case(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Economics: strategy and practice", "Economics: Strategy and Practice"),
        ("journal of the history of biology", "Journal of the History of Biology"),
        ("Health security", "Health Security"),
        ("npj Digital Medicine", "npj Digital Medicine"),
    ],
)
def test_title_case(title: str, expected: str) -> None:
    assert title_case(title) == expected


def _people(n: int) -> tuple[Person, ...]:
    return tuple(Person(family=f"Name{i}", given="A. B.") for i in range(1, n + 1))


@pytest.mark.parametrize(
    ("count", "start"),
    [
        (1, "Name1, A. B. Title / A. B. Name1 //"),
        (3, "Name1, A. B. Title / A. B. Name1, A. B. Name2, A. B. Name3 //"),
        (4, "Title / A. B. Name1, A. B. Name2, A. B. Name3, A. B. Name4 //"),
        (5, "Title / A. B. Name1, A. B. Name2, A. B. Name3 [et al.] //"),
    ],
)
def test_gost_heading_by_number_of_authors(count: int, start: str) -> None:
    work = Work(title="Title", authors=_people(count), container="J", year=2020)
    assert to_text(format_gost(work)).startswith(start)


def test_gost_russian_labels_for_cyrillic_records() -> None:
    work = Work(
        title="Заглавие",
        authors=_people(5),
        container="Журнал",
        year=2020,
        volume="14",
        issue="1",
        pages="57-69",
    )
    assert to_text(format_gost(work)) == (
        "Заглавие / A. B. Name1, A. B. Name2, A. B. Name3 [и др.] // Журнал. – 2020. – "
        "Т. 14, № 1. – С. 57–69."
    )


def test_gost_web_page_with_access_date() -> None:
    work = Work(
        type=WorkType.WEBPAGE, title="Page", url="https://example.org/a", accessed=date(2025, 3, 24)
    )
    assert to_text(format_gost(work)) == (
        "Page. – URL: https://example.org/a (date of access: 24.03.2025)."
    )


@pytest.mark.parametrize(
    ("count", "expected_end"),
    [
        (1, "Name1, A. B."),
        (2, "Name1, A. B., & Name2, A. B."),
        (20, "Name19, A. B., & Name20, A. B."),
        (21, "Name19, A. B., . . . Name21, A. B."),
        (30, "Name19, A. B., . . . Name30, A. B."),
    ],
)
def test_apa_author_list(count: int, expected_end: str) -> None:
    assert author_list(_people(count)).endswith(expected_end)
    assert ("&" in author_list(_people(count))) == (1 < count <= 20)


def test_apa_article_number_and_organisation() -> None:
    work = Work(
        title="A report",
        authors=(Person(literal="World Health Organization"),),
        container="Journal",
        year=2021,
        volume="5",
        article_number="e12",
    )
    assert to_text(format_apa(work)) == (
        "World Health Organization. (2021). A report. Journal, 5, Article e12."
    )


MARKUP = (
    Run("Nalivkina. "),
    Run("Journal & Co", italic=True),
    Run(", "),
    Run("14", True),
    Run("(3) 50%_x"),
)


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (OutputFormat.TEXT, "Nalivkina. Journal & Co, 14(3) 50%_x"),
        (OutputFormat.MARKDOWN, "Nalivkina. *Journal & Co*, *14*(3) 50%\\_x"),
        (OutputFormat.HTML, "Nalivkina. <i>Journal &amp; Co</i>, <i>14</i>(3) 50%_x"),
        (OutputFormat.LATEX, "Nalivkina. \\textit{Journal \\& Co}, \\textit{14}(3) 50\\%\\_x"),
    ],
)
def test_markup_renderers(output: OutputFormat, expected: str) -> None:
    assert render(MARKUP, output) == expected


def test_seed_apa_html() -> None:
    assert render(format_apa(SEED_ARTICLE), OutputFormat.HTML).endswith(
        "<i>Administrative Consulting</i>, (3), 148–159."
    )


def test_apa_title_cases_the_english_or_transliterated_journal_of_a_russian_article() -> None:
    work = Work(title="Digital economy", year=2019, language="ru", volume="14", issue="1")
    english = work.replace(container="Economics: strategy and practice")
    assert "Economics: Strategy and Practice, 14(1)" in to_text(format_apa(english))
    # a transliterated name keeps its short words small, as English ones are
    translit = work.replace(container="Upravlenie v sovremennykh sistemakh i setyakh")
    assert "Upravlenie v Sovremennykh Sistemakh i Setyakh, 14(1)" in to_text(format_apa(translit))
    cyrillic = work.replace(container="Экономика: стратегия и практика")
    assert "Экономика: стратегия и практика, 14(1)" in to_text(format_apa(cyrillic))


def test_apa_writes_jr_with_its_full_stop() -> None:
    work = Work(title="A trial", year=2015, authors=(Person("Wright", "J. T.", suffix="Jr"),))
    assert to_text(format_apa(work)).startswith("Wright, J. T., Jr. (2015).")


def test_apa_edited_book_puts_editors_first() -> None:
    work = Work(
        type=WorkType.BOOK,
        title="Media effects",
        year=2020,
        publisher="Routledge",
        editors=(Person(family="Oliver", given="M. B."), Person(family="Raney", given="A. A.")),
    )
    assert to_text(format_apa(work)) == (
        "Oliver, M. B., & Raney, A. A. (Eds.). (2020). Media effects. Routledge."
    )


def test_gost_book_names_its_editors_in_the_statement_of_responsibility() -> None:
    edited = Work(
        type=WorkType.BOOK,
        title="Экономика регионов : учеб. пособие",
        # a record keeps names in the nominative; "под ред." puts them in the genitive
        editors=(Person(family="Иванов", given="И. И."), Person(family="Петрова", given="П. П.")),
        place="М.",
        publisher="Проспект",
        year=2018,
    )
    assert to_text(format_gost(edited)) == (
        "Экономика регионов : учеб. пособие / под ред. И. И. Иванова, П. П. Петровой. – "
        "М. : Проспект, 2018."
    )
    authored = edited.replace(authors=(Person(family="Сидоров", given="С. С."),))
    assert to_text(format_gost(authored)) == (
        "Сидоров, С. С. Экономика регионов : учеб. пособие / С. С. Сидоров ; под ред. "
        "И. И. Иванова, П. П. Петровой. – М. : Проспект, 2018."
    )


def test_gost_prints_the_editors_role_the_source_wrote() -> None:
    # "отв. ред." takes the nominative: printed as "под ред." it would need "Гранберга"
    book = Work(
        type=WorkType.BOOK,
        title="Экономика регионов",
        authors=(Person(family="Кузнецова", given="О. В."),),
        editors=(Person(family="Гранберг", given="А. Г."),),
        editor_role="отв. ред.",
        place="М.",
        publisher="УРСС",
        year=2002,
    )
    expected = "/ О. В. Кузнецова ; отв. ред. А. Г. Гранберг. – М. : УРСС, 2002."
    assert to_text(format_gost(book)).endswith(expected)
    # an English work keeps the English role, whatever the record says
    english = book.replace(title="Regional economics", authors=(), editors=(Person("Smith", "J."),))
    assert "/ ed. by J. Smith." in to_text(format_gost(english))


def test_gost_chapter_host_keeps_its_abbreviation_and_its_editors_role() -> None:
    chapter = Work(
        type=WorkType.CHAPTER,
        title="Кадровая политика",
        authors=(Person(family="Морозова", given="Т. В."),),
        container="Проблемы экономики : сб. науч. тр",
        editors=(Person(family="Смирнов", given="А. Б."),),
        editor_role="отв. ред.",
        place="Екатеринбург",
        publisher="УрФУ",
        year=2020,
        pages="112-118",
    )
    assert "// Проблемы экономики : сб. науч. тр. / отв. ред. А. Б. Смирнов. – Екатеринбург" in (
        to_text(format_gost(chapter))
    )


def test_gost_keeps_the_full_stop_of_an_abbreviation_closing_the_title() -> None:
    volumes = Work(
        type=WorkType.BOOK,
        title="Война и мир : в 4 т",
        authors=(Person(family="Толстой", given="Л. Н."),),
        place="Москва",
        publisher="Художественная литература",
        year=1979,
    )
    assert to_text(format_gost(volumes)).startswith(
        "Толстой, Л. Н. Война и мир : в 4 т. / Л. Н. Толстой. – Москва"
    )
    assert to_text(format_gost(volumes.replace(volume="1"))).startswith(
        "Толстой, Л. Н. Война и мир : в 4 т. Т. 1 / Л. Н. Толстой."
    )


def test_gost_law_published_on_its_own_is_described_as_a_book() -> None:
    law = Work(
        type=WorkType.LAW,
        title="Об образовании в Российской Федерации : федер. закон",
        place="Москва",
        publisher="Проспект",
        year=2013,
        number_of_pages="160",
    )
    assert to_text(format_gost(law)) == (
        "Об образовании в Российской Федерации : федер. закон. – Москва : Проспект, 2013. – 160 с."
    )


def test_case_changes_take_linear_time() -> None:
    # each word looked back over the whole title for a colon before it: 38 s at 220k characters
    for change in (title_case, sentence_case):
        assert scales_linearly(change, "ab " * 10_000, "ab " * 80_000)
