"""Read: every input format (files, directories, globs, stdin, URLs, feeds) and every bad
input, which must come back as a one-line Failure without stopping the rest."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tacitus import read
from tacitus.clean import clean
from tacitus.model import RawDocument
from tacitus.pipeline import Failure
from tacitus.read import iter_inputs

INPUTS = Path(__file__).parent / "data" / "inputs"
ARTICLE = (
    "Dam talks resume\n\nEthiopia, Egypt and Sudan resumed talks on the Nile dam on "
    "Sunday, the three governments said in a joint statement.\n"
)
HTML = (INPUTS / "harbour_talks.html").read_bytes()


def _items(*paths: str | Path, **declared: str) -> list[RawDocument | Failure]:
    return list(iter_inputs([str(p) for p in paths], **declared))


def _failures(items: list[RawDocument | Failure]) -> list[Failure]:
    failures = [item for item in items if isinstance(item, Failure)]
    for failure in failures:
        assert failure.reason and "\n" not in failure.reason
    return failures


def _warc(path: Path, pages: dict[str, bytes], compress: bool) -> None:
    """Write a WARC file by hand (one response record per page, then a metadata record)."""

    def record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
        head = (
            f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, uri))):032x}>\r\n"
            f"WARC-Date: 2023-06-14T08:30:00Z\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n"
        ).encode()
        data = head + block + b"\r\n\r\n"
        return gzip.compress(data) if compress else data  # one gzip member per record

    records = []
    for uri, body in pages.items():
        http = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        records.append(record("response", uri, http + body, "application/http; msgtype=response"))
    records.append(record("metadata", "urn:x", b"crawler: test", "text/plain"))
    path.write_bytes(b"".join(records))


# --- formats --------------------------------------------------------------------------


def test_text_file_name_and_location(tmp_path: Path) -> None:
    path = tmp_path / "000_abc.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [raw] = _items(path)
    assert isinstance(raw, RawDocument)
    assert (raw.name, raw.location, raw.data) == ("000_abc.txt", str(path), ARTICLE.encode())
    assert clean(raw).title == "Dam talks resume"


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "a.txt", "b/1.txt", ".secret.txt", ".hidden/x.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    names = [Path(item.location).relative_to(tmp_path).as_posix() for item in _items(tmp_path)]
    assert names == ["a.txt", "b/1.txt", "b/2.txt"]


def test_glob_pattern(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert [i.name for i in _items(tmp_path / "x*.txt")] == ["x1.txt", "x2.txt"]
    [failure] = _failures(_items(tmp_path / "z*.txt"))
    assert "no file matches" in failure.reason


def test_html_and_gzipped_html(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(HTML)
    (tmp_path / "page2.html.gz").write_bytes(gzip.compress(HTML))
    (tmp_path / "page3.gz").write_bytes(gzip.compress(HTML))  # told by content alone
    items = _items(tmp_path)
    assert [i.name for i in items] == ["page.html", "page2.html.gz", "page3.gz"]
    for raw in items:
        assert isinstance(raw, RawDocument) and raw.data == HTML
        doc = clean(raw)
        assert doc.format == "html"
        assert doc.title == "Fishing fleets dispute heads to mediation"


def test_jsonl_rows_names_and_declared_metadata(tmp_path: Path) -> None:
    rows = [
        {"text": ARTICLE, "url": "https://news.example/dam", "outlet": "Nile Wire"},
        {"html": HTML.decode(), "title": "Given title", "published": "2023-06-15"},
        {"text": "Just a sentence about the dam talks, which resumed on Sunday."},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    items = _items(path, outlet="Declared", published="2023-01-01")
    assert [i.name for i in items] == ["https://news.example/dam", "batch.jsonl:2", "batch.jsonl:3"]
    first, second, third = items
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert isinstance(third, RawDocument)
    assert (first.outlet, first.url, first.format, first.published) == (
        "Nile Wire",
        "https://news.example/dam",
        "text",
        "2023-01-01",
    )
    assert (second.format, second.title, second.outlet, second.published) == (
        "html",
        "Given title",
        "Declared",
        "2023-06-15",
    )
    assert third.location == f"{path}:3"
    assert clean(second).title == "Given title"


def test_gzipped_jsonl_and_json_list(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": ARTICLE}).encode()))
    (tmp_path / "b.json").write_text(json.dumps([{"text": ARTICLE}, {"text": ARTICLE}]))
    assert [i.name for i in _items(tmp_path)] == ["a.jsonl.gz:1", "b.json:1", "b.json:2"]


@pytest.mark.parametrize("compress", [False, True])
def test_warc(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    _warc(path, {"https://a.example/1": HTML, "https://a.example/2": HTML}, compress)
    items = _items(path)
    assert [i.name for i in items] == ["https://a.example/1", "https://a.example/2"]
    raw = items[0]
    assert isinstance(raw, RawDocument) and raw.format == "html" and raw.data == HTML
    assert clean(raw).url == "https://a.example/1"


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(ARTICLE.encode())))
    )
    [raw] = _items("-")
    assert isinstance(raw, RawDocument)
    assert (raw.name, raw.location, raw.data) == ("<stdin>", "<stdin>", ARTICLE.encode())
    lines = b'{"text": "One."}\n{"text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(lines))))
    assert [i.name for i in _items("-")] == ["<stdin>:1", "<stdin>:2"]


# --- URLs and feeds, served on 127.0.0.1 ----------------------------------------------


@pytest.fixture
def site() -> Iterator[tuple[str, dict[str, tuple[str, bytes]]]]:
    """A local web server: (base URL, {path: (content type, body)})."""
    pages: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/page")
                self.end_headers()
                return
            if self.path not in pages:
                self.send_error(404)
                return
            kind, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_url_page_redirect_and_http_error(site: tuple[str, dict]) -> None:
    base, pages = site
    pages["/page"] = ("text/html; charset=utf-8", HTML)
    [raw] = _items(f"{base}/moved")
    assert isinstance(raw, RawDocument)
    assert (raw.name, raw.url, raw.location) == (f"{base}/page", f"{base}/page", f"{base}/moved")
    assert raw.fetched and raw.data == HTML
    assert clean(raw).outlet == "Coastal Courier"
    [failure] = _failures(_items(f"{base}/missing"))
    assert failure.reason.startswith("HTTP 404")


def test_url_size_cap(site: tuple[str, dict], monkeypatch: pytest.MonkeyPatch) -> None:
    base, pages = site
    pages["/big"] = ("text/html", HTML)
    monkeypatch.setattr(read, "MAX_FETCH_BYTES", 100)
    [failure] = _failures(_items(f"{base}/big"))
    assert "larger than" in failure.reason


def test_unreachable_url_is_a_failure() -> None:
    [failure] = _failures(_items("http://127.0.0.1:9/nothing"))
    assert failure.reason.startswith("cannot fetch")


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Coastal Courier</title><link>{base}/</link>
<item><title>Fishing fleets dispute heads to mediation</title><link>{base}/one</link>
<pubDate>Wed, 14 Jun 2023 08:30:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/gone</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:c</id>
<updated>2023-06-14T08:30:00Z</updated>
<entry><title>One</title><id>urn:1</id><link href="{base}/one"/>
<updated>2023-06-14T08:30:00Z</updated></entry>
</feed>"""


