"""parse_page on the seed page, field by field, and on small pages built for one rule each."""

from __future__ import annotations

import pytest

from citecli.model import Person
from citecli.page import parse_page
from citecli.page.authors import read_authors
from citecli.page.names import full_name, split_country
from citecli.page.reflist import split_references
from citecli.page.sections import Kind, heading
from conftest import SAMPLES, SHARED


@pytest.fixture(scope="module")
def seed_text() -> str:
    return (SAMPLES / "nalivkina-2025.txt").read_text(encoding="utf-8")


def test_sample_seed_is_the_shared_seed(seed_text: str) -> None:
    seed = SHARED / "seed" / "nalivkina-2025.txt"
    if not seed.exists():
        pytest.skip("../shared is not beside this checkout")
    assert seed_text == seed.read_text(encoding="utf-8")


def test_seed_article(seed_text: str) -> None:
    page = parse_page(seed_text)
    article = page.article
    assert article.title == (
        "Political Aspects of Cooperation between Russia and China in the Field of "
        "Artificial Intelligence in Health Care"
    )
    assert article.edn == "PHCYCH"
    assert article.doi is None
    assert article.authors == (
        Person(
            family="Nalivkina",
            given="Alena D.",
            affiliation="Postgraduate Student of the Chair of International Relations",
            city="St. Petersburg",
            country="Russian Federation",
        ),
    )
    assert article.container == "Administrative Consulting"
    assert (article.year, article.volume, article.issue, article.pages) == (
        2025,
        "",
        "3",
        "148-159",
    )
    assert article.language == "ru"
    assert article.abstract.startswith("The article examines the current forms")
    assert article.abstract.endswith("in the context of digital transformation.")
    assert page.citation_line == seed_text.splitlines()[-1]
    assert page.diagnostics == ()


def test_seed_references(seed_text: str) -> None:
    references = parse_page(seed_text).references
    assert [r.number for r in references] == list(range(1, 28))
    assert [r.line for r in references] == list(range(10, 37))
    assert references[0].raw.startswith("Alimbaev A. A., Bitenova B. S. Digital economy")
    assert references[26].raw.endswith("(date of the address: 24.03.2025).")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("References", (Kind.REFERENCES, "References", "")),
        ("Список литературы", (Kind.REFERENCES, "Список литературы", "")),
        ("  Литература:", (Kind.REFERENCES, "Литература", "")),
        ("About the Author", (Kind.AUTHORS, "About the Author", "")),
        ("Сведения об авторах", (Kind.AUTHORS, "Сведения об авторах", "")),
        ("For citations:", (Kind.CITATION, "For citations", "")),
        (
            "Для цитирования: Иванов И. И. Статья.",
            (Kind.CITATION, "Для цитирования", "Иванов И. И. Статья."),
        ),
        ("Keywords: AI; health", (Kind.KEYWORDS, "Keywords", "AI; health")),
        ("Funding source. A grant.", (Kind.FUNDING, "Funding source", "A grant.")),
        ("Конфликт интересов", (Kind.CONFLICT, "Конфликт интересов", "")),
        ("Review", (Kind.REVIEW, "Review", "")),
        ("Аннотация", (Kind.ABSTRACT, "Аннотация", "")),
        # what sites list after the references ends them: OJS's "Cited By" lists citing works
        ("Cited By", (Kind.OTHER, "Cited By", "")),
        (
            "Most read articles by the same author(s)",
            (Kind.OTHER, "Most read articles by the same author(s)", ""),
        ),
        (
            "Most read articles by the same author",
            (Kind.OTHER, "Most read articles by the same author", ""),
        ),
        ("Похожие статьи", (Kind.OTHER, "Похожие статьи", "")),
        ("Cited by 3 articles in Crossref", None),
        # text that starts with a label word is not a heading
        ("Review of artificial intelligence in medicine", None),
        ("Abstract algebra for engineers", None),
        ("1. References to the past // Journal. 2020. P. 1-2.", None),
    ],
)
def test_heading(line: str, expected: tuple[Kind, str, str] | None) -> None:
    assert heading(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A. NalivkinaRussian Federation", ("A. Nalivkina", "Russian Federation")),
        ("И. И. ИвановРоссия", ("И. И. Иванов", "Россия")),
        ("Almaty, Kazakhstan", ("Almaty", "Kazakhstan")),
        ("Alena D. Nalivkina", ("Alena D. Nalivkina", "")),
    ],
)
def test_split_country(line: str, expected: tuple[str, str]) -> None:
    assert split_country(line) == expected


