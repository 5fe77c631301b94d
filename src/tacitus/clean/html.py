"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from tacitus.clean.boilerplate import line_key, load_cues, markup_key
from tacitus.model import InputError

# A precision pass this short, where a recall pass finds several times more, kept a
# fragment (a reprint notice, a share bar) and lost the article.
_SHORT_WORDS = 100
_RECALL_GAIN = 3
# The lead paragraph: the description's first words, a paragraph long, with at most this
# many words of other text (a photo caption) before the next extracted paragraph.
_LEAD_KEY_WORDS = 8
_LEAD_MIN_WORDS = 15
_LEAD_GAP_WORDS = 40
# The box around a form (a newsletter sign-up): at most this many words with the form.
_FORM_BOX_WORDS = 40
# Elements that hold an article's paragraphs (a <p>, <h2> or <li> is held by one).
_HOLDER_TAGS = frozenset(("div", "section", "article", "main", "td"))
# Elements that end a paragraph of running text; other tags are inline ("<em>", "<a>").
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br center dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr img li main nav ol p picture pre section table td th tr "
    "ul video".split()
)
_BOLD_TAGS = frozenset(("b", "strong"))
_ITALIC_TAGS = frozenset(("em", "i"))
# Inline elements that the extractor's precision pass deletes when empty, with the text
# that follows them ("<p><span id='more-12'></span>The paragraph ...</p>").
_EMPTY_INLINE_TAGS = ("span", "b", "strong", "em", "i", "q")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_CONTAINER_TAGS = _BLOCK_TAGS - {"br", "hr", "img"}
_TABLE_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "head", "title"))
_H1 = re.compile(rb"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_TITLE_WORD = re.compile(r"\w+")
_HEADLINE_SHARE = 0.6  # most of the title's words the <h1> holds, and of its words the title
# The page's short lines above the article (its byline): at most this many words; the
# article's first paragraph is found as a line of the extracted text of this many words.
_ABOVE_WORDS = 15
_ABOVE_MIN_WORDS = 3
# A card over a linked name: two links or more, at most this many words not in a link.
# A paragraph of other stories' links: this share of its words (and this many) in links.
_LINKED_SHARE = 0.8
_LINKED_MIN_WORDS = 4
_SUMMARY_WORDS = 30  # a teaser's summary boxed with its linked headline
# Another story's linked headline tagged outside the link ("<a>...</a> - Site", "(video)",
# "2 hours ago"): one link of this many words or more, at most this many other words.
_TAGGED_LINK_WORDS = 5
_TAG_WORDS = 4
_CARD_LINKS = 2
_CARD_OWN_WORDS = 3
# An article split into blocks: its last paragraphs are found by their first characters;
# what later blocks of the same kind add must be some running text.
_PARA_KEY = 60
_END_LINES = 3
_CONTINUED_MIN_WORDS = 20
_SENTENCE_MIN_WORDS = 5  # a live blog's entry put back is a sentence of this many words
# The article's container: the deepest element holding more than this share of the
# extracted words, in two lines or more. What follows it outside it is dropped when it is
# short beside it (longer, it is more likely the rest of a body split in two).
_MAIN_SHARE = 0.6
_OUTSIDE_TAIL_SHARE = 0.4
# A list of other stories read on after the article: this many sibling elements of one
# tag and class or more, each opening with a linked line of at most this many words.
_ITEMS = 3
_ITEM_HEAD_WORDS = 12
_LABEL_WORDS = 5
# Readers' comments after the article: this many sibling elements or more, each holding
# a short line dated by a year, a clock time or how long ago ("March 4, 2024", "9:14 pm",
# "2 hours ago") and a comment's furniture (a "Reply" button, "Jane Roe says:").
_COMMENTS = 2
_DATED = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b"
    r"|\b\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b",
    re.I,
)
_COMMENT_FURNITURE = re.compile(
    r"^(?:reply|respond)\b|\b(?:says|said|wrote)\s*(?::|\.\.\.|…)$", re.I
)
# The heading of readers' comments under the article ("3 Comments", "Comments (3)", "2
# thoughts on “<headline>”", "One response to ...", "Leave a comment", "Join the discussion"),
# set as a heading (or alone in bold).
_COMMENTS_HEADING = re.compile(
    r"(?:(?:\d+|no|one|two|three)\s+)?(?:reader'?s'?\s+)?comments?(?:\s*\(\d+\))?"
    r"|(?:\d+|one|two|three)\s+(?:comments?|responses?|replies|thoughts)\s+(?:on|to)\s+\S.*"
    r"|(?:leave|post|add|write)\s+(?:a|your)\s+(?:comment|reply|response)"
    r"|join\s+the\s+(?:discussion|conversation)",
    re.I,
)
# A paragraph opening with its source in brackets set apart by markup ("<cite>(CNN)</cite>
# President ..."): the extractor glues the two words, the page shows them apart.
_GLUED_SOURCE = re.compile(r"^(\([A-Z][^()\n]{0,39}\))(?=[A-Z][a-z])", re.M)
# A video's running time alone on its line, under its title ("00:59", "1:02:03").
_RUNNING_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_CARD_TITLE_WORDS = 20
# A box set in the article (a transcript, an explainer, what is known): an element of one
# of these tags with a class, of at most this many words, opening with its label.
_BOX_TAGS = ("div", "section", "aside")
_BOX_WORDS = 120
_CAPTION_WORDS = 60
_CARD_SHARE = 0.5


