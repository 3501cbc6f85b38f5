"""The ``newsgraph`` command: extract, train, evaluate."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Chinese newspaper issues to a knowledge graph.")
train_app = typer.Typer(no_args_is_help=True, help="Rebuild the shipped models from the corpora.")
app.add_typer(train_app, name="train")
console = Console(stderr=True, soft_wrap=True)

#: exit codes: 0 all pages read; 2 some pages could not be read (see errors.jsonl); 1 the run failed
EXIT_PAGE_ERRORS = 2
DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


SetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--set", metavar="KEY=VALUE",
        help="Set a config value, e.g. --set paths.hanlp_ner=/data/hanlp/ner (repeatable).",
    ),
]


def parse_overrides(settings: list[str] | None) -> dict[str, object]:
    """``["paths.hanlp_ner=/data/ner", "training.c1=0.1"]`` → ``{"paths.hanlp_ner": "/data/ner",
    "training.c1": 0.1}``: a value is read as JSON where it is JSON, else kept as text (as spaCy's
    own ``--key value`` overrides are)."""
    overrides: dict[str, object] = {}
    for setting in settings or []:
        key, sep, value = setting.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{setting!r}: write KEY=VALUE, e.g. paths.hanlp_ner=/data/hanlp/ner", param_hint="--set")
        try:
            overrides[key.strip()] = orjson.loads(value)
        except orjson.JSONDecodeError:
            overrides[key.strip()] = value
    return overrides


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """newsgraph: who holds which post, which bodies meet, who chairs, attends and instructs."""


@app.command()
def extract(
    input_dir: Annotated[Path, typer.Argument(help="Folder of issue folders (2022-01-11/, 20220111/, 2022/01/11/).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder (created; finished issues are kept).")],
    config: Annotated[str, typer.Option(help="Config name in configs/ or a .cfg path.")] = "default",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = 0,
    models: Annotated[Path | None, typer.Option(help="Folder of models (default: the project's models/).")] = None,
    home_place: Annotated[str | None, typer.Option(help="Home place for 市委/省委 when the masthead gives none.")] = None,
    executor: Annotated[str, typer.Option(help="local (processes on this machine) or ray (pip install -e '.[ray]').")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address (ray://host:10001 or auto); default: a local Ray.")] = None,
    settings: SetOption = None,
    graph: Annotated[
        list[str] | None,
        typer.Option("--graph", "-g", help="Graph formats to write: jsonl, apoc, gexf, graphml or none (repeatable; default: all four)."),
    ] = None,
) -> None:
    """Extract documents, mentions, officials and events from every issue under INPUT_DIR."""
    from .graph import WRITERS
    from .language import ModelError
    from .runner.local import run_issues

    if executor not in ("local", "ray"):
        console.print(f"[red]error:[/red] --executor {executor}: choose local or ray")
        raise typer.Exit(1)
    formats = tuple(WRITERS) if not graph else tuple(name for name in graph if name != "none")
    unknown = sorted(set(formats) - set(WRITERS))
    if unknown:
        console.print(f"[red]error:[/red] --graph {', '.join(unknown)}: choose from {', '.join(WRITERS)} or none")
        raise typer.Exit(1)

    jobs = jobs or os.cpu_count() or 1
    progress = Progress(
        TextColumn("[bold]issues"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    state = {"task": None, "chars": 0}

    def on_start(total: int, _bytes: int) -> None:
        state["task"] = progress.add_task("extract", total=total, rate="")

    def on_issue(result) -> None:
        state["chars"] += result.characters
        elapsed = max(progress.tasks[0].elapsed or 1e-9, 1e-9)
        progress.update(state["task"], advance=1, rate=f"{state['chars'] / elapsed:,.0f} chars/s")

    try:
        with progress:
            summary = run_issues(
                input_dir, out, config=config, models=str(models) if models else None, jobs=jobs,
                home_place=home_place, on_issue=on_issue, on_start=on_start, executor=executor, address=address,
                overrides=parse_overrides(settings), graph_formats=formats,
            )
    except (FileNotFoundError, ModelError) as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    except OSError as error:
        console.print(
            f"[red]error:[/red] cannot write {error.filename or out}: {error.strerror}. "
            "Finished issues are kept; free space or fix permissions and run the same command again to resume."
        )
        raise typer.Exit(1) from None
    counts = summary.counts
    console.print(
        f"{summary.issues} issues ({summary.skipped} already done), {counts['documents']} documents, "
        f"{counts['mentions']} mentions{f' of {summary.entities} entities' if formats else ''}, "
        f"{counts['relations']} posts held by officials, "
        f"{counts['events']} events, {len(summary.errors)} errors in {summary.seconds:.1f} s → {out}"
    )
    for error in summary.errors[:20]:
        console.print(f"[yellow]{error['source']}[/yellow]: {error['error']}")
    if summary.errors:
        console.print(f"{len(summary.errors)} pages could not be read; see {out / 'errors.jsonl'}")
        raise typer.Exit(EXIT_PAGE_ERRORS)


@train_app.command("segmenter")
def train_segmenter_command(
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
    output: Annotated[Path, typer.Option(help="Where to write the segmenter.")] = Path("models/segmenter"),
    iterations: Annotated[int, typer.Option(help="Training passes over the data.")] = 15,
    limit: Annotated[int | None, typer.Option(help="Train on the first N paragraphs only (smoke tests).")] = None,
) -> None:
    """Train the pkuseg word segmenter on pd1998/train.txt."""
    from .training.segmenter import train_segmenter

    path = train_segmenter(corpora, output, iterations=iterations, limit=limit)
    console.print(f"segmenter written to {path}")


@train_app.command("words")
def train_words_command(
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
    output: Annotated[Path | None, typer.Option(help="Where to write the list (default: the package's data).")] = None,
    limit: Annotated[int | None, typer.Option(help="Use the first N paragraphs only (smoke tests).")] = None,
) -> None:
    """List the common words a surname starts (pd1998/train.txt): never a name read by a rule."""
    from .training.words import DEFAULT_OUTPUT, write_common_words

    path = write_common_words(corpora, output or DEFAULT_OUTPUT, limit=limit)
    console.print(f"common words written to {path}")


@train_app.command("ner")
def train_ner_command(
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
    output: Annotated[Path, typer.Option(help="Where to write the NER model.")] = Path("models/crf_ner"),
    segmenter: Annotated[Path, typer.Option(help="The segmenter the NER reads words from.")] = Path("models/segmenter"),
    config: Annotated[Path, typer.Option(help="Training settings.")] = Path("configs/crf_ner.cfg"),
    limit: Annotated[int | None, typer.Option(help="Use the first N sentences of each corpus (smoke tests).")] = None,
    settings: SetOption = None,
) -> None:
    """Train the default NER (PERSON, ORG, PLACE; a CRF over words) on pd1998/train.txt and MSRA's training set."""
    from .training.crf_ner import train_crf_ner

    path = train_crf_ner(corpora, output, config, segmenter, limit=limit, overrides=parse_overrides(settings), log=console.print)
    console.print(f"NER written to {path}")


