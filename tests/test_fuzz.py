"""Readers and cleaners on hostile input: arbitrary bytes, deep nesting, huge lines, mixed
encodings, a gzip bomb. They may refuse an input (Failure / InputError), never crash,
hang or exhaust memory; and one bad input never sinks the others in its batch."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.model import Document, InputError, RawDocument
from tacitus.pipeline import Failure

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".gz", "")


def _check_document(doc: Document) -> None:
    assert 0 <= doc.body_start <= len(doc.text)
    for span in doc.removed:
        assert 0 <= span.start <= span.end <= len(doc.source_text)
    for text_start, source_start, length in doc.segments:
        assert (
            doc.text[text_start : text_start + length]
            == doc.source_text[source_start : source_start + length]
        )


def _read_and_clean(path: Path) -> list[str]:
    """What became of each input in ``path``: 'document' or 'failure'."""
    from tacitus.clean import clean
    from tacitus.read import iter_inputs

    outcomes = []
    for item in iter_inputs([str(path)]):
        if isinstance(item, Failure):
            assert item.reason and "\n" not in item.reason.strip()
            outcomes.append("failure")
            continue
        assert isinstance(item, RawDocument)
        try:
            doc = clean(item)
        except InputError as err:
            assert str(err) and "\n" not in str(err).strip()
            outcomes.append("failure")
            continue
        _check_document(doc)
        outcomes.append("document")
    return outcomes


@settings(
    max_examples=60,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        _read_and_clean(path)


_TAGS = st.sampled_from(["div", "p", "span", "script", "article", "table", "td", "b", "title"])


@st.composite
def _html(draw):
    """Random tag soup: nested, unclosed and stray tags around real-looking text."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(_TAGS)
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=80)))
    return "".join(parts)


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(body=_html(), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]))
def test_tag_soup_in_any_encoding(body, encoding):
    data = body.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_bytes(data)
        _read_and_clean(path)


def _gzip_bomb(path: Path, size: int = 2**30) -> None:
    """``size`` bytes of zeros, gzip-compressed, written streaming (about 1 MB on disk)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    block = bytes(2**20)
    with path.open("wb") as out:
        for _ in range(size // len(block)):
            out.write(compressor.compress(block))
        out.write(compressor.flush())


def _hostile_inputs(folder: Path) -> list[Path]:
    """Inputs that would hang or blow up a naive reader or cleaner."""
    deep = "<html><body>" + "<div>" * 200_000 + "Deep text." + "</div>" * 200_000
    (folder / "deep.html").write_text(deep)
    (folder / "unclosed.html").write_text("<p>" * 300_000 + "Talks ended.")
    (folder / "huge_line.txt").write_text("Officials met in Geneva. " * 400_000)  # 10 MB, 1 line
    (folder / "many_lines.txt").write_text("Check Also\n" * 500_000)
    mixed = "Caf\u00e9 talks \u2014 ".encode() + "na\u00efve".encode("latin-1")
    (folder / "mixed.txt").write_bytes(mixed * 5000 + "\ufeffend".encode("utf-16"))
    (folder / "nested.jsonl").write_text(
        json.dumps({"text": "[" * 50_000 + "]" * 50_000})
        + "\n{broken\n"
        + json.dumps({"text": "Talks resumed on Monday.", "title": "Talks"})
        + "\n"
    )
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_text("   \n\t\n")
    _gzip_bomb(folder / "bomb.html.gz")
    return sorted(folder.iterdir())


# Run in a child process with a memory ceiling, so a reader that inflates the bomb or
# recurses without bound fails this test instead of taking the machine down.
_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))
sys.path.insert(0, sys.argv[1])
from test_fuzz import _read_and_clean
from pathlib import Path
for name in sys.argv[2:]:
    print(json.dumps([Path(name).name, _read_and_clean(Path(name))]), flush=True)
"""


def test_hostile_inputs_are_refused_or_read_within_bounds(tmp_path):
    paths = _hostile_inputs(tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(Path(__file__).parent), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard, not a speed test: all of them take about 25 s
    )
    assert child.returncode == 0, child.stderr[-3000:]
    outcomes = dict(json.loads(line) for line in child.stdout.splitlines())
    assert set(outcomes) == {p.name for p in paths}
    assert outcomes["image.png"] == ["failure"]
    assert outcomes["empty.txt"] == ["failure"]
    assert outcomes["bomb.html.gz"] == ["failure"]
    # The readable record of a JSONL file survives its broken neighbours.
    assert "document" in outcomes["nested.jsonl"]
    assert outcomes["mixed.txt"] == ["document"]


def test_one_bad_input_does_not_sink_its_batch(monkeypatch):
    """A cleaner or coder bug on one input becomes that input's Failure."""
    import tacitus.clean
    import tacitus.coder
    from tacitus.pipeline import process_raw

    real_clean, real_code = tacitus.clean.clean, tacitus.coder.code_document

    def clean(raw: RawDocument) -> Document:
        if raw.name == "poison-clean":
            raise RecursionError("maximum recursion depth exceeded\nwhile calling a function")
        return real_clean(raw)

    def code_document(doc, parsed, resources):  # noqa: ANN001, ANN202
        if doc.name == "poison-code":
            raise KeyError("boom")
        return real_code(doc, parsed, resources)

    monkeypatch.setattr(tacitus.clean, "clean", clean)
    monkeypatch.setattr(tacitus.coder, "code_document", code_document)
    text = b"Russia and Turkey held talks in Ankara on Monday."
    raws = [
        RawDocument(data=text + bytes([65 + i]), name=name, location=name, format="text")
        for i, name in enumerate(["good-1", "poison-clean", "poison-code", "good-2"])
    ]
    results = list(process_raw(raws))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Failure", "Document"]
    assert results[1].reason == (
        "unexpected error while cleaning: RecursionError: maximum recursion depth exceeded"
    )
    assert results[2].reason == "unexpected error while coding: KeyError: 'boom'"
    assert results[3].name == "good-2"


def test_an_article_longer_than_the_parser_allows_fails_alone():
    """spaCy refuses texts over ``nlp.max_length``: that must fail the one article only."""
    from tacitus.pipeline import process_raw

    words = b"Officials said the talks went on. " * 5_000  # 170,000 characters
    long = RawDocument(data=words, name="long", location="long", format="text")
    short = RawDocument(data=b"Russia and Turkey held talks.", name="short", location="short")
    results = list(process_raw([long, short]))
    assert isinstance(results[0], Failure), results[0]
    assert results[0].reason and "\n" not in results[0].reason
    assert isinstance(results[1], Document)
