"""Archival files and documents: typed CSL "manuscript" with `archive` and `archive_location`,
cited by every style and read back from CSL-JSON and BibTeX. (The shapes the parser reads are
rows of tests/test_refparse_styles.py.)"""

from __future__ import annotations

import pytest

from citecli.bibtex_input import read_bibtex
from citecli.citeinput import load_cite_input
from citecli.csl import work_from_csl, work_to_csl
from citecli.model import Person, Work, WorkType
from citecli.refparse import parse_reference
from citecli.refparse.archives import may_cite_a_file, read_file
from citecli.styles.apa import format_apa
from citecli.styles.bibtex import works_to_bibtex
from citecli.styles.gost import format_gost
from citecli.styles.gost2008 import format_gost2008
from citecli.styles.keys import unique_keys
from citecli.styles.markup import to_text
from citecli.styles.ris import work_to_ris
from citecli.styles.vancouver import format_vancouver
from citecli.textio import Source

FILE = "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5."
DOCUMENT = (
    "Протокол заседания Политбюро ЦК ВКП(б) от 5 мая 1925 г. // ГАРФ. Ф. Р-5446. Оп. 1. Д. 123."
    " Л. 4–5 об."
)
AUTHORED = (
    "Куфаев М. Н. Письмо Б. С. Боднарскому от 20 октября 1925 г. // ОР РГБ. Ф. 573. Картон 41."
    " Д. 55. Л. 18."
)


def test_gost_cites_the_archive_then_the_search_data() -> None:
    # GOST R 7.0.100's areas: the archive's name, ". – ", the search data as one area
    assert to_text(format_gost(parse_reference(FILE))) == (
        "ГАРФ. – Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5."
    )
    assert to_text(format_gost(parse_reference(DOCUMENT))) == (
        "Протокол заседания Политбюро ЦК ВКП(б) от 5 мая 1925 г. // ГАРФ. – Ф. Р-5446. Оп. 1. "
        "Д. 123. Л. 4–5 об."
    )
    assert to_text(format_gost(parse_reference(AUTHORED))) == (
        "Куфаев, М. Н. Письмо Б. С. Боднарскому от 20 октября 1925 г. / М. Н. Куфаев // ОР "
        "РГБ. – Ф. 573. Картон 41. Д. 55. Л. 18."
    )
    # the notes on the copy, an area of their own
    assert to_text(format_gost(parse_reference(f"{FILE} Копия."))) == (
        "ГАРФ. – Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5. – Копия."
    )
    # GOST R 7.0.5's reference: full stops alone
    assert to_text(format_gost2008(parse_reference(FILE))) == FILE
    assert to_text(format_gost2008(parse_reference(DOCUMENT))) == (
        "Протокол заседания Политбюро ЦК ВКП(б) от 5 мая 1925 г. // ГАРФ. Ф. Р-5446. Оп. 1. "
        "Д. 123. Л. 4–5 об."
    )


def test_apa_describes_the_document_and_places_it_in_its_archive() -> None:
    assert to_text(format_apa(parse_reference(DOCUMENT))) == (
        "Протокол заседания Политбюро ЦК ВКП(б) от 5 мая 1925 г. [Archival document]. (1925). "
        "ГАРФ (Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об.)."
    )
    assert to_text(format_apa(parse_reference(AUTHORED))) == (
        "Куфаев, М. Н. (1925). Письмо Б. С. Боднарскому от 20 октября 1925 г. [Archival "
        "document]. ОР РГБ (Ф. 573. Картон 41. Д. 55. Л. 18)."
    )
    # an untitled file is described in brackets (APA 7 §9.21)
    assert to_text(format_apa(parse_reference(FILE))) == (
        "[Archival file]. (n.d.). ГАРФ (Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5)."
    )


def test_vancouver_locates_it() -> None:
    assert to_text(format_vancouver(parse_reference(FILE))) == (
        "Located at: ГАРФ; Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5."
    )


def test_csl_json_and_ris_carry_archive_and_location() -> None:
    work = parse_reference(DOCUMENT)
    item = work_to_csl(work)
    assert (item["type"], item["archive"], item["archive_location"]) == (
        "manuscript",
        "ГАРФ",
        "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об.",
    )
    assert item["issued"] == {"date-parts": [[1925]]}
    assert work_from_csl(item) == work
    ris = work_to_ris(work).splitlines()
    assert "TY  - MANSCPT" in ris
    assert "DB  - ГАРФ" in ris and "AN  - Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об." in ris


@pytest.mark.parametrize("text", [FILE, DOCUMENT, AUTHORED])
def test_bibtex_writes_an_unpublished_note_and_reads_it_back(text: str) -> None:
    work = parse_reference(text)
    bib = works_to_bibtex([work])
    assert bib.startswith("@unpublished{")
    assert f"note = {{{work.archive}. {work.archive_location}}}" in bib
    (back,) = read_bibtex(bib)
    assert (back.type, back.archive, back.archive_location, back.title) == (
        WorkType.MANUSCRIPT,
        work.archive,
        work.archive_location,
        work.title,
    )


def test_an_ordinary_unpublished_entry_is_a_document_not_an_archival_file() -> None:
    text = "@unpublished{a, author = {Smith, John}, title = {Draft}, year = {2020},"
    (back,) = read_bibtex(text + " note = {Manuscript in preparation}}")
    assert (back.type, back.archive, back.archive_location) == (WorkType.DOCUMENT, "", "")
    assert "Archival" not in to_text(format_apa(back))  # had been "Draft [Archival document]."
    assert to_text(format_gost(back)) == "Smith, J. Draft / J. Smith. – 2020."  # had been "//."


