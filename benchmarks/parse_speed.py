"""Reference-parsing speed on one core, and the start-up cost of `citecli --version`.

    python benchmarks/parse_speed.py [ANYSTYLE_DIR] [--count 20000] [--rounds 5] [--runs 15]

Parses the AnyStyle reference strings (core.xml, gold.xml) plus the 27 seed references,
repeated until --count references, --rounds times, and prints references per second of the
best round and the median one (the best is the parser's speed: Python's timeit documents
the rule, since slower rounds are slowed by other processes, not by the code). Then times
`python -m citecli --version` against bare `python -c "import typer"` (median of --runs runs
each, the two alternating; citecli's bytecode compiled first, as an installed package has it)
and prints the ratio. Prints figures only; asserts nothing.

It measures the parser this checkout imports: pure Python, or the modules compiled by
`HATCH_BUILD_HOOKS_ENABLE=1 pip install .` (mypyc, in place beside the sources); the first
line says which, the second how fast the machine runs Python at the moment. `--against DIR`
compares two parsers in one run instead: this checkout's (which must be pure Python) and the
package under DIR, each parsing in its own process, the two alternating --rounds times, and
prints the median rate of each (per CPU second) and their ratio. The compiled build is made
from a copy, since the build writes its modules into the tree it is run in:

    git archive HEAD | tar x -C /tmp/copy && cd /tmp/copy &&
    HATCH_BUILD_HOOKS_ENABLE=1 pip install --no-deps --target /tmp/compiled .

`--python EXE` runs the other side with another interpreter (of this checkout, unless
--against names a package too): how CPython was built matters as much as the parser, since
a build without profile-guided and link-time optimisation (pyenv's default) runs the same
code markedly slower than the builds Debian, Ubuntu and python.org ship.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import default_directory, read_gold  # noqa: E402

from citecli.refparse import parse_reference  # noqa: E402
from citecli.refparse import parser as reference_parser  # noqa: E402

Parse = Callable[..., object]


def seed_references() -> list[str]:
    text = (ROOT / "samples" / "nalivkina-2025.txt").read_text(encoding="utf-8")
    block = text.split("\nReferences\n", 1)[1].split("\nReview\n", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def references(directory: Path) -> list[str]:
    strings = [
        gold.text for name in ("core.xml", "gold.xml") for gold in read_gold(directory / name)
    ]
    return strings + seed_references()


def parse_rate(
    strings: list[str], count: int, parse: Parse = parse_reference
) -> tuple[float, float, float]:
    """(references per wall-clock second, wall seconds, CPU seconds of this process)."""
    batch = list(islice(cycle(strings), count))
    started, cpu_started = time.perf_counter(), time.process_time()
    for number, raw in enumerate(batch, start=1):
        parse(raw, line=number)
    elapsed = time.perf_counter() - started
    return count / elapsed, elapsed, time.process_time() - cpu_started


def parser_from(directory: Path) -> tuple[Parse, str]:
    """parse_reference of the citecli package under `directory`, and the file it came from."""
    for name in [name for name in sys.modules if name.split(".")[0] == "citecli"]:
        del sys.modules[name]
    sys.path.insert(0, str(directory))
    from citecli.refparse import parse_reference, parser

    return parse_reference, str(parser.__file__)


def loop_seconds() -> float:
    """The time of a fixed pure-Python loop: the machine's speed at this moment, which on a
    shared machine changes by a fifth from hour to hour, to read the figures against."""
    started = time.process_time()
    total = 0
    for step in range(10_000_000):
        total += step
    return time.process_time() - started


def build_of(module: str) -> str:
    return "pure Python" if module.endswith(".py") else "compiled with mypyc"


def compare(directory: str, against: str, python: str, count: int, rounds: int) -> None:
    """This checkout's parser under this interpreter and the one under `against` run by
    `python`, each in its own process (the two cannot share one: they are the same
    modules), alternating."""
    if not str(reference_parser.__file__).endswith(".py"):
        sys.exit("this checkout's parser is compiled; `git clean -fX src` first, see --help")
    sides = [(sys.executable, str(ROOT / "src")), (python, against)]
    rates: list[list[float]] = [[], []]
    for _ in range(rounds):
        for (executable, src), found in zip(sides, rates, strict=True):
            command = [executable, __file__, directory, "--count", str(count), "--rate-of", src]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            found.append(float(output.split()[0]))
            label = output.split(maxsplit=1)[1].strip()
            print(f"  {found[-1]:8,.0f} references/s  {label}", flush=True)
    here, there = (statistics.median(found) for found in rates)
    names = [f"{src} under {executable}" for executable, src in sides]
    print(f"{names[0]}: {here:,.0f}/s; {names[1]}: {there:,.0f}/s (medians of {rounds})")
    print(f"ratio: {there / here:.2f}")


def seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def interleaved_medians(
    first: list[str], second: list[str], runs: int, env: dict[str, str]
) -> tuple[float, float]:
    """Median wall time of each command, the runs alternating so that a slow spell of the
    shared machine falls on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(seconds(first, env))
        times[1].append(seconds(second, env))
    return statistics.median(times[0]), statistics.median(times[1])


