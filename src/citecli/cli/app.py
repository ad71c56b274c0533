"""The Typer application, its global options, and the one place errors become exit codes.

Command modules import library code inside their functions, so `citecli --version` and
`citecli --help` pay only for Typer (benchmarks/parse_speed.py measures it).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from citecli import __version__
from citecli.errors import CiteError, ExitCode

app = typer.Typer(
    name="citecli",
    help=(
        "Parse journal article pages and reference lists, check their DOIs, "
        "and cite them in GOST, APA or BibTeX."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
)


class _State:
    debug = False


state = _State()


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"citecli {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for internal errors."),
) -> None:
    """citecli: citation metadata for journal pages."""
    state.debug = debug


F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn `CiteError` into one stderr line and its exit code; a bug into exit code 3."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except CiteError as error:
            _error_line(str(error), error.hint)
            raise typer.Exit(int(error.exit_code)) from None
        except KeyboardInterrupt:
            _error_line("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            raise typer.Exit(int(ExitCode.OK)) from None
        except Exception as error:  # a bug: say so in one line unless --debug
            if state.debug:
                raise
            _error_line(
                f"internal error: {type(error).__name__}: {error}",
                "run again with --debug for the traceback and report it",
            )
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper  # type: ignore[return-value]


def _error_line(message: str, hint: str | None = None) -> None:
    line = f"citecli: error: {message}"
    if hint:
        line += f" (hint: {hint})"
    print(line, file=sys.stderr)
