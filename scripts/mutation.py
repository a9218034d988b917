"""Mutation testing of the core modules with mutmut, on a fresh clone, in one command.

    .venv/bin/python scripts/mutation.py                      # every core module
    .venv/bin/python scripts/mutation.py _retry errors        # some of them
    .venv/bin/python scripts/mutation.py --jobs 2 --report mutation-report.md

It clones the committed HEAD of this repository into a scratch directory (so a run never sees,
nor disturbs, uncommitted work), adds the mutmut settings there, runs `mutmut run` with this
interpreter (its environment needs `pip install -e '.[dev]'`, which pins mutmut), and writes a
Markdown report: per module, mutants killed / survived / timed out / without tests, the score
(killed over non-equivalent), and every survivor. Survivors listed in docs/mutation-equivalent.md
(one line each: the mutant name in backticks and why it cannot be told apart) are counted as
equivalent. Not part of CI: a full run (4,263 mutants) takes about 25 minutes on two cores.
See docs/mutation.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = [
    "_transport",  # the request path
    "_retry",
    "_idempotency",  # which writes may be resent
    "_ratelimit",  # the governor
    "_pacing",  # its pure rules
    "auth",
    "_auth_base",
    "_oauth",
    "pagination",
    "incremental",
    "_dedupe",
    "bulk",  # a package: every module in it
    "errors",
    "resources",  # a package: every module in it
]
# the suites that exercise the core modules, fast ones only: every mutant re-runs the tests
# that reach it. Left out: tests/spec (needs ../shared), cli and bench (other modules), and the
# slow integration suites (fault matrix, kill-and-resume, fuzz), which repeat what these check.
TESTS = [
    "tests/core",
    "tests/pagination",
    "tests/bulk",
    "tests/resources",
    "tests/integration/test_resources_sockets.py",
    "tests/governor/test_store.py",  # the pacing rules on MemoryStore and a real redis-server
]
# left out of the selection because one run of them costs more than the rest of a module's
# tests together (about 11 s each under mutmut's tracing), which every surviving mutant of the
# request path or the governor pays: the walk for secrets in logs, reprs and tracebacks (the
# redaction itself is checked by faster tests in tests/core/test_auth.py and test_client.py).
SLOW = ["tests/core/test_client.py::test_secrets_absent_from_logs_reprs_exceptions_tracebacks"]
EQUIVALENT = ROOT / "docs" / "mutation-equivalent.md"
KILLED = {"killed", "timeout", "caught by type check"}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        modules = expand(args.modules or CORE)
    except ValueError as exc:
        sys.exit(str(exc))
    work = Path(args.workdir or tempfile.mkdtemp(prefix="zendesk-mutation-"))
    if work.exists() and any(work.iterdir()):
        shutil.rmtree(work)
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(work)], check=True)
    if args.rev:
        subprocess.run(["git", "checkout", "--quiet", args.rev], cwd=work, check=True)
    _configure(work / "pyproject.toml", modules, args.timeout_multiplier)
    mutmut = [sys.executable, "-m", "mutmut"]
    run = subprocess.run(
        [*mutmut, "run", "--max-children", str(args.jobs), *args.mutants], cwd=work, check=False
    )
    if run.returncode != 0:
        sys.exit(f"mutmut run failed (exit {run.returncode}); see its output above ({work})")
    out = subprocess.run(
        [*mutmut, "results", "--all", "true"],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report = render(parse_results(out), load_equivalent(EQUIVALENT), modules)
    Path(args.report).write_text(report, encoding="utf-8")
    print(report)
    print(f"report: {args.report}; mutants and `mutmut show NAME` in {work}")
    return 0


def expand(names: list[str]) -> list[str]:
    """Module names -> module paths under zendesk_async/, a package standing for its modules."""
    found: list[str] = []
    for name in names:
        path = ROOT / "zendesk_async" / name
        if path.is_dir():
            found += sorted(f"{name}/{f.stem}" for f in path.glob("*.py") if f.stem != "__init__")
        elif path.with_suffix(".py").is_file():
            found.append(name)
        else:
            raise ValueError(f"not a module or package of zendesk_async: {name}")
    return found


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"modules (default: {' '.join(CORE)})")
    parser.add_argument("--jobs", type=int, default=2, help="mutants run in parallel (2)")
    parser.add_argument("--report", default="mutation-report.md", help="where the report goes")
    parser.add_argument("--workdir", help="clone here (default: a new temporary directory)")
    parser.add_argument(
        "--timeout-multiplier",
        type=float,
        default=4.0,
        help="a mutant is killed by timeout after this many times its tests' time (4; mutmut: 15)",
    )
    parser.add_argument("--rev", help="test this commit instead of HEAD (e.g. to score before)")
    parser.add_argument(
        "--mutants",
        nargs="+",
        default=[],
        metavar="NAME",
        help="run only these mutants (names or globs, e.g. the survivors of an earlier report)",
    )
    return parser


def _configure(pyproject: Path, modules: list[str], timeout_multiplier: float) -> None:
    files = ", ".join(f'"zendesk_async/{m}.py"' for m in modules)
    tests = ", ".join(f'"{t}"' for t in TESTS)
    deselect = "".join(f', "--deselect", "{t}"' for t in SLOW)
    with pyproject.open("a", encoding="utf-8") as fh:
        fh.write(
            "\n[tool.mutmut]\n"
            'source_paths = ["zendesk_async"]\n'
            f"only_mutate = [{files}]\n"
            'also_copy = ["generated", "spec", "docs"]\n'
            f"pytest_add_cli_args_test_selection = [{tests}]\n"
            f'pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q"{deselect}]\n'
            # a mutant that hangs a test (a lost wake-up, a pause never lifted) holds a worker
            # until the limit: with mutmut's 15x, about 5 minutes for a governor mutant
            f"timeout_multiplier = {timeout_multiplier}\n"
        )


_LINE = re.compile(r"^\s+(?P<name>zendesk_async\.\S+?): (?P<status>.+)$")


def parse_results(text: str) -> dict[str, str]:
    """`mutmut results --all true` lines -> {mutant name: status}."""
    return {m["name"]: m["status"].strip() for m in map(_LINE.match, text.splitlines()) if m}


def load_equivalent(path: Path) -> dict[str, str]:
    """Mutant names (in backticks at the start of a list item) -> the reason given."""
    found: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^[-*]\s+`(zendesk_async\.[^`]+)`\s*[:—-]?\s*(.*)$", line)
            if m:
                found[m[1]] = m[2]
    return found


def module_of(name: str) -> str:
    """`zendesk_async.resources.tickets.xǁTicketsǁget__mutmut_3` -> `resources/tickets`."""
    dotted = name.split(".x", 1)[0] if ".x" in name else name.rsplit(".", 1)[0]
    return dotted.removeprefix("zendesk_async.").replace(".", "/")


def render(results: dict[str, str], equivalent: dict[str, str], modules: list[str]) -> str:
    lines = [
        "# Mutation report",
        "",
        "| module | mutants | killed | survived | equivalent | no tests | other | score |",
        "|---|---|---|---|---|---|---|---|",
    ]
    survivors: list[str] = []
    for module in modules:
        mine = {k: v for k, v in results.items() if module_of(k) == module}
        counts: Counter[str] = Counter()
        for name, status in mine.items():
            if status == "survived" and name in equivalent:
                counts["equivalent"] += 1
            elif status in KILLED:
                counts["killed"] += 1
            elif status in ("survived", "no tests"):
                counts[status] += 1
                survivors.append(f"- `{name}`: {status}")
            else:
                counts["other"] += 1
        judged = len(mine) - counts["equivalent"] - counts["other"]
        score = f"{100 * counts['killed'] / judged:.1f} %" if judged else "-"
        lines.append(
            f"| {module} | {len(mine)} | {counts['killed']} | {counts['survived']} | "
            f"{counts['equivalent']} | {counts['no tests']} | {counts['other']} | {score} |"
        )
    lines += ["", "Score: killed (incl. timeouts) / (mutants - equivalent - not run).", ""]
    if survivors:
        lines += ["## Survivors (kill them, or list them in docs/mutation-equivalent.md)", ""]
        lines += survivors
    stale = sorted(
        f"- `{name}`: {results.get(name) or 'not a mutant any more'}"
        for name in equivalent
        if module_of(name) in modules and results.get(name) not in ("survived", "not checked")
    )
    if stale:
        lines += [
            "",
            "## Listed as equivalent, but not a survivor (renumbered? update the list)",
            "",
        ]
        lines += stale
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
