"""Properties: `parse_reference` never raises, and hostile input costs linear time."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecli.model import Work
from citecli.refparse import parse_reference
from timing import scales_linearly

# Characters the grammar reacts to, so that random text reaches its branches.
_ALPHABET = st.sampled_from(
    [
        *"aZ Жж1 2.,;:()[]/-–—«»“”\"'&?!№N",
        *("//", " et al.", " и др.", "Vol. ", " pp. ", "doi:10.", "http://", " (In Russ.)"),
        *("2019", "In: ", " (eds) ", "[J]", "Smith J. "),
    ]
)
_REFERENCE_TEXT = st.lists(_ALPHABET, max_size=80).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_REFERENCE_TEXT)
def test_never_raises_on_reference_like_text(text: str) -> None:
    work = parse_reference(text, line=7)
    assert isinstance(work, Work)
    assert not any("internal" in d.message for d in work.diagnostics), work.diagnostics
    assert work.line == 7


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    work = parse_reference(text)
    assert not any("internal" in d.message for d in work.diagnostics), work.diagnostics


HOSTILE = {
    "long line": "word " * 60_000,
    "parentheses": "(" * 20_000 + ")" * 20_000,
    "open parentheses": "Smith J. (" * 20_000,
    "double slashes": "// " * 20_000,
    "initials": "A. " * 50_000,
    "initials glued": "A." * 60_000,
    "digits": "1" * 300_000,
    "digit groups": "12 " * 60_000,
    "dots": "." * 300_000,
    "commas and names": "Smith, J., " * 20_000,
    "brackets": "[" * 20_000 + "]" * 20_000,
    "quotes": "“" * 30_000,
    "volume labels": "Vol. 1, " * 30_000,
    "page ranges": "1-2 " * 60_000,
    "years": "2019. " * 50_000,
    "colons": "London: " * 30_000,
    "cyrillic initials": "Иванов И. И., " * 20_000,
    "open brackets with colons": "(London: " * 20_000,
    "spaces and commas": "Title" + ", " * 100_000 + "1999",
    "doi-like": "10.1000." * 30_000,
    "lower-case run": "A" + "a" * 300_000,
    "upper-case run": "A" * 300_000,
    # shapes the container and title rules met in review: a capitals run before the
    # journal, a long editors list before "eds", unclosed brackets holding years or commas
    "capitals in a container": "Smith, J. (2000). Title. " + "ACGT" * 5_000 + ", 12, 1-5.",
    "editors before eds": "Smith, J. (2000). Title. Book" + ", Aa Bb" * 10_000 + " x, eds, 3.",
    "unclosed bracket with years": "Smith, J. (2000). Title [x] (" + "aa, 1999 " * 20_000,
    "unclosed bracket in a meeting": "Smith, J. Title. In Proc. of the Workshop ("
    + "aa, " * 30_000,
    # the GOST statements of responsibility, volumes and proceedings read since
    "statements of responsibility": "Иванов И. И. Заглавие" + " / И. И. Иванов" * 20_000,
    "volumes with statements": "Толстой Л. Н. Война и мир : в 4 т. "
    + "Т. 1 / Л. Н. Толстой. " * 10_000,
    "editors' initials": "Заглавие / под ред. " + "А. " * 100_000,
    "volumes statements": "Война и мир." + " В 4 т." * 40_000,
    "inverted proceedings": "Smith J. Title, in OCEANS, " + "2001. Conference, " * 15_000,
    "roles in brackets": "Smith J. Title. " + "(ed.) " * 40_000,
    "transliterated sentences": "Smith J. Title. " + "Izvestiya vysshikh. " * 15_000 + "(In Russ.)",
    "month dates": "Smith J. " + "(July 1978) " * 25_000,
    # one space-free word of glued sentences and years: repaired once each, not by a search
    # back to the word's start from every full stop (12 s at this length)
    "glued sentences": "abc.Abc" * 170_000,
    "glued years": "ab.2019.№" * 130_000,
    # a patent heading before a run of digits (its page count was looked for from each digit)
    "patent digits": "Пат. 1 РФ. T " + "1" * 40_000 + " x",
    "patent mentions": "Smith J. Title. " + "Patent RF, no. " * 10_000,
    # GOST's several places and publishers in one imprint
    "several places": "Иванов И. И. Заглавие. – " + "Москва ; " * 20_000 + ": Наука, 2019.",
    "several publishers": "Иванов И. И. Заглавие. – М. : " + "Наука : " * 20_000 + "2019.",
    # a run of "City, Region ; " starts a place list at every ", " (was quadratic: 116 s)
    "places with regions": "Smith J. Title // Proceedings. "
    + "Abc, Abc ; " * 9_000
    + "1 : Abc, 2020. P. 1-5.",
    "sentences before a journal": "Petrov P.P. "
    + "Izvestiya vysshikh. " * 15_000
    + "Ekonomika, 2018, no. 3, pp. 10-20.",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_takes_linear_time(text: str) -> None:
    # against an eighth of the same text, not a fixed bound: a million characters took 2.2 s
    # while other work shared the two cores, which a fixed 2 s failed; quadratic is 8x slower
    # per character at this ratio, and 5 s stays the limit
    assert scales_linearly(parse_reference, text[: len(text) // 8], text), (
        "something in the grammar is not linear"
    )