@pytest.mark.parametrize(
    ("text", "hint", "family", "given"),
    [
        ("Alena D. Nalivkina", "", "Nalivkina", "Alena D."),
        ("Иванов Иван Иванович", "", "Иванов", "Иван Иванович"),
        ("Ivan Ivanovich Petrov", "Petrov", "Petrov", "Ivan Ivanovich"),
        ("Petrov Ivan Ivanovich", "Petrov", "Petrov", "Ivan Ivanovich"),
        ("John Smith", "", "Smith", "John"),
    ],
)
def test_full_name(text: str, hint: str, family: str, given: str) -> None:
    assert full_name(text, families=(hint,) if hint else ()) == Person(family=family, given=given)


@pytest.mark.parametrize("text", ["Moscow State University", "Kazan Federal University"])
def test_institutions_are_not_names(text: str) -> None:
    assert full_name(text) is None


def test_authors_block_elpub_layout() -> None:
    lines = [
        "И. И. ИвановРоссия",
        "Иванов Иван Иванович — доктор экономических наук, профессор",
        "Москва",
        "e-mail: ivanov@example.ru",
        "П. С. ПетроваБеларусь",
        "Петрова Полина Сергеевна — аспирант",
        "Минск",
        "ORCID: 0000-0002-1825-0097",
    ]
    assert read_authors(lines) == (
        Person(family="Иванов", given="Иван Иванович",
               affiliation="доктор экономических наук, профессор", city="Москва",
               country="Россия", email="ivanov@example.ru"),
        Person(family="Петрова", given="Полина Сергеевна", affiliation="аспирант",
               city="Минск", country="Беларусь", orcid="0000-0002-1825-0097"),
    )  # fmt: skip


def test_authors_block_ojs_layout() -> None:
    lines = [
        "John Smith",
        "University of Leeds",
        "Leeds, UK",
        "https://orcid.org/0000-0002-1825-0097",
        "Mary Jones",
        "Saint Petersburg State University",
        "St. Petersburg, Russia",
    ]
    assert read_authors(lines) == (
        Person(family="Smith", given="John", affiliation="University of Leeds", city="Leeds",
               country="UK", orcid="0000-0002-1825-0097"),
        Person(family="Jones", given="Mary", affiliation="Saint Petersburg State University",
               city="St. Petersburg", country="Russia"),
    )  # fmt: skip


def _split(text: str) -> list[tuple[int | None, int, str]]:
    lines = list(enumerate(text.split("\n")))
    return [(r.number, r.line, r.text) for r in split_references(lines, page_text=text)]


def test_numbered_wrapped_lines_join_and_a_year_line_does_not_start_a_reference() -> None:
    text = "1. Ivanov I. Title // Journal.\n2019. N 3. P. 5-9.\n2. Petrov P. Other // J. 2020."
    assert _split(text) == [
        (1, 1, "Ivanov I. Title // Journal. 2019. N 3. P. 5-9."),
        (2, 3, "Petrov P. Other // J. 2020."),
    ]


