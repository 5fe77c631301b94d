"""Read: every input becomes a ``RawDocument`` (or a ``Failure`` with a one-line reason).

Inputs are files, directories (recursive, sorted, hidden entries skipped), glob patterns,
``-`` for stdin, and ``http(s)://`` URLs (an RSS/Atom feed is followed to its items).
Formats are told from content as well as from the extension: plain text and HTML (also
gzipped), JSON Lines (one article per line), JSON (an article or a list of them), and
WARC archives. Everything streams: one article is in memory at a time, sizes are checked
while reading (a line or record over the cap is skipped without being kept), and
decompression goes in bounded chunks (gzip bombs). A cut-off archive keeps its intact
records and says where it was cut. Fetching has a total deadline per input, and a feed's
items are fetched concurrently, a few per host. One bad input never stops the others.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import glob
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from tacitus.clean.decode import binary_reason
from tacitus.model import RawDocument
from tacitus.pipeline import Failure, unexpected

__all__ = [
    "iter_inputs",
    "fetch_response",
    "is_feed",
    "page_document",
    "Response",
    "USER_AGENT",
    "FETCH_DEADLINE",
    "MAX_DOCUMENT_BYTES",
    "MAX_FETCH_BYTES",
    "MAX_FEED_ITEMS",
    "MAX_JSON_BYTES",
]

# One article (a file, a JSONL line, a WARC record), decompressed. Only 100,000
# characters of clean text are analysed (``pipeline.MAX_TEXT_CHARS``); 10 MB leaves room
# for the markup of the heaviest news page and keeps a batch's memory small.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_JSON_BYTES = 32 * 1024 * 1024  # a whole .json file (parsed at once; JSON Lines streams)
MAX_FETCH_BYTES = 10 * 1024 * 1024  # one page fetched over HTTP
MAX_FEED_ITEMS = 1000  # links followed from one RSS/Atom feed (the rest are reported)
FETCH_DEADLINE = 60.0  # seconds for one fetched input, redirects and body included
FETCH_TIMEOUT = 20.0  # seconds one network read may wait
FETCH_PER_HOST = 4  # feed items fetched at once from one host
_FEED_WINDOW = 32  # feed items fetched (and held) at a time
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
    paths: Iterable[str],
    *,
    outlet: str | None = None,
    published: str | None = None,
    fetch_timeout: float = FETCH_DEADLINE,
) -> Iterator[RawDocument | Failure]:
    """Yield one ``RawDocument`` per article found under ``paths``, or a ``Failure``.

    ``outlet`` and ``published`` are declared for every input and fill only what the
    input lacks. ``fetch_timeout`` is the total time one URL (a page or a feed item) may
    take. Never raises for a bad input: it comes back as a ``Failure``.
    """
    declared = _Declared(outlet, published)
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "<stdin>", "", declared)
        elif path.startswith(("http://", "https://")):
            yield from _read_url(path, declared, fetch_timeout)
        elif os.path.isdir(path):
            yield from _read_tree(Path(path), declared)
        elif not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Failure(path, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _read_tree(Path(match), declared)
                elif not _hidden(Path(match)):
                    yield from _read_file(Path(match), declared)
        else:
            yield from _read_file(Path(path), declared)


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _read_tree(root: Path, declared: _Declared) -> Iterator[Item]:
    for file in _walk(root):
        if isinstance(file, Failure):
            yield file
        else:
            yield from _read_file(file, declared)


def _walk(root: Path) -> Iterator[Path | Failure]:
    """Files under ``root``, sorted, skipping hidden files and directories; a directory
    that cannot be listed is a Failure, not a silent gap."""
    errors: list[OSError] = []
    for directory, dirs, files in os.walk(root, onerror=errors.append):
        yield from _unlisted(errors, root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(directory) / name
    yield from _unlisted(errors, root)


def _unlisted(errors: list[OSError], root: Path) -> Iterator[Failure]:
    for err in errors:
        where = str(err.filename) if err.filename else str(root)
        yield Failure(where, f"cannot read directory: {err.strerror or _one_line(err)}")
    errors.clear()


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
    gunzip: _Gunzip | None = None
    try:
        head = stream.peek(_CHUNK)[:_CHUNK]  # type: ignore[attr-defined]
        too_big = f"larger than {_mb(MAX_DOCUMENT_BYTES)} (size cap)"
        if head.startswith(_GZIP_MAGIC):
            suffix = suffix.removesuffix(".gz")
            gunzip = _Gunzip(stream)
            stream = io.BufferedReader(gunzip, _CHUNK)
            too_big = f"decompresses to more than {_mb(MAX_DOCUMENT_BYTES)} (size cap)"
            head = stream.peek(_CHUNK)[:_CHUNK]  # type: ignore[attr-defined]
        if not head.strip():
            if gunzip and gunzip.truncated():
                yield Failure(location, f"corrupt or unreadable data: {_CUT_GZIP}")
            else:
                yield Failure(location, "empty input")
            return
        kind = _kind(head, suffix)
        if kind == "warc":
            cut_off = gunzip.truncated if gunzip else lambda: False
            yield from _read_warc(stream, location, declared, cut_off)
            return
        elif kind == "jsonl":
            yield from _read_jsonl(stream, name, location, declared)
        elif kind == "json":
            yield from _read_json(stream, name, location, declared)
        else:
            data = _read_capped(stream, MAX_DOCUMENT_BYTES)
            if data is None:
                yield Failure(location, too_big)
                return
            if gunzip and gunzip.truncated():
                yield Failure(location, f"corrupt or unreadable data: {_CUT_GZIP}")
                return
            reason = binary_reason(data)
            if reason:
                yield Failure(location, reason)
                return
            yield _raw(data, name, location, declared, fmt="html" if kind == "html" else None)
            return
        if gunzip and gunzip.truncated():  # what came before the cut was read above
            yield Failure(location, f"cut off: {_CUT_GZIP}; the articles before the cut were read")
    except (OSError, EOFError, zlib.error) as err:
        yield Failure(location, f"corrupt or unreadable data: {_one_line(err)}")
    except Exception as err:  # a reader bug on a hostile input must not stop the run
        yield Failure(location, unexpected("reading", err))


_CUT_GZIP = "the compressed data ends before its end marker"


def _read_capped(stream: IO[bytes], cap: int) -> bytes | None:
    """The rest of ``stream``, or None (having read no more than ``cap + 1`` bytes) if
    it is longer than ``cap``."""
    data = stream.read(cap + 1)
    return None if len(data) > cap else data


class _Gunzip(io.RawIOBase):
    """Gzip (any number of members) decompressed in bounded chunks. Unlike ``GzipFile``,
    data cut off in the middle of a member ends the stream, ``truncated()`` then says so, and
    everything before the cut can still be read."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._input = b""
        self._member: Any = None  # the zlib decompressor of the member being read
        self.cut = False

    def truncated(self) -> bool:
        """Whether the data ended in the middle of a member (known once read through)."""
        return self.cut

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if not self._input:
                self._input = self._raw.read(_CHUNK)
                if not self._input:
                    self.cut = self.cut or self._member is not None
                    self._member = None
                    return 0
            if self._member is None:
                self._input = self._input.lstrip(b"\x00")  # padding between members
                if not self._input:
                    continue
                self._member = zlib.decompressobj(31)
            out = self._member.decompress(self._input, len(buffer))
            if self._member.eof:
                self._input, self._member = self._member.unused_data, None
            else:
                self._input = self._member.unconsumed_tail
            if out:
                buffer[: len(out)] = out
                return len(out)


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
        url=text_or_none(fields.get("url")),
        title=text_or_none(fields.get("title")),
        outlet=text_or_none(fields.get("outlet")) or declared.outlet,
        published=text_or_none(fields.get("published")) or declared.published,
        author=text_or_none(fields.get("author")),
        fetched=fetched,
    )


