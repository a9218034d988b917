"""Rows, scenario results, and the plain-text / JSON / Markdown table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Row:
    """One contender in one scenario. `ratio` is against the scenario's reference (the raw-httpx
    + json.loads floor, or the first size); `alt_ratio` against its second reference where it has
    one (the raw-httpx + orjson floor); `passed` is None where no target applies."""

    contender: str
    value: float | None
    unit: str
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None
    note: str = ""
    count: int | None = None
    seconds: float | None = None
    alt_ratio: float | None = None


@dataclass
class ScenarioResult:
    key: str
    title: str
    params: str
    ratio_of: str
    rows: list[Row] = field(default_factory=list)
    alt_ratio_of: str = ""  # e.g. "orjson floor": rows then show a second ratio column

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


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _headers(res: ScenarioResult) -> list[str]:
    if not res.alt_ratio_of:
        return HEADERS
    return [HEADERS[0], HEADERS[1], "ratio", f"vs {res.alt_ratio_of}", *HEADERS[3:]]


def _cells(res: ScenarioResult, r: Row) -> list[str]:
    value = _fmt(r.value) + (f" {r.unit}" if r.value is not None else "")
    ratios = [_ratio(r.ratio)] + ([_ratio(r.alt_ratio)] if res.alt_ratio_of else [])
    return [r.contender, value, *ratios, r.target, _verdict(r.passed), r.note]


HEADERS = ["contender", "value", "ratio", "target", "", "note"]


def _title(res: ScenarioResult) -> str:
    also = f" and vs {res.alt_ratio_of}" if res.alt_ratio_of else ""
    return f"{res.key} {res.title} [{res.params}] (ratio vs {res.ratio_of}{also})"


def render_text(results: list[ScenarioResult]) -> str:
    out: list[str] = []
    for res in results:
        out.append(_title(res))
        headers = _headers(res)
        rows = [headers, *(_cells(res, r) for r in res.rows)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(headers) - 1)]
        for row in rows:
            line = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False))
            out.append(("  " + line + "  " + row[-1]).rstrip())
        out.append("")
    return "\n".join(out)


def render_markdown(results: list[ScenarioResult]) -> str:
    out: list[str] = []
    for res in results:
        also = f" and vs {res.alt_ratio_of}" if res.alt_ratio_of else ""
        out.append(f"**{res.key} {res.title}** ({res.params}; ratio vs {res.ratio_of}{also})\n")
        headers = _headers(res)
        out.append("| " + " | ".join(h or "met" for h in headers) + " |")
        out.append("|" + "---|" * len(headers))
        for r in res.rows:
            out.append("| " + " | ".join(c.replace("|", "/") for c in _cells(res, r)) + " |")
        out.append("")
    return "\n".join(out) + "\n"


def to_json(results: list[ScenarioResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]
