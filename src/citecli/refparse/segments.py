"""Where the title ends and what follows it: container, place and publisher, editors.

The title ends at a "//" (GOST), at a closing quotation mark, at a GB/T type mark ("[J]"),
or at the first full stop that ends a sentence rather than an initial or an abbreviation.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.model import Person
from citecli.refparse.dates import RUSSIAN_MONTH_ABBREVIATIONS, YEAR_DIGITS
from citecli.refparse.locators import FRONT_MATTER
from citecli.refparse.names import read_names
from citecli.refparse.places import (
    ABBREVIATED_CITIES,
    CITIES,
    CITY_THEN_PUBLISHER,
    IMPRINT_START,
    PLACE_ONLY,
    PUBLISHER_THEN_CITY,
    ROSTOV,
    RUSSIAN_CITY,
)
from citecli.refparse.roles import EDITOR_WORD
from citecli.refparse.statement import STATEMENT, Statement, read_statement
from citecli.refparse.tails import cut_meeting_place, names_meeting, trim_container
from citecli.refparse.text import DIGIT, LOWER, UPPER, has_any, strip_edges, word_alternatives

_QUOTES = {"“": "”", "„": "“", "«": "»", '"': '"', "‘": "’", "'": "'", "”": "”"}
# the first character read by one class, which the regex engine skips ahead to, and checked
# by each alternative's look-behind (a class and a literal as alternatives make it try every
# position)
_SENTENCE_END = re.compile(
    r"[.?!\[](?:(?<=[.?!])\s+(?=\S)|(?<=\[)(?:J|M|C|D|R|N|P|A|G|S|Z|EB/OL|J/OL|M/OL)\]\.?\s*)"
)
# a closing quote that is not an apostrophe inside a word ("what’s")
_CLOSING_QUOTE = {
    close: re.compile(rf"{re.escape(close)}(?!\w)") for close in set(_QUOTES.values())
}
# "“Like” and language ideology": the quotation is part of the title, not around it
_LOWER_AFTER_QUOTE = re.compile(rf"[\s,.]*(?!in\b)[{LOWER}]")
_PUBLICATION_AT_END = re.compile(r"\s*\([^():]*:[^()]*[0-9]{4}\)[.,]?\s*$")
_LAST_WORD = re.compile(r"(?<![’'])(\w+)\.$")  # not the "s" of "Parkinson’s."
# sources whose names start in lower case ("Deep learning. arXiv preprint …")
# and the chapter mark "in D. Kahneman (Eds.), Well-Being"
_LOWER_START_OK = re.compile(
    r"(?:arXiv|bioRxiv|medRxiv|eLife|iScience|eprint|preprint)\b|in:?\s(?=[A-Z])"
)
# GOST thesis: "Заглавие : дис. … канд. экон. наук. М., 2015" - the genre runs to the place
_GOST_THESIS = re.compile(r"\s*:\s*(?:автореф\.\s*)?(?:дис(?:с|сертации)?\.)[^А-ЯЁ]*")
# what follows the genre: the speciality's code (" : 08.00.05"), the author after " / "
_THESIS_DETAILS = re.compile(r"\s:\s|\s/")
# the author after the slash, as GOST repeats it: "/ Петров Петр Петрович.", "/ П. П. Петров."
_THESIS_AUTHOR = re.compile(
    r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё]+){1,2})\.?\s*"
)
# the cataloguer's note after the author: "; [Место защиты: Финансовый университет]."
_THESIS_NOTE = re.compile(r";\s*\[[^\[\]]{1,160}\]\.?\s*")
# words whose full stop ends an abbreviation, not a sentence ("J. Med. Chem.", "et al.")
_ABBREVIATIONS = " ".join(
    (
        "e.g i.e vs al cf etc St Dr Mr Mrs Ms Jr Sr No Vol Nos Fig Ch Sect Ed "
        "Eds ed eds Inc Ltd Co Corp Univ Dept Proc Trans J Rev Int Natl Acad Sci Am Soc "
        "Res Med Phys Chem Biol Ann Mol Eng Lett Appl Math Bull Rep Comput Mech Surg "
        "Clin Theor Exp Environ Jpn Eur Engl Geogr Stud Hist Philos Econ Soc Psychol "
        "Anthropol Mag Bd Jg Hrsg Bde Ausg Aufl vol no pp p trans transl tr comp repr",
        # GOST's statement of responsibility and title information: "/ под общ. ред.",
        # "учеб. пособие"
        "ред отв общ науч пер сост учеб пособ доп перераб испр",
        # a meeting's dates in a title area ("докл. к конф., Москва, 13–30 апр. 2021 г. / …"),
        # in every spelling dates.py reads them
        *RUSSIAN_MONTH_ABBREVIATIONS,
    )
)
_NOT_SENTENCE_END = frozenset(_ABBREVIATIONS.split())
# two short capitalised words, each cut short by a full stop
_ABBREVIATION_PAIR = re.compile(
    rf"[{UPPER}][{LOWER}]{{1,5}}\.\s([{UPPER}][{LOWER}]{{1,6}})\.,?\s*[0-9]"
)
# more words journal names abbreviate (ISO 4 style): "J. Geophys. Res.", "Trans. Amer. Math. Soc."
_JOURNAL_ABBREVIATIONS = (
    "Amer Geophys Electr Anal Intell Mach Struct Statist Probab Inform Theoret Algebr Geom "
    "Optim Numer Oper Cybern Syst Acoust Biochem Microbiol Pharmacol Neurosci Physiol Genet "
    "Immunol Ecol Evol Zool Bot Mar Lang Ling Psych Sociol Polit Manag Finan Educ Nurs Agric "
    "Technol Mater Therm Nucl Atmos Astron Astrophys Geol Mineral Petrol Org Inorg Polym "
    "Catal Spectrosc Quant Stat Softw Commun Netw Vis Graph Robot Autom Assoc Inst Adv Curr "
    "Opin Ther Pathol Radiol Oncol Cardiol Neurol Psychiatr Pediatr Infect Dis Epidemiol Hum "
    "Behav Cogn Dev Gen Cell Nutr Ind Nat Jap Can Aust Brit Ser Nauk Izv Dokl Vestn Mat Fiz "
    "Khim Tekh Mekh Prikl Comp Sys Pure Theory Conf Symp Natl Intl Ann Arch"
)
_NOT_CONTAINER_SENTENCE_END = _NOT_SENTENCE_END | frozenset(_JOURNAL_ABBREVIATIONS.split())
# a full stop after a word, before a capital: where a sentence may end inside a container
# (the look-behinds follow the full stop, so that the engine skips ahead to it)
_WORD_RUN = re.compile(r"\S+")
_CONTAINER_SENTENCE = re.compile(rf"\.(?<=[{LOWER}0-9)]\.)\s+(?=[{UPPER}])")
# "В 4 т.": how many volumes a title has ("Война и мир. В 4 т. Т. 1")
_VOLUMES = re.compile(r"\s[Вв]\s[0-9]{1,2}\s?(?:т|кн|ч)\.")
_IN_CONTAINER = re.compile(r"(?:In|in|В|в)\s*:?\s+(?=\S)")
_IN_OPENINGS = frozenset("IiВв")  # "In", "in", "В", "в"
# the look-ahead tries the word once, after all the spaces, commas and brackets, where the
# pattern alone tried it after each way of sharing them out before it fails
# (no possessive "*+" in the look-ahead: Python 3.10's re has none, and backing off over
# spaces, commas and brackets costs one failed first letter each)
EDITOR_MARK = re.compile(rf"(?=[\s,(]*{EDITOR_WORD})\s*,?\s*\(?\s*{EDITOR_WORD}\s*\)?\s*[,.:]?\s*")
# A container no "In" introduced may open with its editors or translators all the same, their
# role in brackets: "Pierre BIRNBAUM (dir.), Les élites…", "Daphne Ellis (trans.), Wagner",
# "(M. Cooper & W. B. Stiles, Eds.) Person-Centered…"
_ROLE_IN_BRACKETS = re.compile(
    rf"\s*,?\s*\((?:(?P<translators>[Tt]rans|[Tt]r)\.?|{EDITOR_WORD})\)\s*[,.:]?\s*"
)
_ROLE_CLOSING_BRACKET = re.compile(rf"\s*,?\s*{EDITOR_WORD}\)\s*[,.:]?\s*")
# names that read_names cannot take ("Rohit Parikh, editor,"): bounded, so still linear
_EDITORS_BEFORE_MARK = re.compile(
    rf"(?P<names>(?:[^.()]|(?<=\b[A-Z])\.){{2,160}}?)\s*,?\s*\(?{EDITOR_WORD}\)?[,.:]?\s*"
)
# an editor's word anywhere, without which _EDITORS_BEFORE_MARK cannot match: found several
# times faster than that pattern fails, whose lazy names try the word after every character
_EDITOR_WORD_FOUND = re.compile(EDITOR_WORD)
_GENRE_START = re.compile(
    r"(?:Ph\.?\s?D\.?|Doctoral|Master'?s|M\.?\s?Sc\.?|Diploma|Bachelor'?s)\s+(?:[Tt]hesis|"
    r"[Dd]issertation|[Dd]iss\.)|(?:Projekt|Diplom|Master|Bachelor)arbeit|Dissertation\b|(?:[A-Z][\w-]*\s){0,6}(?:Tech(?:nical|\.)?\s?[Rr]ep(?:ort|\.)?|"
    r"[Tt]ech [Rr]eport|Research [Rr]eport|Working [Pp]aper|Internal [Rr]eport|Report)\b|"
    r"Personal communication|Unpublished|[Mm]anuscript|PhD [Tt]hesis|[Tt]hesis\b|[Pp]reprint\b|"
    r"Tech\.\s?Rpt\.|TR\s?[0-9]|Internet-Draft|RFC\s?[0-9]|"
    r"Дис\.|Автореф\.|"
    # the transliterated lists' Russian degrees: "Cand. Sci. (Econ.) Dissertation", "Abstract
    # of Cand. Sci. (Eng.) diss."
    r"(?:(?:Extended\s)?[Aa]bstract\sof\s)?(?:Cand|Dr)\.\s?Sci\.\s?(?:\([^()]{1,30}\)\s?)?(?:[Dd]iss(?:ertation|\.)|[Tt]hesis)"
    r"(?:\s[Aa]bstract)?"
)
_NOT_CONTAINER = re.compile(
    r"\b(?:[Tt]o appear|[Ii]n press|[Ff]orthcoming|[Ss]ubmitted(?: for publication)?|[Aa]ccepted|"
    r"[Ii]n [Pp]ress)\b\.?|\([^()]*\b(?:eds?|editors?)\b\.?\)"
    # where it was found, not what holds it: "Retrieved from netLibrary", "US Patent 4,005,488"
    r"|^(?:Retrieved from|Available (?:at|from|online))\b.*"
    r"|^(?:U\.?S\.?A?\.?|European) [Pp]atent\b.*"
)
# substrings without which _NOT_CONTAINER cannot match
_NOT_CONTAINER_TRIGGERS = (
    "(",
    "appear",
    "press",
    "Press",
    "orthcoming",
    "ubmitted",
    "ccepted",
    "Retrieved",
    "Available",
    "atent",
)
_SERIES = re.compile(
    r"(?:,|\.|:)?\s*(?:(?:[Vv]ol(?:ume)?\.?\s*[0-9]+\s*,?\s*)?of\s+)?(?:Lecture Notes in|LNCS\b|"
    r"Special [Ii]ssue|Springer Series|Advances in Computer Science)"
)
# not before the last word of a publisher's name ("Sinauer Associates, Inc.", "Harvard Univ. Press")
_PART_BOUNDARY = re.compile(
    r"[.,](?<!\b[A-Z][.,])\s+(?=[A-Z])(?!(?:Inc|Ltd|Co|Corp|GmbH|Press|Pr|Publishers?|Verlag)\b)"
)
_EDITION_IN_CONTAINER = re.compile(
    r"[\s,]*\(?\b(?:[0-9]+(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|"
    r"Ninth|Tenth|Revised)\s*(?:[Ee]dn|[Ee]d|[Ee]dition)\b\.?\)?\s*$"
    r"|(?:^|[\s,.])[0-9]+-е\s?изд\.?(?:,\s?[^.]{0,40})?\s*$"  # "2-е изд.", "3-е изд., перераб."
)
# a book's edition before its imprint, not an editor's "ed.": "3rd ed. Moscow, Prospekt Publ.",
# "2nd ed., rev. and enl. Moscow"
_LEADING_EDITION = re.compile(
    r"[0-9]+(?:st|nd|rd|th)\s(?:[Ee]dn?|[Ee]dition)\b\.?(?:,?\s[a-z]+\.?)*\s"
)
# an editor or translator named in a sentence: "edited by", "trans.", "Hrsg. v.", "под ред."
_EDITED_OR_TRANSLATED_BY = re.compile(
    r"(?:^|(?<=[\s.,;]))(?:[Ee]d(?:ited)?\.?\s+(?:and\s+\w+\s+)?by|[Tt]ranslated(?:\s+and\s+\w+)?\s+by|"
    # "trans." anywhere, "Trans." only opening a sentence ("ACM Trans. Math. Softw." is a journal)
    # and not before an abbreviation ("Trans. Amer. Math. Soc." opens one)
    r"trans\.(?:\s+by)?|(?:^|(?<=\.\s))Trans\.(?:\s+by)?(?!\s+[A-Z][a-z]{2,}\.)|"
    r"[Hh]rsg\.\s+v\.|[ÜU]bersetzt von|под ред\.|[Ee]ds?\.)\s+"
)
_PLACE = (
    r"[\u4e00-\u9fff]{2,6}|"  # "北京"
    # "Rio de Janeiro", "Newcastle upon Tyne", "Washington DC", "White River Junction (VT)"
    # the first word is no initial ("Ed. A. Benjamin. Coventry: Warwick UP"), but "М.", "К."
    rf"(?:[{UPPER}][{LOWER}]{{1,2}}\.|[{UPPER}][{LOWER}'’-]+|СПб\.?|Спб\.?|{ROSTOV}\.?|[А-ЯЁ]\.?)"
    rf"(?:(?:\s(?:de|do|da|upon|on|am|an|sur|del|la))?[ -][{UPPER}][{LOWER}'’-]*\.?){{0,2}}"
    r"(?:\s?(?:DC|D\.C\.)|\s\([A-Z]{2,3}\))?"
    r"(?:,\s?(?:[A-Z]{2,3}\.?|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
)
_PLACE_AND_PUBLISHER = (
    # GOST's several places ("Москва ; Берлин : Директ-Медиа"), at most four: a start at
    # every ", " of an unbounded run of them would rescan the rest of it (quadratic)
    rf"(?P<place>(?:{_PLACE})(?:\s;\s(?:{_PLACE})){{0,3}})\s?:\s?"
    # an initial's full stop may stand inside the name ("Frank S. Holby", "J. Johnson"), and
    # a Russian acronym's ("БИНОМ. Лаборатория знаний"); GOST's several publishers ("Наука :
    # Юрайт") and place-publisher groups ("Питер ; М. : Наука") are kept as written
    rf"(?P<publisher>[{UPPER}\"«\u4e00-\u9fff](?:[^:;().]|(?<=\b[{UPPER}])\.|(?<=Bros)\.|(?<=[А-ЯЁ]{{3}})\.|\.(?!\s[{UPPER}])"
    rf"|\s[:;]\s(?=[{UPPER}«\"])){{1,80}}?)"
)
# The imprint opens the text or follows ". ", ", ", "(" or "( ". The mark before it is read,
# not looked behind for: a pattern that opens with look-behinds is tried at every position,
# one that opens with a class lets the regex engine skip ahead to the class's characters. The
# opening of the text takes a pattern of its own, and the imprint starts at the "place" group.
_AFTER_MARK = r"[.,(](?:\s|(?<=\())"


def _imprint_patterns(ending: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The imprint followed by `ending`: at the opening of a text, and after a mark."""
    imprint = _PLACE_AND_PUBLISHER + ending
    return re.compile(imprint), re.compile(_AFTER_MARK + imprint)


