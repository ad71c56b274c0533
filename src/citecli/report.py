"""Rendering parsed pages for people (rich tables) and scripts (JSON, CSL-JSON)."""

from __future__ import annotations

from typing import Any

from citecli.csl import work_to_csl
from citecli.model import Page


def page_to_json(page: Page) -> dict[str, Any]:
    """`{"article": ITEM, "references": [ITEM, ...]}`, every ITEM a CSL-JSON item."""
    article = work_to_csl(page.article, item_id="article")
    if page.citation_line:
        article.setdefault("custom", {})["citation-line"] = page.citation_line
    return {
        "article": article,
        "references": [
            work_to_csl(ref, item_id=f"ref{ref.number or i}")
            for i, ref in enumerate(page.references, 1)
        ],
    }
