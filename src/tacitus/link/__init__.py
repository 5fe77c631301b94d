"""Link: stories across outlets and merged events.

``link_articles(conn, article_ids)`` puts newly stored articles into stories (ingest
calls it after each batch); ``tacitus.query`` reads the result (``story``,
``outlet_profile``).
"""

from tacitus.link.stories import link_articles, link_pending

__all__ = ["link_articles", "link_pending"]
