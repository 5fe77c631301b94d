"""Link: stories across outlets, merged events, and how each outlet framed them.

``link_articles(conn, article_ids)`` puts newly stored articles into stories (ingest
calls it after each batch); ``story_view`` and ``outlet_profile`` read the result.
"""

from tacitus.link.framing import outlet_profile, story_view
from tacitus.link.stories import link_articles, link_pending

__all__ = ["link_articles", "link_pending", "outlet_profile", "story_view"]
