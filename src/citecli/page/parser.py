"""`parse_page`: a whole page (or a bare reference list) -> `Page`.

Runs the pieces in order: sections, header, author block, "For citations" line, reference
list; then merges what the page says about the article with what its citation line says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecli.model import Diagnostic, Page, Work, WorkType
from citecli.page.authors import read_authors
from citecli.page.citation import citation_text, merge_authors
from citecli.page.header import Header, find_title, read_header
from citecli.page.reflist import RawReference, looks_like_reference, split_references
from citecli.page.sections import Kind, Section, split_sections
from citecli.refparse import parse_reference
from citecli.script import CYRILLIC, LATIN

#: longer "references" are not references (a pasted book, a minified file): kept, not parsed
MAX_REFERENCE = 5000
_SHOWN_OF_TOO_LONG = 200
#: sections that make the text an article page, whose title should then be found
_ARTICLE_SECTIONS = frozenset({Kind.ABSTRACT, Kind.KEYWORDS, Kind.AUTHORS, Kind.CITATION})
_ISSUE = re.compile(r"(\S+?)\s*(?:\((\d+)\))?")
_DASHES = re.compile("[‐-―−]")
_KEYWORD_SEPARATOR = re.compile(r"\s*;\s*")
_KEYWORD_COMMA = re.compile(r"\s*,\s*")


def parse_page(text: str, *, source: str = "") -> Page:
    """Parse a whole page, or a bare reference list. Never raises."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header_lines, sections = split_sections(lines)
    if not sections:  # no headings at all: a bare reference list
        return _bare_list(header_lines, text, source)

    header = read_header(header_lines)
    citations = [s for s in sections if s.kind is Kind.CITATION]
    script = _script(header.title) or _script(" ".join(citation_text(s)[0] for s in citations))
    citation_section = _prefer(citations, script)
    citation_line, cited_at = citation_text(citation_section) if citation_section else ("", 0)
    cited = _parse_one(RawReference(citation_line, None, cited_at)) if citation_line else Work()
    cited_title = find_title(header_lines, cited.title)
    if cited_title:
        header = replace(header, title=cited_title[0], title_line=cited_title[1])
    article = _article(header, sections, cited, script)

    diagnostics: list[Diagnostic] = []
    if not article.title and any(s.kind in _ARTICLE_SECTIONS for s in sections):
        diagnostics.append(Diagnostic("no article title found above the first heading"))
    lists = [s for s in sections if s.kind is Kind.REFERENCES]
    chosen = _prefer(lists, script)
    references: tuple[Work, ...] = ()
    if chosen:
        references = _parse_references(split_references(chosen.body, page_text=text))
        diagnostics.extend(_other_lists(lists, chosen, script))
    if not references:
        diagnostics.append(Diagnostic("no references found"))
    return Page(
        article=article,
        references=references,
        citation_line=citation_line,
        source=source,
        diagnostics=tuple(diagnostics),
    )


def _bare_list(lines: list[tuple[int, str]], text: str, source: str) -> Page:
    """Text without headings: a reference list, whose entries need a number, a year or an
    identifier to count (so a stray title or a sentence is reported, not parsed)."""
    raws = split_references(lines, page_text=text)
    kept = [raw for raw in raws if looks_like_reference(raw)]
    diagnostics = [
        Diagnostic(
            f"not a reference (no number, year or identifier): {_excerpt(raw.text)}", raw.line
        )
        for raw in raws
        if not looks_like_reference(raw)
    ]
    if not kept:
        diagnostics.append(Diagnostic("no references found"))
    return Page(
        article=Work(),
        references=_parse_references(kept),
        source=source,
        diagnostics=tuple(diagnostics),
    )


def _excerpt(text: str, length: int = 60) -> str:
    return repr(text if len(text) <= length else text[: length - 1] + "…")


