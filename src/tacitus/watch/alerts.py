"""Alerts: rules over what a watch stores, each match delivered once.

An alert file (``tacitus watch --alert FILE.yaml``)::

    to: stdout                  # or alerts.jsonl, or https://hooks.example.org/tacitus
    rules:
      - name: strikes-on-syria
        type: [ASSAULT, COERCE]
        target_country: SYR
      - name: lavrov
        actor: person:sergey-lavrov
      - name: wide-story
        story_outlets: 3        # a story reported by at least 3 outlets
      - name: astana
        search: '"Astana process"'

An event rule (``type``, ``mode``, ``source_country``, ``target_country``, ``country``
(either side), ``actor`` (either side's id), ``status`` (asserted by default, a list or
``all``), optionally with ``search`` on its article) matches an event once: a report
merged with one already alerted on is not another alert. ``search`` alone matches an
article (SQLite FTS5 syntax); ``story_outlets`` a story. Every match is written to
``alerts_sent`` before it is delivered and marked sent after, so it is sent once; one
whose delivery failed (a webhook down after its retries) is retried later, and one in
delivery at a ``kill -9`` is sent again on restart (at least once, never lost).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.model import EventType, InputError
from tacitus.query.filters import QueryError, parse_status
from tacitus.store.write import now, transaction

__all__ = ["AlertRule", "Alerts", "load_alerts"]

WEBHOOK_TRIES = 3  # POSTs per delivery attempt, 1 s, 2 s apart
_EVENT_KEYS = {"type", "mode", "source_country", "target_country", "country", "actor", "status"}
_KEYS = {"name", "search", "story_outlets", "to"} | _EVENT_KEYS


@dataclass(frozen=True)
class AlertRule:
    """One rule; the conditions given must all hold."""

    name: str
    types: tuple[str, ...] = ()
    mode: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    country: str | None = None
    actor: str | None = None
    statuses: tuple[str, ...] | None = ("asserted",)
    search: str | None = None
    story_outlets: int | None = None
    to: str | None = None

    @property
    def kind(self) -> str:
        if self.story_outlets is not None:
            return "story"
        event_fields = (self.types, self.mode, self.source_country, self.target_country)
        if any(event_fields) or self.country or self.actor:
            return "event"
        return "article"


@dataclass
class Alerts:
    """Rules and where their matches go (``to``: stdout, a JSONL file or a webhook URL)."""

    rules: list[AlertRule]
    to: str = "stdout"
    sent: int = 0
    post: Callable[[str, bytes], int] | None = None  # for tests: (url, body) -> status
    _files: dict[str, Any] = field(default_factory=dict)

    def check(self, conn: sqlite3.Connection, article_ids: Iterable[int]) -> int:
        """Record the matches among the new articles, deliver every pending alert;
        returns how many were delivered."""
        ids = sorted(set(article_ids))
        if ids:
            at = now()
            with transaction(conn):
                for rule in self.rules:
                    for subject, payload in _matches(conn, rule, ids):
                        payload = {"rule": rule.name, "kind": rule.kind, "at": at, **payload}
                        conn.execute(
                            "INSERT OR IGNORE INTO alerts_sent "
                            "(rule, subject, payload, state, created_at) VALUES (?,?,?,?,?)",
                            (rule.name, subject, json.dumps(payload, default=str), "pending", at),
                        )
        return self.deliver(conn)

    def deliver(self, conn: sqlite3.Connection) -> int:
        """Send the pending alerts, oldest first; mark each sent as it goes."""
        pending = conn.execute(
            "SELECT rule, subject, payload FROM alerts_sent WHERE state = 'pending' "
            "ORDER BY created_at, rule, subject"
        ).fetchall()
        by_name = {r.name: r for r in self.rules}
        done = 0
        down: set[str] = set()  # webhooks that failed this round: the rest wait too
        for rule_name, subject, payload in pending:
            rule = by_name.get(rule_name)
            target = (rule.to if rule and rule.to else None) or self.to
            ok = target not in down and self._send(target, payload)
            if not ok:
                down.add(target)
            conn.execute(
                "UPDATE alerts_sent SET state = ?, attempts = attempts + 1, sent_at = ? "
                "WHERE rule = ? AND subject = ?",
                ("sent" if ok else "pending", now() if ok else None, rule_name, subject),
            )
            done += ok
        self.sent += done
        return done

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()
        self._files.clear()

    def _send(self, target: str, payload: str) -> bool:
        if target == "stdout":
            sys.stdout.write(payload + "\n")
            sys.stdout.flush()
            return True
        if target.startswith(("http://", "https://")):
            return self._post(target, payload.encode("utf-8"))
        handle = self._files.get(target)
        if handle is None:
            handle = self._files[target] = Path(target).open("a", encoding="utf-8")
        handle.write(payload + "\n")
        handle.flush()
        return True

    def _post(self, url: str, body: bytes) -> bool:
        post = self.post or _http_post
        for attempt in range(WEBHOOK_TRIES):
            if attempt:
                time.sleep(2 ** (attempt - 1))
            try:
                if 200 <= post(url, body) < 300:
                    return True
            except Exception:  # the webhook is down: try again, then leave it pending
                continue
        return False


def _http_post(url: str, body: bytes) -> int:
    import httpx

    from tacitus.read import USER_AGENT

    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    return httpx.post(url, content=body, headers=headers, timeout=5.0).status_code


def load_alerts(path: str) -> Alerts:
    """Read an alert file; raises ``InputError`` (one line, naming the file) if it is bad."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        why = " ".join(str(err).split())
        raise InputError(f"{path}: cannot read the alert file ({why})") from None
    if isinstance(data, list):
        data = {"rules": data}
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise InputError(f"{path}: expected a 'rules:' list")
    rules = [_rule(r, path, n) for n, r in enumerate(data["rules"], 1)]
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise InputError(f"{path}: rule names must be unique: {names}")
    to = data.get("to", "stdout")
    if not isinstance(to, str) or not to.strip():
        raise InputError(f"{path}: 'to' is stdout, a file or a webhook URL")
    return Alerts(rules, to.strip())


