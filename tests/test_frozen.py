"""citecli.frozen: records built by the cheaper __init__ are exactly the dataclass's records."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import InitVar, dataclass, field
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecli import model
from citecli.frozen import quick_init
from citecli.model import Diagnostic, Doi, Person, Work, WorkType


@dataclass(frozen=True, slots=True)
class _Slotted:
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _WithFactory:
    name: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _WithDict:  # no slots: the instances keep a __dict__, as the twin's do
    name: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class _FieldsNamedLikeItsHelpers:  # a field may be named as a builtin or as "self"
    type: str
    self: str = ""


@dataclass(frozen=True, slots=True)
class _Derived:
    name: str
    size: int = field(init=False, default=0)


@dataclass(frozen=True, slots=True)
class _Checked:
    name: str

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a name")


@dataclass(frozen=True, slots=True, kw_only=True)
class _KeywordsOnly:
    name: str


@dataclass(frozen=True, slots=True)
class _WithInitVar:
    name: str
    shout: InitVar[bool] = False


@dataclass(frozen=True, slots=True)
class _OwnInit:
    name: str

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "name", name.upper())


class _Upper:
    """A field's descriptor that keeps what it is given in capitals."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = f"_{name}"

    def __get__(self, instance: object, owner: type) -> str:
        return str(getattr(instance, self.name, ""))

    def __set__(self, instance: object, value: str) -> None:
        object.__setattr__(instance, self.name, value.upper())


@dataclass(frozen=True)
class _DescriptorField:
    name: _Upper = _Upper()


@dataclass
class _NotFrozen:
    name: str

    def __setattr__(self, key: str, value: object) -> None:
        object.__setattr__(self, key, f"{value}!")


@dataclass(frozen=True, slots=True)
class _Base:
    name: str


@dataclass(frozen=True, slots=True)
class _InheritedSlots(_Base):  # its instances hold the base's slots too: no twin shares that
    count: int = 0


QUICK = [quick_init(_Slotted), quick_init(_WithDict)]
quick_init(_FieldsNamedLikeItsHelpers)


@pytest.mark.parametrize("record", [Diagnostic, Person, Doi, Work])
def test_the_model_records_have_the_quick_init_unless_compiled(record: type) -> None:
    # mypyc's build lays the classes out so that no instance may change class: they keep
    # the dataclass's __init__ (and need no other, being compiled)
    compiled = not str(model.__file__).endswith(".py")
    assert record.__init__.__code__.co_filename.startswith("<citecli.frozen") is not compiled


@pytest.mark.parametrize("record", QUICK)
def test_a_record_keeps_its_class_values_and_frozenness(record: type) -> None:
    made = record("a", count=3)
    assert type(made) is record
    assert (made.name, made.count) == ("a", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "b"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del made.count
    assert made == record("a", 3)
    assert made != record("a", 4)
    assert hash(made) == hash(record("a", 3))
    assert dataclasses.replace(made, count=5) == record("a", 5)
    assert pickle.loads(pickle.dumps(made)) == made
    assert copy.deepcopy(made) == made


def test_defaults_and_positions_are_the_dataclass_s() -> None:
    made = _Slotted("a")
    assert (made.count, made.tags) == (0, ())
    assert _Slotted("a", 2, ("x",)) == _Slotted(name="a", tags=("x",), count=2)


def test_the_signature_and_the_errors_name_the_record() -> None:
    assert list(inspect.signature(_Slotted).parameters) == ["name", "count", "tags"]
    with pytest.raises(TypeError, match=r"_Slotted\.__init__\(\) got an unexpected keyword"):
        _Slotted("a", size=1)
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        _Slotted()  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "record",
    [
        _Derived,
        _WithFactory,
        _Checked,
        _KeywordsOnly,
        _WithInitVar,
        _OwnInit,
        _InheritedSlots,
        _DescriptorField,
        _NotFrozen,
    ],
)
def test_a_class_it_cannot_serve_is_left_as_it_is(record: type) -> None:
    # what the written __init__ would get wrong is left to the dataclass's own
    before = record.__init__
    assert quick_init(record) is record
    assert record.__init__ is before


def test_what_the_refused_classes_keep() -> None:
    with pytest.raises(ValueError, match="a name"):
        _Checked("")
    with pytest.raises(TypeError):
        _KeywordsOnly("a")  # type: ignore[misc]
    assert _OwnInit("a").name == "A"
    assert _InheritedSlots("a", 2).count == 2
    assert _DescriptorField("a").name == "A"  # type: ignore[arg-type]
    assert _NotFrozen("a").name == "a!"


def test_fields_named_as_builtins_or_self() -> None:
    made = _FieldsNamedLikeItsHelpers("t", self="s")
    assert type(made) is _FieldsNamedLikeItsHelpers
    assert (made.type, made.self) == ("t", "s")


def test_a_subclass_is_built_as_itself() -> None:
    # (a record of the tests' own: mypyc's build lets no Python class subclass the model's)
    class Slotted(_Slotted):
        __slots__ = ()

        def shout(self) -> str:
            return self.name.upper()

    class Plain(_Slotted):
        pass

    assert type(Slotted("smith")) is Slotted
    assert Slotted("smith").shout() == "SMITH"
    assert type(Plain("x")) is Plain and Plain("x").name == "x"


def test_the_signature_keeps_its_annotations() -> None:
    assert inspect.signature(Person).parameters["family"].annotation in (str, "str")


_text = st.text(max_size=8)


@given(
    family=_text,
    given_names=_text,
    particle=_text,
    literal=_text,
    orcid=_text,
)
def test_person_fields_are_those_given(
    family: str, given_names: str, particle: str, literal: str, orcid: str
) -> None:
    person = Person(family, given_names, particle, literal=literal, orcid=orcid)
    expected = (family, given_names, particle, "", literal, "", "", "", "", orcid)
    assert dataclasses.astuple(person) == expected


def test_a_work_holds_what_it_was_built_with() -> None:
    work = Work(
        type=WorkType.BOOK,
        title="T",
        authors=(Person("A", "B."),),
        year=2020,
        doi=Doi("10.1/x", "10.1/x"),
        accessed=date(2024, 1, 2),
        diagnostics=(Diagnostic("no year found", 3),),
    )
    assert type(work) is Work
    assert (work.type, work.title, work.year, work.accessed) == (
        WorkType.BOOK,
        "T",
        2020,
        date(2024, 1, 2),
    )
    assert work.authors[0].family == "A"
    assert work.container == "" and work.keywords == () and work.number is None
    assert work.replace(title="U").title == "U"
