"""Hypothesis: every style formats any record without raising; BibTeX keeps any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from citecli.bibtex_input import read_bibtex
from citecli.model import Person, Work, WorkType
from citecli.styles import Style, citation_lines, export
from citecli.styles.bibtex import works_to_bibtex

# printable text with the characters that break BibTeX and LaTeX when handled carelessly
text = st.text(
    alphabet=st.sampled_from(list("abcXYZ Щжё-:.,'\"{}$%&_#~^\\[]()0129–—’é")), max_size=40
)
persons = st.builds(Person, family=text, given=text) | st.builds(Person, literal=text)
works = st.builds(
    Work,
    type=st.sampled_from(list(WorkType)),
    title=text,
    translated_title=text,
    authors=st.lists(persons, max_size=25).map(tuple),
    et_al=st.booleans(),
    container=text,
    year=st.none() | st.integers(1500, 2100),
    volume=text,
    issue=text,
    pages=st.sampled_from(["", "1-5", "e12", "148-159"]),
    edition=st.sampled_from(["", "2", "2nd rev."]),
    language=st.sampled_from(["", "ru", "en"]),
    archive=text,
    archive_location=st.sampled_from(["", "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об."]),
)


@settings(max_examples=150, deadline=None)
@given(work=works)
def test_every_style_formats_any_record(work: Work) -> None:
    for style in Style:
        if style.is_export:
            assert export([work], style)
        else:
            (line,) = citation_lines([work], style, numbered=True)
            assert line


@settings(max_examples=150, deadline=None)
@given(title=text, container=text, family=text)
@example(title="a", container="~ ", family="x")
def test_bibtex_keeps_any_text(title: str, container: str, family: str) -> None:
    work = Work(
        title=title, container=container, authors=(Person(family=family or "X", given="A."),)
    )
    (back,) = read_bibtex(works_to_bibtex([work]))
    assert back.title == " ".join(title.split())
    assert back.container == " ".join(container.split())
