"""The web interface and JSON API (``tacitus serve``): read-only pages over a database."""

from tacitus.web.app import create_app

__all__ = ["create_app"]