def test_an_unnumbered_description_without_a_year_ends_at_its_line() -> None:
    # an archival document's file and leaf, GOST's "[б. г.]" ("no year") stand for its year:
    # the next line starts a reference (each had swallowed the line after it)
    text = (
        "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5.\n"
        "Волков В. В. Записки. – [Б. м.], [б. г.]. – 120 с.\n"
        "РГАСПИ. – Ф. 17. – Оп. 3. – Д. 1000. – Л. 15 об.\n"
        "Иванов И. И. Экономика. – М. : Наука, 2019. – 300 с.\n"
        # a file without its leaves, a storage unit
        "ЦГА СПб. Ф. 7384. Оп. 18. Д. 1234.\n"
        "Иванов И. И. Экономика. – М. : Наука, 2019. – 300 с.\n"
        "РГАЛИ. Ф. 2908. Оп. 1. Ед. хр. 185.\n"
        "Иванов И. И. Экономика. – М. : Наука, 2019. – 300 с."
    )
    assert [line for _, line, _ in _split(text)] == [1, 2, 3, 4, 5, 6, 7, 8]
    # a line that goes on without a year still joins: "Д. 12" alone is no file and leaf
    assert len(_split("Сборник документов. Д. 12\nи другие материалы. – М., 2019.")) == 1


@pytest.mark.parametrize("marker", ["[{n}] ", "{n}) ", "{n}. "])
def test_number_markers(marker: str) -> None:
    text = "\n".join(marker.format(n=n) + f"Author A. Title {n}. 2020." for n in (1, 2, 3))
    assert [n for n, _, _ in _split(text)] == [1, 2, 3]


def test_a_list_of_more_than_9999_references_goes_on_numbering() -> None:
    # bibliographies exported from a library catalogue run into five digits
    text = "\n".join(f"{n}. Author A. Title {n}. 2020." for n in range(9998, 10003))
    assert [n for n, _, _ in _split(text)] == [9998, 9999, 10000, 10001, 10002]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("infor-", "mation systems.", "information systems."),
        ("Russian-", "Chinese studies.", "Russian-Chinese studies."),
        ("P. 15-", "22.", "P. 15-22."),
        ("https://doi.org/", "10.1000/xyz", "https://doi.org/10.1000/xyz"),
        ("job demands-", "resources model", "job demands-resources model"),  # see page_text
        ("Journal of", "Psychology.", "Journal of Psychology."),
        # a break on a compound's own hyphen, told by its parts (see test_hyphenation)
        ("self-", "reported health.", "self-reported health."),
        ("Социально-", "экономическое развитие.", "Социально-экономическое развитие."),
        ("эконо-", "мика регионов.", "экономика регионов."),
    ],
)
def test_line_break_joins(first: str, second: str, joined: str) -> None:
    text = f"1. A. {first}\n{second}"
    page_text = text + "\nthe job demands-resources model"
    lines = list(enumerate(text.split("\n")))
    (only,) = split_references(lines, page_text=page_text)
    assert only.text == f"A. {joined}"


def test_link_labels_a_site_puts_under_references_are_dropped() -> None:
    # OJS and Wiley pages copied as text: "Google Scholar", "Crossref | PubMed" under or after
    # each reference; they had become authors ("Google Scholar Crossref Grieves, M.")
    text = (
        "References\n"
        "Batty, M. (2018). Digital twins. Environment and Planning B, 45(5), 817–820.\n"
        "Google Scholar\n"
        "Crossref\n"
        "Grieves, M. (2017). Digital twin. In F.-J. Kahlen (Ed.), Perspectives (pp. 85–113). "
        "Springer.\n"
        "[Crossref] [PubMed] [Google Scholar]\n"
        "Tao, F. (2019). Digital twin in industry. IEEE Transactions on Industrial Informatics, "
        "15(4), 2405–2415. Article CAS PubMed Google Scholar\n"
        "Falagas, M. E. (2008). Comparison of PubMed, Scopus, Web of Science, and Google Scholar\n"
        "strengths. FASEB Journal, 22(2), 338–342. https://doi.org/10.1096/fj.07-9492LSF PubMed\n"
    )
    references = parse_page(text).references
    assert [w.authors[0].family for w in references] == ["Batty", "Grieves", "Tao", "Falagas"]
    assert references[0].raw.endswith("817–820.") and references[1].raw.endswith("Springer.")
    assert references[2].raw.endswith("2405–2415.")
    # a line that ends in a site's name after a word keeps it; a label after a link goes
    assert references[3].title.endswith("Web of Science, and Google Scholar strengths")
    assert references[3].raw.endswith("fj.07-9492LSF")


