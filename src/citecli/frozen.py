"""Cheaper construction of frozen dataclasses: the parser builds a `Work` and a few `Person`
records for every reference, and building them was a tenth of its work.

A frozen dataclass's own `__init__` must get past the `__setattr__` that freezes it, so it
sets each field with `object.__setattr__(self, name, value)`, a generic call that costs
about 1,400 machine instructions a field on CPython 3.11 (cachegrind; `Work` has 41
fields). An unfrozen class stores a field with one specialised instruction. So the
`__init__` written here lends the instance, for the length of the call, the class of an
unfrozen twin (the same slots, nothing else), stores the fields as that twin's instance,
and gives the instance its own class back: a fifth of the instructions. The record is
exactly as before once built: its class, fields, equality, hash, `repr` and frozenness are
those the dataclass defines (tests/test_frozen.py).

The `__init__` is written as source and compiled, as `dataclasses` writes its own: a
function taking `*args, **kwargs` and passing them on cost half of what it saved.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

Record = TypeVar("Record")


def _twin(record: type[Any]) -> type[Any]:
    """An unfrozen class with `record`'s layout: Python lets an instance change between two
    classes only when their slots (or their lack of them) match."""
    slots = record.__dict__.get("__slots__")
    namespace = {} if slots is None else {"__slots__": slots}
    return type(record.__name__, (), namespace)


def _init_source(fields: tuple[dataclasses.Field[Any], ...]) -> str:
    """def __init__(self, value, raw, repaired=_defaults['repaired']): … as `dataclasses`
    would write it, with the class lent around the stores."""
    parameters = ", ".join(
        field.name
        if field.default is dataclasses.MISSING
        else f"{field.name}=_defaults[{field.name!r}]"
        for field in fields
    )
    stores = "".join(f"    self.{field.name} = {field.name}\n" for field in fields)
    return (
        f"def __init__(self, {parameters}):\n"
        "    _lend_class(self, '__class__', _twin)\n"
        f"{stores}"
        "    self.__class__ = _record\n"
    )


def quick_init(record: type[Record]) -> type[Record]:
    """Give the frozen dataclass `record` the cheaper `__init__` described above, with the
    signature of the one it replaces. Only a dataclass whose fields all go to `__init__`,
    none with a default factory, and whose instances can take the twin's class is changed;
    any other class is left as it is."""
    if not dataclasses.is_dataclass(record):
        return record
    fields = dataclasses.fields(record)
    if any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields):
        return record
    twin = _twin(record)
    lend_class = object.__setattr__  # (the record's own __setattr__ refuses every change)
    try:
        lend_class(object.__new__(record), "__class__", twin)
    except TypeError:  # layouts that differ after all (mypyc's build of the model's classes)
        return record
    namespace: dict[str, Any] = {
        "_defaults": {f.name: f.default for f in fields},
        "_lend_class": lend_class,
        "_twin": twin,
        "_record": record,
    }
    where = f"<citecli.frozen: {record.__qualname__}.__init__>"  # (in tracebacks)
    exec(compile(_init_source(fields), where, "exec"), namespace)  # (our own source only)
    init = namespace["__init__"]
    init.__qualname__ = f"{record.__qualname__}.__init__"
    init.__module__ = record.__module__
    type.__setattr__(record, "__init__", init)
    return record
