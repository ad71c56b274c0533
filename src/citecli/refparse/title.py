"""Where the title ends, and what the title area holds besides the title.

The title ends at a "//" (GOST), at a closing quotation mark, at a GB/T type mark ("[J]"),
or at the first full stop that ends a sentence rather than an initial or an abbreviation
(`sentences`). Cut from it: a translation in brackets ("Заглавие [Title]"), a translator, an
edition or a medium after it ("[DVD]", "(2nd ed.)"), GOST's thesis genre and statement of
responsibility; a medium anywhere ("[Электронный ресурс]", ". – Текст : электронный").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.model import Person
from citecli.refparse.names import read_names
from citecli.refparse.places import IMPRINT_START
from citecli.refparse.sentences import _sentence_end
from citecli.refparse.statement import STATEMENT, Statement, read_statement
from citecli.refparse.text import LOWER, UPPER, has_any, strip_edges
from citecli.script import has_cyrillic

_QUOTES = {"“": "”", "„": "“", "«": "»", '"': '"', "‘": "’", "'": "'", "”": "”"}
# a closing quote that is not an apostrophe inside a word ("what’s")
_CLOSING_QUOTE = {
    close: re.compile(rf"{re.escape(close)}(?!\w)") for close in set(_QUOTES.values())
}
# "“Like” and language ideology": the quotation is part of the title, not around it
_LOWER_AFTER_QUOTE = re.compile(rf"[\s,.]*(?!in\b)[{LOWER}]")
_PUBLICATION_AT_END = re.compile(r"\s*\([^():]*:[^()]*[0-9]{4}\)[.,]?\s*$")
# GOST thesis: "Заглавие : дис. … канд. экон. наук. М., 2015" - the genre runs to the place;
# GOST R 7.0.100-2018 writes it in full: "… : диссертация на соискание ученой степени …"
_GOST_THESIS = re.compile(
    r"\s*:\s*(?:автореф(?:\.|ерат)\s*)?(?:дис(?:с|сертации)?\.|диссертаци[яи]\s)[^А-ЯЁ]*"
)
# what follows the genre: the speciality's code (" : 08.00.05"), the author after " / "
_THESIS_DETAILS = re.compile(r"\s:\s|\s/")
# the author after the slash, as GOST repeats it: "/ Петров Петр Петрович.", "/ П. П. Петров."
_THESIS_AUTHOR = re.compile(
    r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё]+){1,2})\.?\s*"
)
# the cataloguer's note after the author: "; [Место защиты: Финансовый университет].", or
# GOST R 7.0.100-2018's institution up to the imprint: "; Московский государственный
# университет экономики, статистики и информатики. – Москва, 2002"
_THESIS_NOTE = re.compile(
    rf";\s*(?:\[[^\[\]]{{1,160}}\]\.?\s*|[А-ЯЁ][^;/\[\]]{{1,160}}?\.\s*(?={IMPRINT_START}))"
)
_GOST_RESPONSIBILITY = re.compile(r"\s/\s")
# GOST 7.0.100's kind of a web resource after " : " ("// Росстат : [сайт]") as well
_BRACKETED_MEDIUM = (
    r"\[(?:Электронный ресурс|Electronic resource|Текст|Text|Online|Internet|Elektronnyi resurs|"
    r"сайт|веб-сайт|портал|website)\]"
)
_CONTENT_TYPE = r"(?:электронный|electronic|непосредственный|unmediated)"
_MEDIUM = re.compile(
    # GOST 7.0.100's content area with the full stop that opened it: ". – Текст : электронный"
    rf"{_BRACKETED_MEDIUM}|(?:\.\s*)?\b(?:Текст|Text)\s*:\s*{_CONTENT_TYPE}",
    re.IGNORECASE,
)
# a part of every match of _MEDIUM, led by the "[" or ":" the regex engine skips ahead to:
# _MEDIUM itself, led by an optional full stop and a word, is tried at every position
_MEDIUM_CORE = re.compile(rf"{_BRACKETED_MEDIUM}|:\s*{_CONTENT_TYPE}", re.IGNORECASE)
# publication facts in brackets closing a title: "(New York: Penguin, 1988)", "(Princeton
# University Press, 1992)", "(Unpublished doctoral dissertation)"; not a taxonomy "(Insecta :
# Hemiptera : Fulgoroidea)" nor "(IUPAC Recommendations 2011)". Matched only at the last "("
# (see `_split_translation`): searched from every "(", an unclosed one makes it quadratic.
_PUBLICATION_IN_BRACKETS = re.compile(
    r"\((?:[^():]*:[^():]*|[^()]*,\s*[0-9]{4}[^()]*|[0-9]{4},\s*[A-Z][a-z]+[^()]*|"
    r"[^()]*(?:[Dd]issertation|[Tt]hesis|Report|Brief|Working Paper)[^()]*)\)\s*$"
)
_EDITION_OR_MEDIUM = re.compile(
    r"\s*\((?:[0-9]+\w*|[Rr]ev\.|[Rr]evised|[Ss]econd|[Tt]hird)\s+(?:ed|edn|edition)\b[^()]*\)"
    r"|\s*\[(?:[Mm]otion picture|DVD|[Vv]ideo(?: file)?|[Ff]ilm|[Cc]omputer software|"
    r"[Dd]ata set|[Aa]udio(?: file)?|[Pp]odcast|[Tt]elevision[^\]]*|[Aa]bstract|[Ll]etter|"
    r"[Ee]ditorial|[Bb]log(?: post)?|[Bb]rochure|[Pp]ress release|[Mm]ap|CD-ROM|[Ss]oftware)\]"
)
# "…the Venerable Bede, trans" once the translator's name went with the next sentence
_TRANSLATOR_AFTER = re.compile(
    r",\s*(?:trans|transl|tr|ed|eds)\.?(?:\s.*)?$"
    r"|,?\s*(?:(?<![0-9])[0-9]+\s+vols?|rev\.\s*ed|(?<![0-9])[0-9]+(?:st|nd|rd|th)\.?\s*ed(?:n|ition)?)\.?$"
)
_COMMA_BEFORE_CAPITAL = re.compile(rf",\s(?=[{UPPER}])")
_COMMA_BEFORE_LOWER = re.compile(
    rf",\s(?=[{LOWER}])(?!(?:in|at|pp?|vol|no|eds?|edited|to appear)\b)"
)
_COMMA_IN = re.compile(r",\s(?:[Ii]n:?|[Ii]m:?)\s")
# The first alternative of _TRANSLATOR_AFTER alone. It starts with a comma, which the regex
# engine skips to; the second (", 2 vols", "rev. ed", "2nd edn.") is tried at every position,
# and it can only match a title that ends in one of _VOLUMES_OR_EDITION_ENDINGS.
_TRANSLATOR_ONLY_AFTER = re.compile(r",\s*(?:trans|transl|tr|ed|eds)\.?(?:\s.*)?$")
_VOLUMES_OR_EDITION_ENDINGS = ("vol", "vols", "ed", "edn", "edition")
# translators and editors named after a title: "(translated by Douglas Martin)", "Translated
# by R. Rosenthal", "Timothy Bahti (trans.)", "(tr. Columban Heaney)", "Trad. Beverly Adab"
_RESPONSIBILITY_AFTER = re.compile(
    r"[.,]?\s*\(?(?:[Tt]ranslated|[Ee]dited)\s(?:and\s\w+\s)?by\s.*$"
    r"|[.,]?\s*Trad(?:uit|\.)\s(?:fr\.\s)?(?:par\s)?[A-Z].*$"
    r"|\s*\((?:tr|trans|transl)\.\s[^()]*\)$"
    r"|,\s[^,()]{3,60}\((?:ed\.|eds\.|trans\.|ed\. and trans\.|tr\.)\)$"
)
# what kind of work it is, written after the title without a full stop: "… Change PhD thesis
# Duke University", "…, paper submitted to ESS '93", "…, Presented at the CMS Conference"
_GENRE_AFTER = re.compile(
    r"[,.]?\s(?:Ph\.?\s?D\.?|Doctoral|Master'?s)\s[Tt]hesis(?:\s.*)?$"
    r"|[,.]\s(?:(?:[Pp]aper\s)?[Ss]ubmitted to|[Pp]resented at|[Pp]reprint\b)(?:\s.*)?$"
)
_GENRE_TRIGGERS = ("hesis", "ubmitted", "resented", "reprint")
_RESPONSIBILITY_TRIGGERS = ("ranslated", "dited", "Trad", "trans.", "tr.", "ed.)", "eds.)")
_GBT_MARK = re.compile(r"\[(J|M|C|D|R|N|P|A|G|S|Z|EB/OL|J/OL|M/OL)\]")


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class Title(NamedTuple):
    title: str
    translated: str
    #: offset in the text just after the title (and its closing punctuation)
    end: int
    #: the title was in quotation marks, so it ended where they closed
    quoted: bool = False
    #: what kind of work the title area says it is: "дис. … канд. экон. наук"
    genre: str = ""
    #: the editors its statement of responsibility names: "/ под ред. И. И. Иванова"
    editors: tuple[Person, ...] = ()
    #: their role as the statement wrote it: "под ред."
    editor_role: str = ""
    #: the authors it names: "/ С. С. Сидоров, И. И. Иванов", all of them where the heading
    #: gave the first
    authors: tuple[Person, ...] = ()
    #: those authors end with "[и др.]"
    et_al: bool = False

    def with_statement(self, statement: Statement) -> Title:
        """The title with the people its statement of responsibility names."""
        return self._replace(
            authors=statement.authors,
            et_al=statement.et_al,
            editors=statement.editors,
            editor_role=statement.editor_role,
        )


# a note on where an electronic text is read, which names no field: "Доступ из справ.-правовой
# системы «КонсультантПлюс»", "Режим доступа: СПС «Гарант»", "Режим доступа: для зарегистрир.
# пользователей" (its URL, when it gives one, is cut with the identifiers)
_ACCESS_NOTE = re.compile(
    r"(?:\.\s*)?(?:Доступ из|Режим доступа\s?:)\s*"
    r"(?:[^«»\[\]]{0,60}?«[^«»]{2,40}»|для\sзарегистрир[а-яё]*\.?\sпользователей)\.?"
)


def cut_medium(text: str) -> str:
    """`text` without its medium ("[Электронный ресурс]", "Текст : электронный") and its note
    on access to a legal database."""
    if "Доступ из" in text or "Режим доступа" in text:
        text = _ACCESS_NOTE.sub("", text)
    if "[" not in text and "Текст" not in text and "Text" not in text and "text" not in text:
        return text
    if not _MEDIUM_CORE.search(text):
        return text
    return _MEDIUM.sub(_medium_gap, text)


def _medium_gap(match: re.Match[str]) -> str:
    # a bracketed medium stands between words; the content area goes with its full stop, so
    # that "… 420 с. – Текст : непосредственный." ends "… 420 с." and not "… 420 с. ."
    return " " if match.group(0).startswith("[") else ""


def gbt_mark(text: str) -> str:
    if "[" not in text:  # a cheap test first: most references hold no bracket
        return ""
    match = _GBT_MARK.search(text)
    return match.group(1) if match else ""


def _split_translation(title: str) -> tuple[str, str]:
    """ "Заглавие [Title]" -> ("Заглавие", "Title"); a medium ("[DVD]") or an edition
    ("(2nd ed.)") is not part of the title."""
    title = title.rstrip(" .,;")
    if title.endswith(")"):
        last = title.rfind("(")
        if last > 0 and _PUBLICATION_IN_BRACKETS.match(title, last):
            title = title[:last].rstrip(" .,;")
    if "(" in title or "[" in title:
        title = _EDITION_OR_MEDIUM.sub(" ", title).rstrip(" .,;")
        unclosed = title.rfind("(")
        if unclosed > 0 and ")" not in title[unclosed:]:
            # "Metaphysical Song (Princeton University Press" cut at its year: the imprint
            title = title[:unclosed].rstrip(" .,;")
    title = _cut_translator(title)
    if has_any(title, _RESPONSIBILITY_TRIGGERS):
        title = _RESPONSIBILITY_AFTER.sub("", title).rstrip(" .,;")
    if has_any(title, _GENRE_TRIGGERS):
        title = _GENRE_AFTER.sub("", title).rstrip(" .,;")
    if title.endswith("]"):
        start = title.rfind("[")
        # after GOST's " : " the brackets hold information the cataloguer added ("… : федер.
        # закон : [принят Гос. Думой 21 дек. 2012 г.]"), part of the title area, not a translation
        if start > 0 and not title[:start].rstrip().endswith(":"):
            return strip_edges(title[:start]), title[start + 1 : -1].strip()
    return strip_edges(title), ""


def _cut_translator(title: str) -> str:
    """`title` without a translator or editor, a count of volumes or an edition after it."""
    stem = title[:-1] if title.endswith(".") else title
    # a cheap test first: few titles end in "vols" or "ed", and the search without the
    # volumes and editions is several times faster (the text is one line, so "$" is the end)
    if stem.endswith(_VOLUMES_OR_EDITION_ENDINGS):
        return _TRANSLATOR_AFTER.sub("", title)
    return _TRANSLATOR_ONLY_AFTER.sub("", title) if "," in title else title  # its comma


def _title_comma(rest: str, limit: int) -> int:
    """Where a title ends in a reference whose fields are separated by commas.

    The first comma, unless a sentence-case phrase runs on past it: "The boundary at Brazos,
    Texas: sequence stratigraphy and the impact, Sedimentary Geology, v. 184" ends before
    the last capitalised part, "Attribute Grammars: Definitions, Systems and Bibliography,
    Lecture Notes…" likewise."""
    first = rest.find(", ", 0, limit)
    if first < 0:
        return first
    chapter = _COMMA_IN.search(rest, 0, limit)
    if chapter:  # ", in: Editors (eds.), Book": the container is announced
        return chapter.start()
    capital_commas = [m.start() for m in _COMMA_BEFORE_CAPITAL.finditer(rest, 0, limit)]
    if not capital_commas or capital_commas[0] != first:
        return first
    lower_commas = [m.start() for m in _COMMA_BEFORE_LOWER.finditer(rest, 0, limit)]
    # a capitalised part that a lower-case one follows ("Brazos, Texas: sequence …, and …")
    # is still the title; the title ends before the first capitalised part that is not
    for this, following in zip(capital_commas, [*capital_commas[1:], limit], strict=True):
        if not any(this < lower < following for lower in lower_commas):
            return this
    return first


