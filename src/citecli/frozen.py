"""Cheaper construction of frozen dataclasses: the parser builds a `Work` and a few `Person`
records for every reference, and building them was a tenth of its work.

A frozen dataclass's own `__init__` must get past the `__setattr__` that freezes it, so it
sets each field with `object.__setattr__(self, name, value)`, a generic call that costs
about 1,400 machine instructions a field on CPython 3.11 (cachegrind; `Work` has 41
fields). An unfrozen dataclass stores a field with one specialised instruction. So the
`__init__` given here lends the instance, for the length of the call, the class of an
unfrozen twin (same fields, defaults and slots), lets the twin's generated `__init__` store
the fields, and gives the instance its own class back: a third of the instructions. The
record is exactly as before once built: its class, fields, equality, hash, `repr` and
frozenness are those the dataclass defines (tests/test_frozen.py).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, TypeVar

Record = TypeVar("Record")


def _twin(record: type[Any]) -> type[Any]:
    """An unfrozen dataclass with `record`'s fields in their order, its defaults and, where
    `record` has slots, the same slots: Python lets an instance change between two classes
    only when their layouts match."""
    fields = [
        (
            spec.name,
            spec.type,
            dataclasses.field(default=spec.default, default_factory=spec.default_factory),
        )
        for spec in dataclasses.fields(record)
    ]
    slotted = "__slots__" in record.__dict__
    # named as `record`, so that a wrong argument's error names the record's __init__
    twin = dataclasses.make_dataclass(record.__name__, fields, slots=slotted)
    twin.__qualname__ = record.__qualname__
    return twin


def quick_init(record: type[Record]) -> type[Record]:
    """Give the frozen dataclass `record` the cheaper `__init__` described above, with the
    signature of the one it replaces. Only a dataclass whose fields all go to `__init__` and
    whose instances can take the twin's class is changed; any other class is left as it is."""
    if not dataclasses.is_dataclass(record) or not all(
        spec.init for spec in dataclasses.fields(record)
    ):
        return record
    twin = _twin(record)
    lend_class = object.__setattr__  # (the record's own __setattr__ refuses every change)
    try:
        lend_class(object.__new__(record), "__class__", twin)
    except TypeError:  # layouts that differ after all (mypyc's build of the model's classes)
        return record
    fill = twin.__init__

    @functools.wraps(record.__init__)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        lend_class(self, "__class__", twin)
        try:
            fill(self, *args, **kwargs)
        finally:
            self.__class__ = record

    type.__setattr__(record, "__init__", __init__)
    return record
