from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def grim(*args: str):
    return runner.invoke(app, ["grim", *args])


def test_smallest_denominator_of_one_percentage():
    r = grim("96.15%")
    assert r.exit_code == 0
    assert "smallest N: 26\n" in r.stdout and "25/26 = 96.1538%" in r.stdout
    assert "no power from N = 10000" in r.stdout
    assert r.stderr == ""


def test_two_percentages_of_one_whole():
    r = grim("20.36%", "30.66%")
    assert r.exit_code == 0
    assert "smallest N: 786\n" in r.stdout
    assert "20.36%: 160/786" in r.stdout and "30.66%: 241/786" in r.stdout


@pytest.mark.parametrize(
    ("percent", "code"),
    [("67.4%", 1), ("54.2%", 1), ("54.0%", 0), ("69.8%", 1), ("68.1%", 1), ("55.4%", 1)],
)
def test_scrutiny_pigs2_with_n_150(percent, code):
    r = grim(percent, "--n", "150")
    assert r.exit_code == code
    assert f"{percent} of N = 150: {'consistent' if code == 0 else 'inconsistent'}" in r.stdout


def test_inconsistent_shows_the_nearest_either_side():
    r = grim("67.4%", "--n", "150")
    assert "nearest consistent: 67.3% (101/150) and 68.0% (102/150)" in r.stdout


def test_rounding_procedure():
    # 101/150 = 67.333 % rounds up to 67.4 % under ceiling
    assert grim("67.4%", "--n", "150", "--rounding", "ceiling").exit_code == 0
    assert grim("67.4%", "--n", "150", "--rounding", "half_up").exit_code == 1


def test_decimals_restores_lost_trailing_zeros():
    # 54 read as 54.0 %: 81/150
    r = grim("54", "--decimals", "1", "--n", "150")
    assert r.exit_code == 0 and "[53.95%, 54.05%]" in r.stdout
    # read as a whole percentage, 54 % is far wider
    assert "[53.5%, 54.5%]" in grim("54", "--n", "150").stdout


def test_no_power_is_said():
    r = grim("96.15%", "--n", "10000")
    assert r.exit_code == 0 and "no power" in r.stdout
    assert "no power" not in grim("96.15%", "--n", "26").stdout


def test_all_lists_every_consistent_whole():
    r = grim("96.15%", "--all", "--max-n", "300")
    assert "every consistent N up to 300: 26, 52, 78, 104, 130, 156, 182, 208, 234, 260, 286" in (
        r.stdout
    )


def test_constraints():
    assert grim("20.36%", "30.66%", "-c", "p1 <= p2").exit_code == 0
    r = grim("20.36%", "30.66%", "-c", "p1 + p2 == N", "--max-n", "20000")
    assert r.exit_code == 1 and "no N up to 20,000" in r.stdout
    r = grim("60%", "40%", "-c", "p1 + p2 == N", "--n", "150")
    assert r.exit_code == 0 and "under the constraints: consistent (90/150, 60/150)" in r.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["12..3%"], "grim: cannot read '12..3%': a decimal point must be followed by a digit"),
        (["5元"], "grim: '5元' is not a rounded percentage"),
        (["120%"], "grim: '120%' is not a share of a whole"),
        (["54.12%", "--decimals", "1"], "grim: '54.12%' has 2 decimals, more than --decimals 1"),
        (["50%", "--n", "0"], "grim: --n 0 is not a whole of at least 1"),
        (["50%", "-c", "p1 * N < 3"], "not linear"),
        (["50%", "-c", "p3 < N"], "unknown name 'p3'"),
    ],
)
def test_bad_input_exits_2_without_a_traceback(args, message):
    r = grim(*args)
    assert r.exit_code == 2
    assert r.stderr.startswith("grim: ") and message in r.stderr
    assert "hint:" in r.stderr or "--n" in message
    assert r.stdout == "" and "Traceback" not in r.output


def test_negative_decimals_are_refused_by_the_option():
    r = grim("96.15%", "--decimals", "-1")
    assert r.exit_code == 2
    assert "Invalid value for '--decimals'" in r.output and "x>=0" in r.output
    assert "Traceback" not in r.output
