"""Plain-text cleaning: a line classifier that tells the article from its furniture.

Each non-blank line is looked at once for what it says about itself (a share button, a
form label, a disclaimer, a photo caption, a byline) and then for where it sits: the
head (section labels, site name, title, date), the first body line (dateline), the
middle (related headlines between paragraphs) and the tail (a "Check Also" /
"You might also like" block after the last article paragraph). Signals are general —
position, length, punctuation, capitalisation, repetition and the cue lists in
``lang/en/boilerplate.yaml`` — and every removed span is kept with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tacitus.clean.boilerplate import Cues, Kind, line_key, markup_key
from tacitus.dates import MONTH, find_explicit_dates
from tacitus.model import Dateline, Removed

_MAX_HEADLINE_WORDS = 30
_RELATED_WORDS = (6, 25)  # a related headline is a full clause, a subheading is shorter
_TITLE_CASE_RATIO = 0.75
_NARRATIVE_WORDS = 20
# A tail cue may be followed by one teaser paragraph, not by the rest of the article.
_TAIL_RATIO = 0.25
_MAX_CAPTION_WORDS = 60
_MAX_BYLINE_WORDS = 25  # "(Reporting by A in X and B in Y; Editing by C)"
_MAX_CREDIT_WORDS = 45  # "(Reporting by A, B and C in X, with additional reporting by ...)"
_MAX_CUE_WORDS = 8  # whole-line cues ("You might also like") are short
_DATELINE_BODY_WORDS = 4  # words after a dateline that make its line a paragraph
_DATELINE_LINES = 3  # a dateline opens one of the body's first lines
_TRAILING_HEADLINES = 3  # a run of this many headline-shaped lines ends a page
_LABEL_WORDS = 5  # a topic label above a list of headlines
_SENTENCE_WORDS = 8  # such a sentence after a tail's headlines, then another: article again
_SHORT_SENTENCE_WORDS = 4  # the other may be short ("Rights groups condemned the decision.")
_LAST_PARAGRAPH_WORDS = 12  # a long sentence under a cue's one headline, then furniture
_RUN_ON_TITLE_WORDS = 4  # a headline run into the first paragraph: a clause at least
_LIST_INTRO_WORDS = 3  # the article's clause over its list ("The measures include:")
_LEAD_WORDS = 8  # a line opening with this many words of the page's description is its lead
# A line of metadata above the body: a date, the author, the reading time, the comments.
_MAX_META_WORDS = 20
_META_AUTHOR = re.compile(
    r"(?:^|(?<=\s))by\s+(?P<name>[^|•·\d]+?)(?=\s+(?:on|at)\s|\s*[|•·]|$)", re.I
)
_META_SEP = re.compile(r"(?<!\w)[|•·](?!\w)")
# A name alone between a metadata line's bars: a place, the site, a section ("Gulu,
# Uganda", "Daily Harvest", "World News"): capitalised words, no figure.
_META_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:,? (?:[A-Z][\w'’&.-]*|of|the|and|de|al)){0,4}")
_META_COUNT = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?\s+(?:read|reading)|(?:comments?|responses?|replies|views?|shares?|likes?)\b)",
    re.I,
)
# The headline again a few lines into the body: what stands before it is other stories.
_RESTATED_LINES, _RESTATED_WORDS = 4, 120
_HEAD_LINES = 8  # labels under the headline: among the body's first lines
_STANDFIRST_WORDS = 4  # a summary over the dateline, not a label
_BIO_LINES = 3  # a note on the author stands among the article's last paragraphs
_BIO_NAME_WORDS = 4  # the writer's full name opening such a note
_WRITER_ROLE_WORDS = 4  # "is a freelance journalist", "is the paper's Africa correspondent"
_BIO_WORDS = 50  # a note on the writer that says how to reach them is short
_INITIAL = re.compile(r"[A-Z]\.?")  # a middle initial ("A." in "Jane A. Okafor")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*\.?")
_LINK_LIST = 2  # list items in a row, each a link and nothing else: a list of other stories
# Where copying a page's text glued a stamp's parts together: a year and a clock time
# ("20263:41"), a word and the next ("GMTUpdated", "PublishedJanuary").
_GLUED = re.compile(
    r"(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"
)
_TICKER_SEP = re.compile(r"\s+[•·|◆■▪]\s+")
_TICKER_ITEM = re.compile(r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}:\s+\S")
# A wire's desk codes under a story: initials in small letters joined by slashes and
# hyphens, at least one slash ("burs-jm/abc", "str-bur/dl/sst").
_DESK_CODE = re.compile(r"[a-z]{1,6}(?:-[a-z]{1,6})*(?:/[a-z]{1,6}(?:-[a-z]{1,6})*)+")
# A video's running time and where it is from, under its title ("01:12 - Source: CNN")
_CLIP = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|]\s*source\s*:\s*\S.*", re.I)
# An end mark after the closing sentence of a paragraph, on its line ("... said. Enditem")
_GLUED_END_MARK = re.compile(
    r"(?<=[.!?\"”’'])\s+(?P<mark>(?i:end\s?item)|ENDS?|[/(\[-]+(?i:ends?)[/)\]-]+|#{3,})$"
)
_POINTER = re.compile(r"(?:>>+|[»›▶►→]+)\s*")  # an arrow pointing to another story
_COUNT_AFTER = re.compile(r"\s*[(\[]\d+[)\]]$")
_CUE_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_BULLET = re.compile(r"[-•*·]\s+(?=\S)")
# An item of a timeline: a year, a month or a day, or a clock time, then what happened
# ("1994 — Armenia and Azerbaijan sign a ceasefire", "August 2020: Soldiers overthrow
# the president.", "14:05 GMT Israeli tanks push into Rafah")
_DATED_ITEM = re.compile(
    rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTH}\.?\s+)?(?:\d{{1,2}},?\s+)?(?:1[89]|20)\d\d\s*[—–:-]"
    r"|\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EST|EDT|ET))?\s*[—–:-]?)"
    r"\s*[A-Z\"“‘']"
)
_TERMINAL = tuple(".!?…\"”’'")
# Hard-wrapped text: lines of at most _WRAP_MAX characters, most within _WRAP_BAND of
# the widest (lines shorter than _WRAP_MIN end paragraphs and are not counted).
_WRAP_MIN, _WRAP_MAX, _WRAP_BAND = 40, 100, 15

# Furniture that stands in blocks under an article (with the tail cues' reasons): lines
# of such a block around other stories' headlines take them with them. (An address or a
# photo credit is removed alone: article text may follow it.)
_BLOCK_REASONS = frozenset(("byline", "disclaimer", "advertisement"))
# Tail cues that label a list (other stories, share buttons), never sentences of their own.
_LIST_LABEL_REASONS = frozenset(("related", "share"))
# Reasons given from a line's shape alone (not from what it says about itself).
_SHAPE_REASONS = ("caption", "title", "related", "section-label")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WRITES_FOR = re.compile(
    r"([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+for\s+"
    r"((?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*){0,4})"
)
_MIN_TAGS = 3
_TAG = re.compile(r"[^\W\d_][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*){0,2}")  # one to three words
# a writer's handle after their name in a note on them ("Jane Roe (@janeroe) is a ...")
_HANDLE = re.compile(r"\s*\(@[\w.]+\)(?=\s)")
_DASH = r"\s*[-–—]+\s*"
_PLACE_WORD = r"(?:[A-Z][\w'’.-]*|[a-z]{1,3}-[A-Z][\w'’-]*|al|el|de|del|la|le|es|of)"
_PLACE = rf"[A-Z][\w'’.-]*(?: {_PLACE_WORD}){{0,3}}"
_DATE = rf"(?:{MONTH}\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {MONTH}\.?(?: \d{{4}})?)"
# An agency that writes its name in small letters ("BERLIN (dpa) -"): a known agency's.
_AGENCY_LOWER = r"[a-z]{2,6}"
# Datelines: "BEIRUT (Reuters) -", "Berlin (dpa) –", "MOSCOW, Nov 23 (AP) —", "Nur-Sultan, SANA-",
# "WASHINGTON —", and "(Reuters) -" with no place.
_DATELINES = [
    re.compile(
        rf"(?P<place>{_PLACE})(?:, (?P<region>{_PLACE}))??(?:, (?P<date>{_DATE}))?"
        rf" ?\((?P<outlet>[A-Z][^()]{{1,40}}|{_AGENCY_LOWER})\){_DASH}"
    ),
    re.compile(rf"(?P<place>{_PLACE}), (?P<outlet>[A-Z]{{2,8}}(?:[ /][A-Z]{{2,8}})?){_DASH}"),
    # "WASHINGTON —", "NEW DELHI:", "SALEM, Ore. —", "GRAZ, Austria, March 3 —", and a
    # dateline with a dash or a colon alone on its line, over the paragraph ("KYIV —",
    # "NEW DELHI:")
    re.compile(
        r"(?!DEAR )(?P<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3})"  # not "DEAR ABBY:"
        rf"(?:, (?!{_DATE})(?P<region>{_PLACE}))?(?:, (?P<date>{_DATE}))?"
        r"(?:\s*[-–—]+\s+(?=\S)|\s*[-–—]+\s*$|:\s+(?=\S)|:\s*$)"
    ),
    re.compile(rf"\((?P<outlet>[A-Z][^()]{{1,40}}|{_AGENCY_LOWER})\){_DASH}"),
    # a place in capitals and its region in one word, alone on the line over the paragraph
    # ("KYIV, Ukraine", "SALEM, Ore."): no headline has that shape
    re.compile(
        r"(?P<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3}), (?P<region>[A-Z][a-z'’.-]+)$"
    ),
    # "Indianapolis – Several thousand ...", "Porto Velho, Brazil — ...", "Kyiv, March 3 -
    # ..." (with the date, any dash), "Nairobi, Kenya:
    # ..." and "Nairobi, Kenya - ..." (a colon only after a place and its region, a hyphen
    # after a place alone where a sentence follows, "Kyiv - Russian forces shelled ...",
    # not a headline's "Gaza - Talks Resume"), "Hong Kong (CNN Business)A muddled view
    # ...", "(CNN) President ..."
    re.compile(
        rf"(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){{0,2}})"
        rf"(?:, (?!{_DATE})(?P<region>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){{0,2}}))?"
        rf"(?:, (?P<date>{_DATE}))?"
        r"(?(date) [-–—] |(?(region)(?: [-–—] |: )|(?: [–—] | - (?=.*\b[a-z].*[.!?\"”’)]$))))"
        r"(?=[A-Z])"
    ),
    # ... and with a date, no dash ("New Delhi, March 3 (IANS) The ...", "ABUJA,
    # Nigeria, Jan 12 (AFP) Gunmen ...")
    re.compile(
        rf"(?:(?P<place>{_PLACE})(?:, (?P<region>{_PLACE}))??(?:, (?P<date>{_DATE}))? )?"
        rf"\((?P<outlet>[A-Z][^()]{{1,40}})\) ?(?=[A-Z\"“‘])"
    ),
]
_DOMAIN = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?", re.I
)
_SITE_TEASER = re.compile(
    r"(?:also|more|read more|see more|read|watch|listen)\s+(?:on|at)\s+"
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?!\.\w)",
    re.I,
)
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_INITIALS = re.compile(r"[A-Z]{1,4}(?:[/.][A-Z]{1,4})*\.?")
# A clock time, with the abbreviation of its time zone ("11:28 AMT", "9:05 p.m. EST")
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?-i:\s*[A-Z]{1,4}T\b)?", re.I
)
# A live blog's entry listed by its time and headline ("20:05 — Police fire tear gas at
# protesters", "7.48pm GMT | Students block the main highway").
_TIMED_ENTRY = re.compile(_TIME.pattern + r"\s*[—–|-]\s*(?=\S)", re.I)
# A date in figures ("25/08/2023", "2023-08-25") and how long ago ("2 hours ago", "3m ago").
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_AGO = re.compile(
    r"\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|"
    r"months?|y|yrs?|years?)\s+ago\b",
    re.I,
)
_ENDS_WITH_DATE = re.compile(rf"\b(?:on|in)\s+(?:{_DATE}|{MONTH}\.? \d{{4}})[.)]*$", re.I)
# Contact furniture: a line that is an e-mail address, or a link to a social-media profile.
_EMAIL = re.compile(r"(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_PROFILE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:twitter|facebook|instagram|youtube|linkedin|tiktok)\.com/[\w.@-]+/?",
    re.I,
)
# What sets a cue label apart from the item on its line: a separator, or a capital letter
# glued to it ("Read moreECOWAS ..."), then more text.
_AFTER_CUE = re.compile(r"(?:\s*[|:»›>]+|\s+[-–—]+\s|(?=[A-Z]))\s*\S")
_CREDIT = re.compile(r"\(([^()]{2,50})\)\s*\.?$|[/|]\s*([^/|]{2,40})$")
# A credit in capitals after a caption's sentence: "... on Wednesday. PDN PHOTO / JOHN ROE"
_CAPS_CREDIT = re.compile(r"(?<=[.!?])\s+([^\s.!?][^.!?]{1,60})$")
_CAPS_CREDIT_WORDS = 6
# a credit in square brackets closing a caption ("... in Kyiv [Jane Roe/AFP]", "[File: Reuters]")
_BRACKET_CREDIT = re.compile(r"\[(?:file(?:\s+photo)?\s*:\s*)?([^\[\]]{2,60})\]\s*$", re.I)
# A photographer's credit in brackets: a full name, a slash, the outlet or agency
_PHOTOGRAPHER = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s*/\s*[A-Z][\w'’&.-]*(?: [A-Z&][\w'’&.-]*){0,4}"
)
_MAX_AGENCY_CREDIT_WORDS = 10
_CREDIT_JOINERS = frozenset(("with", "and", "from", "inputs", "input", "via", "agencies"))
# The site's appeal to its reader: it speaks to "you" and as "we", under a short label.
_READER = re.compile(r"\b(?:you|your|yours)\b", re.I)
_SITE_VOICE = re.compile(r"\b(?:we|our|us|ours)\b", re.I)
# a place's name before another story's headline ("Burkina Faso: Soldiers kill 30 ...")
_PLACE_LABEL = re.compile(
    r"[A-Z][^\W\d_]*(?:[-'’.][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]*(?:[-'’.][^\W\d_]+)*){0,2}"
)
_OUR_WRITER = re.compile(r"(?:(?:by|from)\s+)?our\s+(.+)", re.I)
_AGENCY = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?")  # "WAM", "KUNA", "EPA-EFE"
_SAYING = re.compile(r"\b(?:said|says|told|tells)\b", re.I)
# a statement put to its source after a comma or a quotation (", officials said", ",\" he
# told", ", according to the report"): the article reporting someone, not the site speaking
_ATTRIBUTED = re.compile(
    r"[,!?][\"”’']?\s+(?:according\s+to\b|(?:[^\W\d_][^,.!?\"“”]{0,60}?\s)?"
    r"(?:said|says|told|tells|wrote|writes|warned|added)\b)",
    re.I,
)
_QUOTE_MARKS = ('"', "“", "”")
# "The writer is a ...", "The authors are ...": a note on the writer by role
_ROLE_NOTE = re.compile(
    r"[-–—(\s]*the\s+(?P<noun>[a-z]+)\s+(?:is|are|was|were)\s+(?:an?|the|one|also|currently|former|based)\s",
    re.I,
)
_APPEAL_LABEL_WORDS = 10


@dataclass
class Line:
    """A non-blank line of the source, stripped, with what the classifier decided."""

    start: int
    end: int
    text: str
    reason: str | None = None
    cut: int = 0  # characters of a dateline taken off the start of the line
    words: int = 0
    teaser: bool = False  # "Read more: <headline>": removed alone, starts no tail
    mark: tuple[int, int] | None = None  # an end mark cut off the line's end ("... said. Enditem")
    head: tuple[int, int] | None = None  # the headline run into the line's start
    glued: tuple[int, int, str] | None = None  # a cue and headline glued on: span, reason

    def __post_init__(self) -> None:
        self.words = len(self.text.split())


@dataclass
class TextResult:
    """What the cleaner found: body pieces (source spans), title, furniture."""

    pieces: list[tuple[int, int, str]]  # (source start, source end, separator before)
    title: str | None = None
    title_span: tuple[int, int] | None = None
    removed: list[Removed] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    author: str | None = None
    dateline: Dateline | None = None
    dateline_date: str | None = None
    outlets: dict[str, str] = field(default_factory=dict)  # how found -> outlet name


def split_lines(source: str) -> list[Line]:
    """The non-blank lines of ``source`` with their offsets (linear time).

    Hard-wrapped text (paragraphs broken into lines of similar width, blank lines
    between paragraphs) is split into paragraphs instead, so that a paragraph is judged
    as a whole.
    """
    lines: list[Line] = []
    pos = 0
    for raw in source.split("\n"):
        text = raw.strip()
        if text:
            start = pos + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(text), text))
        pos += len(raw) + 1
    width = _wrap_width(source, lines)
    if not width:
        return lines
    paragraphs: list[Line] = []
    previous: Line | None = None
    for line in lines:
        last = paragraphs[-1] if paragraphs else None
        wrapped = previous is not None and len(previous.text) >= width - _WRAP_BAND
        if last and previous and wrapped and "\n\n" not in source[previous.end : line.start]:
            paragraphs[-1] = Line(last.start, line.end, source[last.start : line.end])
        else:
            paragraphs.append(line)
        previous = line
    return paragraphs


def _wrap_width(source: str, lines: list[Line]) -> int | None:
    """The width text is hard-wrapped at: most long lines end near it and run on."""
    long_lines = [line for line in lines if len(line.text) >= _WRAP_MIN]
    if len(long_lines) < 4 or "\n\n" not in source:
        return None
    widest = max(len(line.text) for line in long_lines)
    if widest > _WRAP_MAX:
        return None
    near = sum(len(line.text) >= widest - _WRAP_BAND for line in long_lines)
    runs_on = sum(not line.text.endswith(_TERMINAL) for line in long_lines)
    if near >= 0.6 * len(long_lines) and runs_on >= 0.5 * len(long_lines):
        return widest
    return None


def _title_case_ratio(text: str) -> tuple[float, int]:
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    if not long_words:
        return 0.0, 0
    return sum(w[0].isupper() for w in long_words) / len(long_words), len(long_words)


def _is_narrative(line: Line) -> bool:
    return line.reason is None and line.words >= _NARRATIVE_WORDS and line.text.endswith(_TERMINAL)


def _unknown_agency(m: re.Match[str], cues: Cues) -> bool:
    """A dateline's source in small letters that is no known news agency ("(left) -")."""
    outlet = m.groupdict().get("outlet") or ""
    return outlet[:1].islower() and line_key(outlet) not in cues.news_agencies