def _search_imprint(
    patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str
) -> re.Match[str] | None:
    """The first imprint in `text` (see `_imprint_patterns`), as one search would find it."""
    at_opening, after_mark = patterns
    return at_opening.match(text) or after_mark.search(text)


# before the locators: "Farnham: Ashgate, 2009", "М.: Наука, 2010. 320 с."
_PLACE_PUBLISHER = _imprint_patterns(r"(?=\s*[.,;)]?\s*$)")
# after the locators ("(Vol. 3, pp. 1761-1800). London: Elsevier."): only at the very end
_PLACE_PUBLISHER_LAST = _imprint_patterns(
    # GOST closes a book with its page count: "Москва : Наука, 1979. – 420 с.", "XII, 420 с."
    # (its first character tested first: the look-ahead is tried after each character of the
    # publisher's name, and a letter fails it there)
    r"(?=(?=[\s.,;)0-9]|\Z)\s*[.,;)]?\s*(?:[0-9]{4}[a-z]?)?"
    + rf"(?:\.\s*(?:{FRONT_MATTER})?[0-9]{{1,5}}\s?(?:с|p|S)\.?)?\.?\s*$)"
)
# the colon and the publisher's first letter, without which neither pattern above can match;
# it starts with a literal, so it is found much faster than they fail to be
_COLON_THEN_PUBLISHER = re.compile(rf":\s?[{UPPER}\"«\u4e00-\u9fff]")
_RUSSIAN_CITY_ONLY = re.compile(RUSSIAN_CITY)
_PUBLISHER_AND_PLACE = re.compile(
    rf"(?P<publisher>[^,]{{3,80}}),\s*(?P<place>[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?"
    r",\s?(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.))$"
)
# GOST: "Материалы конференции «…». СПб., 2018. С. 12–15" - the city closes the container
_TRAILING_RUSSIAN_CITY = re.compile(rf"[.,]\s*{RUSSIAN_CITY}\s*$")
# a city closing a sentence of what precedes the publisher ("…. Moscow" of "…. Moscow, Nauka
# Publ."), the place written before it with a comma instead of a colon
_TRAILING_CITY = re.compile(rf"\.\s+((?:{CITIES}))[\s,]*$")
# whole words ("\b" before each, see `word_alternatives`)
_PUBLISHER_WORD_LIST = (
    r"Press|Publishers?|Publishing|Publications|Verlag|Books|Wiley|Springer|Elsevier|"
    r"Routledge|Macmillan|Penguin|Blackwell|Sage|SAGE|Éditions|Editions|Editora|Edizioni|"
    r"Kaufmann|Wesley|Prentice|Hall|Verlag|Erlbaum|Kluwer|McGraw|Holland|Sons|Freeman|"
    r"Pergamon|Birkh[äa]user|Academic|Harper|Norton|Knopf|Dover|Pearson|Thomson|Mouton|"
    r"Univ\.|Pr\.?$|Pub\.?$|Scientific$|House|Gallimard|"
    r"Издательство|Изд-во|Inc\.|Ltd\.?|GmbH|Co\.|"
    r"Publ\."  # the transliterated lists of Russian journals: "Moscow: Nauka Publ."
)
_PUBLISHER_WORDS = re.compile(
    rf"(?:{word_alternatives(_PUBLISHER_WORD_LIST)})(?![a-z])"  # "Springer", not "Springerplus"
)
_TRANSLATION = re.compile(r"\s*\[(?P<text>[^\[\]]{2,300})\]\s*")
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
_NEXT_SENTENCE = re.compile(rf"\.(?<=[{LOWER}]{{3}}\.)\s+(?=[{UPPER}])")
# a translator or editor between the title and the imprint: "(A. Berman, Trans.).",
# "G.E.M. Anscombe (trans.)."
_LEADING_RESPONSIBILITY = re.compile(
    # each word read whole ("(?![\w.'’-])"): a word split at its capitals backtracks badly
    r"(?![Ii]n:?\s)\(?(?:[A-Z][\w.'’-]*(?![\w.'’-])\s?){1,5},?\s\(?(?:[Tt]rans|[Ee]ds?|[Tt]r)\.\)\)?"
    r"\.?\s+"
)
# IEEE Xplore writes a meeting's name inverted around its year: "OCEANS, 2001. MTS/IEEE
# Conference and Exhibition", "Robotics and Automation, 2009. ICRA '09. IEEE International
# Conference on", "Computer Vision and Pattern Recognition, 1997. Proceedings., 1997 IEEE …"
INVERTED_PROCEEDINGS = re.compile(
    # (a publisher alone after the year is the imprint: "Proc. Conf. Parsing, 2015. IEEE, pp.")
    rf"{YEAR_DIGITS}\.\s(?!(?:IEEE|ACM)(?:\sPress|\sComputer\sSociety)?,)"
    r"(?:[^,.]{1,40}\.\s)?[^,]{0,60}?"
    r"(?:Proceedings|Conference|Symposium|Workshop|Exhibition|IEEE|ACM)\b[^,]{0,80}"
    rf"(?:,\s{YEAR_DIGITS}\s[^,]{{0,80}}?(?:Conference|Symposium|Workshop)\b[^,]{{0,20}})?"
)
_LEADING_NOTE = re.compile(
    r"(?:\((?:[Aa]bstract|[Ii]n [A-Z][a-z]+|[Rr]eport|[Rr]eview|[Ll]etter|[Ee]ditorial)\)|"
    # a book review's subject: "Review of Gain, by Richard Powers."
    r"[Rr]eview of [^.]{1,150}?,? by [^.]{1,80}?\.|"
    r"Special [Ii]ssue|Supplement)\s*[.,:]?\s+"
)
_NOTE_OPENINGS = frozenset("(RrS")  # the first characters of _LEADING_NOTE's alternatives
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


