"""Clean: raw input -> Document (body, title, dateline, byline, removed spans).

Plain text goes through the line classifier in ``clean.text``; HTML through trafilatura
(``clean.html``) and then the same classifier, which knows the title from the page
metadata. Every removed span is kept in ``Document.removed`` with its reason, and
``Document.segments`` maps each piece of ``Document.text`` back to ``source_text``.

Outlet, in order of preference: the page's site name (HTML metadata); a site-name line
or headline suffix ("Headline – Site Name"); a notice naming the publisher
("translated and edited by X", "X's website ..."); the dateline ("BEIRUT (Reuters) -");
finally the outlet declared with the input.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tacitus.clean.boilerplate import Cues, line_key, load_cues
from tacitus.clean.decode import binary_reason, decode, normalize
from tacitus.clean.html import extract_html
from tacitus.clean.text import TextResult, clean_text, is_dateline_alone
from tacitus.dates import resolve_publication_date
from tacitus.model import Document, InputError, RawDocument

__all__ = ["clean", "sniff_format"]

_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAG = re.compile(rb"</?(?:p|div|span|a|br|article|section|h[1-6]|meta|script)\b[^>]*>", re.I)
_OUTLET_ORDER = ("site-name", "disclaimer", "dateline")
_BIO = re.compile(r"\s+(?:is|was|has been)\s+(?:a|an|the)\b.*$", re.I)  # "X is a reporter ..."
# "Analysis by X", "Story by X", "View all posts by X"
_CREDITED = re.compile(r"^(?:[^\W\d_]+\s+){0,3}by\s+", re.I)


def sniff_format(data: bytes) -> str:
    """'html' when the bytes look like an HTML page or fragment, else 'text'."""
    head = data[:8192]
    if _HTML_ROOT.search(head) or len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    return "text"


def _without_site_name(
    title: str | None, sitename: str | None, url: str | None, cues: Cues
) -> str | None:
    """A page title less its site's name ("Headline | Al Bawaba", "Headline – TechCrunch"):
    the last part after a separator when it is the page's site name or its web domain."""
    if not title:
        return title
    names = {line_key(sitename or "")}
    host = urlsplit(url or "").hostname or ""
    names |= {line_key(part) for part in host.split(".") if len(part) > 3}
    names.discard("")
    for sep in cues.title_separators:
        head, found, site = title.rpartition(sep)
        if found and head.strip() and line_key(site) in names:
            return head.strip()
    return title


def _names_a_wire(name: str | None, url: str | None, cues: Cues) -> bool:
    """Is ``name`` a news agency or a news service ("Associated Press", "DH News Service")
    on another site than its own: the source of a syndicated story, not the site?"""
    key = line_key(name or "")
    if key.replace(" ", "") in (urlsplit(url or "").hostname or ""):
        return False
    return key in cues.news_agencies or key.endswith(("news service", "wire service"))


def _author_name(entry: str, outlet_words: set[str], cues: Cues) -> str | None:
    """One entry of a page's author metadata as a name: without a lead-in ("Analysis by
    X", "View all posts by X"), a bio ("X is a reporter"), an agency or a role after it
    ("JANE ROE Associated Press", "Jane Roe Staff writer"); None when it names a role,
    not a person ("Staff writer", "CNN Editor-at-large", "Regional Editor": two words, the
    second a role)."""
    name = _CREDITED.sub("", _BIO.sub("", entry.strip())).strip(" ,.;")
    words = name.split()
    if line_key(name) not in cues.news_agencies:
        for n in range(min(3, len(words) - 1), 0, -1):
            if line_key(" ".join(words[-n:])) in cues.news_agencies:
                words = words[:-n]
                break
    keys = [line_key(word) for word in words]
    roles = cues.author_roles | cues.news_agencies | outlet_words
    if all(key in roles for key in keys) and any(key in cues.author_roles for key in keys):
        return None
    if len(keys) == 2 and keys[-1] in cues.author_titles:
        return None  # a role under its qualifier ("Health Reporter"), not a first name
    while len(words) > 2 and keys[-1] in cues.author_roles:
        words, keys = words[:-1], keys[:-1]  # "Jane Roe Staff writer": the name, not its role
    return " ".join(words).strip(" ,;|-–—") or None


