"""Write realistic claim files for the benchmark: N claims of every kind, with Chinese quotes.

    python bench/generate.py 10000 -o /tmp/claims-10k.yaml [--seed 8] [--text]

Each kind has a template below: a function that draws figures, writes the sentence an article
would print around them and returns the claim. To cover a new kind, add one function with
``@template("kind")``; kinds the installed factcheck does not know are skipped, so the
generator runs on any branch. About one claim in twelve is made wrong on purpose (a derived
figure off by a few steps), and rates that rise by a percentage give ambiguous claims, so the
files hold every verdict, as a real archive does.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

Claim = dict[str, Any]
Template = Callable[[random.Random, bool], Claim]
TEMPLATES: dict[str, list[Template]] = {}
WRONG_ONE_IN = 12


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))


PLACES = _words(
    "桂林市 南宁市 柳州市 梧州市 北海市 钦州市 贵港市 玉林市 百色市 贺州市 河池市 来宾市 "
    "崇左市 防城港市 临桂区 阳朔县 灵川县 全州县 兴安县 永福县 灌阳县 龙胜县 资源县 平乐县 "
    "荔浦市 恭城县 秀峰区 叠彩区 象山区 七星区 雁山区"
)
RATES = _words("群众安全感 群众满意度 破案率 结案率 调解成功率 矛盾纠纷化解率 见警率 视频覆盖率")
CASES = _words("电信诈骗 盗窃 抢劫 毒品 涉黑涉恶 交通肇事 环境违法 非法集资 网络赌博 食品安全")
CASE_WORDS = ("起", "件", "宗")
STAFF = _words("网格员 民警 辅警 调解员 志愿者 心理老师 法律顾问 巡防队员")
AREAS = _words("网格 社区 村居 派出所 警务室 调解室 学校 医院")


def template(kind: str) -> Callable[[Template], Template]:
    """Register a template for a claim kind (several per kind are drawn from evenly)."""

    def register(fn: Template) -> Template:
        TEMPLATES.setdefault(kind, []).append(fn)
        return fn

    return register


def dec(x: Fraction, places: int) -> str:
    """``x`` rounded half-up to ``places`` decimals, written out."""
    scaled = x * 10**places
    n = int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2))
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(places + 1, "0")
    return sign + (digits[:-places] + "." + digits[-places:] if places else digits)


def skew(x: Fraction, places: int, r: random.Random, wrong: bool) -> str:
    """``x`` as written, or, for a wrong claim, a few steps off."""
    if wrong:
        x += Fraction(r.choice((-1, 1)) * r.randint(3, 9), 10**places)
    return dec(x, places)


def derived(text: str) -> dict[str, Any]:
    return {"value": text, "derived": True}


def pct(r: random.Random, lo: int, hi: int) -> Fraction:
    """A percentage with two decimals, as a fraction of 100: 82.04 -> Fraction(8204, 100)."""
    return Fraction(r.randint(lo * 100, hi * 100), 100)


@template("change")
def change_points(r: random.Random, wrong: bool) -> Claim:
    a, b = pct(r, 40, 90), pct(r, 0, 9)
    b = min(a + b, Fraction(9999, 100))
    y = r.randint(2012, 2017)
    return {
        "quote": f"{r.choice(PLACES)}{(m := r.choice(RATES))}从{y}年的{dec(a, 2)}%"
        f"提升到{y + 5}年的{dec(b, 2)}%,{m}持续提升",
        "values": {
            "from": f"{dec(a, 2)}%",
            "to": f"{dec(b, 2)}%",
            "change": derived(f"{skew(b - a, 1, r, wrong)}个百分点"),
        },
        "reading": "points",
    }


@template("change")
def change_rate_ambiguous(r: random.Random, wrong: bool) -> Claim:
    # a rate "rising 45%" is read both as relative and as points: ambiguous or consistent
    a = pct(r, 20, 60)
    rise = Fraction(r.randint(5, 30))
    b = a * (1 + rise / 100)
    said = skew(rise, 0, r, wrong)
    return {
        "quote": f"{r.choice(PLACES)}{r.choice(RATES)}由{dec(a, 1)}%上升到{dec(b, 1)}%,"
        f"同比上升{said}%",
        "values": {
            "from": f"{dec(a, 1)}%",
            "to": f"{dec(b, 1)}%",
            "change": f"上升{said}%",
        },
    }


@template("change")
def change_cases_fall(r: random.Random, wrong: bool) -> Claim:
    old = r.randint(200, 9000)
    new = r.randint(old // 3, old - 1)
    word = r.choice(CASE_WORDS)
    fall = skew(Fraction(old - new, old) * 100, 2, r, wrong)
    return {
        "quote": f"{r.choice(PLACES)}全年共发生{r.choice(CASES)}案件{new}{word},"
        f"比上年的{old}{word}下降{fall}%",
        "values": {
            "from": f"{old}{word}",
            "to": f"{new}{word}",
            "change": f"下降{fall}%",
        },
    }


@template("change")
def change_money_times(r: random.Random, wrong: bool) -> Claim:
    old = r.randint(100, 900)
    times = Fraction(r.randint(12, 60), 10)
    new = old * times
    said = skew(times, 1, r, wrong)
    return {
        "quote": f"{r.choice(PLACES)}为群众挽回经济损失{dec(new, 0)}万元,是上年{old}万元的{said}倍",
        "values": {
            "from": f"{old}万元",
            "to": f"{dec(new, 0)}万元",
            "change": f"{said}倍",
        },
    }


@template("ratio")
def ratio_per_area(r: random.Random, wrong: bool) -> Claim:
    areas = r.randint(50, 5000)
    staff = r.randint(areas // 2, areas * 3)
    who, unit = r.choice(STAFF), r.choice(("名", "人"))
    return {
        "quote": f"{r.choice(PLACES)}划分{(a := r.choice(AREAS))}{areas}个,"
        f"配备{who}{staff}{unit},平均每个{a}{who}约{dec(Fraction(staff, areas), 1)}{unit}",
        "values": {
            "numerator": f"{staff}{unit}",
            "denominator": f"{areas}个",
            "ratio": derived(f"{skew(Fraction(staff, areas), 2, r, wrong)}{unit}"),
        },
    }


@template("ratio")
def ratio_length(r: random.Random, wrong: bool) -> Claim:
    nets = r.randint(2, 40)
    metres = Fraction(r.randint(nets * 150, nets * 400), 10)
    return {
        "quote": f"{r.choice(PLACES)}开展禁渔行动,缴获地笼{nets}条{dec(metres, 1)}米",
        "values": {
            "numerator": f"{dec(metres, 1)}米",
            "denominator": f"{nets}条",
            "ratio": derived(f"{skew(metres / nets, 1, r, wrong)}米"),
        },
    }


@template("share")
def share_money(r: random.Random, wrong: bool) -> Claim:
    whole = r.randint(50, 9000)
    part = r.randint(1, whole)
    return {
        "quote": f"{r.choice(PLACES)}一起{r.choice(CASES)}案中,群众共被骗{whole}万元……"
        f"民警为被害人追回被骗的{part}万元",
        "values": {
            "part": f"{part}万元",
            "whole": f"{whole}万元",
            "share": derived(f"{skew(Fraction(part, whole) * 100, 0, r, wrong)}%"),
        },
    }


@template("share")
def share_cases(r: random.Random, wrong: bool) -> Claim:
    whole = r.randint(100, 20000)
    part = r.randint(whole // 10, whole)
    p = skew(Fraction(part, whole) * 100, 2, r, wrong)
    word = r.choice(CASE_WORDS)
    return {
        "quote": f"全年受理{r.choice(CASES)}案件{whole}{word},其中{part}{word}已办结,结案率{p}%",
        "values": {
            "part": f"{part}{word}",
            "whole": f"{whole}{word}",
            "share": f"{p}%",
        },
    }


@template("total")
def total_tiers(r: random.Random, wrong: bool) -> Claim:
    county, town, village = r.randint(5, 30), r.randint(40, 300), r.randint(400, 4000)
    total = county + town + village + (r.randint(1, 9) if wrong else 0)
    return {
        "quote": f"全市建立县(市、区)网格中心{county}个,乡镇(街道)网格中心{town}个,"
        f"村(社区)网格中心{village}个",
        "values": {
            "county": f"{county}个",
            "township": f"{town}个",
            "village": f"{village}个",
            "total": derived(f"{total}个"),
        },
        "relation": "equal",
    }


@template("total")
def total_at_least(r: random.Random, wrong: bool) -> Claim:
    parts = [r.randint(1, 60) for _ in range(r.randint(2, 4))]
    total = sum(parts) + r.randint(0, 200)
    if wrong:
        total = sum(parts) - r.randint(1, 5)
    names = ("detention", "crime", "closed", "fined")[: len(parts)]
    words = ("移送行政拘留案", "移送涉嫌犯罪案", "结案", "罚款")[: len(parts)]
    listed = ",".join(f"{w}{n}件" for w, n in zip(words, parts, strict=True))
    return {
        "quote": f"{r.choice(PLACES)}立案查处{r.choice(CASES)}案件{total}件,{listed}",
        "values": {
            "total": f"{total}件",
            **{n: f"{p}件" for n, p in zip(names, parts, strict=True)},
        },
        "relation": "at_least",
    }


@template("order")
def order_money(r: random.Random, wrong: bool) -> Claim:
    recovered = r.randint(10, 500)
    frozen = r.randint(recovered + 1, recovered + 500)
    lost = r.randint(frozen + 1, frozen + 500)
    return {
        "quote": [
            f"{r.choice(PLACES)}警方破获一起{r.choice(CASES)}案,受害人共被骗{lost}万元",
            f"止付冻结涉案银行账号{r.randint(3, 90)}个,涉案资金{frozen}万余元,"
            f"为被害人追回被骗的{recovered}万元",
        ],
        "values": {
            "recovered": f"{recovered}万元",
            "frozen": f"{frozen}万余元",
            "lost": f"{lost}万元",
        },
        "order": ["lost", "frozen", "recovered"] if wrong else ["recovered", "frozen", "lost"],
    }


@template("order")
def order_rates(r: random.Random, wrong: bool) -> Claim:
    a = pct(r, 5, 40)
    b = a + pct(r, 1, 40)
    return {
        "quote": f"{dec(a, 2)}%的{r.choice(CASES)}案件24小时内破获,{dec(b, 2)}%的案件3日内破获",
        "values": {"within_24h": f"{dec(a, 2)}%", "within_3d": f"{dec(b, 2)}%"},
        "order": ["within_3d", "within_24h"] if wrong else ["within_24h", "within_3d"],
        "relation": "<=",
    }


@template("expression")
def expression_shortfall(r: random.Random, wrong: bool) -> Claim:
    grids = r.randint(500, 9000)
    workers = r.randint(grids // 2, grids - 1)
    short = grids - workers + (r.randint(1, 20) if wrong else 0)
    return {
        "quote": f"{r.choice(PLACES)}划分网格{grids}个,配备网格员{workers}名",
        "values": {
            "grids": f"{grids}个",
            "workers": f"{workers}名",
            "shortfall": derived(f"{short}个"),
        },
        "expr": "grids - workers == shortfall",
        "severity": "warning" if r.random() < 0.3 else None,
    }


@template("expression")
def expression_teachers(r: random.Random, wrong: bool) -> Claim:
    full = r.randint(20, 400)
    part = full * r.randint(20, 200) + r.randint(0, 19)
    bound = part // full + (50 if wrong else -1)
    return {
        "quote": f"{r.choice(PLACES)}全市中小学配备专职心理老师{full}名、兼职心理老师{part}名",
        "values": {"full_time": f"{full}名", "part_time": f"{part}名"},
        "expr": f"part_time / full_time > {bound}",
    }


def claims(n: int, seed: int, kinds: list[str]) -> Iterator[tuple[str, Claim]]:
    """``n`` claims, kinds in turn, templates of a kind drawn at random; one claim in each
    run of ``WRONG_ONE_IN``, at a random place in it, is wrong, so that files of every size
    hold the same share of wrong claims (which cost the most) and compare like with like."""
    r, deck = random.Random(seed), random.Random(seed + 1)
    wrong_at = 0
    for i in range(n):
        if i % WRONG_ONE_IN == 0:
            wrong_at = i + deck.randrange(WRONG_ONE_IN)
        kind = kinds[i % len(kinds)]
        claim = r.choice(TEMPLATES[kind])(r, i == wrong_at)
        yield f"{kind}-{i:06d}", {"kind": kind, **claim}


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _emit(cid: str, claim: Claim) -> Iterator[str]:
    yield f"  - id: {cid}"
    yield f"    kind: {claim['kind']}"
    quote = claim["quote"]
    if isinstance(quote, list):
        yield "    quote:"
        yield from (f"      - {_q(q)}" for q in quote)
    else:
        yield f"    quote: {_q(quote)}"
    yield "    values:"
    for name, v in claim["values"].items():
        if isinstance(v, dict):
            yield f"      {name}: {{value: {_q(v['value'])}, derived: true}}"
        else:
            yield f"      {name}: {_q(v)}"
    for key, v in claim.items():
        if key in ("kind", "quote", "values") or v is None:
            continue
        yield f"    {key}: [{', '.join(v)}]" if isinstance(v, list) else f"    {key}: {_q(v)}"


def known_kinds() -> list[str]:
    """The kinds both the installed factcheck and this generator know, in registry order."""
    try:
        from factcheck.checks import REGISTRY
    except ImportError:  # generating without factcheck installed: every template
        return list(TEMPLATES)
    return [k for k in REGISTRY if k in TEMPLATES]


def write(path: Path, n: int, seed: int = 8, text: bool = False) -> list[str]:
    """Write a claim file of ``n`` claims (and, with ``text``, its article); return the kinds."""
    kinds = known_kinds()
    body: list[str] = []
    quotes: list[str] = []
    for cid, claim in claims(n, seed, kinds):
        body.extend(_emit(cid, claim))
        if text:
            q = claim["quote"]
            quotes.extend(q if isinstance(q, list) else [q])
    head = [
        "version: 1",
        "source:",
        f"  title: {_q(f'基层社会治理数据汇编({n}条)')}",
        "  outlet: 广西法治日报",
        '  date: "2021-01-05"',
        "  url: https://example.org/archive",
    ]
    if text:
        article = path.with_suffix(".txt")
        article.write_text("。\n".join(dict.fromkeys(quotes)) + "。\n", encoding="utf-8")
        head += [f"  text: {article.name}", "  language: zh"]
    path.write_text("\n".join([*head, "claims:", *body]) + "\n", encoding="utf-8")
    return kinds


FILLER = (
    "记者从{place}政法委获悉,近年来当地坚持和发展新时代“枫桥经验”,推动市域社会治理现代化",
    "{place}把矛盾纠纷排查化解作为基层治理的重要抓手,做到小事不出村、大事不出镇",
    "据介绍,{place}建立了群防群治队伍,形成了人人参与、人人尽责的良好局面",
    "下一步,{place}将继续深化平安建设,不断提升人民群众的获得感、幸福感、安全感",
    "{place}公安机关坚持打防并举,严厉打击各类违法犯罪活动,社会治安持续好转",
    "走进{place}的社区服务中心,工作人员正在为前来办事的群众耐心解答问题",
    "“以前遇到纠纷不知道找谁,现在家门口就能解决。”{place}一位居民告诉记者",
    "{place}还依托网格化管理平台,把服务和管理延伸到每家每户",
)


def article(nbytes: int, seed: int = 8) -> str:
    """A Chinese news text of at least ``nbytes`` UTF-8 bytes: paragraphs of prose with the
    figures of generated claims in them, as an archive of articles reads."""
    r = random.Random(seed)
    kinds = list(TEMPLATES)
    out: list[str] = []
    size = 0
    while size < nbytes:
        sentences = []
        for _ in range(2):  # about one figure in 50 characters, as in the Guilin article
            sentences += [r.choice(FILLER).format(place=r.choice(PLACES)) for _ in range(3)]
            q = r.choice(TEMPLATES[r.choice(kinds)])(r, False)["quote"]
            sentences.extend(q if isinstance(q, list) else [q])
        para = "。".join(sentences) + "。\n"
        out.append(para)
        size += len(para.encode("utf-8"))
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of claims")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--text", action="store_true", help="also write the article (OUTPUT.txt)")
    args = ap.parse_args(argv)
    kinds = write(args.output, args.n, args.seed, args.text)
    print(f"{args.output}: {args.n:,} claims of {', '.join(kinds)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
