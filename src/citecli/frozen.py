"""Cheaper construction of frozen dataclasses: the parser builds a `Work` and a few `Person`
records for every reference, and building them was a tenth of its work.

A frozen dataclass's own `__init__` must get past the `__setattr__` that freezes it, so it
sets each field with `object.__setattr__(self, name, value)`, a generic call that costs
about 1,400 machine instructions a field on CPython 3.11 (cachegrind; `Work` has 39
fields). An unfrozen class stores a field with one specialised instruction. So the
`__init__` written here lends the instance, for the length of the call, the class of an
unfrozen twin (the same slots, nothing else), stores the fields as that twin's instance,
and gives the instance its own class back. Nothing between the two class changes can fail
(the arguments are bound before the body runs), so no instance is left with the twin's
class. Measured per `Work` built: 9.97 µs with the dataclass's `__init__`, 1.43 µs with
this one; setting each slot through its descriptor's `__set__` instead, without the class
change, took 3.50 µs.

The record is exactly as before once built: its class, fields, equality, hash, `repr` and
frozenness are those the dataclass defines (tests/test_frozen.py). A subclass's instances
are built by the dataclass's own `__init__`, and a class this cannot serve exactly (not
frozen, a `__post_init__`, keyword-only or init-only fields, default factories, fields that
are descriptors, a hand-written `__init__`, a layout the twin cannot share) keeps it.

The `__init__` is written as source and compiled, as `dataclasses` writes its own: a
function taking `*args, **kwargs` and passing them on cost half of what it saved. Its
helpers are named `__quick_…`, so that no field's name (`Work.type`) can hide them.
"""

from __future__ import annotations

import dataclasses
import inspect
import types
from typing import Any, TypeVar

Record = TypeVar("Record")


def _twin(record: type[Any]) -> type[Any]:
    """An unfrozen class with `record`'s layout: Python lets an instance change between two
    classes only when their slots (or their lack of them) match."""
    slots = record.__dict__.get("__slots__")
    namespace = {} if slots is None else {"__slots__": slots}
    return type(record.__name__, (), namespace)


def _servable(record: type[Any]) -> bool:
    """Whether the dataclass's own `__init__` does nothing but store each field, taken in
    order by position or keyword, in a frozen instance whose fields are plain slots or plain
    entries of its dictionary: what the written `__init__` does (its stores, made as the
    twin's, pass no descriptor or `__setattr__` of the record's)."""
    if not record.__dataclass_params__.frozen:
        return False
    for field in dataclasses.fields(record):
        found = inspect.getattr_static(record, field.name, None)
        own_slot = isinstance(found, types.MemberDescriptorType) and field.name in record.__dict__
        if hasattr(type(found), "__set__") and not own_slot:
            return False  # a descriptor or a property of its own, or an inherited slot
    code = getattr(record.__dict__.get("__init__"), "__code__", None)
    if code is None or code.co_filename != "<string>" or hasattr(record, "__post_init__"):
        return False  # (dataclasses compiles its __init__ from a string, as here)
    fields = dataclasses.fields(record)
    if any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields):
        return False
    parameters = list(inspect.signature(record.__dict__["__init__"]).parameters.values())[1:]
    return [p.name for p in parameters] == [f.name for f in fields] and all(
        p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters
    )


def _init_source(fields: tuple[dataclasses.Field[Any], ...]) -> str:
    """def __init__(__quick_self, value, raw, repaired=__quick_defaults['repaired']): … as
    `dataclasses` would write it, with the class lent around the stores."""
    parameters = ", ".join(
        field.name
        if field.default is dataclasses.MISSING
        else f"{field.name}=__quick_defaults[{field.name!r}]"
        for field in fields
    )
    arguments = ", ".join(field.name for field in fields)
    stores = "".join(f"    __quick_self.{field.name} = {field.name}\n" for field in fields)
    return (
        f"def __init__(__quick_self, {parameters}):\n"
        "    if __quick_type(__quick_self) is not __quick_record:\n"
        f"        return __quick_own_init(__quick_self, {arguments})\n"
        "    __quick_lend_class(__quick_self, '__class__', __quick_twin)\n"
        f"{stores}"
        "    __quick_self.__class__ = __quick_record\n"
    )


def quick_init(record: type[Record]) -> type[Record]:
    """Give the frozen dataclass `record` the cheaper `__init__` described above, with the
    signature of the one it replaces; leave any class it cannot serve as it is."""
    if not dataclasses.is_dataclass(record) or not _servable(record):
        return record
    twin = _twin(record)
    lend_class = object.__setattr__  # (the record's own __setattr__ refuses every change)
    try:
        lend_class(object.__new__(record), "__class__", twin)
    except TypeError:  # a layout the twin does not share: inherited slots, mypyc's build
        return record
    own_init = record.__dict__["__init__"]
    fields = dataclasses.fields(record)
    namespace: dict[str, Any] = {
        "__quick_defaults": {f.name: f.default for f in fields},
        "__quick_lend_class": lend_class,
        "__quick_twin": twin,
        "__quick_record": record,
        "__quick_own_init": own_init,
        "__quick_type": type,
    }
    where = f"<citecli.frozen: {record.__qualname__}.__init__>"  # (in tracebacks)
    exec(compile(_init_source(fields), where, "exec"), namespace)  # (our own source only)
    init = namespace["__init__"]
    init.__qualname__ = f"{record.__qualname__}.__init__"
    init.__module__ = record.__module__
    init.__doc__ = own_init.__doc__
    init.__annotations__ = dict(own_init.__annotations__)
    type.__setattr__(record, "__init__", init)
    return record
