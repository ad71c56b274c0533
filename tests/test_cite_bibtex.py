"""BibTeX through pybtex: our output parses back to the same fields and the same citations."""

from __future__ import annotations

import dataclasses

import pytest
from pybtex.database import parse_string

from cite_records import SEED_ARTICLE, fixture_ids, fixture_works
from citecli.bibtex_input import latex_to_text, read_bibtex
from citecli.errors import InputError
from citecli.model import Person, Work, WorkType
from citecli.page import parse_page
from citecli.refparse import parse_reference
from citecli.styles import Style, citation_lines
from citecli.styles.bibtex import protect_title, works_to_bibtex
from citecli.styles.keys import citation_key, unique_keys
from citecli.styles.markup import to_text
from conftest import SAMPLES

#: what BibTeX has no field for, or keeps only in normalised form
NOT_IN_BIBTEX = ("container_translated", "number", "raw", "line", "diagnostics", "abstract")


def comparable(work: Work) -> Work:
    changes: dict[str, object] = {
        name: Work.__dataclass_fields__[name].default for name in NOT_IN_BIBTEX
    }
    # BibTeX reads a capitalised word before the surname as part of it ("Van Boeckel"):
    # the name prints the same, only the split differs
    changes["authors"] = tuple(
        dataclasses.replace(p, family=f"{p.particle} {p.family}", particle="")
        if p.particle[:1].isupper()
        else p
        for p in work.authors
    )
    if work.doi:
        changes["doi"] = dataclasses.replace(work.doi, raw=work.doi.value, repaired=False)
    return work.replace(**changes)


def round_trip(works: tuple[Work, ...]) -> tuple[Work, ...]:
    return read_bibtex(works_to_bibtex(works))


@pytest.mark.parametrize(
    ("original", "back"),
    list(zip(fixture_works(), round_trip(fixture_works()), strict=True)),
    ids=fixture_ids(),
)
def test_fixture_records_come_back_field_for_field(original: Work, back: Work) -> None:
    assert comparable(back) == comparable(original)


def test_latex_specials_survive() -> None:
    (work,) = [w for w in fixture_works() if "$10" in w.title]
    text = works_to_bibtex([work])
    assert r"\$10" in text and r"50\%" in text and r"\&" in text and r"R\_0" in text
    (back,) = read_bibtex(text)
    assert back.title == work.title
    assert back.container == work.container


def test_page_references_cite_the_same_after_bibtex() -> None:
    """`parse --format bibtex` then `cite refs.bib --style gost` == `cite page --references`."""
    page = parse_page((SAMPLES / "nalivkina-2025.txt").read_text(encoding="utf-8"))
    works = page.references
    back = read_bibtex(works_to_bibtex(works))
    for style in (Style.GOST, Style.GOST_2008, Style.APA):
        direct = [to_text(m) for m in citation_lines(works, style, numbered=False)]
        via_bib = [to_text(m) for m in citation_lines(back, style, numbered=False)]
        assert via_bib == direct


def test_fixture_cites_the_same_after_bibtex() -> None:
    works = fixture_works()
    back = round_trip(works)
    for style in (Style.GOST, Style.GOST_2008, Style.APA, Style.VANCOUVER):
        assert citation_lines(back, style, numbered=True) == citation_lines(
            works, style, numbered=True
        )


def test_keys_are_unique_with_letter_suffixes() -> None:
    works = [SEED_ARTICLE] * 3 + [SEED_ARTICLE.replace(authors=(), title="The Data")]
    assert unique_keys(works) == [
        "nalivkina2025political",
        "nalivkina2025politicala",
        "nalivkina2025politicalb",
        "anon2025data",
    ]
    entries = parse_string(works_to_bibtex(works), "bibtex").entries
    assert list(entries) == unique_keys(works)


def test_an_edited_book_is_keyed_by_its_first_editor() -> None:
    book = Work(title="Региональная экономика", editors=(Person("Видяпина", "В. И."),), year=2014)
    assert citation_key(book) == "vidyapina2014regionalnaya"  # not "anon2014…"


def test_a_standard_without_authors_is_keyed_by_its_body() -> None:
    iso = parse_reference("ISO 690:2021. Information and documentation. Geneva: ISO; 2021.")
    assert iso.type is WorkType.STANDARD and not iso.authors
    assert citation_key(iso) == "iso2021information"
    # only a standard, and only a designation that starts with its body
    patent = parse_reference("Patent RU 2637215 C1. Vibration mill. 2017.")
    assert patent.type is WorkType.PATENT and patent.designation == "2637215"
    number_only = Work(type=WorkType.STANDARD, designation="690:2021", year=2021)
    assert (citation_key(patent), citation_key(number_only)) == ("anon2017vibration", "anon2021")


def test_cyrillic_key_is_transliterated() -> None:
    work = Work(
        title="О персональных данных", authors=(Person(family="Щукин", given="А."),), year=2006
    )
    assert citation_key(work) == "shchukin2006personalnykh"


@pytest.mark.parametrize(
    ("title", "protected"),
    [
        ("Fight against COVID-19", "Fight against {COVID-19}"),
        ("HuaTuo: Tuning LLaMA Model", "{HuaTuo}: Tuning {LLaMA} Model"),
        ("Between Russia and China", "Between {Russia} and {China}"),
        ("Sets {a} and $x$", r"Sets \textbraceleft{}a\textbraceright{} and \$x\$"),
        ("A review by Gibb and colleagues", "A review by {Gibb} and colleagues"),
    ],
)
def test_protect_title(title: str, protected: str) -> None:
    assert protect_title(title) == protected


def test_reads_a_zotero_style_entry() -> None:
    text = r"""
    @article{x, author = {M{\"u}ller, J{\"o}rg and van der Berg, Anna and others},
      title = {{\'E}tude of the {DNA}}, journal = {Nature}, year = 2020, pages = {1--5},
      doi = {10.1000/ABC}, urldate = {2025-03-24}}
    """
    (work,) = read_bibtex(text)
    assert work.authors == (
        Person(family="Müller", given="Jörg"),
        Person(family="Berg", given="Anna", particle="van der"),
    )
    assert work.et_al
    assert work.title == "Étude of the DNA"
    assert work.pages == "1-5"
    assert work.doi is not None and work.doi.value == "10.1000/abc"
    assert work.accessed is not None and work.accessed.isoformat() == "2025-03-24"


def test_bibtex_syntax_error_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"refs\.bib"):
        read_bibtex("@article{x, title = {unclosed", source="refs.bib")


def test_latex_to_text_keeps_what_latexcodec_cannot_read() -> None:
    assert latex_to_text("a \\unknown\\") == "a \\unknown\\"


def test_latex_to_text_keeps_escaped_braces_and_dollars() -> None:
    assert latex_to_text(r"\{a\} costs \$5 \textbackslash{} {Kept}") == r"{a} costs $5 \ Kept"


def test_reading_bibtex_compiles_no_reference_parser() -> None:
    # the parser's patterns take most of a second to compile; only an @unpublished entry's
    # note (an archival file) needs them, and then they are imported where it is read
    import subprocess
    import sys

    code = (
        "import sys, citecli.bibtex_input as b;"
        " b.read_bibtex('@article{a, title={T}, year={2020}}');"
        " print('citecli.refparse.parser' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
