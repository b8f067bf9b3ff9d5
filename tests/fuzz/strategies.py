"""Hypothesis strategies for clean, broken and hostile claim files.

Claim documents generated from their parts: clean ones (odd figures, huge and tiny numbers,
every rounding, but well formed: they must load), broken ones (wrong structures, text of every
script, unreadable figures, junk keys) written out in odd encodings and line ends and often
damaged, hostile files (alias bombs, deep nesting, tags); and byte-level mutations of
``claims/guilin.yaml`` (flipped, inserted and deleted bytes, truncations, duplicated and moved
lines).
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import strategies as st

from factcheck.checks import REGISTRY
from factcheck.chinese_numerals import CN_CHARS
from factcheck.units import LEADING, MEASURES, TRAILING, UNITS

# ---- figures ---------------------------------------------------------------------------------

REAL_FIGURES = (
    "82.04%", "98.26%", "16.2个百分点", "16.22 pp", "169万元", "162万余元", "93万元", "下降10.79%",
    "提高到96.15%", "不到30分钟", "60%以上", "more than 1,400", "3.2 million", "1.5bn", "三成",
    "一千三百", "１６９", "2倍", "增长2倍", "是去年的2倍", "100天左右", "约169万元", "64.5米",
    "3条", "4370个", "3956名", "13000", "1 234", "8‰", "百分之五十", "千分之三", "十余人",
    "3个多月", "0", "0.0", "-0", "+0%", "-3", "−3", "5.20", "5.2",
)  # fmt: skip
EDGE_FIGURES = (
    "1e309", "1E-5", "NaN", "nan", "inf", "-inf", "Infinity", "1,23", "12..3%", ".5", "12.",
    "2月30日", "2020年2月30日", "三四", "5G", "", " ", "１,２３４", "0x1F", "1_000", "½", "²",
    "①", "٣", "१२", "-", "%", "万", "余", "1/0", "0/0", "100%%", "--5", "+-5", "1.5.5",
    "999999999999999999999999万亿", "0.000000000000000000001%", "-0件", "-3件", "−0.0%",
)  # fmt: skip
SCALES = ("", "", "", "万", "亿", "千", "百", "万亿", " million", "bn", " thousand", "十万")
DIRECTION_WORDS = ("", "", "", "", "增长", "下降", "提高到", "降至", "rose ", "fell by ", "减少了")


def _decimal(whole: int, frac: str) -> str:
    return f"{whole}.{frac}" if frac else str(whole)


numbers = st.one_of(
    st.integers(-(10**25), 10**25).map(str),
    st.builds(_decimal, st.integers(0, 10**9), st.text("0123456789", max_size=12)),
    st.integers(0, 120_000).map(lambda k: "1" + "0" * k),  # up to 1 and 120,000 zeros
    st.integers(0, 3000).map(lambda k: "0." + "0" * k + "1"),  # tiny
    st.integers(990, 1010).map(lambda k: "9" * k),  # around the digit limit
    st.text(CN_CHARS, min_size=1, max_size=14),
    st.text("０１２３４５６７８９,.，", min_size=1, max_size=8),
)
composed_figures = st.builds(
    lambda d, lead, n, scale, unit, trail: f"{d}{lead}{n}{scale}{unit}{trail}",
    st.sampled_from(DIRECTION_WORDS),
    st.sampled_from(("", "", "", *sorted(LEADING))),
    numbers,
    st.sampled_from(SCALES),
    st.sampled_from(("", "", *sorted(UNITS), *sorted(MEASURES))),
    st.sampled_from(("", "", "", *sorted(TRAILING), "余", "多")),
)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
figures = st.one_of(
    st.sampled_from(REAL_FIGURES),
    st.sampled_from(EDGE_FIGURES),
    composed_figures,
    numbers,
    any_text,
)

# ---- structures ------------------------------------------------------------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), any_text, st.sampled_from(EDGE_FIGURES)
)
junk = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(any_text, scalars), inner, max_size=4),
    ),
    max_leaves=12,
)
names = st.one_of(
    st.sampled_from(("a", "b", "part", "whole", "share", "from", "to", "change", "total", "x_1")),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True),
    any_text,
)


def _expression(leaves: list[str]) -> st.SearchStrategy[str]:
    atoms = st.one_of(
        st.sampled_from(leaves or ["a"]),
        st.sampled_from(("0", "1", "100", "55%", "0.5", "1" + "0" * 40)),
    )
    terms = st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.builds(lambda a, op, b: f"{a} {op} {b}", inner, st.sampled_from("+-*/×÷"), inner),
            inner.map(lambda t: f"({t})"),
            inner.map(lambda t: f"-{t}"),
        ),
        max_leaves=10,
    )
    compared = st.builds(
        lambda a, op, b: f"{a} {op} {b}",
        terms,
        st.sampled_from(("==", "<=", ">=", "<", ">", "≤", "≥", "=", "!=")),
        terms,
    )
    deep = st.integers(1, 80).map(lambda k: "(" * k + "a" + ")" * k + " == 1")
    long_sum = st.integers(1, 1200).map(lambda k: " + ".join(["a"] * k) + " > 0")
    return st.one_of(
        compared, compared, terms, deep, long_sum, any_text, st.just("__import__('os')")
    )


def _value(figure: str, draw: Any) -> Any:
    form = draw(st.integers(0, 9))
    if form < 6:
        return figure
    if form < 9:
        return {
            "value": figure,
            "derived": draw(st.sampled_from((True, False, "yes", None, "true"))),
            **({"note": draw(any_text)} if draw(st.booleans()) else {}),
        }
    return draw(junk)


@st.composite
def claims(draw: Any, clean: bool = False) -> Any:
    """One claim: well formed when ``clean`` (odd figures, but all readable), else often with
    one thing wrong."""
    if clean:
        return draw(_clean_claim())
    kind = draw(st.sampled_from((*REGISTRY, *REGISTRY, "ordr", "", "Share")) | any_text)
    module = REGISTRY.get(kind)
    wanted = list(module.VALUES) if module else []
    extra = draw(st.lists(names, max_size=4))
    value_names = list(dict.fromkeys(wanted + extra)) or ["a", "b"]
    if draw(st.integers(0, 9)) == 0 and value_names:
        value_names.pop(draw(st.integers(0, len(value_names) - 1)))  # a needed value missing
    written = {n: draw(figures) for n in value_names}
    values = {n: _value(f, draw) for n, f in written.items()}
    quote: Any
    q = draw(st.integers(0, 9))
    if q < 6:  # a quote holding the figures, so the claim reaches the arithmetic
        quote = "，".join(f"{n}为{f}" for n, f in written.items())
    elif q < 8:
        quote = [draw(any_text) for _ in range(draw(st.integers(0, 3)))]
    else:
        quote = draw(st.one_of(any_text, junk))
    claim: dict[Any, Any] = {
        "id": draw(st.one_of(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True), any_text)),
        "kind": kind,
        "quote": quote,
        "values": values,
    }
    if kind == "expression" or draw(st.integers(0, 9)) == 0:
        claim["expr"] = draw(_expression(value_names))
    if kind == "order" and draw(st.booleans()):
        claim["order"] = draw(st.lists(st.sampled_from(value_names or ["a"]) | names, max_size=5))
    if kind in ("order", "total") and draw(st.booleans()):
        claim["relation"] = draw(
            st.sampled_from(("<=", "<", ">=", ">", "equal", "at_least", "at_most", "==")) | any_text
        )
    if kind == "change" and draw(st.booleans()):
        claim["reading"] = draw(
            st.sampled_from(("relative", "points", "absolute", "times", "times_plus", "x"))
        )
    # scalars of the wrong YAML type: numbers for texts, texts for whole numbers and booleans
    if kind == "count" and draw(st.booleans()):
        claim["items"] = draw(st.lists(any_text | scalars, max_size=4))
    if kind == "count" and draw(st.booleans()):
        claim["open"] = draw(st.sampled_from((True, "true", "false", 1, None)))
    if kind == "granularity" and draw(st.booleans()):
        claim[draw(st.sampled_from(("max_n", "list_up_to")))] = draw(
            st.sampled_from((10, "10", 0, "1e3", 1.5, True, None))
        )
    for key in ("rounding", "approx", "severity", "note"):
        if draw(st.integers(0, 5)) == 0:
            claim[key] = draw(
                st.sampled_from(
                    ("half_up", "truncate", "ceiling", "10%", "200%", "-5%", "warning", "error")
                )
                | any_text
                | junk
            )
    if draw(st.integers(0, 9)) == 0:
        claim[draw(names)] = draw(junk)  # an unknown key
    if draw(st.integers(0, 19)) == 0:
        del claim[draw(st.sampled_from(sorted(claim, key=str)))]
    return claim


readable_numbers = st.one_of(
    st.integers(-(10**25), 10**25).map(str),
    st.builds(_decimal, st.integers(0, 10**9), st.text("0123456789", max_size=12)),
    st.integers(0, 999).map(lambda k: "1" + "0" * k),
    st.integers(0, 997).map(lambda k: "0." + "0" * k + "1"),
    st.sampled_from(
        ("0", "-0", "0.0", "三", "一千三百", "两", "十二", "１６９", "1,234", "9" * 1000)
    ),
)
readable_figures = st.one_of(
    st.sampled_from(REAL_FIGURES),
    readable_numbers,
    st.builds(  # counts (件, 名) are never negative: that is a located error of its own
        lambda n, unit: f"{n.lstrip('-') if unit in MEASURES else n}{unit}",
        readable_numbers,
        st.sampled_from(
            ("", "%", "‰", "个百分点", "倍", "万元", "元", "件", "名", "天", "米", "亿")
        ),
    ),
)


# Kinds whose values any readable figure can fill; the kinds with typed values (dates,
# years, percentages of a whole) come in through the Guilin mutations and broken documents.
CLEAN_KINDS = ("change", "expression", "order", "ratio", "share", "total")


@st.composite
def _clean_claim(draw: Any) -> Any:
    kind = draw(st.sampled_from(CLEAN_KINDS))
    module = REGISTRY[kind]
    extra = draw(st.lists(st.sampled_from(("a", "b", "c", "part2", "x_1")), max_size=3))
    value_names = list(dict.fromkeys([*module.VALUES, *extra]))
    for pad in ("a", "b"):  # an order of one value, a total of no part: not clean
        if len(value_names) < 2 and pad not in value_names:
            value_names.append(pad)
    written = {n: draw(readable_figures) for n in value_names}
    claim: dict[str, Any] = {
        "id": draw(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)),
        "kind": kind,
        "quote": "，".join(f"{n}为{f}" for n, f in written.items()),
        "values": {
            n: ({"value": f, "derived": True} if draw(st.integers(0, 3)) == 0 else f)
            for n, f in written.items()
        },
    }
    if kind == "expression":
        leaves = st.sampled_from(value_names) | st.sampled_from(("0", "1", "100", "55%", "0.5"))
        side = st.recursive(
            leaves,
            lambda inner: st.builds(
                lambda a, op, b: f"({a} {op} {b})", inner, st.sampled_from("+-*/"), inner
            ),
            max_leaves=8,
        )
        claim["expr"] = draw(
            st.builds(
                lambda a, op, b: f"{a} {op} {b}",
                side,
                st.sampled_from(("==", "<=", ">=", "<", ">")),
                side,
            )
        )
        if not any(n in claim["expr"] for n in value_names):  # one naming no value is not clean
            claim["expr"] = f"{value_names[0]} + {claim['expr']}"
    if kind == "order" and draw(st.booleans()):
        claim["order"] = draw(st.permutations(value_names))
    if kind == "order" and draw(st.booleans()):
        claim["relation"] = draw(st.sampled_from(("<=", "<", ">=", ">")))
    if kind == "total" and draw(st.booleans()):
        claim["relation"] = draw(st.sampled_from(("equal", "at_least", "at_most")))
    if kind == "change" and draw(st.booleans()):
        claim["reading"] = draw(
            st.sampled_from(("relative", "points", "absolute", "times", "times_plus"))
        )
    if draw(st.integers(0, 3)) == 0:
        claim["rounding"] = draw(
            st.sampled_from(
                ("up_or_down", "half_up", "half_down", "half_even", "truncate", "ceiling")
            )
        )
    if draw(st.integers(0, 5)) == 0:
        claim["approx"] = draw(st.sampled_from(("0%", "5%", "10%", "100%", "0.0001%")))
    if draw(st.integers(0, 5)) == 0:
        claim["severity"] = "warning"
    return claim


@st.composite
def documents(draw: Any, clean: bool = False) -> Any:
    """A whole claim document as a Python structure: readable when ``clean``, else often not."""
    if clean:
        return {
            "version": 1,
            "source": {"title": draw(any_text), "text": "sources/guilin.txt"},
            "claims": draw(
                st.lists(claims(clean=True), min_size=1, max_size=4, unique_by=lambda c: c["id"])
            ),
        }
    doc: dict[Any, Any] = {}
    if draw(st.integers(0, 4)):
        doc["version"] = draw(st.sampled_from((1, 1, 1, 2, "1", "one")))
    if draw(st.integers(0, 4)):
        doc["source"] = {
            "title": draw(any_text),
            "text": draw(
                st.sampled_from(
                    (
                        "sources/guilin.txt",
                        "sources/guilin.txt",
                        "nowhere.txt",
                        "sources",
                        "/dev/null",
                        "a\0b",
                        "",
                    )
                )
            ),
        }
    if draw(st.integers(0, 5)) == 0:
        doc["rounding"] = draw(st.sampled_from(("up_or_down", "half_even", "half-up")) | any_text)
    if draw(st.integers(0, 5)) == 0:
        doc["approx"] = draw(st.sampled_from(("10%", "5%", "0%", "100%", "150%", "abc", "1e309")))
    shape = draw(st.integers(0, 19))
    if shape == 0:
        doc["claims"] = draw(junk)
    elif shape != 1:
        doc["claims"] = draw(st.lists(claims(), max_size=5))
    if draw(st.integers(0, 9)) == 0:
        doc[draw(names)] = draw(junk)
    if draw(st.integers(0, 29)) == 0:
        return draw(junk)  # not a mapping at all
    return doc


# ---- writing documents out -------------------------------------------------------------------


def dump(doc: Any, flow: bool | None, unicode: bool, width: int) -> str:
    """The document as YAML text, in one of the styles people write."""
    return yaml.safe_dump(
        doc, allow_unicode=unicode, default_flow_style=flow, sort_keys=False, width=width
    )


HOSTILE = (
    # a billion laughs: nine levels of nine aliases
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    ),
    "claims: " + "[" * 5000 + "]" * 5000 + "\n",
    "".join(" " * i + f"k{i}:\n" for i in range(200)),
    "claims:\n" + "- {}\n" * 20_000,
    "claims: *nothing\n",
    "--- \nclaims: []\n--- \nclaims: []\n",
    "<<: *base\nclaims: []\n",
    "claims: !!python/object/apply:os.system ['echo hacked']\n",
    "claims: [!!binary aGVsbG8=]\n",
    "%YAML 1.1\n%TAG ! tag:x,2000:\n---\nclaims: []\n",
    "? [complex, key]\n: value\nclaims: []\n",
    "claims:\n  - id: x\n    kind: ratio\n    quote: 'unterminated\n",
)


@st.composite
def claim_texts(draw: Any, clean: bool = False) -> bytes:
    """A claim file's bytes.

    ``clean``: a well-formed document written out as editors do (UTF-8 with or without a
    byte-order mark; LF, CRLF or CR line ends), which must load. Otherwise a broken document, a
    hostile file or YAML-like noise, in any encoding, often with bytes damaged too.
    """
    style = (
        draw(st.sampled_from((None, False, True))),
        draw(st.booleans()),
        draw(st.sampled_from((80, 40, 10_000))),
    )
    if clean:
        text = dump(draw(documents(clean=True)), *style)
        return _encode(text, draw(st.sampled_from(("utf-8", "utf-8", "utf-8-sig", "crlf", "cr"))))
    pick = draw(st.integers(0, 9))
    if pick == 0:
        text = draw(st.sampled_from(HOSTILE))
    elif pick == 1:  # YAML-ish noise
        text = draw(
            st.text(st.sampled_from(":- \n[]{}&*!|>'\"#%@`\t,?\\0123456789万元%ab桂"), max_size=200)
        )
    else:
        text = dump(draw(documents()), *style)
    encoding = draw(
        st.sampled_from(("utf-8",) * 6 + ("utf-8-sig", "utf-16", "gb18030", "crlf", "cr", "tabs"))
    )
    data = _encode(text, encoding)
    if draw(st.integers(0, 2)) == 0:
        data = apply(data, draw(mutations))
    return data


def _encode(text: str, how: str) -> bytes:
    if how == "crlf":
        return text.replace("\n", "\r\n").encode()
    if how == "cr":
        return text.replace("\n", "\r").encode()
    if how == "tabs":
        return text.replace("  ", "\t").encode()
    return text.encode(how, "replace")


# ---- byte mutations --------------------------------------------------------------------------

TOKENS = (
    b"&a ", b"*a", b"\t", b"\xff", b"\xfe", b"\x00", b"\r", b"\r\n", b"[", b"]", b"{", b"}",
    b"- ", b": ", b"'", b'"', b"!!", b"%", b"\xef\xbb\xbf", b"1e309", b"NaN", b"#", b"|", b">",
    b"\xe4\xb8", b"\\", b"---\n", b"...\n", b"? ", b"9" * 50, "万".encode(), "－".encode(),
)  # fmt: skip

_op = st.tuples(
    st.sampled_from(("flip", "insert", "token", "delete", "truncate", "dup", "move", "indent")),
    st.integers(0, 2**32),
    st.integers(0, 2**32),
    st.binary(min_size=1, max_size=8),
)
mutations = st.lists(_op, min_size=1, max_size=8)


def apply(data: bytes, ops: list[tuple[str, int, int, bytes]]) -> bytes:
    """The bytes after each mutation in turn; positions are taken modulo the current length."""
    buf = bytearray(data)
    for name, a, b, payload in ops:
        n = len(buf)
        at = a % (n + 1)
        if name == "flip" and n:
            buf[a % n] ^= 1 << (b % 8)
        elif name == "insert":
            buf[at:at] = payload
        elif name == "token":
            buf[at:at] = TOKENS[b % len(TOKENS)]
        elif name == "delete":
            del buf[at : at + 1 + b % 16]
        elif name == "truncate":
            del buf[at:]
        elif name in ("dup", "move", "indent"):
            lines = bytes(buf).split(b"\n")
            i, j = a % len(lines), b % len(lines)
            if name == "dup":
                lines.insert(i, lines[i])
            elif name == "move":
                lines.insert(j, lines.pop(i))
            else:
                lines[i] = b" " * (b % 5) + lines[i].lstrip(b" ")
            buf = bytearray(b"\n".join(lines))
    return bytes(buf)