def _rule(raw: Any, path: str, number: int) -> AlertRule:
    where = f"{path}: rule {number}"
    if not isinstance(raw, dict):
        raise InputError(f"{where}: expected a mapping")
    unknown = set(raw) - _KEYS
    if unknown:
        raise InputError(f"{where}: unknown key {sorted(unknown)} (known: {sorted(_KEYS)})")
    name = str(raw.get("name") or f"rule-{number}")
    types = raw.get("type") or []
    types = [types] if isinstance(types, str) else types
    bad = [t for t in types if str(t).upper() not in EventType.__members__]
    if bad:
        raise InputError(f"{where}: unknown PLOVER type {bad}")
    status = raw.get("status", "asserted")
    try:
        statuses = parse_status(",".join(status) if isinstance(status, list) else str(status))
    except QueryError as err:
        raise InputError(f"{where}: {err}") from None
    outlets = raw.get("story_outlets")
    if outlets is not None and (isinstance(outlets, bool) or not isinstance(outlets, int)):
        raise InputError(f"{where}: story_outlets is a number of outlets")
    rule = AlertRule(
        name=name,
        types=tuple(str(t).upper() for t in types),
        mode=_upper(raw.get("mode"), lower=True),
        source_country=_upper(raw.get("source_country")),
        target_country=_upper(raw.get("target_country")),
        country=_upper(raw.get("country")),
        actor=str(raw["actor"]) if raw.get("actor") else None,
        statuses=statuses,
        search=str(raw["search"]) if raw.get("search") else None,
        story_outlets=outlets,
        to=str(raw["to"]) if raw.get("to") else None,
    )
    if rule.kind == "story" and (set(raw) & (_EVENT_KEYS - {"status"}) or rule.search):
        raise InputError(f"{where}: story_outlets takes no other condition")
    if rule.kind == "article" and not rule.search:
        raise InputError(f"{where}: no condition (type, country, actor, search, story_outlets)")
    return rule


def _upper(value: Any, *, lower: bool = False) -> str | None:
    if value is None or not str(value).strip():
        return None
    return str(value).strip().lower() if lower else str(value).strip().upper()


