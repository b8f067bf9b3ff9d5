"""Record: what a frozen dataclass generates, written once for every model and for
:class:`~factcheck.intervals.Interval`."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

# how a record's __init__ sets a field (its own __setattr__ refuses)
init_field = object.__setattr__


class Record:
    """What a frozen dataclass generates, written once for every model: refusing assignment,
    and the repr, == and hash over its fields, in order.

    The models are declared ``@dataclass(init=False, repr=False, eq=False)`` on this base,
    each with its ``__init__`` written out (setting its fields with :data:`init_field`, in the
    order declared): a frozen dataclass compiles three functions for each class at every
    start, about 5 ms of the 40 that factcheck adds to its libraries' start-up.
    ``tests/test_models.py`` holds each model to a frozen dataclass of the same fields.
    """

    __slots__ = ()
    __match_args__: tuple[str, ...]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    # pickled (``--jobs``) as a frozen dataclass is: its fields in order, set back past
    # __setattr__
    def __getstate__(self) -> list[object]:
        return [getattr(self, n) for n in self.__match_args__]

    def __setstate__(self, state: list[object]) -> None:
        for name, value in zip(self.__match_args__, state, strict=True):
            init_field(self, name, value)

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self.__match_args__
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self.__match_args__))
