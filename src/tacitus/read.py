"""Read: every input becomes a ``RawDocument`` (or a ``Failure`` with a one-line reason).

Inputs are files, directories (recursive, sorted, hidden entries skipped), glob patterns,
``-`` for stdin, and ``http(s)://`` URLs (an RSS/Atom feed is followed to its items).
Formats are told from content as well as from the extension: plain text and HTML (also
gzipped), JSON Lines (one article per line), JSON (an article or a list of them), and
WARC archives. Everything streams: one article is in memory at a time, and decompression
stops at a size cap (gzip bombs). One bad input never stops the others.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tacitus.clean.decode import binary_reason
from tacitus.model import RawDocument
from tacitus.pipeline import Failure

__all__ = ["iter_inputs", "MAX_DOCUMENT_BYTES", "MAX_FETCH_BYTES", "MAX_FEED_ITEMS"]

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024  # one article (or one JSONL line), decompressed
MAX_FETCH_BYTES = 10 * 1024 * 1024  # one page fetched over HTTP
MAX_FEED_ITEMS = 50  # links followed from one RSS/Atom feed
FETCH_TIMEOUT = 20.0
USER_AGENT = "Tacitus/0.1 (+https://github.com/tacitus-events/tacitus; news event coder)"

Item = RawDocument | Failure
_GZIP_MAGIC = b"\x1f\x8b"
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_WARC_SUFFIXES = {".warc", ".arc"}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class _Declared:
    """Metadata the user declared; it fills only what an input does not say itself."""

    outlet: str | None
    published: str | None


def iter_inputs(
    paths: Iterable[str], *, outlet: str | None = None, published: str | None = None
) -> Iterator[RawDocument | Failure]:
    """Yield one ``RawDocument`` per article found under ``paths``, or a ``Failure``.

    ``outlet`` and ``published`` are declared for every input and fill only what the
    input lacks. Never raises for a bad input: it comes back as a ``Failure``.
    """
    declared = _Declared(outlet, published)
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "<stdin>", "", declared)
        elif path.startswith(("http://", "https://")):
            yield from _read_url(path, declared)
        elif os.path.isdir(path):
            for file in _walk(Path(path)):
                yield from _read_file(file, declared)
        elif not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Failure(path, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    for file in _walk(Path(match)):
                        yield from _read_file(file, declared)
                elif not _hidden(Path(match)):
                    yield from _read_file(Path(match), declared)
        else:
            yield from _read_file(Path(path), declared)


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, sorted, skipping hidden files and directories."""
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(directory) / name


def _read_file(path: Path, declared: _Declared) -> Iterator[Item]:
    location = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "no such file or directory"
        yield Failure(location, reason)
        return
    except OSError as err:
        yield Failure(location, f"cannot read: {err.strerror or err}")
        return
    if not stat.S_ISREG(info.st_mode):
        yield Failure(location, "not a regular file (a FIFO, socket or device)")
        return
    if info.st_size == 0:
        yield Failure(location, "empty file")
        return
    try:
        handle = path.open("rb", buffering=_CHUNK)
    except OSError as err:
        yield Failure(location, f"cannot read: {err.strerror or err}")
        return
    with handle:
        suffixes = [s.lower() for s in path.suffixes]
        yield from _read_stream(handle, path.name, location, "".join(suffixes[-2:]), declared)


def _read_stream(
    stream: IO[bytes], name: str, location: str, suffix: str, declared: _Declared
) -> Iterator[Item]:
    """Read one file-like input whose kind is told by its first bytes and its suffix."""
    try:
        head = stream.peek(_CHUNK)[:_CHUNK]  # type: ignore[attr-defined]
        too_big = f"larger than {_mb(MAX_DOCUMENT_BYTES)} (size cap)"
        if head.startswith(_GZIP_MAGIC):
            suffix = suffix.removesuffix(".gz")
            stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
            too_big = f"decompresses to more than {_mb(MAX_DOCUMENT_BYTES)} (size cap)"
            head = stream.peek(_CHUNK)[:_CHUNK]  # type: ignore[attr-defined]
        if not head.strip():
            yield Failure(location, "empty input")
            return
        kind = _kind(head, suffix)
        if kind == "warc":
            yield from _read_warc(stream, location, declared)
        elif kind == "jsonl":
            yield from _read_jsonl(stream, name, location, declared)
        elif kind == "json":
            yield from _read_json(stream, name, location, declared)
        else:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
            if len(data) > MAX_DOCUMENT_BYTES:
                yield Failure(location, too_big)
                return
            reason = binary_reason(data)
            if reason:
                yield Failure(location, reason)
                return
            yield _raw(data, name, location, declared, fmt="html" if kind == "html" else None)
    except (OSError, EOFError, zlib.error) as err:
        yield Failure(location, f"corrupt or unreadable data: {_one_line(err)}")


