"""Record: the repr, == and hash every model shares are those a frozen dataclass generates."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import pytest
from tests.conftest import GUILIN

import factcheck
from factcheck.engine import verify
from factcheck.record import Record


def _records() -> list[type]:
    """Every record class of factcheck, those of modules loaded only on some paths too."""
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if not info.name.endswith("__main__"):  # which runs the command line
            importlib.import_module(info.name)
    out, todo = [], list(Record.__subclasses__())
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return out


def _reference(x: Any) -> Any:
    """``x`` as a plain frozen dataclass of the same name and fields would hold it."""
    fields = [f.name for f in dataclasses.fields(x)]
    ref = dataclasses.make_dataclass(type(x).__name__, fields, frozen=True)
    ref.__qualname__ = type(x).__qualname__
    return ref(**{n: getattr(x, n) for n in fields})


def _instances() -> list[Any]:
    """Every record reachable from the Guilin report (claims, values, findings, steps…)."""
    seen: dict[int, Any] = {}
    todo: list[Any] = [verify([GUILIN])]
    while todo:
        x = todo.pop()
        if isinstance(x, Record) and id(x) not in seen:
            seen[id(x)] = x
            todo.extend(getattr(x, f.name) for f in dataclasses.fields(x))
        elif isinstance(x, (list, tuple)):
            todo.extend(x)
        elif isinstance(x, dict):
            todo.extend(x.values())
    return list(seen.values())


def test_every_record_is_a_dataclass_whose_match_args_are_its_fields():
    classes = _records()
    names = {c.__name__ for c in classes}
    assert names >= {"Claim", "Finding", "Quantity", "DateFigure", "Report", "Interval", "_Spread"}
    for cls in classes:
        assert dataclasses.is_dataclass(cls)
        assert cls.__match_args__ == tuple(f.name for f in dataclasses.fields(cls)), cls
        assert not any(f.kw_only or not f.init for f in dataclasses.fields(cls)), cls


def test_repr_eq_and_hash_are_a_dataclass_s():
    found = _instances()
    assert len({type(x) for x in found}) >= 10
    for x in found:
        ref = _reference(x)
        assert repr(x) == repr(ref)
        twin = dataclasses.replace(x)
        assert twin == x and twin is not x
        assert (twin != x) is False  # != is the inverse of ==
        try:
            expected = hash(ref)
        except TypeError:  # a dict among the fields (Claim's options): no hash, as before
            with pytest.raises(TypeError):
                hash(x)
        else:
            assert hash(x) == expected
        assert x != object() and x.__eq__(ref) is NotImplemented  # another class: not equal
        first = dataclasses.fields(x)[0].name
        try:
            other = dataclasses.replace(x, **{first: "another"})
        except Exception:  # a field whose type checks (a bound of an interval…)
            continue
        assert other != x


def test_each_init_takes_the_fields_in_order_with_their_defaults():
    """The written ``__init__`` of each record is the one a dataclass would generate: the
    fields, in order, with their defaults (a default factory becomes ``None``, replaced by a
    new empty container)."""
    for cls in _records():
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields, strict=True):
            assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, (cls, f.name)
            if f.default is not dataclasses.MISSING:
                assert p.default == f.default, (cls, f.name)
            elif f.default_factory is not dataclasses.MISSING:
                assert p.default is None, (cls, f.name)
            else:
                assert p.default is inspect.Parameter.empty, (cls, f.name)


def test_each_init_sets_every_field_to_its_argument():
    for x in _instances():
        names = [f.name for f in dataclasses.fields(x)]
        built = type(x)(**{n: getattr(x, n) for n in names})
        assert all(getattr(built, n) is getattr(x, n) for n in names), type(x)
        positional = type(x)(*(getattr(x, n) for n in names))
        assert positional == x


def test_a_default_factory_gives_each_record_its_own_container():
    a, b = (dataclasses.replace(c, options=None) for c in _claims()[:2])
    assert a.options == {} and b.options == {} and a.options is not b.options


def _claims() -> list[Any]:
    return [x for x in _instances() if type(x).__name__ == "Claim"]


def test_a_record_refuses_assignment_and_deletion_as_a_frozen_dataclass_does():
    found = _instances()
    for x in found:
        for f in dataclasses.fields(x):
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(x, f.name, None)
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(x, f.name)
        with pytest.raises(dataclasses.FrozenInstanceError):
            x.not_a_field = 1


def test_a_record_pickles_as_a_frozen_dataclass_does():
    """``--jobs`` sends the claims and findings between processes."""
    for x in _instances():
        back = pickle.loads(pickle.dumps(x))
        assert back == x and type(back) is type(x)
        assert [getattr(back, n) for n in x.__match_args__] == [
            getattr(x, n) for n in x.__match_args__
        ]