def cut_medium(text: str) -> str:
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


def _sentence_end(text: str, limit: int) -> tuple[int, int]:
    """(start, end) of the first "." / "?" / "!" or "[J]" before `limit` that ends a sentence,
    or (-1, -1)."""
    depth = 0
    last = 0
    stop = limit if limit >= 0 else len(text)
    # brackets are counted only in a text that holds one: most titles hold none
    bracketed = "(" in text or "[" in text or ")" in text or "]" in text
    for match in _SENTENCE_END.finditer(text):
        start, end = match.span()
        if start >= stop:
            break
        if bracketed:
            segment = text[last:start]
            depth += (
                segment.count("(") + segment.count("[") - segment.count(")") - segment.count("]")
            )
            last = start
        mark = text[start]
        if mark == "[":
            return start, end
        if depth > 0:
            continue
        if mark == ".":
            word = _LAST_WORD.search(text, max(0, start - 12), start + 1)
            if word:
                last_word = word.group(1)
                if (len(last_word) == 1 and last_word.isalpha()) or last_word in _NOT_SENTENCE_END:
                    continue
                if _is_part_number(text, word):
                    continue  # "Solution of the Phase Problem, 1. The Centrosymmetric Crystal"
                pair = _ABBREVIATION_PAIR.match(text, word.start())
                if pair and pair.group(1) not in _NOT_SENTENCE_END:
                    continue  # "Clim. Dynam., 22": a journal's abbreviated name, then its volume
        if text[end : end + 1].islower() and not _LOWER_START_OK.match(text, end):
            continue
        if mark != "." and _subtitle_follows(text, end, stop):  # after "?" or "!"
            continue
        if text[start + 1 : start + 4] in (" В ", " в ") and _VOLUMES.match(text, start + 1):
            continue  # "Война и мир. В 4 т.": how many volumes the title has
        return start, start + 1
    return -1, -1