@dataclass
class Extracted:
    """The article text of a page and what its metadata says."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    headline: str | None = None  # the page's one <h1>, where it restates the title
    description: str | None = None  # the page's summary (meta description)
    # list items that are one link and nothing else, or but a short tag (``_tagged_link``)
    link_items: frozenset[str] = frozenset()
    headings: frozenset[str] = frozenset()  # the texts of the page's <h1> elements
    linked: frozenset[str] = frozenset()  # paragraphs whose words are nearly all links
    above: frozenset[str] = frozenset()  # short lines above the article (byline, date line)
    captions: frozenset[str] = frozenset()  # lines in italics right under a picture
    boxed: frozenset[str] = frozenset()  # lines of a labelled box in the article (``_boxed``)
    declared_sitename: str | None = None  # the page's ``og:site_name``
    declared_url: str | None = None  # its ``og:url``


def _words(text: str) -> int:
    return len(text.split())


def extract_html(data: bytes, url: str | None = None) -> Extracted:
    """Extract the main text and metadata of an HTML page; InputError if it holds no text.

    ``favor_precision`` scored best on the bundled benchmark (see
    ``benchmarks/html_benchmark.py``). Pages too short or too odd for that pass get a
    recall-oriented pass, then all their visible text, so no article is lost. A lead
    paragraph that the extractor dropped (text outside any ``<p>``) is put back when the
    page's description quotes it.
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is not None:
        _drop_hover_cards(tree)
        _drop_empty_inline(tree)
        _drop_form_boxes(tree)
        _unwrap_layout_tables(tree)

    def run(precision: bool) -> Any:
        return trafilatura.bare_extraction(
            tree if tree is not None else data,
            url=url,
            favor_precision=precision,
            favor_recall=not precision,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )

    doc: Any = run(True)
    text = (doc.text or "").strip() if doc is not None else ""
    if _words(text) < _SHORT_WORDS:
        wide: Any = run(False)
        wide_text = (wide.text or "").strip() if wide is not None else ""
        if _words(wide_text) >= _RECALL_GAIN * max(_words(text), 1):
            doc, text = wide, wide_text
    linked: frozenset[str] = frozenset()
    above: frozenset[str] = frozenset()
    tagged_items: frozenset[str] = frozenset()
    cards: frozenset[str] = frozenset()
    boxed: frozenset[str] = frozenset()
    if text and tree is not None:
        paragraphs = _visible_paragraphs(tree)
        boxed = _boxed(tree, paragraphs)
        cards = _cards(paragraphs, text)
        text = _headline_first(paragraphs, text)
        above = _above_article(paragraphs, text)
        headlines = [
            p
            for p in paragraphs
            if _words(p.text) >= _LINKED_MIN_WORDS
            and (p.linked >= _LINKED_SHARE * _words(p.text) or _labelled_link(p) or _tagged_link(p))
            and p.block.tag != "li"  # an item of a list: ``_link_items`` judges the list
        ]
        linked = frozenset(markup_key(p.text) for p in headlines) | _teaser_summaries(
            paragraphs, headlines, text
        )
        linked |= _read_more_teasers(paragraphs)
        tagged_items = frozenset(
            markup_key(p.text) for p in paragraphs if p.block.tag == "li" and _tagged_link(p)
        ) | _teaser_items(paragraphs)
        text = _continued(tree, _dropped_last(tree, _outside_tail(paragraphs, text)))
        linked |= _under_dropped_labels(paragraphs, text)
        text = _item_list_tail(paragraphs, _headline_story(paragraphs, text, doc.title or ""))
        text = _comments_tail(paragraphs, text)
        text = _labels_of_dropped_links(paragraphs, text)
        lead = _lost_lead(paragraphs, text, doc.description or "")
        if lead:
            text = _insert_lead(text, *lead)
        else:
            text = _lost_opening(paragraphs, text)
        text = _GLUED_SOURCE.sub(r"\1 ", text)
    if text:
        return Extracted(
            text=text,
            title=doc.title or None,
            author=doc.author or None,
            date=doc.date or None,
            sitename=doc.sitename or None,
            declared_sitename=_declared(tree, "og:site_name"),
            declared_url=_declared(tree, "og:url"),
            url=doc.url or None,
            headline=_headline(data, doc.title or ""),
            description=doc.description or None,
            link_items=(_link_items(tree) | tagged_items) if tree is not None else frozenset(),
            headings=_headings(tree) if tree is not None else frozenset(),
            linked=linked,
            above=above,
            captions=(_italic_captions(tree) | cards) if tree is not None else frozenset(),
            boxed=boxed,
        )
    text = trafilatura.html2txt(data)
    if not text.strip():
        raise InputError("no article text found in the HTML page")
    return Extracted(text=text)


def _declared(tree: Any, key: str) -> str | None:
    """What the page declares in ``<meta property="KEY" content="...">`` (Open Graph)."""
    if tree is None:
        return None
    for meta in tree.iter("meta"):
        if key in (meta.get("property"), meta.get("name")):
            value = " ".join(html_entities.unescape(meta.get("content") or "").split())
            if value:
                return value
    return None


def _headline(data: bytes, title: str) -> str | None:
    """The page's headline as printed: its only ``<h1>``, when that restates the metadata
    title in other words ("House X was born in will become a police station, Austria
    says" for "House X was born in to become police station", no " - Section" suffix)."""
    found = _H1.findall(data)
    if len(found) != 1 or not title:
        return None
    text = html_entities.unescape(_TAG.sub(" ", found[0].decode("utf-8", "replace")))
    headline = " ".join(text.split())
    ours = set(_TITLE_WORD.findall(headline.casefold()))
    theirs = set(_TITLE_WORD.findall(title.casefold()))
    if len(ours) < 3 or not theirs or headline == title:
        return None
    shared = len(ours & theirs)
    if shared >= _HEADLINE_SHARE * len(ours) and shared >= _HEADLINE_SHARE * len(theirs):
        return headline
    return None


def _lost_lead(paragraphs: list[Paragraph], text: str, description: str) -> tuple[str, str] | None:
    """The page's lead paragraph when the extracted ``text`` lacks it, and the extracted
    line it stands before: running text that opens with the words of the page's
    description and is followed closely (a photo caption at most between) by an
    extracted paragraph of the same block. A standfirst ("dek", summary) in a block of
    its own is not the lead."""
    words = markup_key(description.rstrip(".… ")).split()
    if len(words) < _LEAD_KEY_WORDS:
        return None
    opening = " ".join(words[:_LEAD_KEY_WORDS])
    if opening in markup_key(text):
        return None
    starts = {markup_key(line)[:40]: line for line in text.split("\n") if _words(line) >= 3}
    for i, (paragraph, block, *_) in enumerate(paragraphs):
        if not markup_key(paragraph).startswith(opening) or _words(paragraph) < _LEAD_MIN_WORDS:
            continue
        gap = 0
        for following, other, *_ in paragraphs[i + 1 :]:
            line = starts.get(markup_key(following)[:40])
            if line is not None:
                inside = any(parent is block for parent in other.iterancestors())
                return (paragraph, line) if other is block or inside else None
            gap += _words(following)
            if gap > _LEAD_GAP_WORDS:
                break
        return None
    return None


