"""The FastAPI application: read-only pages over a Tacitus database, each with a JSON twin."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from starlette.responses import Response

from tacitus.web.db import ResultCache, check_database
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


def templates() -> Jinja2Templates:
    """The page templates, autoescaped; helpers for colours, links and numbers."""
    env = Environment(loader=PackageLoader("tacitus.web", "templates"), autoescape=True)
    env.globals.update(
        style_of=style_of, type_styles=type_styles, groups=GROUPS, query=query, safe_url=safe_url
    )
    env.filters["num"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    return Jinja2Templates(env=env)


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the database at ``db_path`` (opened read-only on each request).

    Raises ``InputError`` when the file is missing or is not a Tacitus database.
    """
    from tacitus.web import routes

    app = FastAPI(
        title="Tacitus",
        summary="Traceable political event data: events, actors, quotes, stories.",
        version="1",
        docs_url=None,  # Swagger UI would load from a CDN; the schema is enough
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = check_database(db_path)
    app.state.cache = ResultCache(app.state.db_path)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(routes.pages)
    app.include_router(routes.api)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return app.state.templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "detail": exc.detail},
            status_code=exc.status_code,
        )

    return app