def _at_least_one(text: str) -> int:
    rounds = int(text)
    if rounds < 1:
        raise argparse.ArgumentTypeError("at least 1")
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", default=str(default_directory()))
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", metavar="DIR", help="compare with the package under DIR")
    parser.add_argument("--python", metavar="EXE", help="run the other side with EXE")
    parser.add_argument("--rounds", type=_at_least_one, default=5)
    parser.add_argument("--rate-of", metavar="DIR", help=argparse.SUPPRESS)  # compare's worker
    args = parser.parse_args()

    if args.against or args.python:
        against = args.against or str(ROOT / "src")
        compare(args.directory, against, args.python or sys.executable, args.count, args.rounds)
        return
    strings = references(Path(args.directory))
    if args.rate_of:
        parse, module = parser_from(Path(args.rate_of))
        parse_rate(strings[:200], 200, parse)
        rate = args.count / parse_rate(strings, args.count, parse)[2]
        print(f"{rate:.1f} {build_of(module)}, Python {platform.python_version()} {sys.executable}")
        return

    module = str(reference_parser.__file__)
    print(f"parser: {build_of(module)} ({module})")
    print(f"python: {platform.python_version()} ({sys.executable})")
    print(f"machine: a 10-million-step Python loop takes {loop_seconds():.2f} s now")
    parse_rate(strings[:200], 200)  # warm the regex cache and imports
    rounds = [parse_rate(strings, args.count) for _ in range(args.rounds)]
    wall = sorted(rate for rate, _, _ in rounds)
    cpu = sorted(args.count / cpu_seconds for _, _, cpu_seconds in rounds)
    print(
        f"parse_reference: {args.count} references ({len(strings)} distinct) a round, "
        f"{args.rounds} rounds on one core: best {wall[-1]:,.0f} references/s, median "
        f"{statistics.median(wall):,.0f}/s; per CPU second (best and median of the rounds "
        f"counted so) {cpu[-1]:,.0f}/s and {statistics.median(cpu):,.0f}/s"
    )
    # timeit's rule: the slower rounds are slowed by other work on the machine, not by
    # the parser, so the best round is the parser's speed and the median the machine's mood
    print(f"  rounds: {', '.join(f'{rate:,.0f}' for rate, _, _ in rounds)} references/s")

    # An installed package has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile citecli's modules from source on every start.
    compileall.compile_dir(ROOT / "src", quiet=1)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    version, typer = interleaved_medians(
        [sys.executable, "-m", "citecli", "--version"],
        [sys.executable, "-c", "import typer"],
        args.runs,
        env,
    )
    print(f"python -m citecli --version: {version * 1000:.0f} ms (median of {args.runs})")
    print(f"python -c 'import typer':    {typer * 1000:.0f} ms (median of {args.runs})")
    print(f"ratio: {version / typer:.2f}")


if __name__ == "__main__":
    main()