def _is_part_number(text: str, word: re.Match[str]) -> bool:
    """Whether the word before a full stop is a part's number after a comma (", 1.")."""
    number = word.group(1)
    return number.isdigit() and len(number) <= 2 and text[word.start() - 2 : word.start()] == ", "


def _subtitle_follows(text: str, start: int, stop: int) -> bool:
    """Whether a question ("How many deer? A field guide to …. Forestry Commission") is
    followed by its subtitle: a sentence of three words or more without digits, with more
    of the reference after it. A journal after a question comes with its numbers."""
    following = _NEXT_SENTENCE.search(text, start, min(stop, start + 200))
    if following is None:
        return False
    subtitle = text[start : following.start()]
    return len(subtitle.split()) >= 3 and not DIGIT.search(subtitle)


def split_leading_sentences(name: str) -> tuple[str, str]:
    """(what precedes the journal, the journal) when sentences precede a journal's name:
    "1. Anatomy and connectivity. Brain Research Reviews" is a title's second half, then
    the journal. A full stop counts only after a full word (not "Geophys.", "Math.") with a
    phrase of three words or more, one of them lower-case, before it and a full word after."""
    if ". " not in name:
        return "", name
    cut: re.Match[str] | None = None
    # what the words before and after each boundary must hold, counted once for the whole
    # name (counting them again at every boundary made a name of many sentences quadratic)
    last_full_word = max(
        (
            w.start()
            for w in _WORD_RUN.finditer(name)
            if len(w.group()) > 3 and w.group()[-1] != "."
        ),
        default=-1,
    )
    words_before, lower_before, scanned = 0, False, 0
    for boundary in _CONTAINER_SENTENCE.finditer(name):
        # after the first, a segment opens with the previous boundary's full stop, which the
        # word before it holds in the whole name's split
        segment = name[scanned : boundary.start()].split()[1 if scanned else 0 :]
        scanned = boundary.start()
        words_before += len(segment)
        lower_before = lower_before or any(w.islower() for w in segment)
        word = _LAST_WORD.search(name, max(0, boundary.start() - 20), boundary.start() + 1)
        last = word.group(1) if word else ""
        if len(last) < 3 or last in _NOT_CONTAINER_SENTENCE_END:
            continue
        if words_before < 3 or not lower_before:
            continue
        if last_full_word >= boundary.end():
            cut = boundary
    if cut is None:
        return "", name
    return strip_edges(name[: cut.start()]), strip_edges(name[cut.end() :])


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
    return Title(title, translated, after)


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
    # a sentence end before it is no end when it is the slash's own abbreviation ("докл. /")
    if not found or (0 <= end < found.start() and rest[end : found.start()].strip(". ")):
        return None
    statement = read_statement(rest, rest.index("/", found.start()), limit)
    title, translated = _split_translation(rest[: found.start()])
    return Title(title, translated, statement.end).with_statement(statement)


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class Container(NamedTuple):
    name: str
    translated: str
    editors: tuple[Person, ...]
    place: str
    publisher: str
    chapter: bool
    #: a volume number that trailed the name without a label ("Word XIV")
    volume: str
    #: a thesis' or report's kind where a container would stand ("PhD thesis, Rice University")
    genre: str = ""
    #: the editors' role as a GOST statement wrote it ("под ред."); "" for "(eds.)", "In … (Ed.)"
    editor_role: str = ""

    def replace(self, *, name: str, publisher: str | None = None) -> Container:
        publisher = self.publisher if publisher is None else publisher
        return self._replace(name=name, publisher=publisher)


