"""The words of the HTML report in each language it speaks, in one place.

``LABELS[lang]`` holds the report's own words; ``TERMS[lang]`` translates the fixed words the
checks write into their steps and readings (a step label such as ``relative change``). The
checks' messages stay as written: they carry the figures.
"""

from __future__ import annotations

from enum import StrEnum


class Lang(StrEnum):
    """The languages of the report's labels."""

    en = "en"
    zh = "zh"


LABEL_MAX = 11  # characters of a row label on a number line, room for the largest print

HTML_LANG = {Lang.en: "en", Lang.zh: "zh-CN"}

LABELS: dict[Lang, dict[str, str]] = {
    Lang.en: {
        "title": "Audit of the figures",
        "report": "factcheck audit report",
        "outlet": "Outlet",
        "date": "Date",
        "link": "Article",
        "archived": "Archived text",
        "claim_file": "Claim file",
        "summary": "Summary",
        "claims": "claims",
        "file": "file",
        "files": "files",
        "coverage": "Figures of the article checked by a claim",
        "unchecked": "declared unchecked, with a reason",
        "coverage_none": "no archived text: coverage of the article's figures is not known",
        "uncovered": "Figures nothing accounts for",
        "contents": "Contents",
        "verdict": "Verdict",
        "kind": "Kind",
        "all_kinds": "all kinds",
        "search": "Search",
        "search_hint": "id, quote, figure…",
        "shown": "shown",
        "derived": "derived",
        "number_line": "The figures on a number line",
        "stated": "stated",
        "computed": "computed",
        "stated_n": "stated N",
        "smallest_n": "smallest N",
        "pp": " pp",
        "times": "×",
        "day": "{n} day",
        "days": "{n} days",
        "readings": "Readings of the wording",
        "holds": "holds",
        "fails": "does not hold",
        "gap": "Gap",
        "relative_gap": "relative",
        "nearest": "Nearest consistent figure",
        "touching": "none, yet no value is shared: the two touch only at an end that {by} excludes",
        "touching_stated": "the stated figure",
        "touching_computed": "the computed value",
        "touching_both": "each of them",
        "slip": "Likely slip",
        "no_slip": "no known slip reproduces the stated figure",
        "note": "Note",
        "hint": "Hint",
        "problems": "Problems reading this file",
        "no_claims": "No claims were read from this file.",
        "empty": "No claim matches the filter.",
        "footer": "Made by factcheck {version}. Every figure is an interval: the precision the "
        "article wrote it with; the arithmetic is exact.",
    },
    Lang.zh: {
        "title": "数字核查报告",
        "report": "factcheck 核查报告",
        "outlet": "媒体",
        "date": "日期",
        "link": "原文",
        "archived": "存档文本",
        "claim_file": "核查文件",
        "summary": "概要",
        "claims": "条断言",
        "file": "个文件",
        "files": "个文件",
        "coverage": "文中数字有断言核查的比例",
        "unchecked": "声明不核查（附理由）",
        "coverage_none": "未提供存档原文：无法统计文中数字的覆盖率",
        "uncovered": "既未核查也未声明的数字",
        "contents": "目录",
        "verdict": "结论",
        "kind": "类型",
        "all_kinds": "全部类型",
        "search": "搜索",
        "search_hint": "编号、引文、数字……",
        "shown": "条显示",
        "derived": "推算",
        "number_line": "数轴上的数值",
        "stated": "陈述值",
        "computed": "计算值",
        "stated_n": "陈述的N",
        "smallest_n": "最小的N",
        "pp": "个百分点",
        "times": "倍",
        "day": "{n}天",
        "days": "{n}天",
        "readings": "措辞的不同理解",
        "holds": "成立",
        "fails": "不成立",
        "gap": "差距",
        "relative_gap": "相对",
        "nearest": "最接近的一致数字",
        "touching": "为零，但没有共同的值：两者仅在一个端点相接，而{by}不含该端点",
        "touching_stated": "陈述值",
        "touching_computed": "计算值",
        "touching_both": "两者都",
        "slip": "可能的失误",
        "no_slip": "没有已知的失误能得出文中的数字",
        "note": "说明",
        "hint": "提示",
        "problems": "读取此文件时的问题",
        "no_claims": "此文件中没有读到断言。",
        "empty": "没有符合筛选条件的断言。",
        "footer": "由 factcheck {version} 生成。每个数字都是一个区间，精度取决于原文的写法；"
        "计算全部精确。",
    },
}

