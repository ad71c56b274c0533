"""The acceptance strings of the cite issue for the seed page's article, exactly."""

from __future__ import annotations

from pybtex.database import parse_string

from cite_records import SEED_ARTICLE
from citecli.styles import Style, citation_lines, export
from citecli.styles.markup import OutputFormat, render, to_text

GOST = (
    "Nalivkina, A. D. Political Aspects of Cooperation between Russia and China in the Field "
    "of Artificial Intelligence in Health Care / A. D. Nalivkina // Administrative Consulting. "
    "– 2025. – No. 3. – P. 148–159."
)
APA_MARKDOWN = (
    "Nalivkina, A. D. (2025). Political aspects of cooperation between Russia and China in the "
    "field of artificial intelligence in health care. *Administrative Consulting*, (3), 148–159."
)
VANCOUVER = (
    "Nalivkina A.D. Political Aspects of Cooperation between Russia and China in the Field of "
    "Artificial Intelligence in Health Care. Administrative Consulting. 2025;(3):148-159. "
    "(In Russ.) EDN: PHCYCH"
)
GOST_2008 = (
    "Nalivkina A. D. Political Aspects of Cooperation between Russia and China in the Field of "
    "Artificial Intelligence in Health Care // Administrative Consulting. 2025. No. 3. "
    "P. 148–159."
)


def _one(style: Style) -> str:
    (line,) = citation_lines([SEED_ARTICLE], style, numbered=False)
    return to_text(line)


def test_gost() -> None:
    assert _one(Style.GOST) == GOST


def test_gost_2008() -> None:
    assert _one(Style.GOST_2008) == GOST_2008


def test_vancouver_matches_the_pages_own_for_citations_line() -> None:
    # the seed's line: "Nalivkina A. … Health Care. Administrative Consulting. 2025;(3):148-159.
    # (In Russ.) EDN: PHCYCH" — with the initials the author block completes
    assert _one(Style.VANCOUVER) == VANCOUVER


def test_apa_markdown_italics() -> None:
    (line,) = citation_lines([SEED_ARTICLE], Style.APA, numbered=False)
    assert render(line, OutputFormat.MARKDOWN) == APA_MARKDOWN
    assert to_text(line) == APA_MARKDOWN.replace("*", "")


def test_bibtex_fields() -> None:
    text = export([SEED_ARTICLE], Style.BIBTEX)
    assert text.startswith("@article{nalivkina2025political,\n")
    assert "    pages = {148--159}" in text
    entry = parse_string(text, "bibtex").entries["nalivkina2025political"]
    assert dict(entry.fields) == {
        "title": (
            "Political Aspects of Cooperation between {Russia} and {China} in the Field of "
            "Artificial Intelligence in Health Care"
        ),
        "journal": "Administrative Consulting",
        "year": "2025",
        "number": "3",
        "pages": "148--159",
        "edn": "PHCYCH",
        "language": "russian",
    }
    assert [str(p) for p in entry.persons["author"]] == ["Nalivkina, Alena D."]
