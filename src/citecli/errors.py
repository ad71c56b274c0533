"""The exception family of citecli and the exit codes the CLI maps them to.

Every error a user can cause is a `CiteError` with a one-line message and an optional hint;
`citecli.cli` is the one place that turns them into stderr lines and exit codes.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented process exit codes (README, "Exit codes")."""

    OK = 0
    #: check-dois found a not-found, invalid, mismatched or retracted DOI (or worse under --strict)
    PROBLEMS = 1
    #: bad option, unreadable / empty / binary input, unknown style or format
    USAGE = 2
    #: a bug in citecli: the message asks for a report, `--debug` shows the traceback
    INTERNAL = 3
    INTERRUPTED = 130


class CiteError(Exception):
    """Base of every error citecli reports to the user without a traceback."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(CiteError):
    """The input cannot be read as text: missing, a directory, empty, binary, too large."""


class UsageError(CiteError):
    """An option value the command cannot use (unknown style, format, bad URL...)."""


class RegistryError(CiteError):
    """A DOI registry could not answer. Inside `check` this becomes an `unreachable` status."""


class CacheError(CiteError):
    """The result cache failed. Never fatal: the checker warns and runs without it."""