def test_works_citing_the_article_are_no_references() -> None:
    # OJS prints Crossref's "Cited By" list under the references, in the same style
    text = (
        "References\n"
        "Batty, M. (2018). Digital twins. Environment and Planning B, 45(5), 817–820.\n"
        "\n"
        "Cited By\n"
        "Sidorov, A. (2025). Twins of cities. Urban Studies, 3(1), 1–10.\n"
        "\n"
        "Most read articles by the same author(s)\n"
        "Petrov, I. (2023). Planning. R-Economy, 9(1), 1–5.\n"
    )
    assert [w.authors[0].family for w in parse_page(text).references] == ["Batty"]


def test_unnumbered_references_one_per_line_and_wrapped() -> None:
    text = (
        "Bandura, A. (1997). Self-efficacy: The exercise of control. W. H. Freeman.\n"
        "Smith, J., & Doe, A. (2019). A study of things. Journal of\n"
        "Applied Psychology, 5(2), 1-10.\n"
        "Zed, Z.\n"
        "(2020). Split after the author. Journal, 1, 1-2.\n"
        "\n"
        "Last, L. (2021). After a blank line. J, 2, 3-4."
    )
    assert [(line, raw[:10]) for _, line, raw in _split(text)] == [
        (1, "Bandura, A"), (2, "Smith, J.,"), (4, "Zed, Z. (2"), (7, "Last, L. ("),
    ]  # fmt: skip


BOTH_LISTS = """{title}
Список литературы
1. Иванов И. И. Статья // Журнал. 2020. № 1. С. 1–10.
References
1. Ivanov I. I. Article. Zhurnal. 2020;(1):1-10. (In Russ.)
2. Smith J. Another. Journal. 2019;1:2-3.
For citations:
Petrov P. P. Title. Journal. 2024;(1):1-2.
"""


@pytest.mark.parametrize(
    ("title", "kept", "other"),
    [
        ("An English Title of the Article", 2, "Список литературы"),
        ("Русское название статьи", 1, "References"),
    ],
)
def test_the_list_in_the_page_language_is_kept(title: str, kept: int, other: str) -> None:
    page = parse_page(BOTH_LISTS.format(title=title))
    assert len(page.references) == kept
    (diagnostic,) = page.diagnostics
    assert f'also found the reference list "{other}"' in diagnostic.message


def test_bare_reference_list_has_no_article() -> None:
    page = parse_page("1. Smith J. Title. Journal. 2019;1:1-2.\n2. Doe A. Other. J. 2020;2:3-4.")
    assert page.article.title == ""
    assert [r.number for r in page.references] == [1, 2]
    assert page.diagnostics == ()


def test_page_without_references_says_so() -> None:
    page = parse_page("A Title\nAbstract\nSome text.\nKeywords: a, b\n")
    assert page.references == ()
    assert [d.message for d in page.diagnostics] == ["no references found"]
    assert page.article.keywords == ("a", "b")


def test_keywords_split_at_semicolons_when_present() -> None:
    page = parse_page("T\nKeywords: health care, Russia; AI\nReferences\n1. A. B. 2020.")
    assert page.article.keywords == ("health care, Russia", "AI")


def test_an_overlong_reference_is_kept_unparsed_with_a_warning() -> None:
    page = parse_page("References\n1. " + "x" * 10_000)
    (ref,) = page.references
    assert ref.raw.endswith("…") and len(ref.raw) < 300
    assert "too long for one reference" in ref.diagnostics[0].message


