"""Event dates: when an event happened, read from its clause and resolved against the
publication date.

Explicit dates ("February 11, 2016") come from ``tacitus.dates``; dates without a
year ("on 23 November", "February 11"), weekdays ("on Saturday": the latest Saturday
on or before publication), "this morning", "yesterday", "last week", "the past two
days" (a range), "mid-November" (month precision) are resolved against
``doc.published``. The phrases live in ``lang/en/time_words.yaml``. An expression
attached to the event's trigger or clause wins over one elsewhere in the sentence; with
none, the event takes the publication date (``how='publication'``), or stays undated.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tacitus.datafile import DataFileError
from tacitus.dates import MONTH, MONTHS, find_explicit_dates
from tacitus.lang import language_file, word_set
from tacitus.model import DateInfo, Document, Event
from tacitus.syntax import clause_verb, event_word, is_clause_verb

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PERIOD_UNITS = {"weekend", "week", "month", "year"}


@dataclass(frozen=True)
class TimeWords:
    """The relative-time lexicon (``lang/en/time_words.yaml``) and the regex built from it."""

    day_offsets: dict[str, int]
    periods: dict[str, tuple[str, int]]
    span_counts: dict[str, int]
    span_units: dict[str, int]
    forward_words: frozenset[str]
    pattern: re.Pattern[str]
    history_days: int = 365
    ongoing_words: frozenset[str] = frozenset()
    prior_aux: frozenset[str] = frozenset()
    perfect_aux: frozenset[str] = frozenset()
    then_marks: frozenset[str] = frozenset()


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


def _build_pattern(data: dict[str, Any]) -> re.Pattern[str]:
    # Names are matched capitalised only: "may" and "this may" are not the month.
    weekday = "(?-i:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
    month = f"(?-i:{MONTH})"
    counts = _alternation(list(data["span_counts"])) + r"|\d+"
    forward = _alternation(data["forward_words"])
    parts = [
        rf"(?P<offset>{_alternation(list(data['day_offsets']))})",
        rf"(?P<period>{_alternation(list(data['periods']))})",
        rf"(?:{_alternation(data['span_openers'])})\s+(?P<count>{counts})\s+"
        rf"(?P<unit>{_alternation(list(data['span_units']))})",
        rf"(?:(?P<wmod>{forward}|last|this|on)\s+)?(?P<weekday>{weekday})",
        rf"(?P<part>{_alternation(data['month_parts'])})[\s-]+(?P<pmonth>{month})",
        rf"(?:on\s+)?(?:the\s+)?(?P<dday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<dmonth>{month})",
        rf"(?P<mmonth>{month})\.?\s+(?P<mday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        rf"(?:(?P<mmod>{forward}|last|this|in)\s+)(?P<month>{month})",
        rf"(?P<acount>{counts})\s+(?P<aunit>{_alternation(list(data['span_units']))})\s+"
        rf"(?:{_alternation(data['ago_words'])})",
        # a span of whole years: "between 1998 and 2000", "from 1915 to 1934"
        r"(?:between|from)\s+(?P<ryear>(?:19|20)\d\d)\s+(?:and|to|until)\s+"
        r"(?P<ryear2>(?:19|20)\d\d)(?![\d/-])",
        r"(?:in|since|during|of)\s+(?P<year>(?:19|20)\d\d)(?![\d/-])",
        # a year naming the war, the campaign or the time an act is told inside: "captured
        # the heights in the 1967 war", "during the 1991 Gulf War" (not "the 1990s")
        r"(?:in|during)\s+the\s+(?P<nyear>(?:19|20)\d\d)(?=[ -]\w)",
    ]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


@lru_cache(maxsize=4)
def load_time_words(path: str | None = None) -> TimeWords:
    """Load and check the relative-time lexicon (the shipped one unless ``path``)."""
    schema = {
        "day_offsets": dict,
        "periods": dict,
        "span_openers": list,
        "span_counts": dict,
        "span_units": dict,
        "forward_words": list,
        "month_parts": list,
        "ago_words": list,
        "history_days": int,
        "ongoing_words": list,
        "prior_aux": list,
    }
    data = language_file("time_words.yaml", schema=schema, path=path)
    where = path or "tacitus/lang/en/time_words.yaml"
    for key in ("day_offsets", "span_counts", "span_units"):
        if not all(isinstance(v, int) for v in data[key].values()):
            raise DataFileError(f"{where}: every value of '{key}' must be a whole number")
    periods = {}
    for phrase, spec in data["periods"].items():
        if not isinstance(spec, dict) or spec.get("unit") not in _PERIOD_UNITS:
            raise DataFileError(f"{where}: period '{phrase}' needs a unit: {_PERIOD_UNITS}")
        periods[phrase.lower()] = (spec["unit"], int(spec.get("offset", 0)))
    return TimeWords(
        day_offsets={k.lower(): v for k, v in data["day_offsets"].items()},
        periods=periods,
        span_counts={k.lower(): v for k, v in data["span_counts"].items()},
        span_units={k.lower(): v for k, v in data["span_units"].items()},
        forward_words=frozenset(w.lower() for w in data["forward_words"]),
        pattern=_build_pattern(data),
        history_days=data["history_days"],
        ongoing_words=frozenset(w.lower() for w in data["ongoing_words"]),
        prior_aux=frozenset(w.lower() for w in data["prior_aux"]),
        perfect_aux=word_set(data, "perfect_aux"),
        then_marks=word_set(data, "then_marks"),
    )


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _month_year(month: int, day: int, ref: dt.date, forward: bool) -> int:
    """The year of the (month, day) nearest ``ref`` on the side the tense points to."""
    year = ref.year
    if forward and (month, day) < (ref.month, ref.day):
        return year + 1
    if not forward and (month, day) > (ref.month, ref.day):
        return year - 1
    return year


def _publication_day(published: DateInfo | None) -> tuple[dt.date | None, str | None]:
    """The publication date as a date (first day of its month/year) and its precision."""
    if published is None or not published.value:
        return None, None
    parts = [int(p) for p in published.value.split("-")]
    try:
        return dt.date(parts[0], *(parts[1:] + [1, 1])[:2]), published.precision
    except ValueError:
        return None, None


def _period_known(unit: str, precision: str | None) -> bool:
    """Can a week/month/year period be placed from a publication date this precise?"""
    known = {"day": _PERIOD_UNITS, "month": {"month", "year"}, "year": {"year"}}
    return unit in known.get(precision or "", set())


def _period(unit: str, offset: int, ref: dt.date) -> tuple[str, str, str | None]:
    """(value, precision, end_value) of the week/month/year ``offset`` periods from ref."""
    if unit == "weekend":
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7) + dt.timedelta(weeks=offset)
        return _iso(saturday), "range", _iso(saturday + dt.timedelta(days=1))
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        return _iso(monday), "range", _iso(min(sunday, ref) if offset == 0 else sunday)
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", None
    return f"{ref.year + offset:04d}", "year", None


def _count(text: str, words: TimeWords) -> int:
    return int(text) if text.isdigit() else words.span_counts[_key(text)]


def resolve(
    match: re.Match[str], words: TimeWords, published: DateInfo | None, forward: bool = False
) -> DateInfo | None:
    """Resolve one matched relative expression against the publication date."""
    g = {k: v for k, v in match.groupdict().items() if v}
    if "year" in g:  # "in 2016" needs no publication date
        return DateInfo(g["year"], "year", "text", match.group(0))
    if "nyear" in g:  # "in the 1967 war"
        return DateInfo(g["nyear"], "year", "text", match.group(0))
    if "ryear" in g and g["ryear"] < g["ryear2"]:  # "between 1998 and 2000"
        first, last = g["ryear"], g["ryear2"]
        return DateInfo(
            f"{first}-01-01", "range", "text", match.group(0), end_value=f"{last}-12-31"
        )
    ref, precision = _publication_day(published)
    if ref is None:
        return None
    daily = precision == "day"
    info = None
    if "offset" in g and daily:
        day = ref + dt.timedelta(days=words.day_offsets[_key(g["offset"])])
        info = DateInfo(_iso(day), "day", "relative")
    elif "period" in g and _period_known(words.periods[_key(g["period"])][0], precision):
        value, prec, end_value = _period(*words.periods[_key(g["period"])], ref)
        info = DateInfo(value, prec, "relative", end_value=end_value)
    elif "count" in g and daily:
        days = max(1, round(_count(g["count"], words) * words.span_units[g["unit"].lower()] / 24))
        start = ref - dt.timedelta(days=days)
        info = DateInfo(_iso(start), "range", "relative", end_value=_iso(ref))
    elif "acount" in g and daily:
        hours = _count(g["acount"], words) * words.span_units[g["aunit"].lower()]
        if hours >= 24 * 28:  # "two months ago": the month, not a day
            index = ref.year * 12 + ref.month - 1 - round(hours / (24 * 30))
            info = DateInfo(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "relative")
        else:
            day = ref - dt.timedelta(days=max(1, round(hours / 24)))
            info = DateInfo(_iso(day), "day", "relative")
    elif "weekday" in g and daily:
        target = WEEKDAYS.index(g["weekday"].lower())
        mod = (g.get("wmod") or "").lower()
        if mod in words.forward_words or (forward and mod != "last"):
            day = ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
        else:
            day = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
        info = DateInfo(_iso(day), "day", "relative")
    elif "dday" in g or "mday" in g:
        month = MONTHS[(g.get("dmonth") or g["mmonth"]).lower().rstrip(".")]
        day_of_month = int(g.get("dday") or g["mday"])
        year = _month_year(month, day_of_month, ref, forward)
        try:
            info = DateInfo(_iso(dt.date(year, month, day_of_month)), "day", "relative")
        except ValueError:
            return None
    elif "pmonth" in g or "month" in g:
        month = MONTHS[(g.get("pmonth") or g["month"]).lower().rstrip(".")]
        mod = (g.get("mmod") or "").lower()
        year = _month_year(month, 1, ref.replace(day=1), forward or mod in words.forward_words)
        info = DateInfo(f"{year:04d}-{month:02d}", "month", "relative")
    if info is not None:
        info.text = match.group(0)
    return info


@dataclass
class _Candidate:
    info: DateInfo | None  # resolved already (explicit dates), else resolved on demand
    match: re.Match[str] | None
    start: int
    end: int


def _candidates(text: str, offset: int, words: TimeWords) -> list[_Candidate]:
    """Every time expression in ``text`` (offsets shifted by ``offset``), explicit first:
    new candidates, each with its own date, over the expressions found once per text."""
    return [
        _Candidate(
            None if info is None else replace(info, start=start + offset, end=end + offset),
            match,
            start + offset,
            end + offset,
        )
        for info, match, start, end in _expressions(text, words.pattern)
    ]


@lru_cache(maxsize=64)
def _expressions(
    text: str, pattern: re.Pattern[str]
) -> tuple[tuple[DateInfo | None, re.Match[str] | None, int, int], ...]:
    """The time expressions of ``text``, explicit dates first, then the matches of
    ``pattern`` that overlap none: each sentence is read once for all its events and verbs
    (the dates are copied on use, never changed here)."""
    found: list[tuple[DateInfo | None, re.Match[str] | None, int, int]] = []
    for info in find_explicit_dates(text):
        found.append((info, None, info.start or 0, info.end or 0))
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        if not any(s < end and start < e for _, _, s, e in found):
            found.append((None, m, start, end))
    return tuple(found)


def attached(expression: Any, trigger: Any) -> bool:
    """Does the expression's token modify the trigger or the trigger's clause verb?"""
    token = expression
    while True:
        if token == trigger:
            return True
        if is_clause_verb(token) or token.head.i == token.i:
            break
        token = token.head
    return bool(token == clause_verb(trigger))


def names_a_day(verb: Any) -> bool:
    """Does a time expression attached to ``verb`` name one day ("on Friday", "yesterday",
    "on March 3", "March 3, 2024"), not a month, a year or a span? Needs no publication date."""
    words = load_time_words()
    sent = verb.sent
    for c in _candidates(sent.text, sent.start_char, words):
        if c.info is not None:
            day = c.info.precision == "day"
        elif c.match is not None:
            groups = {k: v for k, v in c.match.groupdict().items() if v}
            day = bool(groups.keys() & {"offset", "weekday", "dday", "mday"}) or (
                "acount" in groups and groups["aunit"].lower() in ("day", "days")
            )  # "two days ago"
        else:
            continue
        token = _token(verb.doc, c.start, c.end)
        if day and token is not None and attached(token, verb):
            return True
    return False


def _token(parsed: Any, start: int, end: int) -> Any | None:
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def date_event(doc: Document, parsed: Any, event: Event) -> None:
    """Set ``event.date`` from its clause, else its sentence, else the publication date."""
    words = load_time_words()
    candidates = _candidates(doc.text[event.start : event.end], event.start, words)
    trigger = event_word(parsed, event.trigger_start, event.trigger_end)

    def rank(c: _Candidate) -> tuple[int, int]:
        token = _token(parsed, c.start, c.end)
        if token is None or trigger is None:
            return (2, abs(c.start - event.trigger_start))
        if attached(token, trigger):
            return (0, abs(c.start - event.trigger_start))
        # a date of a clause the act hangs from ("In 2018, X was fined for hitting Y")
        # before one of a clause beside it ("..., and in 2014 fans fought")
        above = any(a.i == clause_verb(token).i for a in clause_verb(trigger).ancestors)
        return (1 if above else 2, abs(c.start - event.trigger_start))

    forward = event.status == "planned"
    ranked = sorted(candidates, key=rank)
    for candidate in ranked:
        info = candidate.info
        if info is None and candidate.match is not None:
            info = resolve(candidate.match, words, doc.published, forward)
            if info is not None:
                info.start, info.end = candidate.start, candidate.end
        if info is not None:
            event.date = info
            return
    if doc.published is not None and doc.published.value:
        pub = doc.published
        event.date = DateInfo(pub.value, pub.precision, "publication", guess=pub.guess)
    elif ranked:
        # "on Saturday" with no publication date: which day is unknown, the words are not.
        best = ranked[0]
        text = doc.text[best.start : best.end]
        event.date = DateInfo(None, "unknown", "relative", text, best.start, best.end)


def _last_day(value: str) -> dt.date | None:
    """The last day a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' value can mean."""
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(*parts[:3])
    except ValueError:
        return None