def _is_running_text(text: str) -> bool:
    """A paragraph long enough to be a lead, ending as a sentence ends (not a label)."""
    return _words(text) >= _LEAD_MIN_WORDS and text.rstrip("\"'”’)").endswith((".", "!", "?"))


def _lost_opening(paragraphs: list[Paragraph], text: str) -> str:
    """``text`` with the article's opening paragraphs that the extractor dropped put back
    in front: running text standing bare in the element that holds the first extracted
    paragraph (no ``<p>`` of its own, or a ``<div>`` of text and inline elements only
    among its children), before it. The page's headline (``<h1>``) kept above the
    article is passed over: what is lost stands under it. A paragraph of another block (a
    standfirst, a caption, a byline) is not put back, and one outside that element ends
    the search."""
    first = opening = None
    for line in text.split("\n"):
        if _words(line) < 3:
            continue
        start = markup_key(line)[:40]
        first = next(
            (i for i, p in enumerate(paragraphs) if markup_key(p.text)[:40] == start), None
        )
        opening = line
        if first is None or paragraphs[first].block.tag != "h1":
            break  # the page's headline kept above the article is passed over
    if first is None or opening is None:
        return text
    block = paragraphs[first].block
    container = block if block.tag in _HOLDER_TAGS else block.getparent()
    if container is None:
        return text
    known = markup_key(text)
    lost: list[str] = []
    for paragraph, other, *_ in reversed(paragraphs[:first]):
        if other is not container and not any(a is container for a in other.iterancestors()):
            break
        bare = other is container or other.getparent() is container and _bare_paragraph(other)
        if bare and _is_running_text(paragraph):
            if markup_key(paragraph) in known:
                break
            lost.append(paragraph)
    if not lost:
        return text
    return _insert_lead(text, "\n".join(reversed(lost)), opening)


class Paragraph(NamedTuple):
    """A run of a page's visible text between block elements."""

    text: str
    block: Any  # the element it is the running text of
    linked: int  # its words inside links
    label: int = 0  # its words in bold ("<strong>") outside links


def _visible_paragraphs(root: Any) -> list[Paragraph]:
    """The page's visible text, one string per run of text between block elements, each
    with the element it is the running text of and the number of its words in links."""
    from lxml import etree

    paragraphs: list[Paragraph] = []
    current: list[str] = []
    block: list[Any] = [root]  # where the current run of text started
    skipping = links = linked = bold = label = 0

    def flush() -> None:
        nonlocal linked, label
        joined = " ".join("".join(current).split())
        if joined:
            paragraphs.append(Paragraph(joined, block[0], linked, label))
        current.clear()
        linked = label = 0

    def add(text: str | None, holder: Any) -> None:
        nonlocal linked, label
        if text and not text.strip() and current:
            current.append(" ")  # the space between two inline elements ("<b>X</b> <a>")
        elif text and text.strip():
            if not current:
                while holder.tag not in _CONTAINER_TAGS and holder.getparent() is not None:
                    holder = holder.getparent()  # an inline element's block
                block[0] = holder
            current.append(text)
            linked += _words(text) if links else 0
            label += _words(text) if bold and not links else 0

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP_TAGS:
            skipping += 1 if event == "start" else -1
            if event == "end" and not skipping:
                add(element.tail, element.getparent())
            continue
        if skipping:
            continue
        if tag in _BLOCK_TAGS:
            flush()
        if event == "start" and tag:
            links += tag == "a"
            bold += tag in _BOLD_TAGS
            add(element.text, element)
        elif event == "end":
            links -= tag == "a"
            bold -= tag in _BOLD_TAGS
            add(element.tail, element.getparent())
    flush()
    return paragraphs


def _labelled_link(paragraph: Paragraph) -> bool:
    """A link to another story under a label in bold ("<b>Lire aussi</b> <a>...</a>"):
    every word of the paragraph is in the link or in the label, a short one, and the link
    says more than the label."""
    words = _words(paragraph.text)
    return (
        0 < paragraph.label <= _LABEL_WORDS
        and paragraph.linked + paragraph.label == words
        and paragraph.linked >= _LINKED_MIN_WORDS
    )


def _tagged_link(paragraph: Paragraph) -> bool:
    """Another story's headline linked whole, with a short tag beside it outside the link
    (its source, its date, "VIDEO": "<a>Rebels seize the airport</a> - Daily Post"): one
    link of five words or more holds all the paragraph's linked words, at most four
    words stand outside it, and no sentence is closed. A heading is not judged so (a
    subheading of the article may link a few of its words)."""
    words = _words(paragraph.text)
    if (
        paragraph.block.tag in _HEADING_TAGS
        or paragraph.linked < _TAGGED_LINK_WORDS
        or words - paragraph.linked > _TAG_WORDS
        or paragraph.text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))
    ):
        return False
    links = paragraph.block.iter("a")
    return any(_words(link.text_content()) == paragraph.linked for link in links)


