"""yamlsplit: a large claim file composed a slice of claims at a time loads exactly as whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import GUILIN

from factcheck import loader, safeyaml, yamlnodes, yamlsplit
from factcheck.models import ClaimFile

HEAD = """\
version: 1
source:
  title: test
"""


def claim(i: int, figure: str = "93万元") -> str:
    return f"""\
  - id: c{i}
    kind: order
    quote: 追回{figure},被骗169万元
    values:
      recovered: "{figure}"
      lost: 169万元
"""


def many(n: int) -> str:
    return HEAD + "claims:\n" + "".join(claim(i) for i in range(n))


def load_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ClaimFile, ClaimFile, bool]:
    """The file loaded whole, and split into slices of three claims; whether it was split."""
    monkeypatch.setattr(loader, "SPLIT_CHARS", 1 << 40)
    whole = loader.load(path)
    monkeypatch.setattr(loader, "SPLIT_CHARS", 0)
    monkeypatch.setattr(yamlsplit, "PER_SLICE", 3)
    composed: list[str] = []
    real = loader._compose

    def spy(f: yamlnodes.File, text: str):  # type: ignore[no-untyped-def]
        composed.append(text)
        return real(f, text)

    monkeypatch.setattr(loader, "_compose", spy)
    split = loader.load(path)
    return whole, split, not composed


def test_split_finds_the_items_and_blanks_them_in_the_head() -> None:
    text = many(4) + "rounding: half_up\n"
    s = yamlsplit.split(text)
    assert s is not None
    assert s.claims_line == 3
    assert [line for line, _ in s.items] == [4, 10, 16, 22]
    assert all(text[at:].startswith("  - id: c") for _, at in s.items)
    assert text[s.end :] == "rounding: half_up\n"
    head = s.head.split("\n")
    assert len(head) == len(text.split("\n"))  # every line keeps its number
    assert head[3] == "claims: []" and head[28] == "rounding: half_up"
    assert all(not ln for ln in head[4:28])
    slices = list(s.slices(3))
    assert [starts for _, starts in slices] == [[4, 10, 16], [22]]
    for piece, starts in slices:  # each slice starts on its own line
        assert piece.split("\n")[starts[0]] == f"  - id: c{starts[0] // 6}"
        assert piece.split("\n")[: starts[0]] == [""] * starts[0]


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "claims: [{id: a}]\n",  # a flow list
        HEAD + "claims:\n  id: a\n",  # not a list
        HEAD,  # no claims
        many(2) + "claims:\n" + claim(9),  # two lists
        many(2).replace("\n", "\r\n"),  # line breaks YAML counts that split() would not
    ],
)
def test_other_layouts_are_not_split(text: str) -> None:
    assert yamlsplit.split(text) is None


@pytest.mark.parametrize(
    "text",
    [
        many(10),
        many(7) + "rounding: half_up\napprox: 5%\n",  # keys after the list
        many(2) + "\n# a comment between claims\n\n" + claim(5),
        HEAD + "claims:\n" + "".join(claim(i)[2:].replace("\n  ", "\n") for i in (1, 2)),
        HEAD + "claims:\n  -\n    id: a\n    kind: order\n    quote: 追回93万元\n"
        "    values: {a: 93万元}\n" + claim(2),  # an item whose `-` stands alone
        many(5) + claim(1),  # a duplicate id, in another slice
        many(4) + claim(7, "9.3.4万元"),  # an unreadable figure
        many(5).replace("    values:", "    valeus:", 1),  # an unknown key
    ],
)
def test_split_loads_exactly_as_whole(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    whole, split, was_split = load_both(path, monkeypatch)
    assert was_split
    assert split == whole
    assert whole.claims  # the comparison is of something


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # PyYAML lets a quoted scalar run on over a line that looks like an item
        (many(2) + claim(3).replace("追回93万元,被骗169万元", '"追回93万元\n  - 被骗169万元"'), ""),
        (many(4) + "  - id: [\n" + claim(5), "malformed YAML"),
        (many(4) + "  - id: &x a\n" + claim(5), "YAML anchor 'x' is not allowed"),
    ],
)
def test_what_does_not_split_is_composed_whole(
    text: str, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    whole, split, _ = load_both(path, monkeypatch)
    assert split == whole
    assert problem in "".join(p.message for p in whole.problems)
    if not problem:
        assert "追回93万元 - 被骗169万元" in [q.text for c in whole.claims for q in c.quotes]


def test_guilin_splits_and_loads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    whole, split, was_split = load_both(GUILIN, monkeypatch)
    assert was_split and split == whole
    assert len(whole.claims) > 50


def test_depth_is_counted_from_the_file_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    deep = "x: " + "[" * (loader.MAX_DEPTH - 3) + "1" + "]" * (loader.MAX_DEPTH - 3)
    text = many(3) + "    note: {" + deep + "}\n"
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    whole, split, _ = load_both(path, monkeypatch)
    assert split == whole
    assert any("nested deeper" in p.message for p in whole.problems)


@pytest.mark.parametrize(
    "text",
    [
        many(4) + "unchecked:\n  - {figure: 2020年, reason: the year}\n",  # a key after the list
        many(4).replace("追回93万元", "追回93万元 & more", 1),  # a false alarm of an anchor
        many(5) + "claims: [x]\n",  # a second `claims` key
    ],
)
def test_more_layouts_load_exactly_as_whole(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    whole, split, _ = load_both(path, monkeypatch)
    assert split == whole


def test_a_slice_with_an_ampersand_is_composed_event_by_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(many(6).replace("追回93万元", "追回93万元 & more", 1), encoding="utf-8")
    whole, split, was_split = load_both(path, monkeypatch)
    assert was_split and split == whole
    assert whole.claims[0].quotes[0].text.endswith("& more,被骗169万元")


@pytest.mark.parametrize(
    ("limit", "name", "most"), [("MAX_NODES", "safeyaml", 40), ("MAX_CLAIMS", "loader", 5)]
)
def test_a_limit_over_all_slices_is_refused_as_whole(
    limit: str, name: str, most: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(many(10), encoding="utf-8")
    monkeypatch.setattr(safeyaml if name == "safeyaml" else loader, limit, most)
    whole, split, was_split = load_both(path, monkeypatch)
    assert not was_split and split == whole
    assert whole.problems and not whole.claims