def read_container(tail: str, first_locator: int, *, journal_like: bool) -> Container:
    """Container, editors, place and publisher from the text after the title.

    `journal_like`: volume, issue or pages were found, so a lone "Nature" is a journal,
    not the place of a book's publication.
    """
    limit = first_locator if first_locator >= 0 else len(tail)
    if (
        tail[first_locator - 2 : first_locator] == ", "
        and first_locator > 2
        and tail[first_locator + 4 : first_locator + 5] == "."  # a year's full stop
    ):
        inverted = INVERTED_PROCEEDINGS.match(tail, first_locator)
        if inverted:  # the year is part of the name, see INVERTED_PROCEEDINGS
            limit = inverted.end()
    region = tail[:limit]
    start = len(region) - len(region.lstrip(" .,;:"))
    # cheap tests first: a pattern's call costs more than a test of the characters it
    # needs ("(abstract)", "Review of", "Special Issue"; "(eds.)"; "In", "в")
    first = region[start : start + 1]
    note = (_LEADING_NOTE.match(region, start) if first in _NOTE_OPENINGS else None) or (
        _LEADING_RESPONSIBILITY.match(region, start) if ".)" in region else None
    )
    if note:  # "(abstract). Lunar and Planetary Science", "Special Issue, Culture Theory …"
        start = note.end()
    editors: tuple[Person, ...] = ()
    chapter = False
    first = region[start : start + 1]
    marker = _IN_CONTAINER.match(region, start) if first in _IN_OPENINGS else None
    if marker:
        chapter = True
        start = marker.end()
        editors, start = _read_editors(region, start)
    elif "(" in region:
        editors, start = _names_with_their_role(region, start)
    place = publisher = ""
    place_publisher = None
    if ":" in tail and _COLON_THEN_PUBLISHER.search(tail, start):
        # in a journal reference "Human Factors: The Journal of …, Vol. 22" is a name with a
        # colon; only a chapter or a book has "Place: Publisher" before its locators
        before_locators = chapter or not journal_like
        place_publisher = _search_imprint(_PLACE_PUBLISHER, region[start:])
        if (
            place_publisher
            and not before_locators
            and not _PUBLISHER_WORDS.search(place_publisher.group("publisher"))
            and not (" : " in region and region.rstrip().endswith(","))
        ):
            # Proceedings and collections have an imprint before their year all the same, told
            # by a publisher's word ("Sbornik trudov. Moscow: Nauka Publ., 2019, pp. 5-9") or
            # by GOST's spaced colon and the comma before the year ("// Труды конференции. –
            # Томск : ТПУ, 2019. – С. 5–9"), which a journal's "Economics : Theory and
            # Practice. – 2019" has not
            place_publisher = None
        if (
            place_publisher
            and not before_locators
            and " : " in place_publisher.group("publisher")
            and not PLACE_ONLY.match(place_publisher.group("place").split(" ; ")[0])
        ):
            # "// Россия : Тенденции и перспективы развития : Ежегодник, 2020. Вып. 15": a
            # journal's name of several parts, where a collection's several publishers follow
            # a city ("// Сборник. – М. : Наука : Юрайт, 2019")
            place_publisher = None
        if not place_publisher:
            place_publisher = _search_imprint(_PLACE_PUBLISHER_LAST, tail[start:])
            if (
                place_publisher
                and place_publisher.start("place") == 0
                and DIGIT.search(place_publisher.group("publisher"))
            ):
                # "Human Factors: The Journal of …, 1980, 22, 100-110" is a journal's name with
                # its subtitle, the numbers its locators: an imprint follows some other part
                place_publisher = None
    if place_publisher and _edited_or_translated_by(place_publisher.group("publisher")):
        place_publisher = None  # "Essays: Critical and Clinical, translated by D. W. Smith"
    if place_publisher and chapter and _leaves_no_book(region, start, place_publisher):
        place_publisher = None
    end = limit
    if place_publisher:
        place = place_publisher.group("place").strip()
        publisher = strip_edges(place_publisher.group("publisher"))
        end = min(end, start + place_publisher.start("place"))
    name = region[start:end]
    if not publisher:
        name, publisher = _cut_publisher(name)
        city = _TRAILING_CITY.search(name) if publisher and not journal_like else None
        if city:  # "Title. Subtitle. Moscow, Nauka Publ., 2020": the place after the subtitle
            place, name = city.group(1), name[: city.start()]
    if not name:  # the imprint was all there was: none of the readings of a name below applies
        return Container("", "", editors, _with_full_stop(place), publisher, chapter, "")
    edition = _LEADING_EDITION.match(name) if name[:1].isdigit() else None
    if edition:
        name = name[edition.end() :]
    edited_by = _edited_or_translated_by(name)
    if edited_by:
        opening = not name[: edited_by.start()].strip(" .,;:")
        if opening and journal_like:  # "Trans. N. Rand. Critical Inquiry 13.2": a journal
            name = _after_translator(name, edited_by.end())
        else:
            name = name[: edited_by.start()]
    genre = _GENRE_START.match(name.lstrip(" .,;:"))
    if genre:  # "Ph.D. thesis, Rice University", "Technical Report 11, Dept. …"
        rest = strip_edges(name.lstrip(" .,;:")[genre.end() :])
        kind = strip_edges(genre.group(0))
        if not place and not publisher and PLACE_ONLY.match(rest):  # "… Dissertation. Moscow"
            return Container("", "", editors, rest, "", chapter, "", kind)
        return Container("", "", editors, place, publisher or rest, chapter, "", kind)
    if "[" in name:
        name = _GBT_MARK.sub(" ", name)
    if has_any(name, _NOT_CONTAINER_TRIGGERS):  # a cheap test first: most names hold none
        name = _NOT_CONTAINER.sub(" ", name)
    name = _cut_series(strip_edges(name))
    if "ed" in name or "Ed" in name or "изд" in name:  # "… (2nd edn)", "… Seventh Edition"
        if "изд" in name or _ends_in_edition_word(name):  # a cheap test before a slow pattern
            name = _EDITION_IN_CONTAINER.sub(" ", name)
        name = strip_edges(name)
    translated = ""
    bracket = _TRANSLATION.search(name) if "[" in name else None
    if bracket and bracket.start() > 0:
        translated = bracket.group("text").strip()
        rest = name[bracket.end() :].strip(" .,;:")
        if rest and not place and PLACE_ONLY.match(rest):
            place, rest = rest, ""  # "Sbornik trudov [Proceedings]. Tomsk, TPU Publ., 2019"
        name = name[: bracket.start()].rstrip() + (". " + rest if rest else "")
        name = strip_edges(name)
    # before the imprint rules below take "…, Paris, France" for a publisher and its place;
    # the search for a meeting's name serves trim_container too while the name is unchanged
    searched, meeting = name, names_meeting(name)
    name = cut_meeting_place(name, meeting=meeting)
    city = None if name.isascii() else _TRAILING_RUSSIAN_CITY.search(name)
    if city and city.start() > 0 and not place:
        place, name = _abbreviated(city.group(0).strip(" .,")), name[: city.start()]
    if not publisher and not chapter and _PUBLISHER_WORDS.search(name):
        publisher, name = name, ""
    if not place and not journal_like and PLACE_ONLY.match(name):  # "London, 1866"
        place, name = name, ""
    imprint = None if journal_like or place or publisher else _comma_imprint(name)
    if imprint:
        place, publisher = imprint.group("place"), strip_edges(imprint.group("publisher"))
        name = name[: imprint.start()]
    institution = None if journal_like or place else _PUBLISHER_AND_PLACE.match(name)
    if institution and not names_meeting(name):  # "Research Institute, Berkeley, CA"
        publisher, place, name = institution.group("publisher"), institution.group("place"), ""
    name, volume, trailing = trim_container(name, meeting=meeting if name is searched else None)
    publisher = publisher or trailing
    place = _with_full_stop(place)
    name = strip_edges(name)
    if name.endswith("(") or name.count("(") > name.count(")"):
        name = strip_edges(name.rstrip("( "))  # "Thinking at the edge (pp. 32-42)"
    return Container(name, translated, editors, place, publisher, chapter, volume)


