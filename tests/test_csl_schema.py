"""`parse --format csl-json` output against the rules of the CSL input schema.

The rules below restate the facts of the CSL 1.0.2 input schema (csl-data.json in the
citation-style-language/schema repository, draft-07): which item types exist, which
variables an item may carry and what each holds, what a name and a date look like, that
"id" and "type" are required and that no other key is allowed. pandoc and Zotero read
CSL-JSON by these rules; the test checks our output keeps them, for every sample page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from citecli.cli import app
from conftest import SAMPLES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ITEM_TYPES = _words(
    "article article-journal article-magazine article-newspaper bill book broadcast chapter "
    "classic collection dataset document entry entry-dictionary entry-encyclopedia figure "
    "graphic hearing interview legal_case legislation manuscript map motion_picture "
    "musical_score pamphlet paper-conference patent performance periodical "
    "personal_communication post post-weblog regulation report review review-book software "
    "song speech standard thesis treaty webpage"
)
NAME_VARIABLES = _words(
    "author chair collection-editor compiler composer container-author contributor curator "
    "director editor editorial-director executive-producer interviewer illustrator organizer "
    "original-author performer producer recipient reviewed-author translator"
)
DATE_VARIABLES = _words(
    "accessed available-date container event-date issued original-date submitted"
)
STRING_OR_NUMBER = _words(
    "id chapter-number citation-number collection-number edition first-reference-note-number "
    "issue locator number number-of-pages number-of-volumes page page-first part printing "
    "supplement volume"
)
STRINGS = _words(
    "type language journalAbbreviation shortTitle abstract annote archive archive_collection "
    "archive_location archive-place authority call-number citation-label collection-title "
    "container-title container-title-short dimensions division DOI event event-place genre "
    "ISAN ISBN ISCI ISMN ISRC ISSN ISWC jurisdiction keyword medium note original-publisher "
    "original-publisher-place original-title part-title PMCID PMID publisher publisher-place "
    "references reviewed-title scale section source status title title-short translated-title "
    "translated-title-short URL version year-suffix"
)
NAME_KEYS = _words(
    "family given dropping-particle non-dropping-particle suffix comma-suffix static-ordering "
    "literal parse-names"
)
CONTACT_KEYS = _words("affiliation city country email ORCID")
DATE_KEYS = _words("date-parts season circa literal raw edtf")


def schema_errors(items: Any) -> list[str]:
    if not isinstance(items, list):
        return ["the document is not an array"]
    errors: list[str] = []
    for index, item in enumerate(items):
        errors += [f"item {index}: {e}" for e in _item_errors(item)]
    return errors


def _item_errors(item: Any) -> list[str]:
    if not isinstance(item, dict):
        return ["not an object"]
    errors = [f"missing {key!r}" for key in ("type", "id") if key not in item]
    if item.get("type") not in ITEM_TYPES:
        errors.append(f"unknown type {item.get('type')!r}")
    for key, value in item.items():
        if key in STRINGS and not isinstance(value, str):
            errors.append(f"{key} is not a string")
        elif key in STRING_OR_NUMBER and not isinstance(value, str | int | float):
            errors.append(f"{key} is neither a string nor a number")
        elif key in NAME_VARIABLES:
            errors += [f"{key}: {e}" for e in _names_errors(value)]
        elif key in DATE_VARIABLES:
            errors += [f"{key}: {e}" for e in _date_errors(value)]
        elif key == "categories":
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                errors.append("categories is not a list of strings")
        elif key == "custom":
            if not isinstance(value, dict):
                errors.append("custom is not an object")
        elif key not in STRINGS | STRING_OR_NUMBER:
            errors.append(f"unknown variable {key!r}")
    return errors


def _names_errors(names: Any) -> list[str]:
    if not isinstance(names, list):
        return ["not an array"]
    errors = []
    for name in names:
        if not isinstance(name, dict) or set(name) - NAME_KEYS:
            errors.append(f"bad name {name!r}")
    return errors


def _date_errors(date: Any) -> list[str]:
    if isinstance(date, str):
        return []
    if not isinstance(date, dict) or set(date) - DATE_KEYS:
        return [f"bad date {date!r}"]
    parts = date.get("date-parts")
    if parts is None:
        return []
    ok = (
        isinstance(parts, list)
        and 1 <= len(parts) <= 2
        and all(
            isinstance(p, list) and 1 <= len(p) <= 3 and all(isinstance(v, str | int) for v in p)
            for p in parts
        )
    )
    return [] if ok else [f"bad date-parts {parts!r}"]


def test_the_rules_reject_what_the_schema_rejects() -> None:
    good = {
        "id": "a",
        "type": "book",
        "author": [{"family": "Smith"}],
        "issued": {"date-parts": [[2020]]},
    }
    assert schema_errors([good]) == []
    assert schema_errors([{**good, "type": "journal"}])
    assert schema_errors([{**good, "journal": "x"}])
    assert schema_errors([{**good, "author": [{"surname": "Smith"}]}])
    assert schema_errors([{**good, "issued": {"date-parts": [[2020, 1, 2, 3]]}}])
    assert schema_errors([{"type": "book"}])


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_csl_json_output_keeps_the_schema(sample: Path) -> None:
    result = CliRunner().invoke(app, ["parse", str(sample), "--format", "csl-json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) > 1
    assert schema_errors(items) == []


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_json_output_items_keep_the_schema_but_for_contacts(sample: Path) -> None:
    result = CliRunner().invoke(app, ["parse", str(sample), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert schema_errors(document["references"]) == []
    # the article's authors carry contact keys CSL has no place for (see the README's schema)
    article = dict(document["article"])
    article["author"] = [
        {key: value for key, value in name.items() if key not in CONTACT_KEYS}
        for name in article.get("author", [])
    ]
    assert schema_errors([article]) == []