def _opens_with_dateline(line: Line, cues: Cues) -> bool:
    """A paragraph that opens with a dateline and goes on ("BEIRUT (Reuters) — Israeli
    jets ...") is the body's first paragraph, whatever its length or punctuation."""
    for pattern in _DATELINES:
        m = pattern.match(line.text)
        if m and _unknown_agency(m, cues):
            continue
        if m and len(line.text[m.end() :].split()) >= _DATELINE_BODY_WORDS:
            return line_key(m.groupdict().get("place") or "") not in cues.dateline_labels
    return False


def _is_bare_dateline(line: Line, cues: Cues) -> bool:
    """A line that is a dateline and nothing else, over the paragraph it opens ("DAKAR,
    Senegal (AP) —", "BEIRUT (Reuters) -"): the body's start, never a headline."""
    for pattern in _DATELINES:
        m = pattern.fullmatch(line.text)
        if m and not _unknown_agency(m, cues):
            return line_key(m.groupdict().get("place") or "") not in cues.dateline_labels
    return False


def is_dateline_alone(text: str, cues: Cues) -> bool:
    """Is a page's title a dateline and nothing else: "BEIRUT (Reuters) -", or the place
    and the agency in brackets that an extractor cut from the dash after them ("DAKAR,
    Senegal (AP)" of a title "DAKAR, Senegal (AP) — Police arrested ...")? That title is
    the first paragraph's opening, not a headline."""
    text = text.strip()
    dashed = f"{text} —" if text.endswith(")") else text
    return _is_bare_dateline(Line(0, len(dashed), dashed), cues)


def _name_words(tokens: list[str]) -> int:
    """How many capitalised words open ``tokens`` (a full name, "Jane Roe"), counted to
    one more than ``_BIO_NAME_WORDS`` at most."""
    n = 0
    while n < min(len(tokens), _BIO_NAME_WORDS + 1) and _NAME_WORD.fullmatch(tokens[n]):
        n += 1
    return n


def _named_in(name: str, surname: str, before: list[Line]) -> bool:
    """Does the story ``before`` a note on the person ``name`` name them (by the surname),
    leaving out the note's heading, the name alone?"""
    if before and line_key(before[-1].text) == line_key(name):
        before = before[:-1]
    found = re.compile(rf"\b{re.escape(surname)}\b")
    return any(found.search(other.text) for other in before)


