"""``tacitus eval GOLD_DIR``: score the coder against gold files."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from tacitus.cli import main
from tacitus.cli.common import json_option, print_json
from tacitus.eval import HALVES, EvalReport, Score, evaluate, ratio
from tacitus.eval.places import PlacesReport
from tacitus.model import InputError


class _Report(Protocol):
    """What `_show` needs of an eval report."""

    failures: list[str]

    def to_dict(self) -> dict[str, Any]: ...


@contextmanager
def _progress(what: str) -> Iterator[Callable[[int, int], None]]:
    """A transient progress bar on stderr; yields the ``progress(done, total)`` callback."""
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _show(report: _Report, render_tables: Callable[[], None], as_json: bool) -> None:
    """Print the report (JSON, else ``render_tables``); exit 1 when some input failed."""
    if as_json:
        print_json(report.to_dict())
    else:
        render_tables()
    if report.failures:
        sys.exit(1)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _score_row(table: Table, name: str, score: Score) -> None:
    table.add_row(
        name,
        _pct(score.precision),
        _pct(score.recall),
        _pct(score.f1),
        f"{score.output_matched}/{score.output}",
        f"{score.gold_matched}/{score.gold}",
    )


def render(report: EvalReport, console: Console, verbose: bool = False) -> None:
    """Print the report as rich tables (and every finding when ``verbose``)."""
    statuses = {k: v for k, v in report.statuses.items() if v.output}
    caption = "field rows (body, title, event_date, ...): share right in R"
    if statuses:
        caption = (
            f"status rows ({', '.join(statuses)}): not scored, their matches with gold"
            " events under 'output matched'; " + caption
        )
    table = Table(title=f"Tacitus eval: {report.articles} articles (events: asserted)")
    table.caption = caption
    for column in ("", "P", "R", "F1", "output matched", "gold matched"):
        table.add_column(column, justify="left" if not column else "right")
    _score_row(table, "events", report.events)
    for status, count in statuses.items():
        # Gold events are all asserted: a match here hints at a wrongly demoted event.
        style = "yellow" if count.matches_gold else "green"
        matched = f"[{style}]{count.matches_gold}[/{style}]/{count.output}"
        table.add_row(f"  {status}", "", "", "", matched, "")
    _score_row(table, "quotes", report.quotes)
    for name, tally in report.fields.items():
        table.add_row(
            name, "", _pct(ratio(tally.ok, tally.total)), "", "", f"{tally.ok}/{tally.total}"
        )
    style = "red" if report.boilerplate_fp else "green"
    table.add_row("boilerplate FPs (target 0)", "", "", "", f"[{style}]{report.boilerplate_fp}")
    console.print(table)
    for failure in report.failures:
        console.print(f"[red]failed:[/red] {escape(failure)}", highlight=False)
    if not verbose:
        return
    for f in report.findings:
        rule = f" [dim]({escape(f.rule)})[/dim]" if f.rule else ""
        head = f"[bold]{f.kind}[/bold] {escape(f.article)} {escape(f.what)}{rule}"
        console.print(f"{head}\n    {escape(f.sentence)}", highlight=False)


@main.command("eval")
@click.argument("gold_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=True, file_okay=False),
    help="Where the articles are (default: GOLD_DIR/../articles).",
)
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help="Read events from a store.")
@click.option(
    "--half",
    type=click.Choice(HALVES),
    help="Score one half of the set only (fixed split by file name): tune rules on 'tune',"
    " report 'check'.",
)
@click.option(
    "--finders",
    metavar="NAME[,NAME...]",
    help="Trigger finders to run, in order (default: the configuration's).",
)
@click.option(
    "--fallback-finders",
    metavar="NAME[,NAME...]",
    help="Finders run only on sentences where the others propose nothing.",
)
@click.option(
    "--places",
    "places_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Score event places instead, on an eventloc JSON Lines file: coverage and place accuracy.",
)
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false positive.")
@json_option
def eval_command(
    gold_dir: str | None,
    articles_dir: str | None,
    db_path: str | None,
    half: str | None,
    finders: str | None,
    fallback_finders: str | None,
    places_file: str | None,
    verbose: bool,
    as_json: bool,
) -> None:
    """Score events, quotes, persons, event dates/places and cleaning against the gold
    files in GOLD_DIR (format: corpus/README.md); or, with --places, event places."""
    if places_file is not None:
        _eval_places(places_file, half, verbose, as_json)
        return
    if gold_dir is None:
        raise click.UsageError("give GOLD_DIR, or --places FILE.jsonl")
    with _progress("coding articles") as progress:
        try:
            coder = None
            if finders or fallback_finders:
                from tacitus.coder import load_config

                overrides = {"trigger_finders": finders, "fallback_finders": fallback_finders}
                coder = load_config({k: v for k, v in overrides.items() if v})
            report = evaluate(
                gold_dir,
                articles_dir,
                db_path,
                progress=progress,
                half=half,
                coder=coder,
            )
        except (FileNotFoundError, ValueError, InputError) as err:
            raise click.ClickException(str(err)) from err
    _show(report, lambda: render(report, Console(), verbose), as_json)


def render_places(report: PlacesReport, console: Console, verbose: bool = False) -> None:
    """Print the places report as a table (and every wrong record when ``verbose``)."""
    table = Table(title=f"Tacitus eval --places: {report.records} sentences")
    table.caption = (
        "coverage: gold verbs coded as an event; accuracy: of those, the right place"
        " (or rightly none); strict: an uncoded verb counts as wrong"
    )
    for column in ("", "coverage", "accuracy", "strict", "right/coded", "sentences"):
        table.add_column(column, justify="left" if not column else "right")
    table.add_row(
        "all",
        _pct(report.coverage),
        _pct(report.accuracy),
        _pct(report.strict),
        f"{report.right}/{report.coded}",
        str(report.records),
    )
    table.add_row(
        "gold has a place",
        _pct(ratio(report.coded_with_place, report.with_place)),
        _pct(report.accuracy_with_place),
        _pct(report.strict_with_place),
        f"{report.right_with_place}/{report.coded_with_place}",
        str(report.with_place),
    )
    console.print(table)
    if report.hows:
        found = ", ".join(f"{how} {n}" for how, n in sorted(report.hows.items()))
        console.print(f"right places found by: {found}", highlight=False)
    for failure in report.failures:
        console.print(f"[red]failed:[/red] {escape(failure)}", highlight=False)
    if not verbose:
        return
    for f in report.findings:
        got = f"{f.got} ({f.how})" if f.got else "-"
        head = f"[bold]{f.kind}[/bold] verb={escape(f.verb)} gold={escape(str(f.gold))}"
        console.print(f"{head} got={escape(got)}\n    {escape(f.text.strip())}", highlight=False)


def _eval_places(path: str, half: str | None, verbose: bool, as_json: bool) -> None:
    from tacitus.eval.places import evaluate_places

    with _progress("coding sentences") as progress:
        try:
            report = evaluate_places(path, half=half, progress=progress)
        except (OSError, ValueError, InputError) as err:
            raise click.ClickException(str(err)) from err
    _show(report, lambda: render_places(report, Console(), verbose), as_json)
