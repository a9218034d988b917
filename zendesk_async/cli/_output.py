"""What commands print: records as JSON lines, summaries on stderr, the progress switch."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def dump(obj: Any) -> str:
    to_dict = getattr(obj, "to_dict", None)
    return json.dumps(to_dict() if callable(to_dict) else obj, ensure_ascii=False, default=str)


def say(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(text, file=sys.stderr)


def progress_enabled(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()