VERDICTS: dict[Lang, dict[str, str]] = {
    Lang.en: {
        "inconsistent": "inconsistent",
        "ambiguous": "ambiguous",
        "warning": "warning",
        "unverifiable": "unverifiable",
        "consistent": "consistent",
    },
    Lang.zh: {
        "inconsistent": "不一致",
        "ambiguous": "有歧义",
        "warning": "警示",
        "unverifiable": "无法核实",
        "consistent": "一致",
    },
}

# A symbol for each verdict, so that a badge never speaks by colour alone.
SYMBOLS = {
    "inconsistent": "✗",
    "ambiguous": "?",
    "warning": "!",
    "unverifiable": "–",
    "consistent": "✓",
}

KINDS: dict[Lang, dict[str, str]] = {
    Lang.en: {},
    Lang.zh: {
        "change": "变化",
        "ratio": "比值",
        "share": "占比",
        "total": "合计",
        "order": "大小顺序",
        "average_growth": "年均增长",
        "granularity": "粒度",
        "date": "日期",
        "count": "计数",
        "expression": "算式",
    },
}

TERMS: dict[Lang, dict[str, str]] = {
    Lang.en: {},
    Lang.zh: {
        "stated": "陈述值",
        "computed": "计算值",
        "share": "占比",
        "ratio": "比值",
        "sum of parts": "各部分之和",
        "left side": "左边",
        "right side": "右边",
        "relative change": "相对变化",
        "change in percentage points": "百分点变化",
        "absolute change": "绝对变化",
        "multiple (to ÷ from)": "倍数（末值 ÷ 初值）",
        "increase as a multiple of from": "增加量相对初值的倍数",
        "relative": "相对变化",
        "points": "百分点",
        "absolute": "绝对变化",
        "times": "倍数",
        "times_plus": "增加的倍数",
        "first day not counted": "不计首日",
        "first day counted": "计入首日",
        "end": "结束日期",
        "elapsed": "经过时间",
        "inside": "在期间内",
        "outside": "在期间外",
        "order": "先后",
        "smallest whole": "最小总数",
        "no power from": "检验失效起点",
        "stated whole": "陈述的总数",
        "constraints": "约束",
        "consistent N": "可行的N",
        "consistent N (constraints aside)": "可行的N（不计约束）",
    },
}

# Row labels of a number line where the term does not fit its room (LABEL_MAX)
# and cut short would read alike.
SHORT: dict[Lang, dict[str, str]] = {
    Lang.en: {"first day not counted": "1st day out", "first day counted": "1st day in"},
    Lang.zh: {},
}


def kind_label(lang: Lang, kind: str) -> str:
    """A claim kind in ``lang``, followed by its name in claim files: ``占比 share``."""
    word = KINDS[lang].get(kind)
    return f"{word} {kind}" if word else kind


def short_term(lang: Lang, word: str) -> str:
    """A fixed word of the checks as the label of a number line's row: its short form, or
    the term cut to the room left of the axis."""
    return short(SHORT[lang].get(word) or term(lang, word))


def short(label: str) -> str:
    """A row label cut to the room left of a number line's axis."""
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def term(lang: Lang, word: str) -> str:
    """A fixed word of the checks in ``lang``, or as written when there is no translation."""
    return TERMS[lang].get(word, word)
