"""Rows, scenario results, and the plain-text / JSON / Markdown table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Row:
    """One contender in one scenario. `ratio` is against the scenario's reference (the raw-httpx
    floor or the ideal); `passed` is None where no target applies."""

    contender: str
    value: float | None
    unit: str
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None
    note: str = ""
    count: int | None = None
    seconds: float | None = None


@dataclass
class ScenarioResult:
    key: str
    title: str
    params: str
    ratio_of: str
    rows: list[Row] = field(default_factory=list)

    def row(self, contender: str) -> Row:
        for r in self.rows:
            if r.contender == contender:
                return r
        raise KeyError(contender)


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _verdict(passed: bool | None) -> str:
    return {True: "PASS", False: "MISS", None: ""}[passed]


def _cells(r: Row) -> list[str]:
    ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
    value = _fmt(r.value) + (f" {r.unit}" if r.value is not None else "")
    return [r.contender, value, ratio, r.target, _verdict(r.passed), r.note]


HEADERS = ["contender", "value", "ratio", "target", "", "note"]


def render_text(results: list[ScenarioResult]) -> str:
    out: list[str] = []
    for res in results:
        out.append(f"{res.key} {res.title} [{res.params}] (ratio vs {res.ratio_of})")
        rows = [HEADERS, *(_cells(r) for r in res.rows)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS) - 1)]
        for row in rows:
            line = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False))
            out.append(("  " + line + "  " + row[-1]).rstrip())
        out.append("")
    return "\n".join(out)


def render_markdown(results: list[ScenarioResult]) -> str:
    out: list[str] = []
    for res in results:
        out.append(f"**{res.key} {res.title}** ({res.params}; ratio vs {res.ratio_of})\n")
        out.append("| " + " | ".join(h or "met" for h in HEADERS) + " |")
        out.append("|" + "---|" * len(HEADERS))
        for r in res.rows:
            out.append("| " + " | ".join(c.replace("|", "/") for c in _cells(r)) + " |")
        out.append("")
    return "\n".join(out) + "\n"


def to_json(results: list[ScenarioResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]