def _headline_shaped(line: Line) -> bool:
    """Another story's headline: a clause of a few words, no list bullet, no date or
    number first, no closing punctuation."""
    low, high = _RELATED_WORDS
    first = line.text[:1]
    return (
        low - 1 <= line.words <= high
        and (first.isupper() or first.isdigit())
        and not line.text.endswith(_TERMINAL + (":", ";", ","))
        and not re.match(rf"{MONTH}\.?\b", line.text)
    )


def _unbulleted(line: Line) -> Line:
    """A list item without its bullet ("- Rebels seize the airport" -> "Rebels seize ...")."""
    m = _BULLET.match(line.text)
    return Line(line.start + m.end(), line.end, line.text[m.end() :]) if m else line


def _timed_headline(line: Line) -> bool:
    """A live blog's entry listed by its time and headline, not a sentence."""
    m = _TIMED_ENTRY.match(line.text)
    if m is None:
        return False
    return _headline_shaped(Line(line.start + m.end(), line.end, line.text[m.end() :]))


def _opens_a_list(line: Line) -> bool:
    """The article's own clause opening a list ("The new measures include:"), not a
    label in title case ("More From Our Partners:")."""
    return (
        line.reason is None
        and line.words >= _LIST_INTRO_WORDS
        and line.text.endswith(":")
        and _title_case_ratio(line.text)[0] < _TITLE_CASE_RATIO
    )


def _in_an_article_list(lines: list[Line], i: int) -> bool:
    """A bulleted line under the article's clause that opens the list, maybe after other
    items: an item of the article, whatever its shape ("• Night curfew in Kunduz City")."""
    if not _BULLET.match(lines[i].text):
        return False
    before = next((b for b in reversed(lines[:i]) if not _BULLET.match(b.text)), None)
    return before is not None and _opens_a_list(before)


def _is_sentence(line: Line, words: int = _SENTENCE_WORDS) -> bool:
    """An article paragraph however short: a sentence of several words, closed."""
    return (
        line.reason is None
        and line.words >= words
        and line.text.endswith(_TERMINAL)
        and (line.text[0].isupper() or line.text[0] in "\"“‘'")
    )


def _label_over_article(kind: Kind, following: list[Line]) -> bool:
    """Is a label of a list of other stories or of share buttons ("Most popular", "Share
    this article") followed at once by two article sentences? Its list was left out of
    the text, and the article goes on under it: the label starts no tail. (A pitch or a
    note on the writer, which may be sentences, is another kind.)"""
    return (
        kind.reason in _LIST_LABEL_REASONS
        and len(following) == 2
        and _is_sentence(following[0])
        and _is_sentence(following[1], _SHORT_SENTENCE_WORDS)
    )


def _closes(line: Line, also: tuple[str, ...] = ()) -> bool:
    """An article paragraph however short: a line of the body that closes its sentence."""
    return line.reason is None and line.text.endswith(_TERMINAL + also)


def _is_label(line: Line) -> bool:
    """A short line that closes no sentence: a label over a list ("Explore more", "Most
    stories"), a credit ("(FRANCE 24 with AFP)")."""
    return line.words <= _LABEL_WORDS and not line.text.endswith(_TERMINAL)


def _headline_like(line: Line) -> bool:
    return line.words <= _MAX_HEADLINE_WORDS and not line.text.endswith((".", "…", ":", ","))


def _name_like(text: str, cues: Cues) -> bool:
    tokens = text.replace(",", " ").split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    for token in tokens:
        head, _, rest = token.partition("-")
        if token.lower() in cues.name_particles:
            continue
        if head in cues.name_particles and rest[:1].isupper():
            continue
        if not (token[0].isupper() and re.fullmatch(r"[^\W\d_][\w'’.-]*", token)):
            return False
    return not text.isupper()


def _without_initials(name: str) -> str:
    """A full name less its middle initials ("Jane A. Okafor" -> "Jane Okafor"), the form
    a note on the writer may use; "" when that leaves fewer than two words."""
    words = name.split()
    kept = [
        w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.fullmatch(w))
    ]
    return " ".join(kept) if len(kept) >= 2 and len(kept) < len(words) else ""


def _byline(text: str, cues: Cues) -> str | None:
    """The author named by a byline ("By Jane Doe", "Reporting by ...; Editing by ...");
    wire copy writes names in capitals ("By JANE ROE and JOHN DOE, Associated Press") and
    may add an address in brackets ("By Jane Roe (jroe@example.com)")."""
    text = _ADDRESS_IN_BRACKETS.sub("", text)
    text = text.strip("()[] ")  # wire copy ends with "(Reporting by ...; Editing by ...)"
    lowered = text.lower()
    for prefix in cues.byline_prefixes:
        if lowered.startswith(prefix) and text[len(prefix) : len(prefix) + 1] in (" ", ":"):
            name = re.split(r"[;|]| and | in ", text[len(prefix) :].strip(" :"))[0]
            if next(iter(find_explicit_dates(name)), None) is None:
                name = re.split(r"[•·]", name)[0]  # "Jane Roe • 3h"; with a date, a date line
            name = name.strip(" ,.")
            if _OUR_WRITER.fullmatch(name):
                return None  # "By Our Staff Reporter": no one named
            if _name_like(name, cues) or (name and len(name.split()) == 1 and name[0].isupper()):
                return name
            if name.isupper() and name.split()[0].lower() not in _NOT_NAMES:
                if _name_like(name.title(), cues):
                    return name.title()
    # "Jane Doe for The Harbour Times": a name, then the outlet it writes for
    if (m := _WRITES_FOR.fullmatch(text)) and _name_like(m[1], cues):
        outlet = line_key(m[2])
        if outlet in cues.news_agencies or outlet.split()[-1] in cues.outlet_nouns:
            return m[1]
    # "Jane Doe, Staff Writer", "Jane Doe | Senior Correspondent", "Jane Doe · Health
    # Reporter": a name and a role, role words or, after a separator that is no comma
    # (which may open an apposition in running text), a writer's title under qualifiers
    parts = re.split(r"\s*([,|·•])\s*", text, maxsplit=1)
    name, sep, role = parts if len(parts) == 3 else (text, "", "")
    roles = [w.lower() for w in _WORD.findall(role)]
    if roles and len(roles) <= 4 and _name_like(name.strip(), cues):
        if all(w in cues.author_roles for w in roles) or (
            sep != "," and roles[-1] in cues.author_titles
        ):
            return name.strip()
    return None


def _our_writer(text: str, cues: Cues) -> bool:
    """A byline naming no one but the paper's own writer ("Our Correspondent", "By Our
    Staff Reporter", "From Our Special Correspondent"), alone on its line."""
    m = _OUR_WRITER.fullmatch(text.strip(" ()[].,"))
    return m is not None and _writer_title(m.group(1), cues)


def _writer_title(text: str, cues: Cues) -> bool:
    """A writer's title alone: a few role words ending with a title noun ("Senior
    correspondent", "Staff Writer", "Chief political correspondent")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return (
        0 < len(words) <= _WRITER_ROLE_WORDS
        and len(words) == len(text.split())
        and words[-1] in cues.author_titles
        and all(w in cues.author_roles or w in cues.author_titles for w in words)
    )


def _credited_writers(line: Line, cues: Cues) -> bool:
    """A line crediting the story's other writers: "Associated Press writer Jane Roe in
    Kyiv contributed.", "Reuters contributed reporting." (the word "contributed" last, a
    writer's role or an agency before it); "Jane Roe reported from Dhaka, and John Doe
    from New Delhi." (a name, then "reported from")."""
    text = line.text.rstrip(" .")
    words = [w.lower() for w in _WORD.findall(text)]
    if words[-2:] == ["contributed", "reporting"] or words[-1:] == ["contributed"]:
        if any(w in cues.author_roles or w in cues.news_agencies for w in words):
            return True
        # "Jane Roe contributed.", "Jane Roe and John Doe contributed.": full names alone
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+", text.rsplit(None, 1)[0])
        return words[-1] == "contributed" and all(_name_like(n, cues) for n in names)
    tokens = text.split()
    n = _name_words(tokens)
    return 2 <= n <= _BIO_NAME_WORDS and tokens[n : n + 2] == ["reported", "from"]


def _credit_sentences(text: str, cues: Cues) -> bool:
    """A line of short credits, each its own sentence naming one person ("Translated by
    Jane Roe. Edited by John Doe.")."""
    parts = re.split(r"(?<=[.;])\s+", text.strip())
    return len(parts) > 1 and all(
        any(part.lower().startswith(p + " ") for p in cues.byline_prefixes if " " in p)
        and _byline(part, cues)
        for part in parts
    )


def _credits(text: str, cues: Cues) -> bool:
    """Wire copy's closing credits, in brackets, whatever names they list: "(Reporting by
    A, B and C in X, with reporting by D; editing by E.)", "(FRANCE 24 with AFP)"; out of
    brackets, two credits or more set apart by semicolons ("Reporting by Reuters staff;
    Editing by Jane Roe")."""
    credit = tuple(p + " " for p in cues.byline_prefixes if " " in p)
    parts = [part.strip(" .") for part in text.split(";")]
    openers = [next((p for p in credit if part.lower().startswith(p)), "") for part in parts]
    if len(parts) > 1 and all(
        opener and part[len(opener) : len(opener) + 1].isupper()
        for part, opener in zip(parts, openers, strict=True)
    ):
        return True  # who is credited, named in capitals: a person, an agency, a desk
    if not (text.startswith(("(", "[")) and text.rstrip(".").endswith((")", "]"))):
        return False
    lowered = text.strip("()[]. ").lower()
    if any(lowered.startswith(p + " ") for p in cues.byline_prefixes if " " in p):
        return True
    # "(FRANCE 24 with AFP and Reuters)", "(With inputs from PTI)": the agencies a story
    # is from, no sentence (names in capitals, a few joining words)
    inner = text.strip("()[] ")
    words = _WORD.findall(inner)
    return (
        len(inner.split()) <= _MAX_AGENCY_CREDIT_WORDS
        and not inner.endswith(_TERMINAL)
        and any(line_key(w) in cues.news_agencies for w in words)
        and all(w[0].isupper() or w.lower() in _CREDIT_JOINERS for w in words)
    )


def _is_form_label(line: Line, cues: Cues) -> bool:
    # over three words, a label closes no sentence ("Enter your email address", "Your
    # email:"): "Send us a message." is a sentence
    if line.words > 5 or (line.words > 3 and line.text.endswith(_TERMINAL)):
        return False
    words = re.findall(r"[a-z-]+", line.text.lower().replace("'s", ""))
    return bool(words) and all(w in cues.form_words for w in words)