def _teaser_summaries(
    paragraphs: list[Paragraph], headlines: list[Paragraph], text: str
) -> frozenset[str]:
    """The summaries (``markup_key``) boxed with another story's linked headline: the
    smallest element holding a linked line that closes no sentence (a headline), and
    besides it only one short paragraph under it and labels ("<div><span>RELATED</span>
    <a>UN warns of famine ...</a><p>The agency says ...</p></div>"; or a ``<p>`` holding
    the headline, a line break and the summary; or a list's term and its description,
    "<dt><a>...</a></dt><dd>...</dd>"), wherever it stands
    but as the first lines of the extracted ``text`` when the box holds much of it (a short
    article under a link; a teaser the extractor put first holds little of it)."""
    opening = [markup_key(line) for line in text.split("\n") if _words(line) >= 3][:2]
    total = _words(text)
    by_block = _by_block(paragraphs)
    order = {id(paragraph): i for i, paragraph in enumerate(paragraphs)}
    summaries = set()
    for headline in headlines:
        if _is_running_text(headline.text) or headline.text.rstrip().endswith((".", "!", "?")):
            continue
        box = next(
            (e for e in (headline.block, *headline.block.iterancestors()) if e.tag in _HOLDER_TAGS),
            None,
        )
        if headline.block.tag == "p" and len(by_block[headline.block]) > 1:
            box = headline.block  # the summary under a line break ("<a>...</a><br>...")
        described = headline.block.getnext() if headline.block.tag == "dt" else None
        if described is not None and described.tag == "dd":
            said = by_block.get(described, [])  # a definition list: "<dt><a>...</a></dt><dd>"
            if len(said) == 1 and _words(said[0].text) <= _SUMMARY_WORDS:
                summaries.add(markup_key(said[0].text))
            continue
        if box is None:
            continue
        inside = [p for element in box.iter() for p in by_block.get(element, ())]
        inside.sort(key=lambda p: order[id(p)])  # text of a block may follow its children
        others = [p for p in inside if p is not headline and _words(p.text) > _LABEL_WORDS]
        if len(others) != 1 or inside.index(others[0]) < inside.index(headline):
            continue
        summary = markup_key(others[0].text)
        boxed = sum(_words(p.text) for p in inside)
        if _words(summary) <= _SUMMARY_WORDS and (
            summary not in opening or boxed < (1 - _MAIN_SHARE) * total
        ):
            summaries.add(summary)
    return frozenset(summaries)


def _by_block(paragraphs: list[Paragraph]) -> dict[Any, list[Paragraph]]:
    """The paragraphs by the block element each stands in (a ``<p>`` split by a line break
    holds two)."""
    by_block: dict[Any, list[Paragraph]] = {}
    for paragraph in paragraphs:
        by_block.setdefault(paragraph.block, []).append(paragraph)
    return by_block


def _read_more_teasers(paragraphs: list[Paragraph]) -> frozenset[str]:
    """Other stories' teasers linked by a button alone, in the form ``markup_key`` gives:
    a short paragraph ending in a link that says only "Read more" (a label of other
    stories), alone in its box but for a headline over it that closes no sentence
    ("<div><h3>Army says ...</h3><p>The raid followed ... <a>Read more</a></p></div>");
    the headline goes with it."""
    labels = {key for kind in load_cues().kinds if kind.reason == "related" for key in kind.lines}
    by_block = _by_block(paragraphs)
    found: set[str] = set()
    for paragraph in paragraphs:
        if (
            not 0 < paragraph.linked <= _LABEL_WORDS
            or _words(paragraph.text) > _SUMMARY_WORDS + _LABEL_WORDS
        ):
            continue
        links = list(paragraph.block.iter("a"))
        if (
            not links
            or line_key(links[-1].text_content()) not in labels
            or not markup_key(paragraph.text).endswith(markup_key(links[-1].text_content()))
        ):
            continue
        box = next((a for a in paragraph.block.iterancestors() if a.tag in _HOLDER_TAGS), None)
        if box is None:
            continue
        inside = [p for element in box.iter() for p in by_block.get(element, ())]
        head = [p for p in inside if p is not paragraph]
        if (
            len(head) > 1
            or head
            and (
                head[0].block.tag not in _HEADING_TAGS
                or _words(head[0].text) > _ITEM_HEAD_WORDS
                or _is_sentence_end(head[0].text)
            )
        ):
            continue
        found.update(markup_key(p.text) for p in inside)
    return frozenset(found)


def _above_article(paragraphs: list[Paragraph], text: str) -> frozenset[str]:
    """The short lines of the page above the article's first extracted paragraph that are
    no headings (its byline, its date line: "By Jane Roe · March 4, 2024"), in the form
    ``markup_key`` gives. The page's headline kept above the article is passed over."""
    starts = {
        _spaceless(line)
        for line in text.split("\n")
        if _words(line) >= _ABOVE_MIN_WORDS and not line.startswith(("- ", "| "))
    }
    lines = []
    for paragraph in paragraphs:
        if paragraph.block.tag not in _HEADING_TAGS and _spaceless(paragraph.text) in starts:
            break
        if _words(paragraph.text) <= _ABOVE_WORDS and paragraph.block.tag not in _HEADING_TAGS:
            lines.append(markup_key(paragraph.text))
    else:
        return frozenset()  # the article was not found on the page
    return frozenset(lines)


def _bare_block(element: Any) -> bool:
    """An element of text and inline elements only (no block inside it but ``<br>``)."""
    return not any(
        isinstance(child.tag, str) and child.tag in _BLOCK_TAGS - {"br"}
        for child in element.iterdescendants()
    )


def _insert_lead(text: str, lead: str, before: str) -> str:
    """``text`` with the ``lead`` paragraph put in front of the line ``before``."""
    at = text.find(before)
    if at < 0:
        return text
    return text[:at] + lead + "\n" + text[at:]


def _drop_hover_cards(tree: Any) -> None:
    """Remove what a paragraph holds but does not say: a card that pops up over a linked
    name (a picture and links to other stories, hidden until hovered). It is the smallest
    inline element around a picture that holds two links or more and no text of its own."""
    for img in list(tree.iter("img")):
        card = img.getparent()
        while card is not None and card.tag not in _BLOCK_TAGS:
            if len(card.findall(".//a")) >= _CARD_LINKS:
                break
            card = card.getparent()
        if card is None or card.tag in _BLOCK_TAGS or not isinstance(card.tag, str):
            continue
        block = next((a for a in card.iterancestors() if a.tag in _BLOCK_TAGS), None)
        if block is None or block.tag != "p":
            continue
        own = _words(card.text_content()) - sum(
            _words(link.text_content()) for link in card.iter("a")
        )
        if own <= _CARD_OWN_WORDS:
            card.drop_tree()  # keeps the text that follows it


def _drop_empty_inline(tree: Any) -> None:
    """Remove the empty inline elements that text follows (a blog's "read more" marker
    ``<span id="more-12"></span>``, an icon ``<i class="icon"></i>``), keeping that text:
    the extractor's precision pass deletes an empty element with the text after it, and
    lost the paragraph it opened."""
    for element in list(tree.iter(*_EMPTY_INLINE_TAGS)):
        if not element.text and len(element) == 0 and (element.tail or "").strip():
            element.drop_tree()  # keeps the text that follows it


