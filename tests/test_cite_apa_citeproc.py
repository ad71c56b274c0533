"""Our APA 7 agrees with citeproc-js + apa.csl (Zotero's engine) except where APA 7 differs.

The citeproc outputs in `fixtures/cite/citeproc_apa.json` are real (see its `_source`). Both
sides are normalised the same way for the deviations that hold for every item:
- case is ignored: APA 7 wants article titles in sentence case, apa.csl prints them as given
  (and title-cases "npj" to "Npj"); `test_cite_case.py` tests our casing on its own;
- citeproc typesets ’ for ' and … for APA's ". . ." (formatting.md §3);
- HTML entities are decoded (citeproc writes &#38;, we write &amp;).
Item-specific deviations are listed in `DEVIATIONS` with the APA rule we follow instead.
"""

from __future__ import annotations

import html
import json

import pytest

from cite_records import FIXTURES, fixture_works
from citecli.model import Work
from citecli.styles.apa import format_apa
from citecli.styles.markup import OutputFormat, render, to_text

TABLE = json.loads((FIXTURES / "citeproc_apa.json").read_text(encoding="utf-8"))["items"]

#: id -> (citeproc text, what APA 7 and citecli print instead), applied to text and html
DEVIATIONS: dict[str, list[tuple[str, str]]] = {
    # an issue without a volume: "Journal, (3), pages" (the cite issue's acceptance string);
    # apa.csl prints the issue where the volume goes
    "seed-article": [("<i>3</i>", "(3)"), ("consulting, 3,", "consulting, (3),")],
    # translated title in brackets after the original (apastyle.apa.org, transliterated titles);
    # apa.csl has no variable for it. The issue-only rule as above.
    "translated-title": [
        ("sotrudnichestva.", "sotrudnichestva [eu-asean: mutually beneficial collaboration]."),
        ("<i>1</i>", "(1)"),
        ("evropa, 1,", "evropa, (1),"),
    ],
    # APA 7 §10.6: "[Doctoral dissertation, Institution]"; apa.csl puts the school after
    "thesis": [("наук]. мгимо.", "наук, мгимо].")],
    # APA 7 §10.16: the site name is left out when it is the author
    "webpage": [(". world health organization. https", ". https")],
    # APA 7 §10.8 preprints: "[Preprint]. arXiv."; apa.csl prints "In arXiv."
    "preprint": [
        ("knowledge. in arxiv.", "knowledge [preprint]. arxiv."),
        ("knowledge. in <i>arxiv</i>.", "knowledge [preprint]. arxiv."),
    ],
    # the source said "et al." (custom.et-al, unknown to citeproc): we cannot name the others
    "article-number-et-al": [
        ("rajkomar, a., oren, e., & chen, k.", "rajkomar, a., oren, e., chen, k., et al.")
    ],
}
#: legal references follow the Bluebook in APA 7 (chapter 11); citecli does not implement it
NOT_COMPARED = {"law"}


def normalise(text: str) -> str:
    return html.unescape(text).casefold().replace("’", "'").replace("…", ". . .")


def expected(item_id: str, key: str) -> str:
    text = normalise(TABLE[item_id][key])
    for theirs, ours in DEVIATIONS.get(item_id, []):
        text = text.replace(theirs, ours)
    return text


@pytest.mark.parametrize("item_id", sorted(DEVIATIONS))
def test_every_deviation_still_matches_the_table(item_id: str) -> None:
    both = normalise(TABLE[item_id]["text"]) + "\n" + normalise(TABLE[item_id]["html"])
    for theirs, _ in DEVIATIONS[item_id]:
        assert theirs in both, f"{item_id}: {theirs!r} is no longer in citeproc's output"


@pytest.mark.parametrize(
    "pair",
    [
        (item_id, work)
        for item_id, work in zip(TABLE, fixture_works(), strict=True)
        if item_id not in NOT_COMPARED
    ],
    ids=[i for i in TABLE if i not in NOT_COMPARED],
)
def test_agrees_with_citeproc(pair: tuple[str, Work]) -> None:
    item_id, work = pair
    markup = format_apa(work)
    assert normalise(to_text(markup)) == expected(item_id, "text")
    assert normalise(render(markup, OutputFormat.HTML)) == expected(item_id, "html")


def test_gibb_matches_formatting_md_verbatim() -> None:
    """formatting.md §3 records this citeproc output; no normalisation needed at all."""
    (gibb,) = [w for w in fixture_works() if w.title.startswith("Zoonotic")]
    assert to_text(format_apa(gibb)) == (
        "Gibb, R., Redding, D. W., Chin, K. Q., Donnelly, C. A., Blackburn, T. M., Newbold, T., "
        "& Jones, K. E. (2020). Zoonotic host diversity increases in human-dominated ecosystems. "
        "Nature, 584, 398–405. https://doi.org/10.1038/s41586-020-2562-8"
    )
    assert "<i>Nature</i>, <i>584</i>" in render(format_apa(gibb), OutputFormat.HTML)