def _is_caption(line: Line, cues: Cues) -> bool:
    text = line.text
    if line.words > _MAX_CAPTION_WORDS or text[0] in "\"“‘'" or text.count(". ") > 2:
        return False
    lowered = text.lower()
    words = _WORD.findall(text)
    narrative = any(w.lower() in cues.narrative_words for w in words)
    # "Sen. X (R) said on Monday ...": a report, the "(R)" a party, not a place in a picture
    if (
        not narrative
        and any(k in lowered for k in cues.caption_keywords)
        and any(p.search(text) for p in cues.caption_patterns)
    ):
        return True
    credit = _CREDIT.search(text)
    if credit and _names_a_credit(credit.group(1) or credit.group(2) or "", cues):
        return True
    # "Police stand guard outside parliament [Jane Roe/AFP]": one clause, no full stop
    # before a photographer's credit; an item of a news digest names its source alone
    # ("Stocks fall on trade fears [Reuters]")
    bracketed = _BRACKET_CREDIT.search(text)
    if (
        bracketed
        and not narrative
        and ". " not in text
        and not text[: bracketed.start()].rstrip().endswith(_TERMINAL)
        and ("/" in bracketed.group(1) or bracketed.group(0).lower().startswith("[file"))
        and _names_a_credit(bracketed.group(1), cues)
    ):
        return True
    if credit and not narrative and _PHOTOGRAPHER.fullmatch((credit.group(1) or "").strip()):
        return True  # "... on Monday. (Jane Roe/The Valley Courier)": who took it, for whom
    if (
        _photo_credit_in_capitals(text, cues)
        or _agency_credit_after(text, cues)
        or not narrative
        and _picture_credit_after(text, cues)
    ):
        return True
    if line.words > 40 or not _ENDS_WITH_DATE.search(text) or narrative:
        return False
    # A capitalised word inside the line is a name, not the verb: "on March 3".
    return any(
        w.lower() in cues.caption_verbs for j, w in enumerate(words[:12]) if not j or w.islower()
    )


def _photo_credit_in_capitals(text: str, cues: Cues) -> bool:
    """Does a caption's sentence end with a photo credit in capitals ("... in Blantyre on
    Wednesday. PHOTO / NYASA TIMES", "... on Thursday. PDN PHOTO / JOHN ROE")? A credit
    without a word naming a picture ("... said. AFP") may be a story's sign-off."""
    m = _CAPS_CREDIT.search(text)
    if not m or m.group(1) != m.group(1).upper() or len(m.group(1).split()) > _CAPS_CREDIT_WORDS:
        return False
    return any(w.lower() in cues.caption_keywords for w in _WORD.findall(m.group(1)))


def _picture_credit_after(text: str, cues: Cues) -> bool:
    """Does a caption's sentence end with a picture agency's name, no brackets ("... on
    Sunday. Getty Images", "... in Kyiv. AP Photo")? A name that says it takes pictures:
    a news agency alone ("... said. AFP") may be a story's sign-off."""
    m = _CAPS_CREDIT.search(text)
    if not m or line_key(m.group(1)) not in cues.photo_credits:
        return False
    return any(w.lower().rstrip("s") in cues.caption_keywords for w in _WORD.findall(m.group(1)))


def _agency_credit_after(text: str, cues: Cues) -> bool:
    """Does a caption's sentence end with an agency's credit to its photographer, the
    agency first and a slash after it ("... on Sunday. REUTERS/Jane Roe", "... 26 May
    2024. EPA-EFE/JOHN ROE", "... REUTERS/Stringer/File Photo")? A story's sign-off names
    no photographer ("... said. AFP")."""
    m = _CAPS_CREDIT.search(text)
    if not m or len(m.group(1).split()) > _CAPS_CREDIT_WORDS:
        return False
    agency, slash, _ = m.group(1).partition("/")
    return bool(slash) and agency.strip().lower() in cues.photo_credits


def _names_a_credit(text: str, cues: Cues) -> bool:
    """ "AFP", "AP Photo/Jane Doe", "Jane Doe/Reuters", "Getty Images": a photo agency.
    A word in small letters with capitals inside ("(ePA)", an abbreviation) names none."""
    parts = [p.strip(" .") for p in re.split(r"\s*/\s*|\s+via\s+|\s+[-–—]\s+", text.strip(" ()"))]
    return any(
        p.lower() in cues.photo_credits
        for p in parts
        if p and not (p[0].islower() and any(ch.isupper() for ch in p))
    )


def _agency_slash_name(text: str, cues: Cues) -> bool:
    """A credit alone on its line of an agency not listed, in capitals, and its
    photographer's name, a slash between ("WAM/Jane Roe", "(Jane Roe/KUNA)"); a pair of
    bodies so written ("NATO/EU Joint Statement") names no person."""
    parts = [p.strip() for p in text.strip(" ()[]").split("/")]
    if len(parts) != 2:
        return False
    for agency, name in (parts, parts[::-1]):
        if (
            _AGENCY.fullmatch(agency)
            and _name_like(name, cues)
            and not any(word.isupper() for word in name.split())
        ):
            return True
    return False


def _is_photo_credit(text: str, cues: Cues) -> bool:
    """A line that is nothing but a photo credit ("Getty Images", "(AP Photo/Jane Doe)",
    "Photo: Jane Doe/Reuters", "Jane Doe | AFP", a photographer and the outlet they took
    it for: "Jane Doe/The Valley Courier")."""
    if len(text.split()) > 8 or text.endswith((".", "!", "?")) and not text.endswith(")."):
        return False
    body = re.sub(
        r"^(?:photo|photograph|picture|image|credit)s?\s*(?:credit)?\s*[:|]\s*",
        "",
        text,
        flags=re.I,
    )
    return (
        _names_a_credit(body, cues)
        or any(_names_a_credit(part, cues) for part in re.split(r"\s*[|]\s*", body))
        or _agency_slash_name(body, cues)
        or bool(_PHOTOGRAPHER.fullmatch(body.strip(" ()[]")))
    )


def _own_reason(line: Line, cues: Cues) -> str | None:
    """What a line is wherever it stands (furniture that announces itself), or None."""
    # a cue with its count ("Comments (12)", "Share (3)") is the cue
    key = line_key(_COUNT_AFTER.sub("", line.text)) if line.words <= _MAX_CUE_WORDS else ""
    lowered = line.text.lower()
    # a cue's wording inside a statement put to its source is the article's, not the site's
    attributed = bool(_ATTRIBUTED.search(line.text))
    for kind in cues.kinds:
        if key in kind.lines or not attributed and any(p in lowered for p in kind.phrases):
            return kind.reason
        # one teaser between paragraphs, maybe in brackets ("[Read more: <headline>]"):
        # the article goes on
        if line.words <= _MAX_HEADLINE_WORDS and lowered.lstrip("[(").startswith(kind.prefixes):
            line.teaser = True
            return kind.reason
        if (
            line.words <= _MAX_HEADLINE_WORDS
            and not attributed
            and any(p.match(line.text) for p in kind.patterns)
        ):
            return kind.reason
        if kind.starts_tail and line.words <= _MAX_HEADLINE_WORDS and _cue_then_text(line, kind):
            line.teaser = True  # "Also Read | <headline>", "Read moreECOWAS leaders ..."
            return kind.reason
    if reason := _cue_sentences(line, cues):
        return reason
    if (m := _POINTER.match(line.text)) and _headline_shaped(Line(0, 0, line.text[m.end() :])):
        line.teaser = True  # "» <another story's headline>", "▶ <headline>"
        return "related"
    if line.words <= _MAX_HEADLINE_WORDS and _SITE_TEASER.match(line.text):
        line.teaser = True  # "Also on example.com: <another story's headline>"
        return "related"
    if _is_ticker(line.text) and not (_is_stamp_line(line, cues) or _meta_line_date(line, cues)):
        return "ticker"  # (a line of dates under labels, "Published: ... | Updated: ...", dates)
    if _is_photo_credit(line.text, cues):
        return "photo-credit"
    if _EMAIL.fullmatch(line.text) or _PROFILE.fullmatch(line.text):
        return "contact"  # the author's address: removed alone, what follows may be article
    if _is_form_label(line, cues):
        return "form"
    if _DOMAIN.fullmatch(line.text):
        return "link"
    if _our_writer(line.text, cues):
        return "byline"  # "Our Correspondent", "By Our Staff Reporter": the paper's own
    if line.words <= _MAX_BYLINE_WORDS and _byline(line.text, cues):
        return "byline"
    if _writer_title(line.text, cues):
        return "byline"  # the writer's title on a line of its own under the byline
    if line.words <= _MAX_CREDIT_WORDS and (
        _credits(line.text, cues)
        or _credited_writers(line, cues)
        or _credit_sentences(line.text, cues)
    ):
        return "byline"
    if line.words <= 3 and line_key(line.text) in cues.news_agencies and line.text[0] in "-–—(":
        return "byline"  # the agency signing off: "— AFP", "--Xinhua", "(Reuters)"
    if _DESK_CODE.fullmatch(line.text):
        return "byline"  # the desk's codes for who wrote and edited it: "burs-jm/abc"
    if _is_caption(line, cues) or _CLIP.fullmatch(line.text):
        return "caption"
    return None


def _is_tag_list(text: str) -> bool:
    """A bare list of topics, no sentence: three or more items of one to three words
    between commas, one of them a single word ("Flooding, Dresden, Germany, Climate");
    full names so listed ("Jane Roe, John Doe, Ann Lee") credit writers."""
    items = [item.strip() for item in text.split(",")]
    return (
        len(items) >= _MIN_TAGS
        and not text.rstrip().endswith(_TERMINAL)
        and all(_TAG.fullmatch(item) for item in items)
        and any(len(item.split()) == 1 for item in items)
    )


def _cue_sentences(line: Line, cues: Cues) -> str | None:
    """A line of two or more sentences, each a whole-line cue of one kind ("Support
    independent journalism. Donate today.", "Sign up. Log in."): a box's heading and its
    buttons run together, that kind."""
    parts = _CUE_SENTENCE.split(line.text.strip())
    if len(parts) < 2 or line.words > 2 * _MAX_CUE_WORDS:
        return None
    found = {
        next((kind.reason for kind in cues.kinds if line_key(part) in kind.lines), None)
        for part in parts
    }
    return found.pop() if len(found) == 1 else None


def _cut_end_mark(line: Line) -> None:
    """Cut a wire's end mark off the paragraph it closes ("... across the country.
    Enditem", "... the company said. ENDS"): it tells where the copy ends, and is no
    part of the sentence before it."""
    m = _GLUED_END_MARK.search(line.text)
    if not m or not m.start():
        return
    line.mark = (line.start + m.start("mark"), line.end)
    line.text = line.text[: m.start()]
    line.end = line.start + m.start()
    line.words = len(line.text.split())