@train_app.command("ner-cnn")
def train_ner_cnn_command(
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
    output: Annotated[Path, typer.Option(help="Where to write the NER pipeline.")] = Path("models/ner"),
    segmenter: Annotated[Path, typer.Option(help="The segmenter the NER reads words from.")] = Path("models/segmenter"),
    config: Annotated[Path, typer.Option(help="spaCy training config.")] = Path("configs/ner.cfg"),
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many updates.")] = None,
    limit: Annotated[int | None, typer.Option(help="Use the first N sentences of each corpus (smoke tests).")] = None,
) -> None:
    """Train the spaCy CNN NER (configs/cnn.cfg's) on pd1998/train.txt and MSRA's training set."""
    from .training.ner import train_ner

    overrides = {"training.max_steps": max_steps} if max_steps else {}
    if max_steps:
        overrides["training.eval_frequency"] = max(1, min(1000, max_steps // 2))
    path = train_ner(corpora, output, config, segmenter, limit=limit, overrides=overrides)
    console.print(f"NER written to {path}")


@train_app.command("hanlp")
def train_hanlp_command(
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
    output: Annotated[Path, typer.Option(help="Where to write the HanLP models (tok/ and ner/).")] = Path("models/hanlp"),
    epochs: Annotated[int, typer.Option(help="Training passes over the data.")] = 5,
    limit: Annotated[int | None, typer.Option(help="Use the first N sentences of each split (smoke tests).")] = None,
) -> None:
    """Train HanLP's RNN tokenizer and NER on pd1998/train.txt (needs the [hanlp] extra)."""
    try:
        from .training.hanlp import train_hanlp
    except ImportError as error:
        console.print(f"[red]error:[/red] {error}; install the extra: pip install -e '.[hanlp]'")
        raise typer.Exit(1) from error

    paths = train_hanlp(corpora, output, limit=limit, epochs=epochs)
    console.print(
        f"HanLP tokenizer written to {paths['tok']}, NER to {paths['ner']}; use them with --config hanlp "
        f"--set paths.hanlp_tok={paths['tok']} --set paths.hanlp_ner={paths['ner']}"
    )


@app.command()
def evaluate(
    split: Annotated[str, typer.Option(help="pd1998-dev, msra-test or cluener-dev.")] = "pd1998-dev",
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
    config: Annotated[str, typer.Option(help="Pipeline config to evaluate.")] = "default",
    models: Annotated[Path | None, typer.Option(help="Folder of models.")] = None,
    limit: Annotated[int | None, typer.Option(help="First N sentences only.")] = None,
    settings: SetOption = None,
) -> None:
    """Print segmentation and NER precision/recall/F1 on a corpus split."""
    from .language import ModelError, load
    from .training.evaluate import evaluate_entities, evaluate_segmentation, read_split

    try:
        nlp = load(config, str(models) if models else None, parse_overrides(settings))
    except ModelError as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from None
    sentences = read_split(corpora, split, limit)
    if any(s.words for s in sentences):
        seg = evaluate_segmentation(nlp, sentences)
        typer.echo(f"segmentation  P {seg['p']:.4f}  R {seg['r']:.4f}  F1 {seg['f']:.4f}  ({seg['sentences']} sentences)")
    for label, score in evaluate_entities(nlp, sentences).items():
        typer.echo(f"NER {label:<8}  P {score['p']:.4f}  R {score['r']:.4f}  F1 {score['f']:.4f}")


@app.command()
def corpus(
    out: Annotated[Path, typer.Argument(help="Folder to write the issue folders into.")],
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = DEFAULT_CORPORA,
) -> None:
    """Lay the People's Daily corpus (pd1998) out as issue folders: a month of a national daily."""
    from .training.layout import layout_pd1998

    counts = layout_pd1998(corpora, out)
    console.print(f"{counts['days']} days, {counts['pages']} pages, {counts['characters']:,} characters → {out}")


@app.command()
def graph(
    out: Annotated[Path, typer.Argument(help="An output folder of `newsgraph extract`.")],
    format: Annotated[list[str], typer.Option("--format", "-f", help="jsonl, apoc, gexf, graphml (repeatable).")] = ["gexf"],  # noqa: B006
) -> None:
    """(Re)write the knowledge graph of an output folder in the given formats."""
    from .graph import WRITERS, write_graph

    unknown = [f for f in format if f not in WRITERS]
    if unknown:
        console.print(f"[red]error:[/red] unknown format {', '.join(unknown)}; choose from {', '.join(WRITERS)}")
        raise typer.Exit(1)
    if not (out / "documents.jsonl").exists():
        console.print(f"[red]error:[/red] {out}: no documents.jsonl; run `newsgraph extract INPUT -o {out}` first")
        raise typer.Exit(1)
    result = write_graph(out, tuple(format))
    console.print(f"{result.number_of_nodes()} nodes, {result.number_of_edges()} edges → {out} ({', '.join(format)})")


@app.command()
def show(
    out: Annotated[Path, typer.Argument(help="An output folder of `newsgraph extract`.")],
    person: Annotated[str, typer.Option(help="The person's name as written.")],
    png: Annotated[Path | None, typer.Option(help="Draw the person's network to this PNG file (needs matplotlib).")] = None,
) -> None:
    """Print a person's posts, meetings chaired and attended, and the people seen most with them."""
    from .graph import load
    from .graph.show import draw_person, find_people, person_report

    knowledge = load(out)
    nodes = find_people(knowledge, person)
    if not nodes:
        console.print(f"[red]error:[/red] no person named {person} in {out}")
        raise typer.Exit(1)
    for node in nodes:
        report = person_report(knowledge, node)
        typer.echo(f"{report['name']} ({node}): {report['documents']} documents, {report['first_date']} … {report['last_date']}")
        for post in report["posts"]:
            typer.echo(f"  post      {post['title']}  {', '.join(post['dates'])}")
        for kind, events in report["events"].items():
            for event in events:
                typer.echo(f"  {kind.lower():<9} {event['name']}  {event['date'] or ''}")
        for name, count in report["seen_with"]:
            typer.echo(f"  seen with {name} ({count} articles)")
        if png:
            try:
                draw_person(knowledge, node, png)
            except RuntimeError as error:
                console.print(f"[red]error:[/red] {error}")
                raise typer.Exit(1) from None
            typer.echo(f"  network drawn to {png}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        console.print("interrupted; finished issues are kept; run the same command again to resume")
        sys.exit(130)


if __name__ == "__main__":
    main()
