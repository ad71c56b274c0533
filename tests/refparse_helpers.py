"""Comparison of a parsed `Work` with a table row of expected fields."""

from __future__ import annotations

from typing import Any

from citecli.model import Work


def observed(work: Work, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields named in `fields`, in the form the tables write them.

    authors / editors -> display strings ("Ivanov I. I."); doi -> the raw DOI as written;
    diagnostics -> messages; everything else as stored on the record.
    """
    seen: dict[str, Any] = {}
    for name in fields:
        if name in ("authors", "editors"):
            seen[name] = [person.display for person in getattr(work, name)]
        elif name == "doi":
            seen[name] = work.doi.raw if work.doi else ""
        elif name == "doi_value":
            seen[name] = work.doi.value if work.doi else ""
        elif name == "diagnostics":
            seen[name] = [d.message for d in work.diagnostics]
        else:
            seen[name] = getattr(work, name)
    return seen