def _authors(names: str | None, outlet: str | None = None, cues: Cues | None = None) -> str | None:
    """Page metadata lists authors as "A; B; C": written "A, B and C", each entry cleaned
    by ``_author_name``; an agency beside a writer ("Jane Roe; CNN") is left out."""
    cues = cues or load_cues()
    entries = [part.strip() for part in (names or "").split(";") if part.strip()]
    outlet_words = set(line_key(outlet or "").split())
    parts = [name for e in entries if (name := _author_name(e, outlet_words, cues))]
    people = [p for p in parts if line_key(p) not in cues.news_agencies]
    parts = people or parts
    if len(parts) < 2:
        return parts[0] if parts else None
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def clean(raw: RawDocument) -> Document:
    """Turn one raw input into a clean Document; InputError (one line) if it cannot be read."""
    if not raw.data.strip():
        raise InputError("empty input")
    reason = binary_reason(raw.data)
    if reason:
        raise InputError(reason)
    fmt = raw.format or sniff_format(raw.data)
    cues = load_cues()
    meta_title = meta_author = meta_date = sitename = page_url = description = None
    link_items: frozenset[str] = frozenset()
    headings: frozenset[str] = frozenset()
    linked: frozenset[str] = frozenset()
    above: frozenset[str] = frozenset()
    captions: frozenset[str] = frozenset()
    boxed: frozenset[str] = frozenset()
    if fmt == "html":
        page = extract_html(raw.data, url=raw.url)
        meta_title, meta_author, meta_date = page.title, page.author, page.date
        sitename, page_url, description = page.sitename, page.url, page.description
        site_url = page_url or page.declared_url or raw.url
        if page.declared_sitename and _names_a_wire(sitename, site_url, cues):
            sitename = page.declared_sitename  # "Associated Press" on a paper's page of AP copy
        link_items, headings, linked = page.link_items, page.headings, page.linked
        above, captions, boxed = page.above, page.captions, page.boxed
        title = (
            raw.title or page.headline or _without_site_name(meta_title, sitename, page_url, cues)
        )
        if title and not raw.title and is_dateline_alone(title, cues):
            title = None  # the first paragraph's dateline, cut from it: no headline
        source = normalize(f"{title}\n\n{page.text}" if title else page.text)
    else:
        fmt = "text"
        title = raw.title
        source = normalize(decode(raw.data))
    known_title = normalize(title) if title else None
    result = clean_text(
        source,
        cues,
        title=known_title,
        extracted=fmt == "html",
        lead=normalize(description) if description else None,
        link_items=link_items,
        headings=headings,
        linked=linked,
        above=above,
        captions=captions,
        boxed=boxed,
        site=sitename,
        author=_authors(meta_author, sitename, cues),
    )
    title = result.title or known_title
    text, body_start, segments = _assemble(source, result, title)
    url = raw.url or page_url
    outlet = sitename or next(
        (result.outlets[how] for how in _OUTLET_ORDER if how in result.outlets), raw.outlet
    )
    return Document(
        name=raw.name,
        location=raw.location,
        format=fmt,
        content_hash=raw.content_hash,
        source_text=source,
        text=text,
        body_start=body_start,
        title=title,
        outlet=outlet,
        author=_authors(meta_author, sitename, cues) or result.author or raw.author,
        url=url,
        dateline=result.dateline,
        published=resolve_publication_date(
            metadata=meta_date,
            url=url,
            dateline=result.dateline_date,
            declared=raw.published,
            text=text,
        ),
        removed=result.removed,
        captions=result.captions,
        segments=segments,
    )


def _assemble(
    source: str, result: TextResult, title: str | None
) -> tuple[str, int, list[tuple[int, int, int]]]:
    """Join title and body pieces into ``text``; map each piece back to the source."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    if title:
        span = result.title_span
        if span and source[span[0] : span[1]] == title:
            segments.append((0, span[0], len(title)))
        parts.append(title + "\n\n")
        pos = len(title) + 2
    body_start = pos
    for i, (start, end, sep) in enumerate(result.pieces):
        if i:
            parts.append(sep)
            pos += len(sep)
        segments.append((pos, start, end - start))
        parts.append(source[start:end])
        pos += end - start
    if pos == body_start:
        raise InputError("no article text left after cleaning")
    return "".join(parts), body_start, segments
