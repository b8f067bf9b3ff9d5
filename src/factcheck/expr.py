"""The small expression grammar of claim files, evaluated on intervals. Nothing is ``eval``-ed.

Grammar::

    comparison := sum (("==" | "<=" | ">=" | "<" | ">") sum)?
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := ("-" | "+") unary | atom
    atom       := NUMBER "%"? | NAME | "(" sum ")"

``×``, ``÷`` and ``−`` (U+2212, as factcheck writes its formulas) are accepted for ``*``, ``/``
and ``-``; ``≤`` and ``≥`` for ``<=`` and ``>=``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import NamedTuple

from factcheck.intervals import Interval

MAX_LENGTH = 2_000
MAX_DEPTH = 50
COMPARATORS = ("==", "<=", ">=", "<", ">")


class ExprError(ValueError):
    """An expression that cannot be read, with the offset where it goes wrong."""

    def __init__(self, message: str, offset: int, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.offset, self.hint = message, offset, hint


class Num(NamedTuple):
    """A literal number."""

    value: Fraction
    text: str


class Name(NamedTuple):
    """A reference to a named value of the claim."""

    name: str
    offset: int


class Neg(NamedTuple):
    """Unary minus."""

    operand: Node


class BinOp(NamedTuple):
    """An arithmetic operation."""

    op: str
    left: Node
    right: Node


Node = Num | Name | Neg | BinOp


class Expression(NamedTuple):
    """A parsed expression: a left side, and optionally a comparison with a right side."""

    text: str
    left: Node
    op: str | None = None
    right: Node | None = None

    def names(self) -> list[Name]:
        """Every name used, in order of appearance."""
        out: list[Name] = []
        for side in (self.left, self.right):
            if side is not None:
                _collect(side, out)
        return out


_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?%?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>==|<=|>=|≤|≥|[-+*/()<>×÷−]))"
)
_ALIASES = {"×": "*", "÷": "/", "−": "-", "≤": "<=", "≥": ">="}


def parse(text: str) -> Expression:
    """Parse an expression; raise :class:`ExprError` with an offset when it is not well formed."""
    if len(text) > MAX_LENGTH:
        raise ExprError(
            f"expression is {len(text)} characters long",
            MAX_LENGTH,
            f"keep expressions under {MAX_LENGTH} characters",
        )
    parser = _Parser(text, _tokens(text))
    left = parser.sum(0)
    op = right = None
    if parser.peek() in COMPARATORS:
        op = parser.next()[0]
        right = parser.sum(0)
    if parser.pos < len(parser.tokens):
        tok, at = parser.tokens[parser.pos]
        raise ExprError(f"unexpected {tok!r}", at, "one comparison at most: a + b == c")
    return Expression(text, left, op, right)


def _tokens(text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        if text[i:].strip() == "":
            break
        m = _TOKEN.match(text, i)
        if not m:
            j = i + len(text[i:]) - len(text[i:].lstrip())
            raise ExprError(
                f"unexpected character {text[j]!r}",
                j,
                "use names, numbers, + - * / ( ) and one of == <= >= < >",
            )
        tok = m.group(m.lastgroup or "op")
        out.append((_ALIASES.get(tok, tok), m.start(m.lastgroup or "op")))
        i = m.end()
    return out


class _Parser:
    def __init__(self, text: str, tokens: list[tuple[str, int]]) -> None:
        self.text, self.tokens, self.pos = text, tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def next(self) -> tuple[str, int]:
        if self.pos >= len(self.tokens):
            raise ExprError(
                "expression ends too early",
                len(self.text),
                "complete the expression, e.g. a + b == c",
            )
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def sum(self, depth: int) -> Node:
        node = self.product(depth)
        while self.peek() in ("+", "-"):
            op = self.next()[0]
            node = BinOp(op, node, self.product(depth))
        return node

    def product(self, depth: int) -> Node:
        node = self.unary(depth)
        while self.peek() in ("*", "/"):
            op = self.next()[0]
            node = BinOp(op, node, self.unary(depth))
        return node

    def unary(self, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise ExprError(
                "expression nested too deeply",
                self.tokens[self.pos - 1][1],
                f"at most {MAX_DEPTH} levels of parentheses or signs",
            )
        if self.peek() == "-":
            self.next()
            return Neg(self.unary(depth + 1))
        if self.peek() == "+":  # +5: the sign a writer may put on a figure changes nothing
            self.next()
            return self.unary(depth + 1)
        return self.atom(depth)

    def atom(self, depth: int) -> Node:
        tok, at = self.next()
        if tok == "(":
            node = self.sum(depth + 1)
            if self.peek() != ")":
                where = self.tokens[self.pos][1] if self.pos < len(self.tokens) else len(self.text)
                raise ExprError("missing ')'", where, "close every '(' you open")
            self.next()
            return node
        if tok[0].isdigit():
            if tok.endswith("%"):
                return Num(Fraction(tok[:-1]) / 100, tok)
            return Num(Fraction(tok), tok)
        if tok[0].isalpha() or tok[0] == "_":
            return Name(tok, at)
        raise ExprError(f"unexpected {tok!r}", at, "expected a name, a number or '('")


def _collect(node: Node, out: list[Name]) -> None:
    if isinstance(node, Name):
        out.append(node)
    elif isinstance(node, Neg):
        _collect(node.operand, out)
    elif isinstance(node, BinOp):
        _collect(node.left, out)
        _collect(node.right, out)


def evaluate(node: Node, env: Mapping[str, Interval]) -> Interval:
    """The interval of a node, names taken from ``env``; division by zero raises."""
    if isinstance(node, Num):
        return Interval.point(node.value)
    if isinstance(node, Name):
        return env[node.name]
    if isinstance(node, Neg):
        return -evaluate(node.operand, env)
    ops: dict[str, Callable[[Interval, Interval], Interval]] = {
        "+": Interval.__add__,
        "-": Interval.__sub__,
        "*": Interval.__mul__,
        "/": Interval.__truediv__,
    }
    return ops[node.op](evaluate(node.left, env), evaluate(node.right, env))


def render(node: Node, show: Callable[[Name], str] | None = None) -> str:
    """The node written back as text, names optionally replaced by ``show``."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Name):
        return show(node) if show else node.name
    if isinstance(node, Neg):
        return f"−{_wrap(node.operand, show)}"
    return f"{_wrap(node.left, show)} {_SYMBOL[node.op]} {_wrap(node.right, show)}"


_SYMBOL = {"+": "+", "-": "−", "*": "×", "/": "÷"}


def _wrap(node: Node, show: Callable[[Name], str] | None) -> str:
    text = render(node, show)
    return f"({text})" if isinstance(node, BinOp) else text


def possible(left: Interval, op: str, right: Interval) -> bool:
    """True when some value of ``left`` and some value of ``right`` satisfy ``op``."""
    if op == "==":
        return left.meets(right)
    if op in ("<=", "<"):
        return _can_be_below(left, right, strict=op == "<")
    return _can_be_below(right, left, strict=op == ">")


def _can_be_below(a: Interval, b: Interval, strict: bool) -> bool:
    if a.lo is None or b.hi is None:
        return True
    if a.lo != b.hi:
        return a.lo < b.hi
    return not strict and a.lo_closed and b.hi_closed
