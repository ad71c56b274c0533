"""Where the container's name starts and ends after the title, in references without "//"."""

from __future__ import annotations

import pytest

from citecli.refparse import parse_reference
from citecli.refparse.segments import split_leading_sentences
from citecli.refparse.tails import Trimmed, trim_container

# (reference, title, container, place)
CONTAINERS: list[tuple[str, str, str, str]] = [
    (  # the title's second sentence is not part of the journal
        "Ode, R. D. (1990). Ventral systems: anatomy. 2. Wiring and timing of the cells. "
        "Brain Studies Reviews 14, 101-150.",
        "Ventral systems: anatomy. 2. Wiring and timing of the cells",
        "Brain Studies Reviews",
        "",
    ),
    (  # a journal abbreviated word by word keeps its full stops
        "Novak, A., and Ruiz, R. Factoring polynomials over finite fields. "
        "Trans. Amer. Math. Soc. 312, (1991), 101-120.",
        "Factoring polynomials over finite fields",
        "Trans. Amer. Math. Soc",
        "",
    ),
    (  # a newspaper alone after the title is not a place of publication
        'Kirk, Anne. "Winter on the Frontier." Daily Courier, May 2, 2011.',
        "Winter on the Frontier",
        "Daily Courier",
        "",
    ),
    (  # a city alone after the title is
        "Baker, T. A History of Bridges. Edinburgh, 1871.",
        "A History of Bridges",
        "",
        "Edinburgh",
    ),
    (  # "H3" inside a word is neither an issue ("H." Heft) nor a volume
        "Lee, B. (2001). A histone-H3-like protein in worms. Nature 401, 547-548.",
        "A histone-H3-like protein in worms",
        "Nature",
        "",
    ),
]


# (container as read before trimming, name after, volume tail, publisher)
TAILS: list[tuple[str, str, str, str]] = [
    ("Evening Herald 12 March", "Evening Herald", "", ""),
    ("Proc. Workshop on Logic Programming, Turin", "Proc. Workshop on Logic Programming", "", ""),
    ("Proc. of the 5th Conf. on Vision (Kyoto, Japan)", "Proc. of the 5th Conf. on Vision", "", ""),
    ("Studies in Baltic Linguistics 42", "Studies in Baltic Linguistics", " 42", ""),
    ("Word, XIV", "Word", ", XIV", ""),
    (
        "Handbook of Graphs, R. Gray, M. Gold and L. Lake, eds",
        "Handbook of Graphs",
        "",
        "",
    ),
    ("Int. Conference on Vision (ICV). IEEE", "Int. Conference on Vision (ICV)", "", "IEEE"),
    ("Ecology Letters. PDF", "Ecology Letters", "", ""),
    # what belongs to the name stays
    ("Proc. Natl. Acad. Sci. USA", "Proc. Natl. Acad. Sci. USA", "", ""),
    ("J. ACM", "J. ACM", "", ""),
    ("Proceedings of CHI 90", "Proceedings of CHI 90", "", ""),
    ("Mercure de France", "Mercure de France", "", ""),
]


@pytest.mark.parametrize(("name", "kept", "volume", "publisher"), TAILS)
def test_container_tails(name: str, kept: str, volume: str, publisher: str) -> None:
    assert trim_container(name) == Trimmed(kept, volume, publisher)


@pytest.mark.parametrize(("text", "title", "container", "place"), CONTAINERS)
def test_container_bounds(text: str, title: str, container: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container, work.place) == (title, container, place)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anatomy and the cells. Brain Reviews", ("Anatomy and the cells", "Brain Reviews")),
        ("J. Geophys. Res.", ("", "J. Geophys. Res.")),
        ("Annals of Math. Studies", ("", "Annals of Math. Studies")),
        ("Intelligence. Innovation. Investment", ("", "Intelligence. Innovation. Investment")),
    ],
)
def test_split_leading_sentences(name: str, expected: tuple[str, str]) -> None:
    assert split_leading_sentences(name) == expected