def _cut_glued_teaser(line: Line, cues: Cues) -> None:
    """Cut another story's headline under its cue off the end of the paragraph it was
    glued to ("... the minister said. READ MORE: <headline>"): a teaser, not the article."""
    lowered = line.text.lower()
    for kind in cues.kinds:
        for prefix in kind.prefixes:
            at = lowered.rfind(" " + prefix)
            if at <= 0 or not prefix.endswith((":", "|")):
                continue
            rest = line.text[at + 1 + len(prefix) :].strip()
            if line.text[:at].endswith(_TERMINAL) and _headline_shaped(Line(0, 0, rest)):
                line.glued = (line.start + at + 1, line.end, kind.reason)
                line.text = line.text[:at]
                line.end = line.start + at
                line.words = len(line.text.split())
                return


def _is_ticker(text: str) -> bool:
    """A news ticker's line: items set apart by bullets or bars, each under its label
    ("BREAKING: Quake strikes off Japan • MARKETS: Nikkei down 1.2% • WEATHER: ...")."""
    items = _TICKER_SEP.split(text)
    return len(items) >= 2 and all(_TICKER_ITEM.match(item) for item in items)


def _cue_then_text(line: Line, kind: Kind) -> bool:
    """A line that opens with one of the kind's whole-line cues, set off from what follows
    by a separator ("Also Read | <headline>", "Most read » <headline>") or glued to it by
    the page's markup ("Read moreECOWAS leaders approve ..."): a label and its item."""
    lowered = line.text.lower()
    for cue in kind.lines:
        if lowered.startswith(cue) and _AFTER_CUE.match(line.text, len(cue)):
            return True
    return False


def _is_breadcrumb(line: Line, cues: Cues) -> bool:
    for sep in cues.breadcrumb_separators:
        parts = line.text.split(sep)
        if len(parts) >= 2 and all(0 < len(p.split()) <= 4 for p in parts):
            return line.words <= 12 and not line.text.endswith(_TERMINAL)
    return False


def _is_date_line(line: Line, cues: Cues) -> str | None:
    """The date of a line that holds nothing but a date (and words like 'Published')."""
    if line.words > 12:
        return None
    dates = [d for d in find_explicit_dates(line.text) if d.precision == "day"]
    if len(dates) != 1:
        return None
    rest = line.text[: dates[0].start] + " " + line.text[dates[0].end :]
    rest_words = [w.lower() for w in _WORD.findall(_TIME.sub(" ", rest))]
    if all(w in cues.date_line_words for w in rest_words):
        return dates[0].text
    return None


def _is_stamp_line(line: Line, cues: Cues, bare_dates: bool = True) -> bool:
    """A line that says when the article was published or updated and nothing else: dates
    (also written in figures, "25/08/2023"), clock times, how long ago ("2 hours ago",
    "3m ago") and words such as "Updated", "Issued on", a weekday or a time zone
    ("Sat 25 Nov 2023 10.32 GMT", "Issued on: 25/08/2023 - 22:16", "Updated at 11.45 GMT",
    "Published date: 2 January 2024 | Last update: 2 January 2024"), also with the
    spaces that copying a page's text lost ("January 12, 20263:41 PM GMTUpdated"). Without
    ``bare_dates`` a line of a date alone (a timeline's heading) is not one."""
    if line.words > _MAX_META_WORDS:
        return False
    text, found = _GLUED.sub(" ", line.text), 0
    for date in reversed(list(find_explicit_dates(text))):
        text, found = text[: date.start] + " " + text[date.end :], found + 1
    stamps = 0
    for pattern in (_NUMERIC_DATE, _TIME, _AGO, _META_COUNT):
        text, n = pattern.subn(" ", text)
        stamps += n
    words = [w.lower() for w in _WORD.findall(text)]
    if not (found or stamps) or not all(w in cues.date_line_words for w in words):
        return False
    return bare_dates or bool(stamps or words)


def _teaser_stamp(line: Line, cues: Cues) -> bool:
    """When another story was posted, under its headline in a list, maybe after its
    section's name ("2h ago", "World | 3 hours ago", "Middle East · March 3")."""
    parts = _META_SEP.split(line.text)
    section = parts[0].split() if len(parts) == 2 else []
    when = parts[-1].strip()
    return len(section) <= _LABEL_WORDS and _is_stamp_line(Line(0, len(when), when), cues)


def _meta_line_date(line: Line, cues: Cues) -> str | None:
    """The date of a line of the article's metadata that holds more than a date: its
    author ("Posted on March 4, 2024 by Jane Roe", "By Jane Roe • March 4, 2024"), its
    reading time or its count of comments, set apart by bars or bullets ("March 4, 2024 |
    3 min read | 12 comments"), and names so set apart: where it was filed, the site, the
    section ("Gulu, Uganda | Daily Harvest | 3 March 2025"). Nothing else may stand on it."""
    if line.words > _MAX_META_WORDS:
        return None
    text = _META_COUNT.sub(" ", line.text)
    for m in reversed(list(_META_AUTHOR.finditer(text))):
        name = m.group("name").strip(" ,")
        if _name_like(name, cues) or (len(name.split()) == 1 and name.isalpha()):
            text = text[: m.start()] + " " + text[m.end() :]
    parts = _META_SEP.split(text)
    if len(parts) > 1:
        text = " ".join(part for part in parts if not _META_NAME.fullmatch(part.strip()))
    text = " ".join(text.split())
    if not text or text == line.text:
        return None
    return _is_date_line(Line(0, len(text), text), cues)


def _site_key(name: str) -> str:
    """A site's name as an appeal writes it: casefolded, without "The" and a last word
    of three words or more ("Premium Times Nigeria" -> "premium times")."""
    words = line_key(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words[:2] if len(words) >= 3 else words)


def _speaks_for_site(line: Line) -> bool:
    """A line in which the site speaks: "we"/"our" or "you"/"your", no quotation marks,
    no one saying it."""
    text = line.text
    return (
        bool(_READER.search(text) or _SITE_VOICE.search(text))
        and not any(mark in text for mark in _QUOTE_MARKS)
        and not _SAYING.search(text)
    )


def _address_reason(line: Line) -> str | None:
    """A short line after the article that gives a web address or an e-mail address
    ("Follow our coverage at https://...", "Contact the writer at jane@example.com")."""
    if line.words > _MAX_HEADLINE_WORDS:
        return None
    if _URL.search(line.text):
        return "link"
    return "contact" if _EMAIL.search(line.text) else None


# A line bidding the reader write to an address; also a press office's line under a
# release ("Contact: press@...", "For media enquiries, contact: ...", "Media enquiries: ...")
_CONTACT_CALL = re.compile(
    r"(?:for\s+(?:media|press|news)\s+(?:enquiries|inquiries|queries)\s*,?\s*(?:please\s+)?)?"
    r"(?:(?:contact|e-?mail|reach|write\s+to)\s*[:\s]|(?:media|press)\s+(?:contacts?|enquiries"
    r"|inquiries|queries)\s*:)",
    re.I,
)
_ADDRESS_IN_BRACKETS = re.compile(r"\s*\([^()]*@[^()]*\)")  # "(jroe@example.com)"
_NOT_NAMES = frozenset(("the", "a", "an", "this", "that", "our", "all", "these", "those"))


def _is_appeal_label(line: Line) -> bool:
    return line.words <= _APPEAL_LABEL_WORDS and not line.text.endswith(_TERMINAL)


def _credits_name(text: str, name: str, cues: Cues) -> bool:
    """Is a line of the page a byline crediting ``name`` (casefolded): the name alone, or
    after a byline's prefix ("By Jane Roe", "Written by: Jane Roe ..."), or before a
    separator ("Jane Roe | Reporter", "Jane Roe · March 4, 2024", "Jane Roe, Staff")?"""
    if text == name:
        return True
    for prefix in cues.byline_prefixes:
        if text.startswith((prefix + " ", prefix + ":")):
            text = text[len(prefix) :].lstrip(" :")
            break
    return text == name or bool(re.match(rf"{re.escape(name)}\s*[,|·•/–—-]", text))


def _split_site_name(line: Line, keys: set[str], cues: Cues) -> tuple[str, str] | None:
    """Split "Headline – Site Name" when the site name or the headline stands elsewhere too."""
    for sep in cues.title_separators:
        head, found, site = line.text.rpartition(sep)
        if not found or not head.strip() or not site.strip():
            continue
        strong = sep.strip() in "|•·::" and len(site.split()) <= 6
        if line_key(site) in keys or line_key(head) in keys or strong:
            return head.strip(), site.strip()
    return None