def _ends_in_edition_word(name: str) -> bool:
    """Whether `name` ends as the first alternative of _EDITION_IN_CONTAINER must: its word
    for an edition, a full stop, a closing bracket and spaces, each but the word optional."""
    stem = name.rstrip()
    stem = stem[:-1] if stem.endswith(")") else stem
    stem = stem[:-1] if stem.endswith(".") else stem
    return stem.endswith(_EDITION_WORD_ENDINGS)


_EDITION_WORD_ENDINGS = ("ed", "Ed", "edn", "Edn", "edition", "Edition")


def _abbreviated(city: str) -> str:
    """A Russian imprint's city with the full stop of its abbreviation ("М." but "Ростов н/Д",
    "Н. Новгород")."""
    return f"{city}." if city in ABBREVIATED_CITIES else city


def _with_full_stop(place: str) -> str:
    """`place`, and the full stop an abbreviated Russian city ("М") lost with the punctuation
    around it."""
    if place and not place.endswith(".") and _RUSSIAN_CITY_ONLY.fullmatch(place):
        return _abbreviated(place)
    return place


def _leaves_no_book(region: str, start: int, place_publisher: re.Match[str]) -> bool:
    """Whether taking "Place: Publisher" would leave a chapter without its book: "In A.
    Jonaitis, ed., Chiefly Feasts: The Enduring Kwakiutl Potlatch" is a title with its
    subtitle, unless the place is a known city."""
    book = region[start : start + place_publisher.start("place")].strip()
    return not book and not PLACE_ONLY.match(place_publisher.group("place"))


