"""What a feed or sitemap lists: one ``Entry`` per article link, newest first as given.

RSS/Atom/RDF through feedparser (as ``tacitus ingest`` reads feeds); sitemaps
(``<urlset>``, with the Google News extension's title and date) with the standard
library's XML parser, whose expat refuses entity-expansion bombs. A sitemap index
(``<sitemapindex>``) lists child sitemaps, which the watch reads in turn.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from tacitus.read import MAX_FEED_ITEMS, FeedEntry, feed_entries, is_feed, text_or_none

__all__ = ["Entry", "Listing", "parse_listing"]

Entry = FeedEntry  # one article a source lists; a sitemap URL's key is its link


@dataclass(frozen=True)
class Listing:
    """A parsed source: its kind, its entries, and child sitemaps (of an index)."""

    kind: str  # 'feed' | 'sitemap'
    entries: list[Entry]
    children: list[str]


class NotAListing(ValueError):
    """The body is neither a feed nor a sitemap."""


def parse_listing(data: bytes, content_type: str) -> Listing:
    """The entries of a feed or sitemap (at most ``MAX_FEED_ITEMS``); raises
    ``NotAListing`` with a one-line reason otherwise."""
    head = data[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(data)
    if not is_feed(data, content_type):
        raise NotAListing("neither an RSS/Atom feed nor a sitemap")
    return Listing("feed", feed_entries(data)[:MAX_FEED_ITEMS], [])


def _sitemap(data: bytes) -> Listing:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise NotAListing(f"malformed sitemap XML: {err}") from None
    tag = _local(root.tag)
    if tag == "sitemapindex":
        children = [loc for node in root if (loc := _child_text(node, "loc"))]
        return Listing("sitemap", [], children[:MAX_FEED_ITEMS])
    if tag != "urlset":
        raise NotAListing(f"unexpected sitemap root <{tag}>")
    entries: list[Entry] = []
    for node in root:
        loc = _child_text(node, "loc")
        if not loc:
            continue
        news = next((c for c in node if _local(c.tag) == "news"), None)
        title = _child_text(news, "title") if news is not None else None
        dated = _child_text(news, "publication_date") if news is not None else None
        entries.append(Entry(loc, loc, title, dated or _child_text(node, "lastmod")))
    # The newest first, when the sitemap dates its URLs: a large one is cut to the cap.
    entries.sort(key=lambda e: e.published or "", reverse=True)
    return Listing("sitemap", entries[:MAX_FEED_ITEMS], [])


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(node: ET.Element, name: str) -> str | None:
    for child in node:
        if _local(child.tag) == name:
            return text_or_none(child.text)
    return None
