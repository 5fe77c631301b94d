// Draws the event map: an offline world basemap (world-atlas, topojson-client) in an
// equirectangular projection, and one circle per place from the JSON twin of the page.
// Text from the database only ever goes through textContent / setAttribute.
(function () {
  "use strict";
  const svg = document.getElementById("map");
  if (!svg) return;
  const NS = "http://www.w3.org/2000/svg";
  const W = 960, H = 480;

  function project(lon, lat) {
    return [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
  }

  function el(name, attrs, title) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (title) {
      const t = document.createElementNS(NS, "title");
      t.textContent = title;
      node.appendChild(t);
    }
    return node;
  }

  function ringPath(ring) {
    // A ring that crosses the antimeridian jumps across the map: lift the pen there.
    return ring.map(([lon, lat], i) => {
      const [x, y] = project(lon, lat);
      const jump = i === 0 || Math.abs(lon - ring[i - 1][0]) > 180;
      return (jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    }).join("") + "Z";
  }

  function pathOf(geometry) {
    if (!geometry) return "";
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map((rings) => rings.map(ringPath).join("")).join("");
  }

  function getJSON(url) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  Promise.all([getJSON(svg.dataset.world), getJSON(svg.dataset.points)])
    .then(([world, data]) => {
      const land = topojson.feature(world, world.objects.countries);
      const countries = el("g", { class: "land" });
      for (const f of land.features) {
        countries.appendChild(el("path", { d: pathOf(f.geometry) }, f.properties.name));
      }
      svg.appendChild(countries);
      const places = el("g", { class: "places" });
      const max = Math.max(1, ...data.places.map((p) => p.count));
      // Largest first, so smaller circles stay on top and clickable.
      for (const p of data.places) {
        const [x, y] = project(p.lon, p.lat);
        const types = Object.entries(p.types).sort((a, b) => b[1] - a[1])
          .map(([t, n]) => t + " " + n).join(", ");
        const sep = svg.dataset.events.endsWith("?") ? "" : "&";
        const link = el("a", { href: svg.dataset.events + sep + "location=" + encodeURIComponent(p.name || "") });
        link.appendChild(el("circle", {
          cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 17 * Math.sqrt(p.count / max)).toFixed(1),
          class: "place " + p.group,
        }, (p.name || "unnamed") + " (" + (p.country || "?") + "): " + p.count + " events — " + types));
        places.appendChild(link);
      }
      svg.appendChild(places);
      svg.dataset.ready = String(data.places.length);
    })
    .catch((err) => {
      svg.appendChild(el("text", { x: 20, y: 40, class: "map-error" })).textContent =
        "The map could not be drawn: " + err.message;
      svg.dataset.error = err.message;
    });
})();
