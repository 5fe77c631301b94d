"""Watch: follow feeds and sitemaps as they publish (``tacitus watch``), keep the
database, stories and merged events current, and alert on what matters.

``sources`` reads what to follow and keeps each source's state; ``fetch`` is the polite
client; ``feeds`` lists a feed's or sitemap's entries; ``loop`` runs the watch;
``alerts`` matches what was stored against rules and delivers each match once.
"""

from tacitus.watch.alerts import AlertRule, Alerts, load_alerts
from tacitus.watch.fetch import Politeness
from tacitus.watch.loop import Watch, WatchOptions, WatchSummary
from tacitus.watch.sources import Source, list_sources, load_sources, remove_source

__all__ = [
    "AlertRule",
    "Alerts",
    "Politeness",
    "Source",
    "Watch",
    "WatchOptions",
    "WatchSummary",
    "list_sources",
    "load_alerts",
    "load_sources",
    "remove_source",
]