def _matches(
    conn: sqlite3.Connection, rule: AlertRule, ids: list[int]
) -> Iterable[tuple[str, dict[str, Any]]]:
    marks = ",".join("?" * len(ids))
    if rule.kind == "story":
        rows = conn.execute(
            "SELECT sa.story_id, s.title, count(DISTINCT a.outlet) AS outlets, "
            "group_concat(DISTINCT a.outlet) AS names FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id JOIN stories s ON s.id = sa.story_id "
            "WHERE sa.story_id IN (SELECT story_id FROM story_articles "
            f"  WHERE article_id IN ({marks})) "
            "GROUP BY sa.story_id HAVING outlets >= ?",
            (*ids, rule.story_outlets),
        )
        for r in rows:
            outlets = sorted((r["names"] or "").split(","))
            yield (
                f"story:{r['story_id']}",
                {
                    "story_id": r["story_id"],
                    "title": r["title"],
                    "outlets": outlets,
                },
            )
        return
    if rule.search:
        try:
            found = conn.execute(
                f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})",
                (rule.search, *ids),
            ).fetchall()
        except sqlite3.OperationalError:
            return  # a query FTS5 does not parse matches nothing (checked at start-up)
        ids = [r[0] for r in found]
        if not ids:
            return
        marks = ",".join("?" * len(ids))
    if rule.kind == "article":
        for r in conn.execute(
            f"SELECT id, title, outlet, url, published FROM articles WHERE id IN ({marks})", ids
        ):
            yield f"article:{r['id']}", {"article": dict(r)}
        return
    where: list[str] = [f"e.article_id IN ({marks})"]
    params: list[Any] = list(ids)
    if rule.types:
        where.append(f"e.type IN ({','.join('?' * len(rule.types))})")
        params += rule.types
    if rule.statuses is not None:
        where.append(f"e.status IN ({','.join('?' * len(rule.statuses))})")
        params += rule.statuses
    for column, value in (
        ("e.mode", rule.mode),
        ("e.source_country", rule.source_country),
        ("e.target_country", rule.target_country),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if rule.country:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [rule.country, rule.country]
    if rule.actor:
        where.append("(e.source_actor_id = ? OR e.target_actor_id = ?)")
        params += [rule.actor, rule.actor]
    rows = conn.execute(
        "SELECT e.id, e.type, e.mode, e.status, e.source_name, e.source_country, "
        "e.source_actor_id, e.target_name, e.target_country, e.target_actor_id, e.date, "
        "e.location_name, e.sentence, r.merged_event_id, sa.story_id, a.id AS article_id, "
        "a.title, a.outlet, a.url FROM events e JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN merged_event_reports r ON r.event_id = e.id "
        "LEFT JOIN story_articles sa ON sa.article_id = e.article_id "
        f"WHERE {' AND '.join(where)} ORDER BY e.id",
        params,
    )
    for r in rows:
        merged = r["merged_event_id"]
        subject = f"merged:{merged}" if merged is not None else f"event:{r['id']}"
        yield subject, _event_payload(dict(r))


def _event_payload(r: dict[str, Any]) -> dict[str, Any]:
    def side(prefix: str) -> dict[str, Any]:
        return {k: r[f"{prefix}_{k}"] for k in ("name", "country", "actor_id")}

    return {
        "event_id": r["id"],
        "merged_event_id": r["merged_event_id"],
        "story_id": r["story_id"],
        "type": r["type"],
        "mode": r["mode"],
        "status": r["status"],
        "source": side("source"),
        "target": side("target"),
        "date": r["date"],
        "place": r["location_name"],
        "sentence": r["sentence"],
        "article": {k: r[k] for k in ("article_id", "title", "outlet", "url")},
    }


def check_search(conn: sqlite3.Connection, alerts: Alerts) -> None:
    """Raise ``InputError`` for a search rule FTS5 does not accept (before watching)."""
    for rule in alerts.rules:
        if rule.search:
            try:
                conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 0",
                    (rule.search,),
                ).fetchall()
            except sqlite3.OperationalError as err:
                raise InputError(f"alert rule {rule.name}: bad search query ({err})") from None