def _article(header: Header, sections: list[Section], cited: Work, script: str) -> Work:
    """What the page says about the article, completed from its citation line (`cited`)."""
    authors = tuple(
        person
        for s in sections
        if s.kind is Kind.AUTHORS
        for person in read_authors(s.text_lines, families=tuple(p.family for p in cited.authors))
    )
    issue, cumulative = _issue(header.field("issue"))
    return Work(
        type=WorkType.ARTICLE,
        title=header.title or cited.title,
        authors=merge_authors(cited.authors, authors or header.byline),
        et_al=cited.et_al,
        container=cited.container or header.field("journal"),
        container_translated=cited.container_translated,
        year=cited.year or _number(header.field("year")),
        volume=cited.volume or header.field("volume"),
        issue=cited.issue or issue,
        cumulative_issue=cited.cumulative_issue or cumulative,
        pages=cited.pages or _DASHES.sub("-", header.field("pages")),
        article_number=cited.article_number,
        doi=header.doi or cited.doi,
        edn=header.edn or cited.edn,
        url=cited.url,
        language=cited.language or header.field("language") or script,
        abstract=_paragraphs(sections, Kind.ABSTRACT),
        keywords=_keywords(sections),
        line=header.title_line,
        diagnostics=cited.diagnostics,
    )


def _issue(text: str) -> tuple[str, str]:
    """("2", "58") for eLibrary's "2 (58)": the issue and the running number."""
    match = _ISSUE.fullmatch(text.strip())
    return (match.group(1), match.group(2) or "") if match else (text.strip(), "")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _script(text: str) -> str:
    """The language a script suggests: "ru" for mostly Cyrillic text, "en" for mostly Latin."""
    cyrillic, latin = len(CYRILLIC.findall(text)), len(LATIN.findall(text))
    if not cyrillic and not latin:
        return ""
    return "ru" if cyrillic > latin else "en"


def _prefer(sections: list[Section], script: str) -> Section | None:
    """The first section written in `script` (the page's language), else the first one."""
    for section in sections:
        if script and _script(" ".join(section.text_lines)) == script:
            return section
    return sections[0] if sections else None


def _other_lists(lists: list[Section], chosen: Section, script: str) -> list[Diagnostic]:
    reason = "written in the page's language" if script else "the first on the page"
    return [
        Diagnostic(
            f'also found the reference list "{other.label}" '
            f"({len(split_references(other.body))} references); "
            f'kept "{chosen.label}" (line {chosen.line + 1}), {reason}',
            line=other.line + 1,
        )
        for other in lists
        if other is not chosen
    ]


def _parse_references(raws: list[RawReference]) -> tuple[Work, ...]:
    return tuple(_parse_one(raw) for raw in raws)


def _parse_one(raw: RawReference) -> Work:
    if len(raw.text) > MAX_REFERENCE:
        return Work(
            raw=raw.text[:_SHOWN_OF_TOO_LONG] + "…",
            number=raw.number,
            line=raw.line,
            type=WorkType.DOCUMENT,
            diagnostics=(
                Diagnostic(
                    f"{len(raw.text):,} characters, too long for one reference: not parsed",
                    line=raw.line,
                ),
            ),
        )
    work = parse_reference(raw.text, number=raw.number, line=raw.line)
    if raw.skipped:
        missing = ", ".join(str(n) for n in raw.skipped)
        note = Diagnostic(f"the list has no reference numbered {missing} before this one", raw.line)
        work = work.replace(diagnostics=(note, *work.diagnostics))
    return work


def _paragraphs(sections: list[Section], kind: Kind) -> str:
    section = next((s for s in sections if s.kind is kind), None)
    return "\n".join(" ".join(t.split()) for t in section.text_lines) if section else ""


def _keywords(sections: list[Section]) -> tuple[str, ...]:
    """Keywords split at ";" when the page uses it (a keyword may hold a comma), else at ","."""
    text = " ".join(_paragraphs(sections, Kind.KEYWORDS).split())
    separator = _KEYWORD_SEPARATOR if ";" in text else _KEYWORD_COMMA
    return tuple(k.strip(" .") for k in separator.split(text) if k.strip(" ."))