class _Classifier:
    def __init__(
        self,
        source: str,
        cues: Cues,
        known_title: str | None,
        extracted: bool,
        lead: str | None = None,
        link_items: frozenset[str] = frozenset(),
        headings: frozenset[str] = frozenset(),
        linked: frozenset[str] = frozenset(),
        author: str | None = None,
        above: frozenset[str] = frozenset(),
        site: str | None = None,
        captions: frozenset[str] = frozenset(),
        boxed: frozenset[str] = frozenset(),
    ) -> None:
        self.source = source
        self.captions = captions
        self.boxed = boxed
        self.site = site
        self.author = author
        self.above = above
        self.linked = linked
        self.link_items = link_items
        self.headings = headings
        self.cues = cues
        self.known_title = known_title
        self.extracted = extracted
        words = line_key(lead or "").split()
        self.lead = " ".join(words[:_LEAD_WORDS]) if len(words) >= _LEAD_WORDS else None
        self.lines = split_lines(source)
        self.result = TextResult(pieces=[])
        self.site_names: set[str] = set()

    def run(self) -> TextResult:
        for i, line in enumerate(self.lines):
            _cut_end_mark(line)
            _cut_glued_teaser(line, self.cues)
            line.reason = _own_reason(line, self.cues)
            if line.reason == "caption" and i and _CLIP.fullmatch(line.text):
                self._clip_title(self.lines[i - 1])
            if line.reason == "link" and self.extracted:
                line.reason = None  # a page's own link lists are markup's business
            elif line.reason == "caption" and self._restates_lead(line):
                line.reason = None  # the lead the page's description restates: "Gov. X (R) ..."
            elif line.reason is None and markup_key(line.text) in self.captions:
                line.reason = "caption"
            elif line.reason is None and markup_key(line.text.lstrip("-•* ")) in self.boxed:
                line.reason = "box"  # a transcript, an explainer, "What we know" set apart
        body_start = self._restated_title(self._head())
        self._headline_run_on(body_start)
        looked = 0
        over: list[Line] = []
        for line in self.lines[body_start : body_start + _HEAD_LINES]:
            if not self.extracted and line.reason is None and _is_label(line):
                if not any(pattern.match(line.text) for pattern in _DATELINES):
                    continue  # "Listen to this article", a writer's name: not counted
            self._dateline(line)
            looked += 1
            headed = _headline_like(line) or (
                self.extracted and looked == 1 and line.words <= _MAX_HEADLINE_WORDS
            )
            if self.result.dateline or not headed or looked >= _DATELINE_LINES:
                break  # a standfirst (on a page, maybe one sentence) may stand above the dateline
            over.append(line)
        if self.result.dateline and self.extracted:
            for line in over:  # the page's article opens at its dateline: a standfirst above
                if line.reason is None and line.words >= _STANDFIRST_WORDS:
                    line.reason = "standfirst"
        self._body(body_start)
        self._stamped_headlines(body_start)
        self._middle_headlines(body_start)
        self._trailing_headlines(body_start)
        self._leading_headlines(body_start)
        self._link_lists(body_start)
        self._author_bio(body_start)
        self._site_appeal(body_start)
        self._sign_off(body_start)
        self._keep_a_lone_sentence()
        self._collect()
        return self.result

    def _clip_title(self, line: Line) -> None:
        """The line over a video's running time and source ("01:12 - Source: CNN") is the
        video's title when it closes no sentence ("Aerial footage shows scale of the flood"):
        a caption, not the article."""
        if line.reason is None and line.words <= _MAX_HEADLINE_WORDS:
            if not line.text.endswith(_TERMINAL):
                line.reason = "caption"

    def _restated_title(self, start: int) -> int:
        """Where the body starts when the headline comes again within its first lines
        (a teaser of another story above the article's own headline): after it, the
        lines before it removed as other stories', unless a dateline opened them."""
        title = self.result.title or self.known_title
        if not title:
            return start
        key = line_key(title)
        lines = self.lines[start : start + _RESTATED_LINES]
        for i, line in enumerate(lines):
            if line.reason is None and line_key(line.text) == key:
                line.reason = "title"
                before = lines[:i]
                if sum(other.words for other in before) > _RESTATED_WORDS or any(
                    _opens_with_dateline(other, self.cues) for other in before
                ):
                    return start  # the article began above it ("BEIRUT (Reuters) - ...")
                for other in before:
                    other.reason = other.reason or "related"
                return start + i + 1
        return start

    def _headline_run_on(self, start: int) -> None:
        """The page's headline run into the article's first paragraph, no stop between
        ("<b>Rebels seize town in north</b> Rebel fighters seized ...": a heading in bold
        opening the paragraph) is cut off it: the paragraph opens with the headline, then
        a sentence. A headline that closes a sentence, or is shorter than a clause, stays
        (the lead may open with the same words)."""
        title = " ".join((self.result.title or self.known_title or "").split())
        if len(title.split()) < _RUN_ON_TITLE_WORDS or title.endswith(_TERMINAL):
            return
        line = next((x for x in self.lines[start : start + _DATELINE_LINES] if not x.reason), None)
        if line is None or not line.text.casefold().startswith(title.casefold()):
            return
        rest = line.text[len(title) :]
        lead = Line(line.start + len(line.text) - len(rest.lstrip()), line.end, rest.lstrip())
        if rest[:1].isspace() and _is_sentence(lead):
            line.head = (line.start, lead.start)
            line.start, line.text, line.words = lead.start, lead.text, lead.words

    def _restates_lead(self, line: Line) -> bool:
        return bool(self.lead) and line_key(line.text).startswith(self.lead or "")

    def _trailing_headlines(self, start: int) -> None:
        """A run of headline-shaped lines after the last article paragraph (other
        stories' headlines, maybe under a label such as "More from World") is removed.
        The run reads through furniture already found (a byline, a share bar, a
        newsletter box) and short labels ("Explore more", "Most stories"). In plain text
        the run's headlines and labels go when it holds furniture of a block (a tag list between
        "Explore more on these topics" and a share bar) or three headlines; in a page's
        extracted text, three headlines under a "More from" label."""
        lines = self.lines[start:]
        run: list[Line] = []
        for line in reversed(lines):
            if line.reason == "title":
                break
            if line.reason is None and not (_headline_shaped(line) or _is_label(line)):
                break
            run.append(line)
        run.reverse()
        headlines = [line for line in run if line.reason is None and _headline_shaped(line)]
        before = lines[: len(lines) - len(run)]
        if not any(line.reason is None and line.text.endswith(_TERMINAL) for line in before):
            return
        if self.extracted:
            # a page's lists follow its markup: only under a "More from" label
            if len(headlines) >= _TRAILING_HEADLINES and any(
                line.reason == "related" for line in run
            ):
                for line in headlines:
                    line.reason = "related"
            return
        blocks = {kind.reason for kind in self.cues.kinds if kind.starts_tail} | _BLOCK_REASONS
        if len(headlines) >= _TRAILING_HEADLINES or any(line.reason in blocks for line in run):
            for line in run:
                line.reason = line.reason or "related"

    def _stamped_headlines(self, start: int) -> None:
        """Headlines each over the time it was posted, two in a row or more, anywhere in
        the page ("<headline>", "World | 2h ago", "<headline>", "3h ago"): a list of other
        stories. (A live blog's entry has its paragraphs under its heading and time.)"""
        lines = self.lines[start:]
        pairs: list[Line] = []
        i = 0
        while i <= len(lines):
            if (
                i + 1 < len(lines)
                and lines[i].reason is None
                and _headline_shaped(lines[i])
                and lines[i + 1].reason in (None, "date", "section-label")
                and _teaser_stamp(lines[i + 1], self.cues)
            ):
                pairs += lines[i : i + 2]
                i += 2
                continue
            if len(pairs) >= 2 * _LINK_LIST:
                for line in pairs:
                    line.reason = "related"
            pairs = []
            i += 1

    def _middle_headlines(self, start: int) -> None:
        """In plain text, a run of three headline-shaped lines or more between two article
        paragraphs, each closing its sentence (the second maybe opening a list), is a box
        of other stories left without its label. (A page's markup places its lines; a
        list the article opens ends its clause with a colon.)"""
        if self.extracted:
            return
        lines = self.lines[start:]
        i = 1
        while i < len(lines):
            end = i
            while end < len(lines) and lines[end].reason is None and _headline_shaped(lines[end]):
                end += 1
            if (
                end - i >= _TRAILING_HEADLINES
                and end < len(lines)
                and _closes(lines[i - 1])
                and _closes(lines[end], (":",))
            ):
                for line in lines[i:end]:
                    line.reason = "related"
            i = end + 1

    def _leading_headlines(self, start: int) -> None:
        """A run of other stories' headlines above the first article paragraph (maybe
        under a short label such as a topic name) is removed. The run reads through the
        headlines and times already found ("Trending now", "<headline>", "2h ago"): the
        first headline, which might have been the story's own deck, goes with them."""
        lines = self.lines[start:]
        first = 0
        if lines and lines[0].reason in (None, "related") and lines[0].words <= _LABEL_WORDS:
            first = 1  # a label above the list
        run = first
        headlines = 0
        while run < len(lines):
            line = lines[run]
            if line.reason in (None, "related") and _headline_shaped(line):
                headlines += 1
            elif line.reason != "date" or not headlines:
                break
            run += 1
        if headlines < _TRAILING_HEADLINES or run >= len(lines):
            return
        after = lines[run]
        if after.reason is None and after.text.endswith(_TERMINAL) and after.words >= 8:
            for line in lines[:run]:
                line.reason = line.reason or "related"

    def _link_lists(self, start: int) -> None:
        """Two list items or more in a row that are each a link and nothing else on the
        page (other stories' headlines) are removed, and so is a paragraph of the body
        whose words are nearly all links ("Read more: <another story's headline>")."""
        if not self.linked and not self.link_items:
            return  # no links on the page (plain text): nothing is a link list
        run: list[Line] = []
        for line in [*self.lines[start:], None]:
            key = markup_key(line.text.lstrip("-•* ")) if line is not None else ""
            if line is not None and line.reason is None and key in self.linked:
                line.reason = "related"
                continue
            if line is not None and line.reason is None and self._link_item(line):
                run.append(line)
                continue
            if len(run) >= _LINK_LIST:
                for item in run:
                    item.reason = "related"
            run = []

    def _author_bio(self, start: int) -> None:
        """One of the article's last paragraphs is a note on its author when it opens with
        the full name the byline or the page's metadata gives, then a word in small letters
        ("Jane Roe is a reporter ...", "Jane Roe covers ..."): the writer is not the story.
        A call to follow the site or a feed's notice may stand under it. With no such name,
        a name the page credits above the article that the story never names does
        (``_credited_name``), and the name alone over the note goes with it."""
        names = {self.author or ""} | {
            _byline(line.text, self.cues) or "" for line in self.lines if line.reason == "byline"
        }
        names = {
            part.strip()
            for name in names
            for part in re.split(r",| and ", name)
            if len(part.split()) >= 2
        }
        names |= {_without_initials(name) for name in names} - {""}
        kept = [line for line in self.lines[start:] if line.reason is None]
        if len(kept) < 2:
            return
        # the writer signing off under the article: the name alone, or after a dash and
        # maybe before the site's name ("— Jane Roe", "-- Jane Roe, The Courier")
        last, signed = kept[-1], kept[-1].text.lstrip("—–-― ").casefold()
        if last.words <= _BIO_NAME_WORDS + 4 and any(
            signed == name.casefold()
            or last.text[:1] in "—–-―"
            and _credits_name(signed, name.casefold(), self.cues)
            for name in names
        ):
            last.reason = "byline"
            kept = kept[:-1]
        for i in range(max(1, len(kept) - _BIO_LINES), len(kept)):
            last = kept[i]
            if self._role_note(last):
                last.reason = "author-bio"
                continue
            text = _HANDLE.sub("", last.text, count=1)
            for name in names:
                rest = text[len(name) :].split()
                if text.startswith(name + " ") and rest and rest[0][0].islower():
                    last.reason = "author-bio"
                    break
                if self._headed_note(kept[:i], last, name):
                    break
            else:
                credited = self._credited_name(last, kept[:i]) or (
                    None if names else self._writer_note(last, kept[:i])
                )
                if credited:
                    last.reason = "author-bio"
                    if line_key(kept[i - 1].text) == line_key(credited):
                        kept[i - 1].reason = "author-bio"  # the note's heading: the name alone

    def _role_note(self, line: Line) -> bool:
        """A short note on the writer that calls them by their role, not by name ("The
        writer is a former ambassador to Washington.", "— The author is a professor of
        law."), with no one saying it and no quotation."""
        m = _ROLE_NOTE.match(line.text)
        return (
            m is not None
            and m["noun"].lower() in self.cues.writer_nouns
            and line.words <= _BIO_WORDS
            and not _SAYING.search(line.text)
            and not any(mark in line.text for mark in _QUOTE_MARKS)
        )

    def _headed_note(self, before: list[Line], line: Line, name: str) -> bool:
        """A note on the writer that calls them by their first name ("Jane covers courts
        for the Gazette.") under a heading of their full name, their title or both
        ("Jane Roe" / "Courts reporter"): the note and its heading are removed."""
        first, rest = name.split()[0], line.text.split()[1:2]
        if not line.text.startswith(first + " ") or not rest or not rest[0][0].islower():
            return False
        heading = []
        for above in reversed(before[-2:]):
            words = [w.lower() for w in _WORD.findall(above.text)]
            titled = (
                0 < len(words) <= _WRITER_ROLE_WORDS
                and words[-1] in self.cues.author_titles
                and not above.text.endswith(_TERMINAL)
            )
            if line_key(above.text) != line_key(name) and not titled:
                break  # neither the name nor a title ("Courts reporter") over the note
            heading.append(above)
        if not heading:
            return False
        for part in (line, *heading):
            part.reason = "author-bio"
        return True

    def _credited_name(self, line: Line, before: list[Line]) -> str | None:
        """The name a paragraph opens with ("Jane Roe writes about ...": two to four
        capitalised words, then one in small letters) when the page credits it above the
        article (a line "By Jane Roe · March 4, 2024", "Jane Roe | Reporter" or the name
        alone, ``above``) and the story before never names that person."""
        tokens = line.text.split()
        n = _name_words(tokens)
        if not 2 <= n <= _BIO_NAME_WORDS or n == len(tokens) or not tokens[n][0].islower():
            return None
        name = " ".join(tokens[:n])
        if not _name_like(name, self.cues) or not any(
            _credits_name(above, name.casefold(), self.cues) for above in self.above
        ):
            return None
        return None if _named_in(name, tokens[n - 1], before) else name

    def _writer_note(self, line: Line, before: list[Line]) -> str | None:
        """The name a paragraph opens with (after a dash or not) when it goes on to call
        that person a writer ("Jane Roe is a freelance journalist based in Nairobi.", "—
        Jane Roe is the paper's Africa correspondent.": "is", an article, at most
        ``_WRITER_ROLE_WORDS`` words ending in a writer's title) or, in a short paragraph,
        to say what they write for whom or how to reach them ("Jane Roe covers crime for
        The Courier. Reach her at ...": ``writer_notes``), and the story before never
        names that person: a note on the writer of a page that names none."""
        tokens = _HANDLE.sub("", line.text, count=1).lstrip("-–— ").split()
        n = _name_words(tokens)
        if not 2 <= n <= _BIO_NAME_WORDS or n == len(tokens):
            return None
        rest = " ".join(tokens[n:])
        noted = line.words <= _BIO_WORDS and any(p.match(rest) for p in self.cues.writer_notes)
        if not noted and not self._writer_role(tokens[n:]):
            return None
        name = " ".join(tokens[:n])
        if not _name_like(name, self.cues):
            return None
        return None if _named_in(name, tokens[n - 1], before) else name

    def _writer_role(self, tokens: list[str]) -> bool:
        """Do the words after a name call that person a writer ("is a freelance
        journalist", "is the paper's Africa correspondent")?"""
        if tokens[:1] != ["is"]:
            return False
        role = [w.lower() for w in _WORD.findall(" ".join(tokens[1 : 2 + _WRITER_ROLE_WORDS]))]
        if role[:1] not in (["a"], ["an"], ["the"]):
            return False
        for word in role[1:]:
            if word in self.cues.author_titles:
                return True
            if word.endswith("ing") and "-" not in word:
                return False  # "a lawyer representing the reporter": a clause, not a title
        return False

    def _site_appeal(self, start: int) -> None:
        """The site's appeal to its reader ending the text is furniture: from a label (a
        short line that closes no sentence) after two article paragraphs or more, every
        line to the end is the site speaking as "we"/"our" or to "you"/"your", with no
        quotation marks and no one saying it, the site names itself in it, speaks as "we"
        and to "you" ("Support X's journalism" / "At X, we believe ..." / "Your support
        will help us ..."). A story's own subheading and last paragraphs quote, report or
        name no site; an explainer's "X has listed charities you can support" no "we"."""
        names = {_site_key(name) for name in (self.site, *self.site_names) if name}
        names.discard("")
        kept = [line for line in self.lines[start:] if line.reason is None]
        end = len(kept)
        while end > 0 and (_speaks_for_site(kept[end - 1]) or _is_appeal_label(kept[end - 1])):
            end -= 1
        block = kept[end:]
        while block and not _is_appeal_label(block[0]):
            block = block[1:]  # the appeal opens under its label
        if not names or len(block) < 2 or sum(map(_is_sentence, kept[:end])) < 2:
            return
        text = " ".join(line.text for line in block).casefold()
        if _READER.search(text) and _SITE_VOICE.search(text) and any(n in text for n in names):
            for line in block:
                line.reason = "promo"

    def _sign_off(self, start: int) -> None:
        """The body's last line naming a writer and, after a comma, the site or a news
        agency, maybe after a dash ("Jane Roe, The Gazette", "— Tom Hale, Associated
        Press"), signs the article off: a byline, not a sentence of it."""
        kept = [line for line in self.lines[start:] if line.reason is None]
        if len(kept) < 2:
            return
        last = kept[-1]
        name, comma, outlet = last.text.lstrip("-–— ").rstrip(" .").rpartition(",")
        if not comma or not _name_like(name.strip(), self.cues):
            return
        sites = {_site_key(site) for site in (self.site, *self.site_names) if site}
        if line_key(outlet) in self.cues.news_agencies or _site_key(outlet) in sites:
            last.reason = "byline"

    def _keep_a_lone_sentence(self) -> None:
        """A one-line input is an article even when it has the shape of a caption or a
        headline ("Protesters gather in X on November 18, 2019."): the user gave it."""
        if len(self.lines) != 1 or self.lines[0].reason not in _SHAPE_REASONS:
            return
        self.lines[0].reason = None
        self.result.title = self.result.title_span = None

    def _remove(self, start: int, end: int, reason: str) -> None:
        self.result.removed.append(Removed(start, end, reason, self.source[start:end]))

    def _head(self) -> int:
        """Classify the lines before the first article line; return that line's index."""
        keys = {line_key(line.text) for line in self.lines[:12]}
        title_key = line_key(self.known_title) if self.known_title else None
        lines = self.lines
        for i, line in enumerate(lines):
            if line.reason:
                continue
            key = line_key(line.text)
            later = any(other.reason is None for other in lines[i + 1 :])
            if title_key and key == title_key:
                line.reason = "title"
                if self.result.title_span is None:
                    self.result.title_span = (line.start, line.end)
            elif title_key and markup_key(line.text) in self.headings:
                line.reason = "title"  # the page's headline, worded unlike its metadata title
            elif title_key and key.startswith(f"{title_key} ") and _headline_like(line):
                line.reason = "title"  # the headline again, longer: "<headline> after talks"
            elif _is_breadcrumb(line, self.cues):
                line.reason = "section-label"
            elif key in self._author_keys():
                line.reason = "byline"  # the writer the page's metadata names, alone on a line
            elif key in self.site_names:
                line.reason = "site-name"
            elif date := _is_date_line(line, self.cues) or _meta_line_date(line, self.cues):
                line.reason = "date"  # the first gives the date; "Updated ..." may follow
                self.result.dateline_date = self.result.dateline_date or date
            elif _is_stamp_line(line, self.cues):
                line.reason = "date"  # "Issued on: 25/08/2023 - 22:16", "Updated 2 hours ago"
            elif _opens_with_dateline(line, self.cues) or _is_bare_dateline(line, self.cues):
                return i  # "CITY, Country (Agency) — ...": the body's first paragraph
            elif (
                title_key is None and later and _headline_like(line) and not self._runs_on(line, i)
            ):
                if line.words <= 3 and i + 1 < len(lines) and _headline_like(lines[i + 1]):
                    line.reason = "section-label"  # a kicker above the headline
                    continue
                self._take_title(line, keys)
                title_key = line_key(self.result.title or line.text)
            else:
                return i
        return len(lines)

    def _author_keys(self) -> set[str]:
        """The page's authors ("Jane Roe and John Smith"), together and one by one."""
        if not self.author:
            return set()
        return {line_key(self.author)} | {
            line_key(part) for part in re.split(r",| and ", self.author) if line_key(part)
        }

    def _runs_on(self, line: Line, i: int) -> bool:
        """The line's sentence goes on in the next line (a wrapped paragraph, not a title)."""
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return bool(
            following
            and following.text[0].islower()
            and "\n\n" not in self.source[line.end : following.start]
        )

    def _take_title(self, line: Line, keys: set[str]) -> None:
        line.reason = "title"
        split = _split_site_name(line, keys, self.cues)
        title = line.text
        if split:
            title, site = split
            self.site_names.add(line_key(site))
            self.result.outlets.setdefault("site-name", site)
        self.result.title = title
        self.result.title_span = (line.start, line.start + len(title))

    def _dateline(self, line: Line) -> None:
        for pattern in _DATELINES:
            m = pattern.match(line.text)
            if not m or _unknown_agency(m, self.cues):
                continue
            parts = m.groupdict()
            place, outlet = parts.get("place"), parts.get("outlet")
            if place and line_key(place) in self.cues.dateline_labels:
                return  # "BREAKING: ...", "UPDATE — ...": a label, not a place
            line.cut = m.end()
            if line.cut >= len(line.text):
                line.reason = "dateline"
            self.result.dateline = Dateline(place, outlet, line.start, line.start + m.end())
            if outlet:
                self.result.outlets.setdefault("dateline", outlet.strip())
            if parts.get("date"):
                self.result.dateline_date = self.result.dateline_date or parts["date"]
            return

    @staticmethod
    def _last_paragraph(lines: list[Line], i: int) -> bool:
        """Is line ``i``, under a tail cue and its one headline ("Also read", "<headline>"),
        the article's last paragraph: a long sentence closed by a full stop, with furniture
        already known right after it ("Kindly share this story:")? A related card's summary
        has the next card's headline, another sentence or nothing after it."""
        line = lines[i]
        return (
            _is_sentence(line, _LAST_PARAGRAPH_WORDS)
            and line.text.endswith(".")
            and _headline_shaped(lines[i - 1])
            and i + 1 < len(lines)
            and lines[i + 1].reason is not None
        )

    def _body(self, start: int) -> None:
        lines = self.lines[start:]
        narrative = [_is_narrative(line) for line in lines]
        words_before = lines_before = 0
        total = sum(line.words for line, n in zip(lines, narrative, strict=True) if n)
        total_lines = sum(narrative)
        last_narrative = max((i for i, n in enumerate(narrative) if n), default=-1)
        narratives = [i for i, n in enumerate(narrative) if n]
        first_narrative = narratives[0] if narratives else -1
        second_narrative = narratives[1] if len(narratives) > 1 else len(lines)
        tail: str | None = None
        tail_headlines = tail_at = 0
        for i, line in enumerate(lines):
            if narrative[i]:
                words_before += line.words
                lines_before += 1
            kind = next((k for k in self.cues.kinds if k.reason == line.reason), None)
            if tail and tail_headlines and _is_sentence(line) and i + 1 < len(lines):
                if _is_sentence(lines[i + 1], _SHORT_SENTENCE_WORDS):
                    tail = None  # "Don't miss", headlines, and the article goes on
            if tail and not tail_headlines and _is_sentence(line) and _SAYING.search(line.text):
                tail = None  # someone reported after the cue: the article goes on under it
            if tail and tail_headlines == 1 and i == tail_at + 2 and self._last_paragraph(lines, i):
                tail = None  # "Also read", one headline, the article's last paragraph
            if tail:
                # Each cue names what follows it ("Share this article", then buttons).
                tail = kind.reason if kind and kind.starts_tail else tail
                tail_headlines += (
                    line.teaser
                    or line.reason is None
                    and (_headline_shaped(_unbulleted(line)) or self._link_item(line))
                )
                line.reason = tail if line.reason in (None, "link") else line.reason
                continue
            if line.reason is None and i > last_narrative and self._date_line(line):
                line.reason = "date"  # "Last updated: March 4, 2024, 6:15 pm" under the article
                continue
            if (
                line.reason is None
                and not self.extracted
                and _is_stamp_line(
                    line, self.cues, bare_dates=i < second_narrative or i > last_narrative
                )
            ):
                # When the article or a live blog's entry was posted: above the article
                # (under a standfirst), between entries ("11.42 GMT", "3m ago"), after it.
                # (A page's extracted text keeps such lines: its markup placed them.)
                line.reason = "date"
                continue
            if (
                line.reason is None
                and _CONTACT_CALL.match(line.text)
                and _address_reason(line) == "contact"
            ):
                # A short line that bids the reader write to an e-mail address is the
                # writer's or the site's ("Contact the writer at jane@example.com"), under
                # the article or between its paragraphs, on a page too; an appeal the
                # article reports ("Anyone with information is asked to email ...") is not
                # so worded.
                line.reason = "contact"
                continue
            if (
                kind
                and kind.starts_tail
                and not line.teaser
                and words_before
                and total - words_before <= _TAIL_RATIO * words_before
                and total_lines - lines_before <= 1
                and not _label_over_article(kind, lines[i + 1 : i + 3])
            ):
                tail, tail_headlines, tail_at = kind.reason, 0, i
            elif (
                kind
                and kind.reason in ("related", "timeline")
                and (not line.teaser or _is_label(line))
                and i + 1 < len(lines)
            ):
                # A label between paragraphs ("Related article", "Read More »", "More from
                # World") and the headlines under it, maybe bulleted: teasers, and the
                # article goes on. Under a timeline's label ("Key events") its dated
                # items go too ("2014 — Russia annexes Crimea.", "14:05 Tanks enter Rafah").
                headlines = 0
                for following in lines[i + 1 :]:
                    if headlines and following.reason in (None, "date"):
                        if _teaser_stamp(following, self.cues):
                            following.reason, following.teaser = kind.reason, True
                            continue  # when it was posted, maybe in its section ("World | 2h ago")
                    item = _unbulleted(following)
                    dated = kind.reason == "timeline" and _DATED_ITEM.match(item.text)
                    if following.reason is not None or not (dated or _headline_shaped(item)):
                        break
                    following.reason, following.teaser = kind.reason, True
                    headlines += 1
            elif (
                line.reason is None
                and i > 0
                and not self.extracted
                and not _in_an_article_list(lines, i)
            ):
                line.reason = self._middle_reason(
                    line,
                    after_body=i > last_narrative,
                    under_label=lines[i - 1].reason is None and _is_label(lines[i - 1]),
                )
            if (
                line.reason is None
                and i < min(first_narrative, _HEAD_LINES)
                and _is_label(line)
                and (not self.extracted or self._is_kicker(line))
                and not any(pattern.match(line.text) for pattern in _DATELINES)
            ):
                # Under the headline and standfirst, above the first paragraph: the
                # page's widgets and labels ("Listen to this article", "Share full
                # article", "Key events", an agency's or writer's name alone). A page's
                # markup placed its lines: there only the story's kind ("EXCLUSIVE",
                # "Analysis") alone on its line, a kicker.
                line.reason = "section-label"
            if (
                line.reason is None
                and not self.extracted
                and i < first_narrative
                and _timed_headline(line)
                and any(_timed_headline(x) for x in lines[max(i - 1, 0) : i + 2] if x is not line)
            ):
                # Above the first paragraph, two or more: a live blog's latest entries
                # listed by their times ("20:05 — Police fire tear gas at protesters"),
                # each told below or on another page.
                line.reason = "live-entry"

    def _is_kicker(self, line: Line) -> bool:
        """A label naming the story's kind, alone on its line ("EXCLUSIVE", "Analysis")."""
        key = line_key(line.text)
        return key in self.cues.dateline_labels or key in self.cues.teaser_labels

    def _link_item(self, line: Line) -> bool:
        """A list item that is one link and nothing else on the page: a headline."""
        return markup_key(line.text.lstrip("-•* ")) in self.link_items

    def _date_line(self, line: Line) -> str | None:
        return _is_date_line(line, self.cues) or _meta_line_date(line, self.cues)

    def _middle_reason(self, line: Line, after_body: bool, under_label: bool) -> str | None:
        """What a line between or after the article's paragraphs is, from its shape. After
        the article a name alone is its writer, but under a label that closes no sentence
        ("Explore more on these topics") it is an item of the list: a topic. A headline
        after the label of another kind of story ("Opinion: <headline>") or a place's name
        ("Burkina Faso: <headline>") is a teaser."""
        if after_body and (reason := _address_reason(line)):
            return reason
        label, colon, rest = line.text.partition(":")
        if colon and _headline_shaped(Line(0, 0, rest.strip())):
            if line_key(label) in self.cues.teaser_labels:
                return "related"  # "Opinion: <another story's headline>"
            if _PLACE_LABEL.fullmatch(label.strip()):
                return "related"  # "Burkina Faso: <another story's headline>"
        if after_body and under_label and _name_like(line.text, self.cues):
            return "related"
        if after_body and _is_tag_list(line.text):
            return "related"  # the article's tags: "Flooding, Dresden, Germany, Climate"
        if after_body and (_INITIALS.fullmatch(line.text) or _name_like(line.text, self.cues)):
            if not _INITIALS.fullmatch(line.text):
                # "Jane Roe, CNN": the writer, then the agency they write for
                name, comma, agency = line.text.rpartition(",")
                agency_after = comma and line_key(agency) in self.cues.news_agencies
                self.result.author = self.result.author or (name if agency_after else line.text)
            return "byline"
        low, high = _RELATED_WORDS
        if low <= line.words <= high and not line.text.endswith(_TERMINAL + (":", ";", ",")):
            ratio, long_words = _title_case_ratio(line.text)
            if long_words >= 3 and ratio >= _TITLE_CASE_RATIO:
                return "related"
        return None

    def _collect(self) -> None:
        result = self.result
        previous_end: int | None = None
        for line in self.lines:
            if line.reason == "title" and result.title_span and line.start == result.title_span[0]:
                self._remove(line.start, result.title_span[1], "title")
                if result.title_span[1] < line.end:
                    self._remove(result.title_span[1], line.end, "site-name")
                continue
            if line.mark:
                self._remove(*line.mark, "end-mark")
            if line.glued:
                self._remove(*line.glued)
            if line.head:
                self._remove(*line.head, "title")
            if line.reason:
                self._remove(line.start, line.end, line.reason)
                self._note(line)
                continue
            start = line.start
            adjacent = previous_end is not None and "\n\n" not in self.source[previous_end:start]
            result.pieces.append((start, line.end, "\n" if adjacent else "\n\n"))
            previous_end = line.end

    def _note(self, line: Line) -> None:
        """Keep what removed lines tell about the article: captions, author, outlet."""
        if line.reason == "caption":
            self.result.captions.append(line.text)
        elif line.reason == "byline" and self.result.author is None:
            self.result.author = _byline(line.text, self.cues)
        if line.reason in ("disclaimer", "alternate-address"):
            for pattern in self.cues.outlet_patterns:
                m = pattern.search(line.text)
                if m:
                    self.result.outlets.setdefault("disclaimer", m.group("outlet").strip())


