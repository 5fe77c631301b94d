"""The FastAPI application: read-only pages over a Tacitus database, each with a JSON twin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp

from tacitus.web.db import ConnectionPool, ResultCache, check_database
from tacitus.web.middleware import HeadAsGet, SecurityHeaders
from tacitus.web.plover import GROUPS, style_of, type_styles

STATIC = Path(__file__).parent / "static"

# No inline script or style, no outside origin: a script smuggled into an article
# could not run even if escaping failed somewhere.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def safe_url(url: str | None) -> str | None:
    """An article's URL if it is http(s); anything else (``javascript:``) is not linked."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def query(params: dict, **changes: object) -> str:
    """A query string from ``params`` with ``changes`` applied (None removes a key)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})


def actor_url(actor_id: str, api: bool = False) -> str:
    """The page (or JSON) of an actor; every character of the id escaped, ``/`` too."""
    return f"{'/api' if api else ''}/actors/{quote(actor_id, safe='')}"


def templates() -> Jinja2Templates:
    """The page templates, autoescaped; helpers for colours, links and numbers."""
    env = Environment(loader=PackageLoader("tacitus.web", "templates"), autoescape=True)
    env.globals.update(
        style_of=style_of,
        type_styles=type_styles,
        groups=GROUPS,
        query=query,
        safe_url=safe_url,
        actor_url=actor_url,
    )
    env.filters["num"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    return Jinja2Templates(env=env)


class _App(FastAPI):
    """FastAPI with ``HEAD`` and the security headers handled outside everything else,
    so that they hold for every response, errors included."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(HeadAsGet(super().build_middleware_stack()), SECURITY_HEADERS)


def create_app(db_path: str | Path, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The web app over the database at ``db_path`` (opened read-only on each request).

    ``allowed_hosts``: the only ``Host`` headers answered (against DNS rebinding); None
    answers any. Raises ``InputError`` when the file is missing or is not a Tacitus
    database.
    """
    from tacitus.web import routes

    app = _App(
        title="Tacitus",
        summary="Traceable political event data: events, actors, quotes, stories.",
        version="1",
        docs_url=None,  # Swagger UI would load from a CDN; the schema is enough
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = check_database(db_path)
    app.state.cache = ResultCache(app.state.db_path)
    app.state.pool = ConnectionPool(app.state.db_path)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(routes.pages)
    app.include_router(routes.api)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    # Starlette's own HTTPException: FastAPI's subclass would miss unknown routes (404)
    # and wrong methods (405), which then answered JSON on the HTML side.
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, exc.detail, exc.headers)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "Internal Server Error: the error is in the server's log")

    def _error(
        request: Request, status: int, detail: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        headers = dict(headers) if headers else None
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=status, headers=headers)
        return app.state.templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "detail": detail},
            status_code=status,
            headers=headers,
        )

    return app
