"""``factcheck grim``: the granularity calculator."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from factcheck.cli.common import EXIT_INCONSISTENT, EXIT_INPUT, EXIT_OK
from factcheck.granularity import MAX_N
from factcheck.grim import InputError, calculate
from factcheck.linear import SolverError
from factcheck.rounding import Rounding

Percents = Annotated[
    list[str],
    typer.Argument(help="Rounded percentages as printed: 96.15% (a bare number is a percentage)."),
]
N = Annotated[
    int | None,
    typer.Option("--n", help="The whole: can k/N give each percentage? (exit 1 if not)"),
]
Decimals = Annotated[
    int | None,
    typer.Option(
        "--decimals", min=0, help="Decimals the percentages were printed with (54 → 54.0)."
    ),
]
RoundingOpt = Annotated[
    Rounding, typer.Option("--rounding", help="How the percentages were rounded.")
]
MaxN = Annotated[int, typer.Option("--max-n", help="The largest whole searched.")]
Constraint = Annotated[
    list[str] | None,
    typer.Option(
        "--constraint",
        "-c",
        help="A linear relation between the counts p1, p2, … and the whole N: 'p1 <= p2'.",
    ),
]
All = Annotated[bool, typer.Option("--all", help="List every consistent N up to --max-n.")]


def grim(
    percents: Percents,
    n: N = None,
    decimals: Decimals = None,
    rounding: RoundingOpt = Rounding.UP_OR_DOWN,
    max_n: MaxN = MAX_N,
    constraint: Constraint = None,
    list_all: All = False,
) -> None:
    """Which wholes N give these rounded percentages as k/N for whole k (GRIM).

    Without --n: the smallest N for all of them together, and the counts.

    With --n: whether k/N gives each one (exit 0) or not (exit 1, nearest percentages shown).
    """
    try:
        result = calculate(percents, n, decimals, rounding, max_n, constraint or [], list_all)
    except InputError as e:
        print(f"grim: {e.message}", file=sys.stderr)
        if e.hint:
            print(f"  hint: {e.hint}", file=sys.stderr)
        raise typer.Exit(EXIT_INPUT) from None
    except SolverError as e:
        print(f"grim: {e}", file=sys.stderr)
        raise typer.Exit(EXIT_INPUT) from None
    sys.stdout.write("\n".join(result.lines) + "\n")
    raise typer.Exit(EXIT_OK if result.consistent else EXIT_INCONSISTENT)