def _drop_form_boxes(tree: Any) -> None:
    """Remove the box around a form the reader fills in (a newsletter sign-up, a poll):
    the largest element holding a ``<form>`` with at most a few lines of text. A form
    that wraps the whole page (one holding more text than that) is left."""
    for form in list(tree.iter("form")):
        if _words(form.text_content()) > _FORM_BOX_WORDS:
            continue
        box = form
        parent = box.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "article", "main")
            and _words(parent.text_content()) <= _FORM_BOX_WORDS
        ):
            box, parent = parent, parent.getparent()
        if parent is not None:
            box.drop_tree()


def _unwrap_layout_tables(tree: Any) -> None:
    """Make a table that lays out a page (one holding the headline, ``<h1>``) plain
    blocks: the extractor reads a table cell as one line, which glued the headline, the
    byline and the whole article into one paragraph. Data tables hold no ``<h1>``."""
    for table in list(tree.iter("table")):
        if table.find(".//h1") is None:
            continue
        for element in table.iter(*_TABLE_TAGS):
            element.tag = "div"


def _dropped_last(tree: Any, text: str) -> str:
    """``text`` and the paragraphs that directly follow its last one in the same block
    and that the extractor dropped: running text, not a list of links (a closing note
    in italics, the last line of the article), in a ``<p>`` or in a ``<div>`` of text and
    inline elements only (there a whole sentence, not a label)."""
    lines = text.split("\n")
    end = markup_key(lines[-1])[:_PARA_KEY] if _words(lines[-1]) >= 3 else None
    last = None
    for paragraph in tree.iter("p"):
        if end and markup_key(paragraph.text_content())[:_PARA_KEY] == end:
            last = paragraph
    more: list[str] = []
    following = last.getnext() if last is not None else None
    while following is not None and (following.tag == "p" or _bare_paragraph(following)):
        words = " ".join(following.text_content().split())
        linked = sum(_words(link.text_content()) for link in following.iter("a"))
        if _words(words) < 3 or linked > _words(words) / 2:
            break
        if following.tag != "p" and not _is_sentence(words):
            break
        more.append(words)
        following = following.getnext()
    return "\n".join([text, *more])


def _under_dropped_labels(paragraphs: list[Paragraph], text: str) -> frozenset[str]:
    """The headline-shaped lines of ``text`` listed under a label of other stories ("More
    on this story", "Top stories") that the extractor dropped while keeping the list: other
    stories' headlines, in the form ``markup_key`` gives (bullet left out)."""
    labels = {key for kind in load_cues().kinds if kind.reason == "related" for key in kind.lines}
    kept = set(text.split("\n"))
    found: set[str] = set()
    for i, paragraph in enumerate(paragraphs):
        if paragraph.text in kept or line_key(paragraph.text) not in labels:
            continue
        for following in paragraphs[i + 1 :]:
            closed = following.text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))
            words = _words(following.text)
            if closed or not _ABOVE_MIN_WORDS <= words <= 2 * _ITEM_HEAD_WORDS:
                break
            if following.text in kept:
                found.add(markup_key(following.text.lstrip("-•* ")))
    return frozenset(found)


def _bare_paragraph(element: Any) -> bool:
    """A ``<div>`` that is a paragraph written without a ``<p>``: text and inline
    elements only, no block inside it ("<div>The last sentence of the story.</div>")."""
    return element.tag == "div" and _bare_block(element)


def _link_items(tree: Any) -> frozenset[str]:
    """The texts of the page's list items that are a link and nothing else (a list of
    other stories' headlines, maybe each a card of headline and summary in one link:
    "<li><a><h3>...</h3><p>...</p></a></li>"), in the form ``markup_key`` gives."""
    items = set()
    for item in tree.iter("li"):
        text = _spaced_text(item)
        words = _words(text)
        if words >= 3 and sum(_words(_spaced_text(a)) for a in item.iter("a")) == words:
            items.add(markup_key(text))
    return frozenset(items)