def names_a_publisher(text: str) -> bool:
    """Whether `text` holds a publisher's word ("Press", "Verlag", "Wiley", …)."""
    return _PUBLISHER_WORDS.search(text) is not None


def _comma_imprint(name: str) -> re.Match[str] | None:
    if "," not in name:
        return None
    return PUBLISHER_THEN_CITY.search(name) or CITY_THEN_PUBLISHER.search(name)


def _after_translator(name: str, start: int) -> str:
    """ "Trans. Nicholas Rand. Critical Inquiry" -> "Critical Inquiry": the container follows
    the translator's or editor's names."""
    names = read_names(name, start)
    if names.people:
        return name[names.end :].lstrip(" .,;:")
    sentence = _NEXT_SENTENCE.search(name, start)  # names the shapes cannot read
    return name[sentence.end() :] if sentence else ""


def _edited_or_translated_by(text: str) -> re.Match[str] | None:
    # a cheap test first: the pattern is tried at every position, and few texts hold one of
    # the substrings that each of its alternatives needs
    if not has_any(text, _EDITING_WORDS):
        return None
    return _EDITED_OR_TRANSLATED_BY.search(text)


# "[Ee]d(?:ited)? … by", "Translated … by", "trans.", "Trans.", "Hrsg. v.", "Übersetzt von",
# "под ред.", "Ed.", "eds."
_EDITING_WORDS = ("by", "rans.", "rsg.", "bersetzt von", "ред.", "Ed.", "ed.", "Eds.", "eds.")


