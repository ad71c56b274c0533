"""Section headings of a journal page and the lines each section owns.

A heading is a line that is only a known label ("References", "Об авторах"), or, for the
sections that pages print inline, a label followed by ":" / "." / a dash and the section's
text ("Keywords: AI; healthcare", "Для цитирования: Иванов И. И. …"). Each line is tried
against anchored patterns once, so finding sections is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Kind(str, Enum):
    ABSTRACT = "abstract"
    KEYWORDS = "keywords"
    AUTHORS = "authors"
    REFERENCES = "references"
    CITATION = "citation"
    FUNDING = "funding"
    CONFLICT = "conflict of interest"
    REVIEW = "review"
    ACKNOWLEDGEMENTS = "acknowledgements"
    #: any other heading a page prints after the article text: it only ends the section before
    OTHER = "other"


# (kind, labels, whether the label may carry the section's text on the same line)
_LABELS: tuple[tuple[Kind, str, bool], ...] = (
    (Kind.ABSTRACT, r"Abstract|Summary|Аннотация|Резюме|Реферат", True),
    (Kind.KEYWORDS, r"Key\s?words|Ключевые\s+слова", True),
    (
        Kind.AUTHORS,
        r"(?:About|Information about) (?:the )?authors?|Authors?(?: information| details)?"
        r"|Об авторах|Об авторе|(?:Сведения|Информация) об авторах?",
        False,
    ),
    (
        Kind.REFERENCES,
        r"References|Reference list|Bibliography|Literature|Works cited|Список литературы"
        r"|Литература|Библиографический список|Список источников|Список использованных источников",
        False,
    ),
    (
        Kind.CITATION,
        r"For citations?|Cite this article(?: as)?|To cite this article|How to cite"
        r"|Для цитирования|Как цитировать",
        True,
    ),
    (
        Kind.FUNDING,
        r"Funding(?: information| sources?)?|Sources? of funding|Financing|Финансирование"
        r"|Источники? финансирования",
        True,
    ),
    (
        Kind.CONFLICT,
        r"Conflicts? of interests?|Competing interests|Declaration of competing interest"
        r"|Конфликт интересов",
        True,
    ),
    (Kind.REVIEW, r"Reviews?|Рецензия|Рецензии", False),
    (Kind.ACKNOWLEDGEMENTS, r"Acknowledge?ments?|Благодарности|Благодарность", True),
    (
        Kind.OTHER,
        r"Author contributions?|Вклад авторов|Article (?:info|history|metrics)|Supplementary files"
        r"|Дополнительные файлы|Received|Submitted|Revised|Accepted|Published"
        r"|Поступила в редакцию|Принята к печати"
        r"|Цитирования|Библиометрические показатели|License|Лицензия|Copyright|Full text"
        r"|Полный текст|Views|Просмотры|Related articles"
        # what journal sites list after the references: the works citing this one (OJS's
        # "Cited By", from Crossref), similar articles, the authors' other articles
        r"|Cited by|Citing articles|Similar articles|Похожие статьи|Most read articles by the same"
        r" authors?(?:\(s\))?|Other articles by (?:the same )?authors?|Author Biograph(?:y|ies)"
        r"|Downloads"
        r"|Metrics|Метрики",
        True,
    ),
)

_HEADING_PATTERNS = tuple(
    (
        kind,
        re.compile(
            # greedy `.*` and no lazy repeat before `$`: one pass over a long line
            rf"\s*(?P<label>{labels})\s*"
            + (r"(?:[:.—–-](?P<inline>.*)|)$" if inline else r":?\s*$"),
            re.IGNORECASE,
        ),
    )
    for kind, labels, inline in _LABELS
)
#: longer lines are text, never a bare heading; inline headings are checked on their label only
_MAX_BARE_HEADING = 60


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the lines up to the next heading: `body` holds (0-based index, text)."""

    kind: Kind
    label: str
    line: int
    body: tuple[tuple[int, str], ...]

    @property
    def text_lines(self) -> list[str]:
        return [text for _, text in self.body if text.strip()]


def heading(line: str) -> tuple[Kind, str, str] | None:
    """(kind, label as written, inline text) if `line` is a section heading."""
    for kind, pattern in _HEADING_PATTERNS:
        match = pattern.match(line)
        if match:
            inline = (match.groupdict().get("inline") or "").strip()
            if not inline and len(line.strip()) > _MAX_BARE_HEADING:
                continue
            return kind, match.group("label"), inline
    return None


def split_sections(lines: list[str]) -> tuple[list[tuple[int, str]], list[Section]]:
    """The header (lines before the first heading) and the sections in page order."""
    header: list[tuple[int, str]] = []
    sections: list[Section] = []
    current: tuple[Kind, str, int] | None = None
    body: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        found = heading(line)
        if found is None:
            (body if current else header).append((index, line))
            continue
        if current:
            sections.append(Section(*current, body=tuple(body)))
        kind, label, inline = found
        current = (kind, label, index)
        body = [(index, inline)] if inline else []
    if current:
        sections.append(Section(*current, body=tuple(body)))
    return header, sections