def clean_text(
    source: str,
    cues: Cues,
    *,
    title: str | None = None,
    extracted: bool = False,
    lead: str | None = None,
    link_items: frozenset[str] = frozenset(),
    headings: frozenset[str] = frozenset(),
    linked: frozenset[str] = frozenset(),
    author: str | None = None,
    above: frozenset[str] = frozenset(),
    site: str | None = None,
    captions: frozenset[str] = frozenset(),
    boxed: frozenset[str] = frozenset(),
) -> TextResult:
    """Classify the lines of ``source`` (already decoded and normalised).

    ``title`` is a title known from metadata: lines repeating it are removed and no other
    title is looked for. ``extracted`` says the text comes from an HTML extractor, whose
    paragraphs follow the page's markup: the guesses made only from a line's shape
    between paragraphs (related headlines, a bare name as byline) are then left out, as
    lists, tables and subheadings look the same. ``lead`` is the page's description: a
    line that opens with its words is the article's lead, never a photo caption.
    ``link_items`` and ``headings`` are the texts (``markup_key``) of a page's list items
    that are one link and of its ``<h1>`` elements: the latter, above the body, are the
    headline however worded. ``linked`` are the texts of its paragraphs whose words are
    nearly all links: other stories' headlines, removed from the body. ``author`` is the
    page's author from its metadata: a last paragraph opening with that name (or a
    byline's) is a note on the writer ("Jane Roe is a reporter ..."), removed; so is one
    opening with a name that ``above`` credits (the page's short lines above the article,
    ``markup_key``: "by jane roe · march 4, 2024") when the story never names that person.
    ``site`` is the site's name from the page's metadata: an appeal ending the text that
    names it and speaks to the reader is furniture (``_site_appeal``). ``captions`` are
    the texts (``markup_key``) of a page's lines in italics right under a picture: its
    captions, removed. ``boxed`` are those of the lines of a box set in the article under
    a label (a video's transcript, an explainer, "What we know"), removed.
    """
    return _Classifier(
        source,
        cues,
        title,
        extracted,
        lead,
        link_items,
        headings,
        linked,
        author,
        above,
        site,
        captions,
        boxed,
    ).run()