def _closing_quote(rest: str, opener: str) -> int:
    """Where the quoted title opened by `opener` at rest[0] closes, or -1. Guillemets nest
    ("« La « société civile » dans … »"); a quotation that ends before a colon inside the
    title ("“Getting to Know You...”: Knowledge, Power, and the Body”") runs on to the next
    closing quote."""
    if opener == "«":
        depth = 0
        for at, char in enumerate(rest[:400]):
            depth += (char == "«") - (char == "»")
            if depth == 0 and char == "»":
                return at
    pattern = _CLOSING_QUOTE[_QUOTES[opener]]
    closing = pattern.search(rest, 1)
    if closing and rest[closing.end() : closing.end() + 1] == ":":
        further = pattern.search(rest, closing.end(), closing.end() + 200)
        if further:
            return further.start()
    return closing.start() if closing else -1


def read_title(rest: str, *, strong_locator: int, comma_style: bool) -> Title:
    """The title at the start of `rest` (authors and year already cut)."""
    if "//" in rest:
        head = rest.split("//", 1)[0]
        slash = _GOST_RESPONSIBILITY.search(head)
        title, translated = _split_translation(head[: slash.start()] if slash else head)
        if not slash:
            return Title(title, translated, len(head) + 2)
        # "Иванов, И. И. Заглавие / И. И. Иванов, П. П. Петров // Журнал": all the authors
        named = read_statement(head, slash.start() + 1, len(head))
        return Title(title, translated, len(head) + 2).with_statement(named)
    opener = rest[:1]
    if opener in _QUOTES:
        close = _closing_quote(rest, opener)
        if close > 1 and not _LOWER_AFTER_QUOTE.match(rest, close + 1):
            title, translated = _split_translation(rest[1:close])
            return Title(title.rstrip(",.;:"), translated, close + 1, quoted=True)
    end, after = _sentence_end(rest, strong_locator)
    thesis = _GOST_THESIS.search(rest) if "дис" in rest else None  # a cheap test first
    if thesis and (end < 0 or thesis.start() < end):
        title, translated = _split_translation(rest[: thesis.start()])
        genre = _THESIS_DETAILS.split(thesis.group(0).lstrip(" :"), 1)[0].strip(" :.")
        author = _THESIS_AUTHOR.match(rest, thesis.end()) if "/" in thesis.group(0) else None
        end = author.end() if author else thesis.end()
        note = _THESIS_NOTE.match(rest, end) if author else None
        if note:  # "; [Место защиты: Финансовый университет]": no publisher
            end = note.end()
        return Title(title, translated, end, genre=genre)
    translation_end = _translation_end(rest, end, strong_locator) if " [" in rest else -1
    if translation_end > 0:
        title, translated = _split_translation(rest[:translation_end])
        return Title(title, translated, translation_end)
    statement = _statement_in_title(rest, end, strong_locator) if " / " in rest else None
    if statement:
        return statement
    body = _BODY_STATEMENT.search(rest) if " / " in rest else None
    if body:  # "Регионы России. … 2023 : стат. сб. / Росстат. – М., 2023": to the slash
        title, translated = _split_translation(rest[: body.start()])
        named = Statement((Person(literal=body.group("body")),), False, (), body.end())
        return Title(title, translated, body.end()).with_statement(named)
    publication = _PUBLICATION_AT_END.search(rest) if comma_style and end < 0 else None
    if publication:  # "Weber, William, The Rise of …, Ritual, and Ideology (Oxford: …, 1992)."
        title, translated = _split_translation(rest[: publication.start()])
        return Title(title, translated, publication.start())
    limit = strong_locator if strong_locator >= 0 else len(rest)
    chapter = _COMMA_IN.search(rest, 0, limit) if end < 0 else None
    if chapter:  # "Title, in: I. M. Feher (Hg.), Book": the container is announced
        end, after = chapter.start(), chapter.start() + 1
    if comma_style and end < 0:
        comma = _title_comma(rest, limit)
        if comma > 0:
            end, after = comma, comma + 1
    if end < 0:  # no sentence end: the title runs up to the locators
        end = strong_locator if strong_locator >= 0 else len(rest)
        title, translated = _split_translation(rest[:end])
        return Title(title, translated, end)
    keep = rest[end] if rest[end] in "?!" else ""
    title, translated = _split_translation(rest[:end] + keep)
    if keep and rest[after : after + 2] == " [" and not translated:
        return _translation_after_question(rest, title, after)
    if rest.startswith(" Ed", after):  # a cheap test first
        return _editors_after_title(rest, Title(title, translated, after))
    return Title(title, translated, after)


