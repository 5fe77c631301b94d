"""Query: the one read layer over a Tacitus database.

Every reader asks here: the CLI, ``Store.events`` (``tacitus.open(db).events(...)``),
the web pages and their JSON twins. A filter is an ``EventQuery`` and means the same
everywhere (date prefixes, the default ``asserted`` status: see ``filters``). Every
function takes an open ``sqlite3.Connection`` whose rows are ``sqlite3.Row``.

=================  ==========================================================
``filters``        ``EventQuery``, status and date bounds, full-text queries
``events``         event rows, pages, facet counts; one event; one article
``aggregates``     the overview counts, the timeline and the map
``profiles``       an actor's and an outlet's profile
``stories``        stories, merged events and each outlet's account
``watched``        the sources ``tacitus watch`` follows, and their health
=================  ==========================================================
"""

from tacitus.query.aggregates import date_span, map_points, overview, pick_bucket, timeline
from tacitus.query.events import (
    article,
    event,
    event_counts,
    event_page,
    events,
    iter_events,
)
from tacitus.query.filters import (
    ALL,
    DEFAULT_STATUS,
    STATUS_CHOICES,
    STATUSES,
    EventQuery,
    QueryError,
    parse_status,
)
from tacitus.query.profiles import actor_profile, outlet_profile
from tacitus.query.stories import merged_event_of, merged_events, stories, story
from tacitus.query.watched import watched_sources

__all__ = [
    "ALL",
    "DEFAULT_STATUS",
    "STATUSES",
    "STATUS_CHOICES",
    "EventQuery",
    "QueryError",
    "actor_profile",
    "article",
    "date_span",
    "event",
    "event_counts",
    "event_page",
    "events",
    "iter_events",
    "map_points",
    "merged_event_of",
    "merged_events",
    "outlet_profile",
    "overview",
    "parse_status",
    "pick_bucket",
    "stories",
    "story",
    "timeline",
    "watched_sources",
]
