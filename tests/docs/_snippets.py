"""Find the ```python blocks of the Markdown docs and run one as top-level async code.

Each block is compiled with its own file name and padded so that its lines keep the line numbers
they have in the Markdown file: a failing snippet's traceback points at `README.md:57`, not at
this harness.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "docs/*.md", "zendesk_async/testing/README.md")
_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w+-]*)\s*$")


@attrs.frozen
class Block:
    path: Path  # relative to the repository root
    line: int  # 1-based line of the first code line
    lang: str
    code: str

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def markdown_files() -> list[Path]:
    found: list[Path] = []
    for pattern in DOCS:
        found += sorted(p.relative_to(ROOT) for p in ROOT.glob(pattern))
    return found


def blocks(path: Path, lang: str | None = "python") -> Iterator[Block]:
    """The fenced blocks of `path` (relative to the root) in `lang` (None: every block)."""
    lines = (ROOT / path).read_text("utf-8").splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None or (not opening["lang"] and lang is not None):
            i += 1
            continue
        indent, start = len(opening["indent"]), i + 1
        end = start
        while end < len(lines) and not _FENCE.match(lines[end]):
            end += 1
        if lang is None or opening["lang"] == lang:
            body = "\n".join(line[indent:] for line in lines[start:end])
            yield Block(path, start + 1, opening["lang"], body + "\n")
        i = end + 1


class SnippetError(AssertionError):
    """A documented snippet failed; the message starts with its file and line."""


async def run_block(block: Block, namespace: dict[str, Any]) -> None:
    """Run `block` in `namespace` as top-level code (`await`, `async with`, `async for` allowed)."""
    source = "\n" * (block.line - 1) + block.code
    try:
        code = compile(
            source, str(block.path), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True
        )
    except SyntaxError as exc:
        raise SnippetError(f"{block.path}:{exc.lineno}: does not compile: {exc.msg}") from exc
    try:
        result = eval(code, namespace)
        if inspect.isawaitable(result):
            await result
    except Exception as exc:
        line = _line_in(exc, str(block.path)) or block.line
        raise SnippetError(
            f"{block.path}:{line}: the snippet starting at line {block.line} failed:"
            f" {type(exc).__name__}: {exc}"
        ) from exc


def _line_in(exc: BaseException, filename: str) -> int | None:
    """The deepest traceback line that is in the Markdown file."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