def _kind(head: bytes, suffix: str) -> str:
    """'warc' | 'jsonl' | 'json' | 'html' | 'document' (text or HTML, told by clean)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    last = "." + suffix.split(".")[-1] if suffix else ""
    if start.startswith((b"WARC/", b"filedesc://")) or last in _WARC_SUFFIXES:
        return "warc"
    if last in _JSONL_SUFFIXES:
        return "jsonl"
    if last == ".json":
        return "json"
    if last in (".html", ".htm", ".xhtml"):
        return "html"
    if start.startswith(b"{") and last not in _TEXT_SUFFIXES:
        return "jsonl"  # a text article does not open with a brace; a JSON Lines file does
    return "document"


def _raw(
    data: bytes,
    name: str,
    location: str,
    declared: _Declared,
    *,
    fmt: str | None = None,
    fields: dict[str, Any] | None = None,
    fetched: str | None = None,
) -> RawDocument:
    fields = fields or {}
    return RawDocument(
        data=data,
        name=name,
        location=location,
        format=fmt,
        url=_text(fields.get("url")),
        title=_text(fields.get("title")),
        outlet=_text(fields.get("outlet")) or declared.outlet,
        published=_text(fields.get("published")) or declared.published,
        author=_text(fields.get("author")),
        fetched=fetched,
    )


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _row(row: Any, name: str, location: str, declared: _Declared) -> Item:
    """One JSON article: ``text`` or ``html`` plus optional metadata fields."""
    if not isinstance(row, dict):
        return Failure(location, "expected a JSON object with a 'text' or 'html' field")
    html, text = row.get("html"), row.get("text")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str) or not content.strip():
        return Failure(location, "no 'text' or 'html' field with content")
    fmt = "html" if content is html else "text"
    row_name = _text(row.get("url")) or name
    return _raw(content.encode("utf-8"), row_name, location, declared, fmt=fmt, fields=row)


def _read_jsonl(stream: IO[bytes], name: str, location: str, declared: _Declared) -> Iterator[Item]:
    number = 0
    while True:
        line = stream.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        number += 1
        where = f"{location}:{number}"
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            yield Failure(where, f"line longer than {_mb(MAX_DOCUMENT_BYTES)}")
            while line and not line.endswith(b"\n"):  # skip the rest of it
                line = stream.readline(_CHUNK)
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
            row = json.loads(text)
        except UnicodeDecodeError:
            yield Failure(where, "invalid JSON: not UTF-8 text")
            continue
        except json.JSONDecodeError as err:
            # The line stops before its JSON does: cut off (often the last line of a file).
            if err.msg.startswith("Unterminated") or err.pos >= len(text.rstrip()):
                yield Failure(where, "truncated JSON line: it ends before its JSON does")
            else:
                yield Failure(where, f"invalid JSON: {err.msg} (column {err.colno})")
            continue
        yield _row(row, f"{name}:{number}", where, declared)


def _read_json(stream: IO[bytes], name: str, location: str, declared: _Declared) -> Iterator[Item]:
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield Failure(location, f"JSON file larger than {_mb(MAX_DOCUMENT_BYTES)}")
        return
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        yield Failure(location, f"invalid JSON: {_one_line(err)}")
        return
    if isinstance(value, list):
        for number, row in enumerate(value, 1):
            yield _row(row, f"{name}:{number}", f"{location}:{number}", declared)
    else:
        yield _row(value, name, location, declared)


def _read_warc(stream: IO[bytes], location: str, declared: _Declared) -> Iterator[Item]:
    """HTML responses in a WARC archive, one article per record (name = target URI)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or location
            where = f"{location}#{uri}"
            http = record.http_headers
            kind = (http.get_header("Content-Type") or "") if http else ""
            if http and not http.get_statuscode().startswith("2"):
                continue
            if kind and "html" not in kind.lower():
                continue
            found += 1
            data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
            if len(data) > MAX_DOCUMENT_BYTES:
                yield Failure(where, f"record larger than {_mb(MAX_DOCUMENT_BYTES)}")
            elif not data.strip():
                yield Failure(where, "empty response record")
            else:
                yield _raw(data, uri, where, declared, fmt="html", fields={"url": uri})
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error) as err:
        yield Failure(location, f"corrupt WARC archive: {_one_line(err)}")
        return
    if not found:
        yield Failure(location, "no HTML response records in this WARC archive")


def _read_url(url: str, declared: _Declared) -> Iterator[Item]:
    """Fetch a page; if it is an RSS/Atom feed, fetch the pages it links to instead."""
    import httpx

    headers = {"User-Agent": USER_AGENT}
    with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True, headers=headers) as client:
        fetched = _fetch(client, url)
        if isinstance(fetched, Failure):
            yield fetched
            return
        data, final_url, content_type = fetched
        if not _is_feed(data, content_type):
            yield _page(data, final_url, url, declared)
            return
        import feedparser

        feed = feedparser.parse(data)
        entries = [e for e in feed.entries if e.get("link")][:MAX_FEED_ITEMS]
        if not entries:
            yield Failure(url, "feed lists no article links")
        for entry in entries:
            item = _fetch(client, entry["link"])
            if isinstance(item, Failure):
                yield item
                continue
            page = _page(item[0], item[1], entry["link"], declared)
            page.title = page.title or _text(entry.get("title"))
            page.published = _text(entry.get("published") or entry.get("updated")) or page.published
            yield page


def _page(data: bytes, final_url: str, url: str, declared: _Declared) -> RawDocument:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return _raw(data, final_url, url, declared, fields={"url": final_url}, fetched=now)


def _fetch(client: Any, url: str) -> tuple[bytes, str, str] | Failure:
    """GET ``url`` with a size cap: (body, final URL, content type) or a Failure."""
    import httpx

    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                return Failure(url, f"HTTP {response.status_code} {response.reason_phrase}")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_FETCH_BYTES:
                    return Failure(url, f"page larger than {_mb(MAX_FETCH_BYTES)}")
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            return b"".join(chunks), str(response.url), content_type
    except httpx.HTTPError as err:
        return Failure(url, f"cannot fetch: {_one_line(err) or type(err).__name__}")


def _is_feed(data: bytes, content_type: str) -> bool:
    if content_type.split(";")[0].strip().lower() in _FEED_TYPES:
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf"))


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())
