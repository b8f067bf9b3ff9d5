"""``python -m tests.fuzz.run --cases 10000``: the fuzzing campaign behind ``make fuzz``.

Three families of cases: clean claim documents (30%, odd figures but well formed: each must
load, exit 0 or 1), broken and hostile documents (30%), and byte mutations of
claims/guilin.yaml (40%). Each runs through the command line (``verify`` in a random format,
``check``, or ``report``) under a time limit.
Prints the counts: cases, exits by code, tracebacks, hangs, unlocated errors; saves every failing
input in ``--save`` and exits 1 when there is one. Then times the three hostile files the issue
names (a billion laughs, a 100,000-digit figure, a 60 MB file).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as seed_of
from hypothesis import strategies as st
from tests.fuzz import strategies
from tests.fuzz.harness import FORMATS, GUILIN, Outcome, run_case, workdir

COMMANDS = st.sampled_from(
    [("verify", f) for f in FORMATS] * 3 + [("check", "plain"), ("report", "html")]
)


class Campaign:
    """The cases run so far and how they ended."""

    def __init__(self, where: Path, save: Path, timeout: float, slow: float) -> None:
        self.where, self.save, self.timeout, self.slow = where, save, timeout, slow
        self.slow_cases = 0
        self.exits: Counter[int | None] = Counter()
        self.by_family: dict[str, Counter[int | None]] = {}
        self.kinds: Counter[str] = Counter()
        self.cases = 0
        self.slowest = (0.0, "")
        self.failures: list[tuple[str, Outcome]] = []

    def run(self, family: str, data: bytes, command: str, fmt: str, readable: bool = False) -> None:
        """One case, counted; a failing input is saved with what went wrong."""
        outcome = run_case(data, self.where, command, fmt, self.timeout, readable)
        self.cases += 1
        self.exits[outcome.exit_code] += 1
        self.by_family.setdefault(family, Counter())[outcome.exit_code] += 1
        self.kinds[outcome.kind] += 1
        name = f"{family.replace(' ', '-')}-{self.cases:05d}"
        if outcome.seconds > self.slowest[0]:
            self.slowest = (outcome.seconds, name)
        if outcome.kind != "ok":
            self.keep(
                f"{name}", data, f"{command} --format {fmt}\n{outcome.kind}\n{outcome.failure}"
            )
            self.failures.append((name, outcome))
        elif outcome.seconds > self.slow:  # not a failure, but worth a look
            self.slow_cases += 1
            self.keep(f"slow-{name}", data, f"{command} --format {fmt}\n{outcome.seconds:.2f} s")

    def keep(self, name: str, data: bytes, note: str) -> None:
        """Save an input and a note on it."""
        self.save.mkdir(parents=True, exist_ok=True)
        (self.save / f"{name}.yaml").write_bytes(data)
        (self.save / f"{name}.txt").write_text(note + "\n", encoding="utf-8")


def explore(strategy: st.SearchStrategy, cases: int, seed: int, body: object) -> None:
    """Run ``body`` on ``cases`` examples of ``strategy``, generating only (no shrinking)."""
    if cases <= 0:
        return

    @settings(
        max_examples=cases,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @seed_of(seed)
    @given(strategy)
    def each(case: object) -> None:
        body(case)  # type: ignore[operator]

    each()


def hostile(where: Path) -> list[tuple[str, int | None, float, str]]:
    """The three files the issue names: each must exit 2, located, in under a second."""
    laughs = strategies.HOSTILE[0].encode()
    digits = (
        "claims:\n  - id: big\n    kind: ratio\n    quote: q\n    values:\n"
        f"      numerator: {'1' + '0' * 100_000}\n      denominator: '2'\n      ratio: '1'\n"
    ).encode()
    out = []
    for name, data in (("billion laughs", laughs), ("100,000-digit figure", digits)):
        o = run_case(data, where, "verify", "plain", 10.0)
        out.append((name, o.exit_code, o.seconds, o.failure))
    big = where / "claims.yaml"
    with big.open("wb") as fh:  # a sparse 60 MB file: its size is refused before it is read
        fh.truncate(60 * 1024 * 1024)
    from typer.testing import CliRunner

    from factcheck.cli import app

    start = time.perf_counter()
    result = CliRunner().invoke(app, ["verify", str(big), "--format", "plain"])
    out.append(("60 MB file", result.exit_code, time.perf_counter() - start, result.stderr))
    big.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print its counts."""
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.run", description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000, help="number of cases (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a case hangs")
    parser.add_argument("--slow", type=float, default=1.0, help="save cases slower than this")
    parser.add_argument(
        "--only", choices=("clean", "broken", "mutation"), help="run one family of cases only"
    )
    parser.add_argument(
        "--save", type=Path, default=Path("build/fuzz"), help="failing inputs go here"
    )
    args = parser.parse_args(argv)
    seed_bytes = GUILIN.read_bytes()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as tmp:
        campaign = Campaign(workdir(Path(tmp)), args.save, args.timeout, args.slow)
        share = {"clean": (1, 0), "broken": (0, 1), "mutation": (0, 0), None: (0.3, 0.3)}
        clean, broken = (int(args.cases * x) for x in share[args.only])
        explore(
            st.tuples(strategies.claim_texts(clean=True), COMMANDS),
            clean,
            args.seed,
            lambda c: campaign.run("clean document", c[0], *c[1], readable=True),
        )
        explore(
            st.tuples(strategies.claim_texts(), COMMANDS),
            broken,
            args.seed + 1,
            lambda c: campaign.run("broken document", c[0], *c[1]),
        )
        explore(
            st.tuples(strategies.mutations, COMMANDS),
            args.cases - clean - broken,
            args.seed + 2,
            lambda c: campaign.run("mutation", strategies.apply(seed_bytes, c[0]), *c[1]),
        )
        elapsed = time.perf_counter() - start
        limits = hostile(Path(tmp))
    exits = ", ".join(f"{k}: {v}" for k, v in sorted(campaign.exits.items(), key=str))
    print(f"cases: {campaign.cases} (seed {args.seed}, {args.timeout:g} s limit per case)")
    print(f"exits: {exits}")
    for family, counts in campaign.by_family.items():
        each = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str))
        print(f"  {family}s ({sum(counts.values())}): {each}")
    print(
        f"tracebacks: {campaign.kinds['traceback']}, hangs: {campaign.kinds['hang']}, "
        f"exit 2 without FILE:LINE:COL: {campaign.kinds['unlocated']}, "
        f"clean files refused: {campaign.kinds['refused']}, "
        f"other failures: {campaign.kinds['bad-exit'] + campaign.kinds['bad-output']}"
    )
    print(
        f"slowest case: {campaign.slowest[0]:.2f} s ({campaign.slowest[1]}); "
        f"{campaign.slow_cases} over {args.slow:g} s"
    )
    print(f"time: {elapsed:.1f} s")
    for name, code, seconds, _ in limits:
        print(f"{name}: exit {code} in {seconds:.3f} s")
    for name, outcome in campaign.failures[:20]:
        print(f"\n--- {name} ({outcome.kind}) saved in {args.save}\n{outcome.failure[-2000:]}")
    bad = campaign.failures or any(code != 2 or s >= 1 for _, code, s, _ in limits)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
