"""Records the cite tests share: the seed article as the page parser will give it, the fixture."""

from __future__ import annotations

import json
from pathlib import Path

from citecli.csl import work_from_csl
from citecli.model import Person, Work

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cite"
REFERENCES_JSON = FIXTURES / "references.json"

#: the seed page's article: "For citations" line completed by the author block
SEED_ARTICLE = Work(
    title=(
        "Political Aspects of Cooperation between Russia and China in the Field of "
        "Artificial Intelligence in Health Care"
    ),
    authors=(Person(family="Nalivkina", given="Alena D."),),
    container="Administrative Consulting",
    year=2025,
    issue="3",
    pages="148-159",
    language="ru",
    edn="PHCYCH",
)


def fixture_works() -> tuple[Work, ...]:
    items = json.loads(REFERENCES_JSON.read_text(encoding="utf-8"))
    return tuple(work_from_csl(item) for item in items)


def fixture_ids() -> list[str]:
    items = json.loads(REFERENCES_JSON.read_text(encoding="utf-8"))
    return [str(item["id"]) for item in items]
