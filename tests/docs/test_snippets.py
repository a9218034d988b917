"""Every ```python block in README.md, docs/*.md and the testing README runs against the fake,
and every `zendesk-async ...` command line in a ```sh block parses: documentation that stopped
working fails here, with the file and line of the block."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest

from zendesk_async.cli import _parser

from ._snippets import Block, SnippetError, blocks, markdown_files, run_block

PYTHON = [b for path in markdown_files() for b in blocks(path)]
SHELL = [b for path in markdown_files() for b in blocks(path, "sh")]


def test_the_docs_have_snippets() -> None:
    assert {str(b.path) for b in PYTHON} >= {"README.md"}
    assert len(PYTHON) >= 4


@pytest.mark.anyio
@pytest.mark.parametrize("block", PYTHON, ids=[b.where for b in PYTHON])
async def test_python_block_runs(block: Block, doc_namespace: dict[str, Any]) -> None:
    await run_block(block, doc_namespace)


def _commands(block: Block) -> list[tuple[int, list[str]]]:
    """(line, argv) of each `zendesk-async` command in a shell block (`\\` continuations joined,
    `&&` chains split)."""
    found = []
    lines = block.code.splitlines()
    n = 0
    while n < len(lines):
        first, text = n, lines[n]
        while text.endswith("\\") and n + 1 < len(lines):
            n += 1
            text = text[:-1] + " " + lines[n]
        n += 1
        words = shlex.split(text, comments=True)
        for i, word in enumerate(words):  # `.venv/bin/zendesk-async demo` counts too
            if Path(word).name == "zendesk-async":
                argv = words[i + 1 :]
                for j, token in enumerate(argv):
                    if token in ("&&", "||", ";", "|"):
                        argv = argv[:j]
                        break
                found.append((block.line + first, argv))
    return found


COMMANDS = [(b, n, argv) for b in SHELL for n, argv in _commands(b)]


@pytest.mark.parametrize(
    ("block", "line", "argv"), COMMANDS, ids=[f"{b.path}:{n}" for b, n, _ in COMMANDS]
)
def test_command_line_parses(block: Block, line: int, argv: list[str]) -> None:
    try:
        _parser.build_parser().parse_args(argv)
    except SystemExit as exc:
        if exc.code != 0:  # --version / --help exit 0
            pytest.fail(f"{block.path}:{line}: zendesk-async {shlex.join(argv)} does not parse")


# -- the harness itself ----------------------------------------------------------------------------
@pytest.mark.anyio
async def test_a_failing_block_reports_its_file_and_line(
    tmp_path: Path, doc_namespace: dict[str, Any]
) -> None:
    block = Block(Path("docs/x.md"), 40, "python", "a = 1\nawait zd.tickets.get(-5)\n")
    with pytest.raises(SnippetError, match=r"^docs/x\.md:41: the snippet starting at line 40"):
        await run_block(block, doc_namespace)
    bad = Block(Path("docs/x.md"), 10, "python", "x = (\n")
    with pytest.raises(SnippetError, match=r"^docs/x\.md:\d+: does not compile"):
        await run_block(bad, doc_namespace)


def test_blocks_are_found_with_their_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from . import _snippets

    monkeypatch.setattr(_snippets, "ROOT", tmp_path)
    (tmp_path / "a.md").write_text(
        "# t\n\n```python\nx = 1\n```\n\n```sh\nls\n```\n\n  ```python\n  y = 2\n  ```\n"
    )
    found = list(blocks(Path("a.md")))
    assert [(b.line, b.code) for b in found] == [(4, "x = 1\n"), (12, "y = 2\n")]