@pytest.mark.parametrize(
    ("text", "archive", "location", "notes"),
    [
        (
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5. Опубл.: Советская деревня глазами ВЧК–ОГПУ–"
            "НКВД. Т. 1. М., 1998. С. 45.",
            "ГАРФ",
            "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5",
            "Опубл.: Советская деревня глазами ВЧК–ОГПУ–НКВД. Т. 1. М., 1998. С. 45.",
        ),
        (  # after the notes on the copy
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4. Подлинник. Опубликовано: Исторический архив."
            " 1995. № 3. С. 5–10.",
            "ГАРФ",
            "Ф. Р-5446. Оп. 1. Д. 123. Л. 4",
            "Подлинник. Опубликовано: Исторический архив. 1995. № 3. С. 5–10.",
        ),
        (
            "ЦГА СПб. Ф. 7384. Оп. 2. Д. 15. Л. 3 об. Цит. по: Иванов И. И. Блокада. СПб., 2004.",
            "ЦГА СПб",
            "Ф. 7384. Оп. 2. Д. 15. Л. 3 об.",
            "Цит. по: Иванов И. И. Блокада. СПб., 2004.",
        ),
        (
            "GARF. F. R-5446. Op. 1. D. 123. L. 4. Publ.: Sovetskaya derevnya. Moscow, 1998.",
            "GARF",
            "F. R-5446. Op. 1. D. 123. L. 4",
            "Publ.: Sovetskaya derevnya. Moscow, 1998.",
        ),
    ],
)
def test_where_the_document_was_published_is_noted(
    text: str, archive: str, location: str, notes: str
) -> None:
    # it had been an article titled with the fond, in a "journal" of the file's search data
    work = parse_reference(text)
    assert (work.type, work.archive, work.archive_location, work.genre, work.year) == (
        WorkType.MANUSCRIPT,
        archive,
        location,
        notes,
        None,  # the publication's year is not the document's
    )
    assert to_text(format_gost(work)) == f"{archive}. – {location.rstrip('.')}. – {notes}"


def test_a_manuscript_without_an_archive_is_cited_as_a_document() -> None:
    # Zotero's "manuscript" is also an unpublished draft; a file an archive holds has it named
    draft = Work(type=WorkType.MANUSCRIPT, title="A draft", authors=(Person("Smith", "J."),))
    assert not draft.archival
    assert to_text(format_apa(draft.replace(year=2020))) == "Smith, J. (2020). A draft."
    held = draft.replace(archive="Cambridge University Library", archive_location="Box 3")
    assert held.archival
    assert to_text(format_gost(held.replace(year=1860))) == (
        "Smith, J. A draft / J. Smith // Cambridge University Library. – 1860. – Box 3."
    )
    unnamed = held.replace(archive="")  # no empty "//"
    assert to_text(format_gost(unnamed)) == "Smith, J. A draft / J. Smith. – Box 3."


def test_a_document_named_with_its_authors_genitive_has_no_author() -> None:
    diary = parse_reference("Дневник Н. И. Тургенева. 1825 г. // ГАРФ. Ф. 1. Оп. 1. Д. 5. Л. 3.")
    assert (diary.authors, diary.title) == ((), "Дневник Н. И. Тургенева. 1825 г.")


@pytest.mark.parametrize(
    "text",
    [
        "Иванов Ф. Д. Экономика региона // Вопросы экономики. 2019. № 1. С. 5–10.",
        "Петров А. Ф. Оп. 1 : сборник // Труды. 2019. Д. 5.",
        # the file's search data followed by more than notes or a publication: not read here
        "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4. Сборник документов. М., 1999. С. 5.",
        # no archive before the fond
        "Ф. 4372. Оп. 66. Д. 1. Л. 1–20.",
    ],
)
def test_what_is_not_read_as_an_archival_file(text: str) -> None:
    assert read_file(text) is None


@pytest.mark.parametrize(
    ("text", "gated"),
    [
        ("Smith J. Title. J Econ. 2019;5:1-10.", False),
        ("Иванов И. И. Экономика // Вопросы экономики. 2019. № 1. С. 5–10.", False),
        (FILE, True),
        ("RGAE. F. 4372. Op. 66. D. 1. L. 1-20.", True),
        ("ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18.", True),
    ],
)
def test_the_cheap_test_lets_every_file_through(text: str, gated: bool) -> None:
    assert may_cite_a_file(text) is gated


def test_cite_keeps_a_file_alone_and_keys_it_by_its_archive() -> None:
    page = Source(f"1. {FILE}\n2. {DOCUMENT}\n", "refs.txt", "utf-8")
    cited = load_cite_input(page, references=True)
    assert [w.archive for w in cited.works] == ["ГАРФ", "ГАРФ"] and cited.skipped == ()
    assert unique_keys(cited.works) == ["garf", "garf1925protokol"]


def test_an_archives_key_skips_its_article_and_survives_blank_names() -> None:
    tna = Work(type=WorkType.MANUSCRIPT, archive="The National Archives", year=1921)
    assert unique_keys([tna]) == ["national1921"]
    assert unique_keys([tna.replace(archive=" ")]) == ["anon1921"]  # had raised IndexError
