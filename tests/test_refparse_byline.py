"""Author lists the name shapes stop short of, read up to an author-date year or a quoted title."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecli.refparse import byline, parse_reference
from citecli.refparse.byline import read_byline
from citecli.refparse.names import read_authors
from citecli.refparse.text import UPPER

# (reference, expected authors as displayed, expected title)
BYLINES: list[tuple[str, list[str], str]] = [
    (  # a two-word family name before its initials
        "Garcia Marquez, J. O., Lind, T., & Okafor, B. A. (2001). Flow in porous media. "
        "Water Research, 12, 40-49.",
        ["Garcia Marquez J. O.", "Lind T.", "Okafor B. A."],
        "Flow in porous media",
    ),
    (  # a capitalised particle, semicolons, "and" before the last name
        "Vander Berg, K.; Holm, S.; and Ruiz, J. 1994. Parsing bibliographies by rule. "
        "Technical Report 94-1, University of Utrecht.",
        ["Vander Berg K.", "Holm S.", "Ruiz J."],
        "Parsing bibliographies by rule",
    ),
    (  # initials without full stops, then a quoted title
        'P. Novak, V Sharma, D. Quist. "Query Processing in Archives", Proceedings of the '
        "9th Archive Conference, 1999.",
        ["Novak P.", "Sharma V", "Quist D."],
        "Query Processing in Archives",
    ),
    (  # French capitals mark the family
        "MARTIN Claire, DUBOIS Pierre, « Les villes et leurs fleuves », Revue urbaine, 2012, "
        "vol. 4, p. 10-20.",
        ["Martin Claire", "Dubois Pierre"],
        "Les villes et leurs fleuves",
    ),
    (  # a comma without its space, "; et al."
        "Carr, L.; et al. Impact craters on Mars. Nature, v. 435, p. 198. 2005.",
        ["Carr L."],
        "Impact craters on Mars",
    ),
    (
        "Carr, L., Gold, S. and Hart,R.J., Impact craters on Mars, Nature, v. 435, p. 198. 2005.",
        ["Carr L.", "Gold S.", "Hart R.J."],
        "Impact craters on Mars",
    ),
    (  # German lists close with a colon
        "Wolfgang Berger, Jan Stein: Inklusion und Grenze. In: Leben und Arbeit. 2014, 4, 48-53.",
        ["Berger Wolfgang", "Stein Jan"],
        "Inklusion und Grenze",
    ),
    (  # French capitals with full stops between the names
        "DUVAL, René. MARCHAND, Catherine. Manuel de psychologie clinique. Paris : Dunod, 2007.",
        ["Duval René", "Marchand Catherine"],
        "Manuel de psychologie clinique",
    ),
    (  # Vancouver names with full stops between them
        "Gross DL. Moor JH. Heel lifts in basic training. J Sports Ther. 2004;34(3):126-131.",
        ["Gross DL", "Moor JH"],
        "Heel lifts in basic training",
    ),
    (  # ", et" before the last name, initials without full stops in full names
        "LEROI, A., VIBORG, M., et KIRK, E. Acute cholangitis. Histopathology, 1987, vol. 11.",
        ["Leroi A.", "Viborg M.", "Kirk E."],
        "Acute cholangitis",
    ),
    (
        "Adam DI Kramer, C Laura Zitnick, and Jeffrey T Hancock. Emotional contagion. PNAS, 2014.",
        ["Kramer Adam DI", "Zitnick C Laura", "Hancock Jeffrey T"],
        "Emotional contagion",
    ),
    (  # one full name before the first comma, French imprint after the title
        "Ferrand Madeleine, Nourritures canailles, Seuil, Paris, 2007",
        ["Madeleine Ferrand"],
        "Nourritures canailles",
    ),
    (  # initials in brackets after the family name
        "Kerfi (N.), Le château de Malain pendant la Ligue, Dijon, 2010.",
        ["Kerfi N."],
        "Le château de Malain pendant la Ligue",
    ),
    (  # Vancouver: transliterated initials, a family of two words, a year that opens the title
        "Kobal ZhD, Konrad AO, Agabiti Rosei E, et al. 2018 ESC Guidelines for hypertension. "
        "Eur Heart J. 2018;39(33):3021-3104.",
        ["Kobal ZhD", "Konrad AO", "Agabiti Rosei E"],
        "2018 ESC Guidelines for hypertension",
    ),
    (  # a group author, then its members after a semicolon
        "SPRINT Study Group; Wright JT Jr, Williams JD. A randomized trial. N Engl J Med. "
        "2015;373(22):2103-16.",
        ["SPRINT Study Group", "Wright JT", "Williams JD"],
        "A randomized trial",
    ),
    (  # French capitals: initials in brackets, initials before capitals, capitals before names
        "ALIX (M.I.), NAGIB (R.), « Des stèles nouvellement découvertes », BSFE 106, 1986, "
        "p. 31-44.",
        ["Alix M.I.", "Nagib R."],
        "Des stèles nouvellement découvertes",
    ),
    (
        "A. FOUCAULT, H. JACOB, « Le citoyen et l’expert », Revue politique, 2007, p. 3-9.",
        ["Foucault A.", "Jacob H."],
        "Le citoyen et l’expert",
    ),
    (
        "GENOT, Marc C., Maria GREENE, Chul-Soo CHOI, and Ling JINN. Baricitinib in arthritis. "
        "N Engl J Med, 2016, vol. 374, p. 1243-52.",
        ["Genot Marc C.", "Greene Maria", "Choi Chul-Soo", "Jinn Ling"],
        "Baricitinib in arthritis",
    ),
    (  # full "Family, Given" names after semicolons
        "Balsam, V.; Nguyen, Duy; Ibarra, John. Heavy oil modifiers. Oil Journal, 2016, 4, 1-9.",
        ["Balsam V.", "Nguyen Duy", "Ibarra John"],
        "Heavy oil modifiers",
    ),
    (  # a body whose name holds "and", before an author-date year
        "Victorian Equal Opportunity and Human Rights Commission (2008). Rights of passage. "
        "Melbourne: VEOHRC.",
        ["Victorian Equal Opportunity and Human Rights Commission"],
        "Rights of passage",
    ),
    (  # an initial that lost its full stop between two that kept theirs
        "J. J Koenen and A. J. van Dorn. Local geometry in vision. Biol Cybern, 55 367-375, 1987.",
        ["Koenen J. J", "van Dorn A. J."],
        "Local geometry in vision",
    ),
    (  # initials closing one name run into the next family ("JN. Aldag")
        "Kerr, JN. Abbot, JM. Young, LT. (2003). Memory in the mouse. Brain 5, 1-9.",
        ["Kerr JN.", "Abbot JM.", "Young LT."],
        "Memory in the mouse",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), BYLINES)
def test_byline_is_read_up_to_its_anchor(text: str, authors: list[str], title: str) -> None:
    work = parse_reference(text)
    assert [person.display for person in work.authors] == authors
    assert work.title == title


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviated journal ends the list, not a name
        "E. Garnett, P. Yang, Nano Lett. 2010, 10, 1082.",
        # a title in title case is not a name list, even before a year
        "The Theory of Games and Economic Behavior (1944). Princeton University Press.",
        # a title opening a part after the first author's name, before a colon
        "Auner, Joseph, A Schoenberg Reader: Documents of a Life (New Haven: Yale, 2003).",
        # the words before the year hold no initials although the shapes read initials names
        "DUPONT, H. Théorie et Pratique Homéopathiques. 1932. Paris.",
    ],
)
def test_no_byline_where_the_span_is_not_names(text: str) -> None:
    assert read_byline(text, read_authors(text).end) is None


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (  # "and" after a full name, but no name after it: the full name was the title
            "Turner, Alan, Computing Machinery and Intelligence, Mind 59, pp 433–460 (1950)",
            ["Turner Alan"],
            "Computing Machinery and Intelligence",
        ),
        (  # names given first, joined by commas only: one name, then the title
            "Adolf Hutter, Mein Kampf, trans. J. Murphy (London: Hurst and Blackett, 1938).",
            ["Hutter Adolf"],
            "Mein Kampf",
        ),
        (  # an initial, then the name the person goes by
            "Pate, C. Marvin. What Does the Future Hold? Grand Rapids: Baker, 2010.",
            ["Pate C. Marvin"],
            "What Does the Future Hold?",
        ),
        (  # a colon after a list whose last part is one word: a title, not a German list
            "James Glick, Chaos: Making a New Science, New York: Penguin, 1988.",
            ["Glick James"],
            "Chaos: Making a New Science",
        ),
    ],
)
def test_names_that_are_titles(text: str, authors: list[str], title: str) -> None:
    work = parse_reference(text)
    assert [person.display for person in work.authors] == authors
    assert work.title == title


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        (  # the month before the year, in brackets
            'R. Ortiz & K. Bell [Mar 1994], "Lazy state threads," in Proceedings of the 21st '
            "Symposium on Programming Languages, Boston, ACM, 70-85.",
            1994,
            "Lazy state threads",
        ),
        (
            'Anna Brandt (October 1979) "Scaling in coupled maps," Journal of Chaotic Physics, '
            "vol. 21, no. 2, pages 40-58.",
            1979,
            "Scaling in coupled maps",
        ),
        (
            "Lee, Mina; Ford, Paul (12 May 2001). Stable identifiers for archives. Archive "
            "Quarterly, 3(1), 5-9.",
            2001,
            "Stable identifiers for archives",
        ),
        (  # a work not yet out
            "Okafor, Ruth (forthcoming). Rivers of the delta. Lagos: Sahel Press.",
            None,
            "Rivers of the delta",
        ),
        ("Stein, J. (in press). Bridges and borders. Urban Studies.", None, "Bridges and borders"),
    ],
)
def test_a_date_or_status_after_the_authors_is_no_title(
    text: str, year: int | None, title: str
) -> None:
    work = parse_reference(text)
    assert work.year == year
    assert work.title == title


# The search for an anchor or a lower-case word takes the character before the word, so that
# the pattern starts with one class; written plainly, a look-behind says what may precede it.
_PLAIN_ANCHOR_OR_LOWER_WORD = re.compile(
    rf"{byline._ANCHOR.pattern}|(?<![^\s,;/])(?P<lower>[^\s,;/(:{UPPER}][^\s,;/(:]*)(?![^\s,;/])"
)


def _plain_no_anchor_before_title(text: str, names_end: int) -> bool:
    pos = names_end + 2
    while found := _PLAIN_ANCHOR_OR_LOWER_WORD.search(text, pos, byline._LONGEST_LIST):
        word = found.group("lower")
        if word is None:
            return False
        if byline._lower_not_name(word) and byline._lower_not_name(word.removesuffix(".")):
            return True
        pos = found.end()
    return True


# names, particles, words and the anchors: "(1989)", ", 2001,", a quoted title, "Jan Stein: Title"
_PIECES = [" ", ", ", "; ", "/", "(", ":", ".", "a", "A", "Ab", "de", "of", "J.", "é", "\n"]
_PIECES += [" (1989)", " (July 1978).", ", 2001, ", ". 1992. ", " “Title", "ab: Title", "2009."]


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.integers(0, 12))
def test_the_search_before_a_title_finds_what_the_plain_pattern_finds(
    text: str, names_end: int
) -> None:
    # an anchor at the names' end or just after it is too early (it leaves no names between)
    right_after = any(
        byline._ANCHOR.match(text, start, byline._LONGEST_LIST)
        for start in (names_end, names_end + 1)
    )
    assert byline._no_anchor_before_title(text, names_end) == (
        right_after or _plain_no_anchor_before_title(text, names_end)
    )


def test_every_anchor_opens_with_a_look_behind() -> None:
    """_ANCHOR_OR_LOWER_WORD reads the character before an anchor with a wider class than
    _ANCHOR; it finds the same anchors only while each alternative pins that character."""
    try:
        from re import _parser
    except ImportError:  # Python 3.10, before the module's rename
        import sre_parse as _parser  # type: ignore[no-redef]

    tree = _parser.parse(f"(?:{byline._ANCHOR_ALTERNATIVES})")
    ((opcode, (_, alternatives)),) = tree.data  # the group's one item: its alternation
    assert str(opcode) == "BRANCH" and len(alternatives) == 4
    for alternative in alternatives:
        opcode, (direction, _) = alternative.data[0]
        assert (str(opcode), direction) == ("ASSERT", -1)
