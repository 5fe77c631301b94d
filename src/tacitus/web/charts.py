"""Geometry of the server-drawn SVG charts: the timeline and the actor network.

The pages draw these as plain SVG (no script), so they render, print and screenshot the
same everywhere; colour follows the PLOVER groups in ``data/plover_groups.yaml``.
"""

from __future__ import annotations

import calendar
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup

from tacitus.model import EventType
from tacitus.web.plover import GROUPS, style_of

TYPE_ORDER = {name: i for i, name in enumerate(EventType.__members__)}


@dataclass
class Bar:
    """One bucket of the timeline: its date range, link target and stacked segments."""

    x: float
    width: float
    start: str
    end: str
    total: int
    segments: list[dict[str, Any]] = field(default_factory=list)
    svg: Markup = Markup("")  # the segments as SVG rects
    title: str = ""  # the counts by type, for the hover text


def bucket_end(start: str, bucket: str) -> str:
    """The last day of the bucket that begins on ``start`` (ISO date)."""
    first = parse_day(start) or date.min
    if bucket == "day":
        return start
    if bucket == "week":
        return (first + timedelta(days=6)).isoformat()
    last_day = calendar.monthrange(first.year, first.month)[1]
    return first.replace(day=last_day).isoformat()


def timeline_bars(
    rows: list[dict[str, Any]], bucket: str, width: float = 960, height: float = 200
) -> dict[str, Any]:
    """Stacked bars (bottom-up in PLOVER order) from ``tacitus.query.timeline`` rows."""
    by_bucket: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        if parse_day(row["bucket"]):  # a malformed stored date has no place on the axis
            by_bucket[row["bucket"]][row["type"]] = row["count"]
    keys = sorted(by_bucket)
    peak = max((sum(c.values()) for c in by_bucket.values()), default=0)
    bars: list[Bar] = []
    if not keys:
        return {"bars": bars, "peak": 0, "width": width, "height": height, "bucket": bucket}
    step = width / len(keys)
    for i, key in enumerate(keys):
        counts = by_bucket[key]
        bar = Bar(i * step, max(step - 1, 0.5), key, bucket_end(key, bucket), sum(counts.values()))
        y = height
        for name in sorted(counts, key=lambda t: TYPE_ORDER.get(t, 99)):
            h = counts[name] / peak * height
            y -= h
            bar.segments.append(
                {
                    "type": name,
                    "count": counts[name],
                    "y": y,
                    "height": h,
                    "colour": style_of(name).colour,
                }
            )
        # Pre-rendered: a long timeline has thousands of rects, and escaping each number
        # through the template costs more than the query. Numbers and the validated
        # colours from plover_groups.yaml cannot carry markup.
        bar.svg = Markup("").join(
            Markup(
                f'<rect x="{bar.x:.1f}" y="{seg["y"]:.1f}" width="{bar.width:.1f}" '
                f'height="{seg["height"]:.1f}" fill="{seg["colour"]}"/>'
            )
            for seg in bar.segments
        )
        bar.title = f"{bar.start} – {bar.end}: {bar.total} events\n" + "\n".join(
            f"{seg['type']}: {seg['count']}" for seg in reversed(bar.segments)
        )
        bars.append(bar)
    return {"bars": bars, "peak": peak, "width": width, "height": height, "bucket": bucket}


def actor_network(actor_id: str, edges: list[dict[str, Any]], limit: int = 24) -> dict[str, Any]:
    """A radial network: the actor at the centre, partners on a circle, one line per group.

    Each line is the partner's events with the actor in one PLOVER group (cooperative,
    neutral, conflictual), coloured by group, its width growing with the event count.
    """
    partners: dict[str, dict[str, Any]] = {}
    for edge in edges:
        outgoing = edge["source_actor_id"] == actor_id
        other_id = edge["target_actor_id"] if outgoing else edge["source_actor_id"]
        label = (edge["target"] if outgoing else edge["source"]) or "(unknown)"
        if other_id == actor_id:
            continue  # an actor acting on itself has no line to draw
        key = other_id or label
        partner = partners.setdefault(
            key, {"id": other_id, "label": label, "count": 0, "groups": defaultdict(list)}
        )
        partner["count"] += edge["count"]
        arrow = "→" if outgoing else "←"
        group = style_of(edge["type"]).group
        partner["groups"][group].append((arrow, edge["type"], edge["count"]))
    chosen = sorted(partners.values(), key=lambda p: -p["count"])[:limit]
    size, radius = 560, 210
    centre = size / 2
    nodes, lines = [], []
    for i, partner in enumerate(chosen):
        angle = 2 * math.pi * i / max(len(chosen), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        nodes.append({**partner, "x": x, "y": y, "anchor": "start" if x >= centre else "end"})
        # Parallel lines, one per group, offset perpendicular to the spoke.
        px, py = -math.sin(angle), math.cos(angle)
        for j, group in enumerate(g for g in GROUPS if g in partner["groups"]):
            offset = (j - 1) * 4
            items = partner["groups"][group]
            total = sum(count for _, _, count in items)
            lines.append(
                {
                    "x1": centre + px * offset,
                    "y1": centre + py * offset,
                    "x2": x + px * offset,
                    "y2": y + py * offset,
                    "group": group,
                    "width": 1 + 2 * math.log1p(total),
                    "title": f"{partner['label']} ({group}): "
                    + ", ".join(f"{arrow} {name} {count}" for arrow, name, count in items),
                }
            )
    return {"size": size, "centre": centre, "nodes": nodes, "lines": lines}


def parse_day(value: str | None) -> date | None:
    """The first day a stored date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD...') can mean."""
    if not value:
        return None
    text = value[:10]
    text += {4: "-01-01", 7: "-01"}.get(len(text), "")
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def role_bars(roles: list[dict[str, Any]], width: float = 480) -> dict[str, Any]:
    """Each dated role as a bar from first to last seen, on one shared time axis."""
    dated: list[tuple[dict[str, Any], date, date]] = []
    for role in roles:
        first_seen, last_seen = parse_day(role["first_seen"]), parse_day(role["last_seen"])
        if first_seen and last_seen:
            dated.append((role, first_seen, last_seen))
    if not dated:
        return {"bars": [], "width": width, "first": "", "last": ""}
    first = min(a for _, a, _ in dated)
    last = max(b for _, _, b in dated)
    span = max((last - first).days, 1)
    bars = []
    for role, a, b in dated:
        x = (a - first).days / span * width
        bars.append({**role, "x": x, "width": max((b - a).days / span * width, 3)})
    return {"bars": bars, "width": width, "first": first.isoformat(), "last": last.isoformat()}