def _teaser_items(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The texts of the page's list items that are another story's teaser, in the form
    ``markup_key`` gives: a short linked line that closes no sentence (its headline) in
    a block of its own, over more text (its summary: "<li><a>Army says ...</a><p>The
    raid followed ...</p></li>"), maybe under a short tag ("<time>2h ago</time>"). The
    extractor writes the item on one line, or its summary alone when it drops the tag
    and the headline (a heading in a list)."""
    held: dict[Any, list[Paragraph]] = {}
    for paragraph in paragraphs:
        item = next(
            (e for e in (paragraph.block, *paragraph.block.iterancestors()) if e.tag == "li"),
            None,
        )
        if item is not None:
            held.setdefault(item, []).append(paragraph)
    found = set()
    for item, inside in held.items():
        while len(inside) > 2 and not inside[0].linked and _words(inside[0].text) <= _TAG_WORDS:
            inside = inside[1:]  # a tag over the headline: its time, its section ("2h ago")
        if _words(inside[0].text) >= _ABOVE_MIN_WORDS and _is_story_item(inside):
            found.add(markup_key(_spaced_text(item)))
            found.add(markup_key(" ".join(p.text for p in inside[1:])))  # headline dropped
    return frozenset(found)


def _italic_captions(tree: Any) -> frozenset[str]:
    """The texts (``markup_key``) of the page's paragraphs set wholly in italics right
    under a picture, no other text between ("<p><img><br><em>Protesters outside the
    court on Monday.</em></p>"): the picture's caption, written without a caption tag."""
    from lxml import etree

    found = set()
    under_picture = False
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start" and tag == "img":
            under_picture = True
        elif event == "start" and tag and tag not in _SKIP_TAGS and (element.text or "").strip():
            if under_picture and tag in _ITALIC_TAGS:
                block = next((a for a in element.iterancestors() if a.tag in _CONTAINER_TAGS), None)
                text = markup_key(element.text_content())
                if text and block is not None and markup_key(block.text_content()) == text:
                    found.add(text)
            under_picture = False
        elif event == "end" and (element.tail or "").strip():
            under_picture = False
    return frozenset(found)


def _cards(paragraphs: list[Paragraph], text: str) -> frozenset[str]:
    """The texts (``markup_key``) of the cards set among the page's paragraphs, each a
    block that holds two lines and nothing else: a video's (a title that closes no
    sentence over its bare running time, "<div><p>Police clash with protesters</p>
    <p>00:59</p></div>") and a gallery's slide (its counter and its caption, "<div>
    <span>1 of 5</span><p>Crews unload timber at the quay.</p></div>"). A live blog's clock
    time stands over its entry's paragraph, which closes a sentence. Where such slides
    hold most of the extracted text, the page is a gallery and its captions its story."""
    counters = load_cues().gallery_counters
    found: set[str] = set()
    words = 0
    for one, two in zip(paragraphs, paragraphs[1:], strict=False):
        video = (
            _RUNNING_TIME.fullmatch(two.text)
            and 0 < _words(one.text) <= _CARD_TITLE_WORDS
            and not _is_sentence_end(one.text)
        )
        slide = any(
            any(p.fullmatch(counter.text) for p in counters)
            and 0 < _words(caption.text) <= _CAPTION_WORDS
            for counter, caption in ((one, two), (two, one))
        )
        if not (video or slide):
            continue
        holder = two.block
        while holder is not None and not _holds(holder, one.block):
            holder = holder.getparent()
        card = f"{one.text} {two.text}"
        if holder is not None and markup_key(_spaced_text(holder)) == markup_key(card):
            found |= {markup_key(one.text), markup_key(two.text)}
            words += _words(card)
    return frozenset(found) if words <= _CARD_SHARE * _words(text) else frozenset()


def _boxed(tree: Any, paragraphs: list[Paragraph]) -> frozenset[str]:
    """The texts (``markup_key``) of the lines of a box set in the article and labelled as
    what it holds: a video's transcript, what is known so far, an explainer of a name
    ("What is the CSTO?"). The box is a container with a class, short, holding no
    ``<h1>``, that opens with its label (a line of its own, or words in bold), one of
    ``box_labels``. A question heading in the story's flow has no such box of its own."""
    labels = load_cues().box_labels
    # each box's lines, read off each line's ancestors once (in the lines' order)
    holding: dict[Any, list[Paragraph]] = {}
    for p in paragraphs:
        for a in (p.block, *p.block.iterancestors()):
            if a.tag in _BOX_TAGS and a.get("class"):
                holding.setdefault(a, []).append(p)
    boxed: set[str] = set()
    for box, held in holding.items():
        if box.find(".//h1") is not None or sum(_words(p.text) for p in held) > _BOX_WORDS:
            continue
        first = held[0]
        # the label is the box's first line, whatever its tag, or its first words in bold
        found = [first.text, " ".join(first.text.split()[: first.label])]
        if any(p.fullmatch(label.strip(" :-–—")) for p in labels for label in found if label):
            boxed.update(markup_key(p.text) for p in held)
    return frozenset(boxed)


def _spaced_text(element: Any) -> str:
    """The text of an element as the extractor writes it on one line: its blocks spaced
    apart ("<h3>A</h3><p>B</p>" is "A B", where ``text_content`` glues "AB"), its inline
    elements not ("<a>Kenya</a>'s" is "Kenya's")."""
    from lxml import etree

    parts: list[str] = []
    skipping = 0
    for event, child in etree.iterwalk(element, events=("start", "end")):
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIP_TAGS:
            skipping += 1 if event == "start" else -1
        elif tag in _BLOCK_TAGS:
            parts.append(" ")
        if event == "start" and tag and not skipping:
            parts.append(child.text or "")
        elif event == "end" and child is not element and not skipping:
            parts.append(child.tail or "")
    return "".join(parts)


def _headings(tree: Any) -> frozenset[str]:
    """The texts of the page's ``<h1>`` elements (its headline, however worded), in the
    form ``markup_key`` gives."""
    return frozenset(markup_key(h1.text_content()) for h1 in tree.iter("h1")) - {""}


def _continued(tree: Any, text: str) -> str:
    """``text`` and the article's paragraphs in other blocks of the kind its last
    paragraph stands in: a body split into several ``<div class="article-body">`` by ads
    or asides, of which the extractor kept the first; and a live blog's entries, each in a
    block of that kind under a parent of one kind, of which the extractor dropped some
    (short ones) before those it kept: such a sentence is put back before the kept
    paragraph that follows it on the page."""
    lines = text.split("\n")
    ends = {markup_key(line)[:_PARA_KEY] for line in lines[-_END_LINES:] if _words(line) >= 3}
    last = None
    for paragraph in tree.iter("p"):
        if markup_key(paragraph.text_content())[:_PARA_KEY] in ends:
            last = paragraph
    block = last.getparent() if last is not None else None
    if block is None or not block.get("class") or block.tag == "article":
        return text  # an <article> is a whole story: the next one is another
    seen = {markup_key(line)[:_PARA_KEY]: line for line in lines}
    known = _spaceless(text)  # a paragraph the extractor split at a <br> is not lost
    more: list[str] = []
    lost: list[str] = []  # sentences of earlier entries, not yet placed
    after = False
    for other in tree.iter(block.tag):
        if other is block:
            after = True
        if other.get("class") != block.get("class") or (
            other is not block
            and (
                any(parent is block for parent in other.iterancestors())
                or other.find(".//h1") is not None
            )
        ):
            continue  # a block with a headline of its own is another story
        entry = after or _same_kind(other.getparent(), block.getparent())
        for paragraph in other.iterchildren("p"):
            words = " ".join(paragraph.text_content().split())
            line = seen.get(markup_key(words)[:_PARA_KEY]) if words else None
            if line is not None and lost:
                text = _insert_lead(text, "\n".join(lost), line)
                lost = []
            elif line is None and words and after and other is not block:
                more.append(words)
            elif line is None and entry and not after and _is_sentence(words):
                if _spaceless(words) not in known:
                    lost.append(words)
    if sum(_words(paragraph) for paragraph in more) < _CONTINUED_MIN_WORDS:
        return text
    return text + "\n" + "\n".join(more)


def _same_kind(one: Any, other: Any) -> bool:
    """Two elements of one tag and class (a class they have), or the same element."""
    if one is None or other is None:
        return False
    return one is other or (
        one.tag == other.tag and bool(one.get("class")) and one.get("class") == other.get("class")
    )


def _is_sentence(text: str) -> bool:
    """A closed sentence of some words ("Polls have closed and counting has begun.")."""
    return _words(text) >= _SENTENCE_MIN_WORDS and text.rstrip("\"'”’)").endswith((".", "!", "?"))


def _headline_story(paragraphs: list[Paragraph], text: str, title: str) -> str:
    """``text`` up to the end of the story under the page's headline (the ``<h1>`` that
    restates its title) when the extractor read on into a larger block outside it (the
    next story of an endless page): the element that holds the headline and two lines of
    running text or more, followed only by lines outside it in a block that opens with a
    headline of its own (``<h1>``-``<h3>``), while most of the text stands outside it."""
    lines = text.split("\n")
    found = _line_blocks(paragraphs, lines)
    headline = next(
        (p.block for p in paragraphs if p.block.tag == "h1" and _restates(p.text, title)), None
    )
    if headline is None:
        return text
    held: dict[Any, list[int]] = {}  # element -> [words, running lines]
    for line, block in zip(lines, found, strict=True):
        if block is not None:
            for element in (block, *block.iterancestors()):
                count = held.setdefault(element, [0, 0])
                count[0] += _words(line)
                count[1] += _is_running_text(line)
    total = sum(_words(line) for line, block in zip(lines, found, strict=True) if block is not None)
    story = next((a for a in headline.iterancestors() if held.get(a, [0, 0])[1] >= 2), None)
    if story is None or held[story][0] > _MAIN_SHARE * total:
        return text
    inside = [
        i
        for i, block in enumerate(found)
        if block is not None and any(a is story for a in (block, *block.iterancestors()))
    ]
    if not inside or None in found[inside[-1] + 1 :] or inside[-1] + 1 == len(lines):
        return text
    after = found[inside[-1] + 1]
    common = {id(a) for a in story.iterancestors()}
    block = next((e for e in (after, *after.iterancestors()) if id(e.getparent()) in common), None)
    opening = next(
        (p.block for p in paragraphs if block is not None and _holds(block, p.block)), None
    )
    if opening is None or opening.tag not in ("h1", "h2", "h3"):
        return text  # what follows opens with no headline of its own: more of the story
    return "\n".join(lines[: inside[-1] + 1])


def _headline_first(paragraphs: list[Paragraph], text: str) -> str:
    """``text`` with the lines the extractor wrote above the page's headline (``<h1>``)
    that stand below it on the page put back where they stand among the lines after it
    (the first entry of a live blog whose entries are each an ``<article>``)."""
    lines = text.split("\n")
    at: dict[str, int] = {}
    for i, paragraph in enumerate(paragraphs):
        at.setdefault(_spaceless(paragraph.text), i)
    places = [at.get(_spaceless(line)) if line.strip() else None for line in lines]
    head = next(
        (
            i
            for i, place in enumerate(places)
            if place is not None and paragraphs[place].block.tag == "h1"
        ),
        None,
    )
    if not head:
        return text
    top = places[head]
    moved = [i for i in range(head) if (places[i] or -1) > (top or 0)]
    if not moved:
        return text
    order = [i for i in range(len(lines)) if i not in moved]
    for i in moved:
        later = next(
            (k for k, j in enumerate(order) if j > head and (places[j] or -1) > (places[i] or 0)),
            len(order),
        )
        order.insert(later, i)
    return "\n".join(lines[i] for i in order)


def _holds(element: Any, other: Any) -> bool:
    """Is ``other`` the element or inside it?"""
    return other is element or any(a is element for a in other.iterancestors())


def _restates(heading: str, title: str) -> bool:
    """Does a heading restate the page's title (most words shared both ways)?"""
    ours = set(_TITLE_WORD.findall(heading.casefold()))
    theirs = set(_TITLE_WORD.findall(title.casefold()))
    shared = len(ours & theirs)
    return len(theirs) >= 3 and shared >= _HEADLINE_SHARE * max(len(ours), len(theirs))


def _item_list_tail(paragraphs: list[Paragraph], text: str) -> str:
    """``text`` less a list of other stories that the extractor read on after the
    article, wherever it stands: three sibling elements or more of one tag and class
    ending the text, each holding a short line in links (another story's headline) and
    more text under it (its summary), after running text outside them; the list's label
    ("Latest") goes with it. Readers' comments go the same way: two such elements or more,
    each under a short dated line."""
    lines = text.split("\n")
    found = _line_blocks(paragraphs, lines)
    held: dict[Any, list[Paragraph]] = {}
    for paragraph in paragraphs:
        for element in (paragraph.block, *paragraph.block.iterancestors()):
            held.setdefault(element, []).append(paragraph)

    def item_of(block: Any) -> Any:
        for element in (block, *block.iterancestors()):
            parent = element.getparent()
            if parent is None or element.tag not in _HOLDER_TAGS | {"li", "article"}:
                continue
            kin = [
                child
                for child in parent
                if child.tag == element.tag and child.get("class") == element.get("class")
            ]
            if len(kin) >= _ITEMS and all(_is_story_item(held.get(c, [])) for c in kin):
                return element
            if len(kin) >= _COMMENTS and all(_is_dated_item(held.get(c, [])) for c in kin):
                comments.add(element)
                return element
        return None

    comments: set[Any] = set()
    end = len(lines)
    items: list[Any] = []
    while end > 0 and found[end - 1] is not None:
        item = item_of(found[end - 1])
        if item is None:
            break
        if not items or item is not items[-1]:
            items.append(item)
        end -= 1
    if len(items) < (_COMMENTS if all(item in comments for item in items) else _ITEMS):
        return text
    label = found[end - 1] if end else None
    if label is not None and label.getparent() is items[0].getparent():
        if _words(lines[end - 1]) <= _LABEL_WORDS and not _is_running_text(lines[end - 1]):
            end -= 1
    if sum(_is_running_text(line) for line in lines[:end]) < 2:
        return text
    return "\n".join(lines[:end])


def _comments_tail(paragraphs: list[Paragraph], text: str) -> str:
    """``text`` less readers' comments: the lines from a comments heading of the page
    (``_COMMENTS_HEADING``) on, where it is set as a heading or alone in bold, not as a
    link (the extractor may drop it and keep what follows), after two lines of running
    text, and where what follows it is shorter than what comes before. Comments carry no
    furniture on many pages (no "Reply", no "Jane Roe says:"), and are sentences like the
    article's."""
    lines = text.split("\n")
    where: dict[str, int] = {}
    for k, paragraph in enumerate(paragraphs):
        where.setdefault(_spaceless(paragraph.text), k)
    at = [where.get(_spaceless(line)) for line in lines]
    for k, paragraph in enumerate(paragraphs):
        if not _COMMENTS_HEADING.fullmatch(paragraph.text.strip()):
            continue
        if paragraph.linked or not (
            paragraph.block.tag in _HEADING_TAGS or paragraph.label >= _words(paragraph.text)
        ):
            continue  # a link or a button to the comments, maybe between paragraphs
        cut = next((i for i, j in enumerate(at) if j is not None and j >= k), len(lines))
        before, after = lines[:cut], lines[cut:]
        if sum(_is_running_text(line) for line in before) < 2:
            continue
        if after and sum(map(_words, after)) <= sum(map(_words, before)):
            return "\n".join(before)
    return text


def _labels_of_dropped_links(paragraphs: list[Paragraph], text: str) -> str:
    """``text`` less the labels of lists of other stories that the extractor dropped
    while keeping the label ("You may have missed", "Elsewhere on the Courier"): a short
    line that closes no sentence, standing on the page right over two paragraphs or more
    of linked headlines (``_LINKED_SHARE`` of their words in links) that ``text`` leaves
    out."""
    lines = text.split("\n")
    known = {_spaceless(line) for line in lines}
    where: dict[str, int] = {}
    for k, paragraph in enumerate(paragraphs):
        where.setdefault(_spaceless(paragraph.text), k)
    kept = []
    for line in lines:
        at = where.get(_spaceless(line))
        if at is not None and 0 < _words(line) <= _LABEL_WORDS and not _is_sentence_end(line):
            following = paragraphs[at + 1 : at + 1 + _CARD_LINKS]
            if len(following) == _CARD_LINKS and all(
                _words(p.text) >= _ABOVE_MIN_WORDS
                and p.linked >= _LINKED_SHARE * _words(p.text)
                and _spaceless(p.text) not in known
                for p in following
            ):
                continue
        kept.append(line)
    return "\n".join(kept) if len(kept) < len(lines) else text


def _is_sentence_end(text: str) -> bool:
    return text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))


def _is_dated_item(held: list[Paragraph]) -> bool:
    """An element holding a reader's comment: a short dated line among its first (the
    writer's name and when: "Jane Roe March 4, 2024 at 9:14 pm", "2 hours ago") and a
    comment's own furniture (a "Reply" button, "Jane Roe says:"). Dated sections of an
    article (a live blog's entries, a timeline's years) have no such furniture."""
    short = [p.text for p in held if _words(p.text) <= _ITEM_HEAD_WORDS]
    return (
        len(held) >= 2
        and any(_DATED.search(p.text) for p in held[:3] if _words(p.text) <= _ITEM_HEAD_WORDS)
        and any(_COMMENT_FURNITURE.search(line) for line in short)
    )


def _is_story_item(held: list[Paragraph]) -> bool:
    """An element holding another story's teaser: a short line in links, then more."""
    if len(held) < 2:
        return False
    words = _words(held[0].text)
    return (
        words <= _ITEM_HEAD_WORDS
        and held[0].linked >= _LINKED_SHARE * words
        and not _is_running_text(held[0].text)
    )


def _line_blocks(paragraphs: list[Paragraph], lines: list[str]) -> list[Any]:
    """The element each line of extracted text is the running text of (None: not found
    on the page). Texts are compared without spaces (the extractor and the markup space
    inline elements apart differently); the extractor writes a table row as "| cell |
    cell |", of which the first cell is looked up. (A list item, "- item", is left unfound:
    an article's own list may stand outside its paragraphs' container.)"""
    blocks: dict[str, Any] = {}
    for paragraph, block, *_ in paragraphs:
        blocks.setdefault(_spaceless(paragraph), block)
    found = []
    for line in lines:
        key = markup_key(line)
        if key.startswith("|") and _spaceless(key) not in blocks:
            key = next((cell for cell in key.strip("| ").split(" | ") if cell.strip()), "")
        found.append(blocks.get(_spaceless(key)) if key else None)
    return found


def _spaceless(text: str) -> str:
    return "".join(markup_key(text).split())


def _outside_tail(paragraphs: list[Paragraph], text: str) -> str:
    """``text`` less the lines after its last line in the article's container that stand
    outside it (a newsletter box, an "about the company" note, a list of other stories
    the extractor took for more article), when they are short beside it. The container
    is the deepest element that holds most of the extracted words; a line not found on
    the page (``_line_blocks``) ends the search."""
    lines = text.split("\n")
    found = _line_blocks(paragraphs, lines)
    held: dict[Any, list[int]] = {}  # element -> [words, lines] of the text it holds
    for line, block in zip(lines, found, strict=True):
        if block is not None:
            for element in (block, *block.iterancestors()):
                count = held.setdefault(element, [0, 0])
                count[0] += _words(line)
                count[1] += 1
    total = sum(_words(line) for line, block in zip(lines, found, strict=True) if block is not None)
    holders = [e for e, (w, n) in held.items() if w > _MAIN_SHARE * total and n >= 2]
    if not holders:
        return text
    main = max(holders, key=lambda element: sum(1 for _ in element.iterancestors()))
    end = len(lines)
    while end > 0:
        block = found[end - 1]
        if block is None or block is main or any(a is main for a in block.iterancestors()):
            break
        end -= 1
    tail = sum(_words(line) for line in lines[end:])
    if not end or tail >= _OUTSIDE_TAIL_SHARE * held[main][0]:
        return text
    return "\n".join(lines[:end])