def _told_of_the_date(parsed: Any, event: Event) -> bool:
    """The event is told in a "when" clause on its date itself: "the worst unrest since
    2017, when at least 22 people were killed" (the year's act, not one going on since)."""
    date = event.date
    trigger = event_word(parsed, event.trigger_start, event.trigger_end)
    if date is None or date.start is None or date.end is None or trigger is None:
        return False
    act = clause_verb(trigger)
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    return (
        act.dep_ == "relcl"
        and date.start <= act.head.idx < date.end
        and any(c.lower_ == "when" for c in act.children)
    )


def _active(verb: Any) -> bool:
    """``verb`` is a finite verb in the active voice, its doer its subject ("Russia invaded
    Ukraine"; not "were abducted", nor "killing 1,200 people")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    )


def _year_named(parsed: Any, event: Event, ref: dt.date, history_days: int) -> bool:
    """The act noun itself is named by a year more than ``history_days`` before ``ref``:
    "the 2003 invasion of Iraq", "the 1994 genocide" (a past act referred to by its year,
    not one this report tells)."""
    trigger = event_word(parsed, event.trigger_start, event.trigger_end)
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    return _old_year(trigger, ref, history_days)


def _old_year(noun: Any, ref: dt.date, history_days: int) -> bool:
    """``noun`` is named by a year more than ``history_days`` before ``ref`` ("the 2003
    invasion", "the 2015 Paris attacks")."""
    for c in noun.children:
        if c.dep_ in ("nummod", "compound", "amod") and c.like_num and len(c.text) == 4:
            last = _last_day(c.text) if c.text.isdigit() else None
            if last is not None and (ref - last).days > history_days:
                return True
    return False


def _told_of_a_dated_thing(parsed: Any, event: Event, ref: dt.date, history_days: int) -> bool:
    """The act is told in a relative clause on a noun named by a year years back, with no
    recent date of its own: what that past act or time did ("the 2015 Paris attacks, which
    killed 130 people", "the 1994 genocide, in which 800,000 people were killed")."""
    trigger = event_word(parsed, event.trigger_start, event.trigger_end)
    if trigger is None:
        return False
    act = clause_verb(trigger)
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    thing = act.head if act.dep_ == "relcl" else _when_of(act)
    if thing is None or not _old_year(thing, ref, history_days):
        return False
    date = event.date
    if date is not None and date.how in ("text", "relative") and date.value:
        last = _last_day(date.end_value or date.value)
        return last is not None and (ref - last).days > history_days
    return True


def _when_of(clause: Any) -> Any | None:
    """The noun a "when" clause set off by a comma right after it is told of, where the
    parser hangs the clause on the sentence's verb: "was the worst since the 2008 Mumbai
    attacks, when gunmen killed 166 people" (the attacks' time, not the bombing's)."""
    start = clause.left_edge.i
    if clause.dep_ != "advcl" or start < 2 or clause.doc[start - 1].text != ",":
        return None
    if not any(c.lower_ == "when" and c.i == start for c in clause.children):
        return None
    before = clause.doc[start - 2]
    return next(
        (
            t
            for t in clause.head.subtree
            if t.dep_ == "pobj" and t.right_edge.i == before.i and t.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def long_course(doc: Document, parsed: Any, event: Event) -> bool:
    """Is the act told in the perfect as a course run from a date more than
    ``history_days`` before publication up to now ("Boko Haram has killed 30,000 people
    since 2009", "US troops have been fighting the Taliban since 2001", "Israel has
    imposed a blockade on Gaza since 2007"), or from an act named by such a year ("since
    the 2014 annexation")? Years of acts summed up, or a state of things kept since, is no
    act of the report's day (not "have killed 50 since Friday")."""
    words = load_time_words()
    ref, precision = _publication_day(doc.published)
    trigger = event_word(parsed, event.trigger_start, event.trigger_end)
    if ref is None or precision != "day" or trigger is None:
        return False
    act = clause_verb(trigger)
    while True:
        if act.dep_ == "conj" and act.head.i != act.i:
            act = act.head  # "has killed and displaced millions since 2014"
        elif act.tag_ == "VBG" and act.dep_ in ("pcomp", "pobj") and act.head.lower_ == "by":
            act = act.head.head  # "has been torn by fighting since 2011": the fighting's run
        else:
            break
    if not any(c.dep_ == "aux" and c.lemma_ in words.perfect_aux for c in act.children):
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in words.ongoing_words
        and _old_year(g, ref, words.history_days)
        for c in act.children
        for g in c.children
        if g.dep_ == "pobj"
    ):
        return True  # "since the 2011 uprising"
    date = event.date
    if date is None or date.how != "text" or not date.value:
        return False
    if date.start is None or date.end is None:
        return False
    token = _token(parsed, date.start, date.end)
    if token is None:
        return False
    opener = (date.text or "").lower().split()[:1]
    before = parsed[token.left_edge.i - 1].lower_ if token.left_edge.i > 0 else ""
    since = clause_verb(token)
    if not (
        # (the date found may leave its "since" out: "since March 2015")
        (
            (attached(token, trigger) or attached(token, act))
            and {before, *opener} & words.ongoing_words
        )
        # "since the protests began in 2018"
        or (
            since.dep_ == "advcl"
            and since.head.i == act.i
            and any(c.dep_ == "mark" and c.lower_ in words.ongoing_words for c in since.children)
        )
    ):
        return False
    last = _last_day(date.value)
    return last is not None and (ref - last).days > words.history_days


def dated_history(doc: Document, parsed: Any, event: Event) -> bool:
    """Does a date put before the verb of the event's own clause, or of a clause it hangs
    from, set it more than ``history_days`` before publication ("In December 2014, gunmen
    stormed a school and killed 140")? That is a scene of background history, not this
    report's news, and so is an act a court tries ("jailed for bombing a police station in
    2019"). A date after a finite verb ("were abducted in August 2016") may date the act
    the story is about; one in a clause under the act ("Russia, which in 2014 annexed
    Crimea, shelled Kharkiv") or one that runs up to now ("since 2019") does not count."""
    words = load_time_words()
    ref, precision = _publication_day(doc.published)
    if (
        ref is not None
        and precision == "day"
        and (
            _year_named(parsed, event, ref, words.history_days)
            or _told_of_a_dated_thing(parsed, event, ref, words.history_days)
        )
    ):
        return True  # "the 2003 invasion of Iraq", "the 2015 attacks, which killed 130"
    date = event.date
    if date is None or date.how not in ("text", "relative") or not date.value:
        return False
    if date.start is None or date.end is None:
        return False
    opener = (date.text or "").lower().split()[:1]
    if opener and opener[0] in words.ongoing_words and not _told_of_the_date(parsed, event):
        return False
    ref, precision = _publication_day(doc.published)
    if ref is None or precision != "day":
        return False
    # a span dates the act by its end: "between 1998 and 2000"; "the past two days" is now
    last = _last_day(date.end_value or date.value)
    if last is None or (ref - last).days <= words.history_days:
        return False
    trigger = event_word(parsed, event.trigger_start, event.trigger_end)
    token = _token(parsed, date.start, date.end)
    if trigger is None or token is None:
        return False
    verb = clause_verb(token)
    if not (attached(token, trigger) or any(a.i == verb.i for a in clause_verb(trigger).ancestors)):
        return False
    # a date put before its verb sets a scene in the past ("In 2014, Russia annexed
    # Crimea"); one after it may date what was done to those the story is about ("the two
    # were abducted in August 2016" in a report on their release), but not an act a doer
    # did, told in the active ("Russia invaded Ukraine in February 2022"), nor an act
    # named only as what a court tries ("sentenced a soldier for shooting a civilian in 2022")
    act = clause_verb(trigger)
    if token.i < verb.i or (act.tag_ == "VBG" and act.dep_ == "pcomp"):
        return True
    finite = verb
    while finite.dep_ == "xcomp" and finite.head.i != finite.i:
        finite = finite.head  # "tried to seize Tripoli in 2019": told as "tried" is
    if _active(finite) and finite.dep_ not in ("relcl", "advcl"):
        # what that act did, told with it: "attacked Israel on October 7, 2023, killing
        # about 1,200 people", "invaded in 2022 and annexed four regions"
        done = act
        while (
            done.i != verb.i
            and done.head.i != done.i
            and (done.dep_ == "conj" or (done.dep_ in ("advcl", "xcomp") and done.tag_ == "VBG"))
        ):
            done = done.head
        if done.i == verb.i:
            return True
    # nor an act told in a clause on a noun or as the start of a state of things ("the
    # siege of Mariupol, where Russian bombs destroyed the theatre in March 2022", "in
    # turmoil since the president was killed in July 2021"), or in a perfect participle
    # clause, what came before the main clause ("having been annexed by Germany in 1938"),
    # or joined to one
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    if any(c.dep_ == "aux" and c.lower_ in words.prior_aux for c in act.children):
        return True  # a participle, however the parser hangs it (it may make it the root)
    if (
        act.dep_ == "advcl"
        and act.head.i == verb.i
        and any(c.dep_ == "mark" and c.lower_ in words.then_marks for c in act.children)
    ):
        return True  # a time clause told at the old date of its verb: "erupted in 2011 after"
    return act.dep_ == "relcl" or (
        act.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in words.ongoing_words for c in act.children)
    )