def text_or_none(value: Any) -> str | None:
    """A string stripped, or None when it is not a string or holds only spaces."""
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
    data = content.encode("utf-8")
    if len(data) > MAX_DOCUMENT_BYTES:
        return Failure(location, f"article larger than {_mb(MAX_DOCUMENT_BYTES)} (size cap)")
    row_name = text_or_none(row.get("url")) or name
    return _raw(data, row_name, location, declared, fmt=fmt, fields=row)


def _read_jsonl(stream: IO[bytes], name: str, location: str, declared: _Declared) -> Iterator[Item]:
    number = 0
    while True:
        line = _next_line(stream, MAX_DOCUMENT_BYTES)
        if line == b"":
            return
        number += 1
        where = f"{location}:{number}"
        if line is None:
            yield Failure(where, f"line longer than {_mb(MAX_DOCUMENT_BYTES)}")
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


def _next_line(stream: IO[bytes], cap: int) -> bytes | None:
    """The next line (b"" at the end), or None for a line over ``cap`` bytes: that one
    is read through in bounded chunks and never held whole."""
    line = stream.readline(_CHUNK)
    if not line or line.endswith(b"\n"):
        return line
    parts, size = [line], len(line)
    while line and not line.endswith(b"\n"):
        line = stream.readline(_CHUNK)
        size += len(line)
        if size <= cap:
            parts.append(line)
        else:
            parts.clear()  # over the cap: read through, keeping none of it
    return b"".join(parts) if size <= cap else None