def _translation_end(rest: str, end: int, strong_locator: int) -> int:
    """Where a title of several sentences ends when the translation in brackets after it has
    as many: "Regiony Rossii. Sotsial'no-ekonomicheskie pokazateli [Regions of Russia.
    Socio-economic indicators]. Available at: …" (the References of Russian journals); -1
    when no bracket after the first sentence's end `end` is such a translation."""
    if end < 0:
        return -1
    limit = strong_locator if strong_locator >= 0 else len(rest)
    opening = rest.find(" [", end, limit)
    closing = rest.find("]", opening) if opening > 0 else -1
    if closing < 0 or rest[closing + 1 : closing + 2] not in (".", ",", ""):
        return -1
    # the same sentences, the same count of full stops between words (a journal's bracketed
    # name after an English title has fewer sentences than what precedes it)
    before, translation = rest[:opening], rest[opening + 2 : closing]
    if "[" in before:  # the title's own translation came earlier: this one is the journal's
        return -1
    stops = before.count(". ")
    if not stops or stops != translation.count(". ") or has_cyrillic(translation):
        return -1
    return closing + 1


_EDITED_BY_SENTENCE = re.compile(r"\sEds?\.\s+by\s+")


def _editors_after_title(rest: str, title: Title) -> Title:
    """The title with the editors of the sentence after it: "Ekonomicheskaya teoriya [Economic
    theory]. Ed. by A.I. Dobrynin. Saint Petersburg, Piter Publ., 2009"."""
    edited = _EDITED_BY_SENTENCE.match(rest, title.end)
    names = read_names(rest, edited.end()) if edited else None
    if names is None or not names.people or rest[names.end : names.end + 1] != ".":
        return title
    return title._replace(editors=names.people, end=names.end + 1)


