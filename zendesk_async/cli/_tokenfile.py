"""`--token-file`: where the command keeps the rotating OAuth refresh token.

Zendesk deletes a refresh token when it issues the next one, so losing the new one locks the
integration out. Every refresh writes it before the refreshed request goes on: a temp file in the
same folder, created owner-only (0600), fsync, `os.replace` over the old file, fsync the folder.
A file that others can read is refused, as ssh does with keys.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from ..auth import OAuthTokens
from ._errors import EXIT_CONFIG, CliError


def read_refresh_token(path: Path) -> str | None:
    """The stored refresh token, or None when the file does not exist yet."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CliError(
            f"token file {path} is open to other users (mode {stat.S_IMODE(mode):o}):"
            f" chmod 600 {path}",
            EXIT_CONFIG,
        )
    try:
        data = json.loads(path.read_text("utf-8"))
        token = data["refresh_token"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CliError(f"cannot read token file {path}: {exc}", EXIT_CONFIG) from None
    if not isinstance(token, str) or not token:
        raise CliError(f"token file {path} holds no refresh token", EXIT_CONFIG)
    return token


def write_refresh_token(path: Path, tokens: OAuthTokens) -> None:
    """Store `tokens.refresh_token` atomically with 0600 permissions (the `on_refresh` hook)."""
    if not tokens.refresh_token:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    body = json.dumps({"refresh_token": tokens.refresh_token}).encode()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # also when a stale temp file was there with other bits
        os.write(fd, body)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