def _read_json(stream: IO[bytes], name: str, location: str, declared: _Declared) -> Iterator[Item]:
    data = _read_capped(stream, MAX_JSON_BYTES)
    if data is None:
        yield Failure(
            location, f"JSON file larger than {_mb(MAX_JSON_BYTES)} (use JSON Lines for more)"
        )
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


def _read_warc(
    stream: IO[bytes], location: str, declared: _Declared, cut_off: Callable[[], bool]
) -> Iterator[Item]:
    """HTML responses in a WARC archive, one article per record (name = target URI).

    A malformed record is a Failure of its own; an archive cut off inside a record keeps
    every record before the cut and reports it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class Archive(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # not a warning on stderr for a wrong Content-Length

    found = 0
    archive = Archive(stream)
    archive.loader = _tolerant_warc_loader()
    record: Any = None
    cut_reported = False
    try:
        for number, record in enumerate(archive, 1):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{location}#{uri}" if uri else f"{location}#record-{number}"
            http = record.http_headers
            kind = (http.get_header("Content-Type") or "") if http else ""
            if http and not (http.get_statuscode() or "").startswith("2"):
                continue
            if kind and "html" not in kind.lower():
                continue
            found += 1
            data = _read_capped(record.content_stream(), MAX_DOCUMENT_BYTES)
            if data is None:
                yield Failure(where, f"record larger than {_mb(MAX_DOCUMENT_BYTES)}")
            elif cut := _unread(record):
                cut_reported = True
                yield Failure(where, f"incomplete WARC record: {cut}")
            elif not data.strip():
                yield Failure(where, "empty response record")
            else:
                name = uri or f"{Path(location).name}#record-{number}"
                yield _raw(data, name, where, declared, fmt="html", fields={"url": uri})
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error) as err:
        yield Failure(location, f"corrupt WARC archive: {_one_line(err)}")
        return
    # The archive ended inside a record: its block is short, or its headers are (warcio
    # then stops as at a clean end, short of the data it was given).
    cut = _unread(record) if record is not None else None
    if not cut and (_warc_tail(archive) or cut_off()):
        cut = "the archive ends inside it"
    if cut and not cut_reported:
        # Every record before it was read.
        why = f"corrupt or cut-off WARC archive: its last record is incomplete ({cut})"
        yield Failure(location, why)
    elif not found and not cut_reported:
        yield Failure(location, "no HTML response records in this WARC archive")


def _unread(record: Any) -> str | None:
    """Why ``record``, read through, is incomplete: short of its block, or without a
    Content-Length (its headers cut off, or malformed); None when it is whole."""
    limit = getattr(record.raw_stream, "limit", None)
    if limit is None:
        return "no Content-Length: its headers are cut off or malformed"
    return "the archive ends inside it" if limit > 0 else None


def _warc_tail(archive: Any) -> bool:
    """Whether the archive holds data past the end of its last complete record."""
    try:
        return bool(archive.fh.tell() > archive.offset)
    except (OSError, AttributeError, TypeError):
        return False


def _tolerant_warc_loader() -> Any:
    """warcio's record loader, except that a record without ``WARC-Target-URI`` is
    read (its HTTP headers parsed) instead of crashing the whole archive."""
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):  # type: ignore[misc]
        def load_http_headers(self, rec_type: Any, uri: Any, stream: Any, length: Any) -> Any:
            return super().load_http_headers(rec_type, uri or "http:", stream, length)

    return Loader()


def _read_url(url: str, declared: _Declared, deadline: float) -> Iterator[Item]:
    """Fetch a page; if it is an RSS/Atom feed, fetch the pages it links to instead."""
    try:
        [fetched] = _fetch_all([url], deadline)
        if isinstance(fetched, Failure):
            yield fetched
            return
        data, final_url, content_type = fetched
        if not is_feed(data, content_type):
            yield _page(data, final_url, url, declared)
            return
        entries = feed_entries(data)
        if not entries:
            yield Failure(url, "feed lists no article links")
        for start in range(0, min(len(entries), MAX_FEED_ITEMS), _FEED_WINDOW):
            window = entries[start : min(start + _FEED_WINDOW, MAX_FEED_ITEMS)]
            fetched_items = _fetch_all([e.link for e in window], deadline)
            for entry, item in zip(window, fetched_items, strict=True):
                if isinstance(item, Failure):
                    yield item
                    continue
                page = _page(item[0], item[1], entry.link, declared)
                page.title = page.title or entry.title
                page.published = entry.published or page.published
                yield page
        if len(entries) > MAX_FEED_ITEMS:
            skipped = len(entries) - MAX_FEED_ITEMS
            yield Failure(
                url,
                f"feed lists {len(entries):,} article links: the first {MAX_FEED_ITEMS:,} "
                f"were read, {skipped:,} skipped (the limit per feed)",
            )
    except Exception as err:  # a bug on a hostile page or feed must not stop the run
        yield Failure(url, unexpected("fetching", err))


@dataclass(frozen=True)
class FeedEntry:
    """One article an RSS/Atom feed lists."""

    key: str  # the entry's GUID, else its link: what "seen" means to a watch
    link: str
    title: str | None = None
    published: str | None = None  # as the feed writes it (published, else updated)


def feed_entries(data: bytes) -> list[FeedEntry]:
    """The article links of an RSS/Atom/RDF feed, in the feed's order (feedparser)."""
    import feedparser

    out: list[FeedEntry] = []
    for item in feedparser.parse(data).entries:
        link = text_or_none(item.get("link"))
        if link:
            title, dated = item.get("title"), item.get("published") or item.get("updated")
            key = text_or_none(item.get("id")) or link
            out.append(FeedEntry(key, link, text_or_none(title), text_or_none(dated)))
    return out