def _translation_after_question(rest: str, title: str, after: int) -> Title:
    """The title that ends in "?" or "!" with its translation after it: "Kuda idet ekonomika?
    [Where is the economy going?]. EKO [ECO], 2019" (the translation is no container's)."""
    close = rest.find("]", after + 2, after + 400)
    if close < 0 or rest[close + 1 : close + 2] not in (".", " ", ""):
        return Title(title, "", after)
    end = close + 1 + (rest[close + 1 : close + 2] == ".")
    return Title(title, rest[after + 2 : close].strip(), end)


# GOST's statement naming a body only, before the imprint: the title area runs to its slash
# over every sentence of the title ("Регионы России. Социально-экономические показатели.
# 2023 : стат. сб. / Росстат. – М., 2023"); a person's initials hold full stops, so a
# statement of persons is no such body
_BODY_STATEMENT = re.compile(rf"\s/\s(?P<body>[{UPPER}][^/;.]{{1,80}}?)\.\s(?={IMPRINT_START})")


def _statement_in_title(rest: str, end: int, strong_locator: int) -> Title | None:
    """A GOST book's title area closed by its statement of responsibility before the first
    sentence end: "Экономика регионов : учеб. пособие / под ред. Иванова И. И. – М. : …"."""
    limit = strong_locator if strong_locator >= 0 else len(rest)
    found = STATEMENT.search(rest, 0, limit)
    if not found:
        return None
    # a sentence end before it is no end when it is the slash's own abbreviation ("докл. /"),
    # nor when sentences of the title run on to the slash (see `_title_area_sentences`)
    if (
        0 <= end < found.start()
        and rest[end : found.start()].strip(". ")
        and not _title_area_sentences(rest, found.start())
    ):
        return None
    statement = read_statement(rest, rest.index("/", found.start()), limit)
    title, translated = _split_translation(rest[: found.start()])
    return Title(title, translated, statement.end).with_statement(statement)


# what ends a title area before a statement's slash: an imprint ("Заглавие. М. : Наука, 2019.
# 120 с. / …") or a year
_AREA_BEFORE_SLASH = re.compile(rf"\.\s(?:{IMPRINT_START})|[0-9]{{4}}")


def _title_area_sentences(rest: str, slash: int) -> bool:
    """Whether the title area runs over full stops up to GOST's statement at `slash`: "Деятельность.
    Сознание. Личность / А. Н. Леонтьев. – Москва : Политиздат, 1975", "Сочинения. В 9 т.
    Т. 2. Курс русской истории. Ч. 2 / В. О. Ключевский"; so it does when no imprint and no
    year come before the slash."""
    return _AREA_BEFORE_SLASH.search(rest, 0, slash) is None