def _names_with_their_role(region: str, start: int) -> tuple[tuple[Person, ...], int]:
    """Editors (translators are passed over) that open a container, see _ROLE_IN_BRACKETS."""
    opening = region[start : start + 1] == "("
    names = read_names(region, start + opening)
    if not names.people:
        return (), start
    if opening:
        role = _ROLE_CLOSING_BRACKET.match(region, names.end)
        return (names.people, role.end()) if role else ((), start)
    role = _ROLE_IN_BRACKETS.match(region, names.end)
    if role:
        return (() if role.group("translators") else names.people), role.end()
    if names.translators:  # read_names took their "(trans.)"
        return (), names.end + len(region[names.end :]) - len(region[names.end :].lstrip(" ,.:"))
    return (), start


def _read_editors(region: str, start: int) -> tuple[tuple[Person, ...], int]:
    """Editors after "In": "In C. B. Jones, R. Shaw, editors, Proc…", "In: Smith J (eds) …"."""
    names = read_names(region, start)
    mark = EDITOR_MARK.match(region, names.end) if names.people else None
    if names.people and mark and mark.group(0).strip(" ,.:"):
        return names.people, mark.end()
    editor_word = _EDITOR_WORD_FOUND.search(region, start)
    marked = _EDITORS_BEFORE_MARK.match(region, start) if editor_word else None
    if marked:
        names = read_names(marked.group("names"))
        return names.people, marked.end()
    return (), start


def _cut_publisher(name: str) -> tuple[str, str]:
    """ "Proceedings of X. Morgan Kaufmann" -> ("Proceedings of X", "Morgan Kaufmann")."""
    if not _PUBLISHER_WORDS.search(name):
        return name, ""
    for boundary in _PART_BOUNDARY.finditer(name):
        after = name[boundary.end() :]
        if _PUBLISHER_WORDS.match(after) or _PUBLISHER_WORDS.search(after.split(",", 1)[0]):
            return name[: boundary.start()], strip_edges(after)
    return name, ""


def _cut_series(name: str) -> str:
    """The container without a book series or a "Special issue" appended to it."""
    if not has_any(name, ("Lecture", "LNCS", "Special", "Series", "Advances in")):
        return name
    series = _SERIES.search(name)
    if series and series.start() > 0:
        name = strip_edges(name[: series.start()])
    return name