def page_document(
    data: bytes, final_url: str, url: str, *, outlet: str | None = None
) -> RawDocument:
    """A fetched page as a ``RawDocument`` located at ``url`` (the link followed)."""
    return _page(data, final_url, url, _Declared(outlet, None))


def _page(data: bytes, final_url: str, url: str, declared: _Declared) -> RawDocument:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return _raw(data, final_url, url, declared, fields={"url": final_url}, fetched=now)


Fetched = tuple[bytes, str, str] | Failure


def _fetch_all(urls: list[str], deadline: float) -> list[Fetched]:
    """Fetch ``urls`` concurrently (at most ``FETCH_PER_HOST`` at a time from one host),
    each within ``deadline`` seconds from its start: results in the order of ``urls``."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_gather(urls, deadline))
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as thread:  # called from async code: a loop of its own
        return thread.submit(asyncio.run, _gather(urls, deadline)).result()


async def _gather(urls: list[str], deadline: float) -> list[Fetched]:
    import httpx

    hosts: dict[str, asyncio.Semaphore] = {}
    headers = {"User-Agent": USER_AGENT}
    timeout = httpx.Timeout(min(FETCH_TIMEOUT, deadline))
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=True, headers=headers) as client:

        async def one(url: str) -> Fetched:
            host = urlsplit(url).netloc.lower()
            async with hosts.setdefault(host, asyncio.Semaphore(FETCH_PER_HOST)):
                try:
                    async with asyncio.timeout(deadline):
                        return await _fetch(client, url)
                except TimeoutError:
                    why = f"timed out: no complete answer within {deadline:g} s (--fetch-timeout)"
                    return Failure(url, why)

        return list(await asyncio.gather(*(one(url) for url in urls)))


async def _fetch(client: Any, url: str) -> Fetched:
    """GET ``url`` with a size cap: (body, final URL, content type) or a Failure."""
    answer = await fetch_response(client, url)
    if isinstance(answer, Failure):
        return answer
    if answer.status >= 400:
        return Failure(url, f"HTTP {answer.status} {answer.reason}")
    return answer.body, answer.final_url, answer.content_type


@dataclass(frozen=True)
class Response:
    """One HTTP answer, its body read within the size cap (empty unless 2xx)."""

    status: int
    reason: str
    body: bytes
    final_url: str
    content_type: str
    headers: dict[str, str]


async def fetch_response(
    client: Any, url: str, headers: dict[str, str] | None = None
) -> Response | Failure:
    """GET ``url`` on an ``httpx.AsyncClient`` (extra request ``headers``, e.g. the
    validators of a conditional request): the answer, or a Failure when there is none or
    its body is over ``MAX_FETCH_BYTES``. The caller sets the total deadline."""
    import httpx

    try:
        async with client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            chunks, size = [], 0
            if 200 <= status < 300:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > MAX_FETCH_BYTES:
                        return Failure(url, f"page larger than {_mb(MAX_FETCH_BYTES)}")
                    chunks.append(chunk)
            return Response(
                status,
                response.reason_phrase,
                b"".join(chunks),
                str(response.url),
                response.headers.get("content-type", ""),
                {k.lower(): v for k, v in response.headers.items()},
            )
    except httpx.TimeoutException as err:
        return Failure(url, f"timed out: the server stopped answering ({type(err).__name__})")
    except httpx.HTTPError as err:
        return Failure(url, f"cannot fetch: {_one_line(err) or type(err).__name__}")


def is_feed(data: bytes, content_type: str) -> bool:
    """Whether a fetched body is an RSS/Atom/RDF feed (by type, else by its first tag)."""
    if content_type.split(";")[0].strip().lower() in _FEED_TYPES:
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf"))


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())