def test_a_skipped_number_starts_a_reference_with_a_warning() -> None:
    page = parse_page(
        "References\n1. Ivanov I. Title // J. 2019. N 1.\n3. Petrov P. Other // J.\n"
        "2020. N 2.\n4. Sidorov S. X // J. 2021."
    )
    assert [(r.number, r.line) for r in page.references] == [(1, 2), (3, 3), (4, 5)]
    assert page.references[1].raw == "Petrov P. Other // J. 2020. N 2."
    assert page.references[1].diagnostics[0].message == (
        "the list has no reference numbered 2 before this one"
    )


def test_the_title_is_the_line_the_citation_cites_even_below_site_menus() -> None:
    page = parse_page(
        "Home\nCurrent issue\nArchives\nRegional Growth in Siberia\nAbstract\nText.\n"
        "For citation: Ivanov I.I. Regional growth in Siberia. Journal. 2020;1(2):3-4.\n"
    )
    assert (page.article.title, page.article.line) == ("Regional Growth in Siberia", 4)


def test_a_missing_title_is_reported_on_article_pages_only() -> None:
    assert parse_page("References\n1. A. B. Title. 2020.").diagnostics == ()
    page = parse_page("Abstract\nText.\nReferences\n1. A. B. Title. 2020.")
    assert [d.message for d in page.diagnostics] == [
        "no article title found above the first heading"
    ]


def test_text_without_headings_or_references_has_none() -> None:
    page = parse_page("Just a title\nand some text\n")
    assert page.references == ()
    assert [str(d) for d in page.diagnostics] == [
        "line 1: not a reference (no number, year or identifier): 'Just a title and some text'",
        "no references found",
    ]


def test_a_bare_list_skips_lines_that_are_not_references() -> None:
    page = parse_page("My reading list\n\nSmith, J. (2019). Title. Journal, 1, 2-3.\n")
    assert [r.line for r in page.references] == [3]
    assert page.diagnostics[0].line == 1


def test_the_citation_line_tells_the_family_name_of_a_latin_full_name() -> None:
    page = parse_page(
        "A Title\nAbout the Author\nNalivkina Alena Dmitrievna, Postgraduate Student\n"
        "For citations: Nalivkina A. A Title. Journal. 2025;(3):1-2.\n"
    )
    (author,) = page.article.authors
    assert (author.family, author.given, author.affiliation) == (
        "Nalivkina", "Alena Dmitrievna", "Postgraduate Student",
    )  # fmt: skip


def test_numbers_alone_on_their_lines() -> None:
    text = "1.\nIvanov I. Title // J. 2019. N 1.\n2.\nPetrov P. Other // J.\n2020. N 2."
    assert _split(text) == [
        (1, 1, "Ivanov I. Title // J. 2019. N 1."),
        (2, 3, "Petrov P. Other // J. 2020. N 2."),
    ]


def test_elibrary_byline_footnotes_and_labelled_facts() -> None:
    page = parse_page(
        "НАЗВАНИЕ СТАТЬИ\nИванов И.И.1, Petrov P. P.2\n1 Первый университет\n2 Second Institute\n"
        "Тип: статья в журнале - научная статья  Язык: русский\n"
        "Том: 7  Номер: 2 (58)  Год: 2022  Страницы: 41–55\nЖурнал: ВЕСТНИК\n"
        "СПИСОК ЛИТЕРАТУРЫ:\n1. Сидоров С. С. Книга. М., 2020. 100 с.\n"
    )
    article = page.article
    assert [(p.family, p.given, p.affiliation) for p in article.authors] == [
        ("Иванов", "И. И.", "Первый университет"),
        ("Petrov", "P. P.", "Second Institute"),
    ]
    assert (article.container, article.year, article.volume) == ("ВЕСТНИК", 2022, "7")
    assert (article.issue, article.cumulative_issue, article.pages) == ("2", "58", "41-55")
    assert article.language == "ru"


def test_a_line_under_the_title_that_is_not_names_is_no_byline() -> None:
    page = parse_page("A Title\nA study of Moscow State University\nReferences\n1. A. B. 2020.")
    assert page.article.authors == ()