def test_rss_feed_items_are_fetched(site: tuple[str, dict]) -> None:
    base, pages = site
    pages["/feed"] = ("application/rss+xml", RSS.format(base=base).encode())
    pages["/one"] = ("text/html", HTML)
    items = _items(f"{base}/feed")
    raw, failure = items
    assert isinstance(raw, RawDocument) and raw.name == f"{base}/one"
    assert raw.published == "Wed, 14 Jun 2023 08:30:00 GMT"
    assert isinstance(failure, Failure) and failure.location == f"{base}/gone"


def test_atom_feed_told_by_content(site: tuple[str, dict], monkeypatch: pytest.MonkeyPatch) -> None:
    base, pages = site
    pages["/atom"] = ("text/xml", ATOM.format(base=base).encode())
    pages["/one"] = ("text/html", HTML)
    monkeypatch.setattr(read, "MAX_FEED_ITEMS", 1)
    [raw] = _items(f"{base}/atom")
    assert isinstance(raw, RawDocument) and raw.url == f"{base}/one"


# --- bad inputs: each is a one-line Failure and the rest goes on -----------------------


def test_bad_files_fail_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "01_good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "02_empty.txt").write_bytes(b"")
    (tmp_path / "03_binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(200))
    (tmp_path / "04_corrupt.html.gz").write_bytes(gzip.compress(HTML)[:60])
    (tmp_path / "05_notgzip.gz").write_bytes(b"\x1f\x8bthis is not gzip data at all")
    (tmp_path / "06_dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "07_fifo.txt")
    (tmp_path / "08_good.txt").write_text(ARTICLE, encoding="utf-8")
    items = _items(tmp_path, tmp_path / "missing.txt")
    reasons = {Path(f.location).name: f.reason for f in _failures(items)}
    assert [i.name for i in items if isinstance(i, RawDocument)] == ["01_good.txt", "08_good.txt"]
    assert reasons["02_empty.txt"] == "empty file"
    assert reasons["03_binary.bin"].startswith("binary data")
    assert reasons["04_corrupt.html.gz"].startswith("corrupt")
    assert reasons["05_notgzip.gz"].startswith("corrupt")
    assert reasons["06_dangling.txt"] == "broken symbolic link"
    assert reasons["07_fifo.txt"].startswith("not a regular file")
    assert reasons["missing.txt"] == "no such file or directory"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        [failure] = _failures(_items(path))
        assert "permission denied" in failure.reason.lower()
    finally:
        path.chmod(0o644)


def test_gzip_bomb_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb") as out:
        for _ in range(64):
            out.write(b"a" * (1024 * 1024))
    assert path.stat().st_size < 200_000
    [failure] = _failures(_items(path))
    assert "decompresses to more than 1 MB" in failure.reason


def test_bad_jsonl_lines(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(
        b'{"text": "Fine article about the talks."}\n'
        b'{"text": "missing comma" "url": "x"}\n'
        b"\n"
        b'["not", "an", "object"]\n'
        b'{"title": "no text"}\n'
        b'{"text": "A truncated line that ends in the mid'
    )
    items = _items(path)
    assert isinstance(items[0], RawDocument)
    reasons = {f.location.rsplit(":", 1)[1]: f.reason for f in _failures(items)}
    assert reasons["2"].startswith("invalid JSON")
    assert "JSON object" in reasons["4"]
    assert "no 'text' or 'html'" in reasons["5"]
    assert reasons["6"].startswith("truncated JSON line")
    assert len(items) == 5


def test_corrupt_or_empty_warc(tmp_path: Path) -> None:
    bad_length = tmp_path / "a.warc"
    bad_length.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n")
    garbage = tmp_path / "b.warc"
    garbage.write_bytes(b"WARC/1.0\r\n\x00\x01 not a record")
    first, second = _failures(_items(bad_length, garbage))
    assert first.reason == "empty response record"
    assert second.reason.startswith(("corrupt", "no HTML response records"))
    cut = tmp_path / "c.warc.gz"
    _warc(cut, {"https://a.example/1": HTML}, compress=True)
    cut.write_bytes(cut.read_bytes()[:50])
    [failure] = _failures(_items(cut))
    assert failure.reason.startswith(("corrupt", "no HTML response records"))


# --- hostile inputs: nothing lost, nothing hangs (issue 15) ---------------------------

NO_URI_WARC = (
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
    b"Content-Length: 65\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    b"<p>Hello world.</p>\r\n\r\n\r\n"
)


def test_a_warc_record_without_target_uri_does_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "nouri.warc").write_bytes(NO_URI_WARC)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    items = _items(tmp_path / "nouri.warc", good)
    _failures(items)
    record, article = items
    assert isinstance(record, RawDocument) and record.data.strip() == b"<p>Hello world.</p>"
    assert record.location == f"{tmp_path / 'nouri.warc'}#record-1" and record.url is None
    assert isinstance(article, RawDocument) and article.name == "good.txt"


@pytest.mark.parametrize("compress", [False, True])
def test_a_cut_off_warc_keeps_its_intact_records_and_reports_the_cut(
    tmp_path: Path, compress: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    pages = {f"https://a.example/{i}": HTML for i in range(3)}
    _warc(path, pages, compress)
    whole = path.read_bytes()
    path.write_bytes(whole[:-300])  # inside the last response record
    items = _items(path)
    [cut] = _failures(items)
    assert [i.name for i in items[:2]] == ["https://a.example/0", "https://a.example/1"]
    assert cut.location.endswith("#https://a.example/2") and "ends inside" in cut.reason
    path.write_bytes(whole[:-30])  # inside the trailing metadata record's headers
    items = _items(path)
    [cut] = _failures(items)
    assert [i.name for i in items[:3]] == list(pages)
    assert cut.location == str(path) and cut.reason.startswith("corrupt or cut-off WARC")


def test_a_cut_off_gzip_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl.gz"
    lines = b"".join(json.dumps({"text": f"{ARTICLE} {i}"}).encode() + b"\n" for i in range(50))
    path.write_bytes(gzip.compress(lines)[:-40])
    items = _items(path)
    [*_, cut] = _failures(items)
    assert cut.location == str(path) and "cut off" in cut.reason
    assert [i.name for i in items if isinstance(i, RawDocument)] == [
        f"rows.jsonl.gz:{n}" for n in range(1, int(items[-2].location.rsplit(":", 1)[1]))
    ]
    assert len(items) > 30


def test_an_unreadable_directory_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(ARTICLE, encoding="utf-8")
    scandir = os.scandir

    def refuse(path: object = ".") -> object:  # as listing a mode-000 directory does
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    items = _items(tmp_path)
    [failure] = _failures(items)
    assert [i.name for i in items if isinstance(i, RawDocument)] == ["a.txt"]
    assert (failure.location, failure.reason) == (
        str(locked),
        "cannot read directory: Permission denied",
    )


def test_huge_jsonl_lines_are_refused_while_streaming(tmp_path: Path) -> None:
    import tracemalloc

    cap = read.MAX_DOCUMENT_BYTES
    path = tmp_path / "huge.jsonl.gz"
    huge = b'{"text": "' + b"a" * (cap + cap // 5) + b'"}\n'  # 1.2 times the cap
    good = json.dumps({"text": ARTICLE}).encode() + b"\n"
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(huge + good + huge + huge)
    tracemalloc.start()
    try:
        items = _items(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # At most the cap is ever held, in chunks: never a whole line, nor a decoded one.
    assert peak < cap + cap // 2
    reasons = [(f.location.rsplit(":", 1)[1], f.reason) for f in _failures(items)]
    assert reasons == [(n, f"line longer than {read._mb(cap)}") for n in ("1", "3", "4")]
    [raw] = [i for i in items if isinstance(i, RawDocument)]
    assert raw.location == f"{path}:2" and raw.data == ARTICLE.encode()


@pytest.fixture
def slow_site() -> Iterator[str]:
    """A local server whose /trickle sends a byte every 0.2 s and whose /silent never
    answers (each for at most 8 s), and whose /page answers at once."""
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/page":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(HTML)))
                self.end_headers()
                self.wfile.write(HTML)
                return
            if self.path.startswith("/feed"):
                links = "".join(
                    f"<item><title>{i}</title><link>{self.base}/silent/{i}</link></item>"
                    for i in range(8)
                )
                body = f'<?xml version="1.0"?><rss><channel>{links}</channel></rss>'.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                self.wfile.write(body)
                return
            if self.path.startswith("/trickle"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
            for _ in range(40):
                if stop.wait(0.2):
                    return
                if self.path.startswith("/trickle"):
                    try:
                        self.wfile.write(b"x")
                        self.wfile.flush()
                    except OSError:
                        return

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.base = base  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_trickling_server_meets_the_fetch_deadline(slow_site: str) -> None:
    import time

    started = time.monotonic()
    items = list(iter_inputs([f"{slow_site}/trickle", f"{slow_site}/page"], fetch_timeout=1))
    assert time.monotonic() - started < 4
    [failure] = _failures(items)
    assert failure.location == f"{slow_site}/trickle" and failure.reason.startswith("timed out")
    assert isinstance(items[1], RawDocument) and items[1].data == HTML


def test_feed_items_are_fetched_concurrently_each_with_a_deadline(slow_site: str) -> None:
    import time

    started = time.monotonic()
    items = list(iter_inputs([f"{slow_site}/feed"], fetch_timeout=1))
    took = time.monotonic() - started
    failures = _failures(items)
    assert [f.location for f in failures] == [f"{slow_site}/silent/{i}" for i in range(8)]
    assert all(f.reason.startswith("timed out") for f in failures)
    assert took < 5  # 8 silent links, 4 at a time from one host: about 2 s, not 8


def test_feed_items_beyond_the_limit_are_reported(
    site: tuple[str, dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, pages = site
    items_xml = "".join(f"<item><link>{base}/one</link></item>" for _ in range(5))
    pages["/feed"] = ("application/rss+xml", f"<rss><channel>{items_xml}</channel></rss>".encode())
    pages["/one"] = ("text/html", HTML)
    monkeypatch.setattr(read, "MAX_FEED_ITEMS", 3)
    items = _items(f"{base}/feed")
    [failure] = _failures(items)
    assert sum(isinstance(i, RawDocument) for i in items) == 3
    assert failure.reason == (
        "feed lists 5 article links: the first 3 were read, 2 skipped (the limit per feed)"
    )
