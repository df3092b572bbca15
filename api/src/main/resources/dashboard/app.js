// newsstream live dashboard: reads the REST API, refreshes when the event stream says something changed.
// No framework, no build step, nothing loaded from elsewhere.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

// A schematic tile map: [column, row] of each region, roughly where it lies (north up, west left).
// Not borders: honest about being a diagram, and readable for the small regions (cities).
const TILES = {
  "KZ":    [0, 0],
  "KZ-59": [5, 0], "KZ-55": [7, 0],
  "KZ-27": [2, 1], "KZ-39": [4, 1], "KZ-11": [5, 1], "KZ-71": [6, 1], "KZ-10": [8, 1], "KZ-63": [9, 1],
  "KZ-23": [2, 2], "KZ-15": [3, 2], "KZ-62": [4, 2], "KZ-35": [6, 2], "KZ-33": [8, 2],
  "KZ-47": [2, 3], "KZ-43": [4, 3], "KZ-61": [5, 3], "KZ-31": [6, 3], "KZ-19": [7, 3],
  "KZ-79": [5, 4], "KZ-75": [7, 4],
};
const SHORT = {
  "KZ": "National", "KZ-10": "Abai", "KZ-11": "Akmola", "KZ-15": "Aktobe", "KZ-19": "Almaty R.",
  "KZ-23": "Atyrau", "KZ-27": "West Kaz.", "KZ-31": "Zhambyl", "KZ-33": "Jetisu", "KZ-35": "Karaganda",
  "KZ-39": "Kostanay", "KZ-43": "Kyzylorda", "KZ-47": "Mangystau", "KZ-55": "Pavlodar", "KZ-59": "North Kaz.",
  "KZ-61": "Turkistan", "KZ-62": "Ulytau", "KZ-63": "East Kaz.", "KZ-71": "Astana", "KZ-75": "Almaty",
  "KZ-79": "Shymkent",
};
const LANGUAGE_COLOURS = ["#0b7a75", "#b54708", "#6941c6", "#1570ef", "#c11574", "#4e5ba6", "#667085"];
const MAX_LATEST = 30;

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, text) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// GET JSON; a 503 (rebalance, restore) is not an error for a person: keep what is shown, retry soon.
async function get(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (response.status === 503) {
    const retry = Number(response.headers.get("Retry-After") || 2);
    throw Object.assign(new Error("updating"), { retryAfter: retry });
  }
  if (!response.ok) throw new Error(path + " answered " + response.status);
  return response.json();
}

function shade(count, max) {
  if (!count) return "#eef0f3";
  const t = Math.min(1, 0.25 + 0.75 * count / Math.max(1, max));
  // from a pale to a deep teal
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(204, 7)}, ${mix(236, 94)}, ${mix(233, 90)})`;
}

function renderMap(regions) {
  const svg = $("map");
  svg.replaceChildren();
  const max = Math.max(0, ...regions.map((r) => r.sessions));
  const w = 66, h = 66, gap = 4;
  for (const region of regions) {
    const pos = TILES[region.code];
    if (!pos) continue;
    const [col, row] = pos;
    const g = el("svg:g", { class: "tile", "data-region": region.code, transform: `translate(${col * (w + gap) + 5}, ${row * (h + gap) + 10})` });
    const fill = shade(region.sessions, max);
    if (region.sessions && region.sessions / Math.max(1, max) > 0.5) g.classList.add("dark");
    g.append(el("svg:title", {}, `${region.code} ${region.name}: ${region.sessions} sessions, ${region.articles} articles`));
    g.append(el("svg:rect", { width: w, height: h, fill, rx: 6 }));
    g.append(el("svg:text", { x: 5, y: 14 }, SHORT[region.code] || region.code));
    g.append(el("svg:text", { x: 5, y: 28 }, region.code));
    g.append(el("svg:text", { x: 5, y: 56, class: "count" }, String(region.sessions)));
    svg.append(g);
  }
}

function renderRegionsTable(regions) {
  const body = $("regions-table").tBodies[0];
  body.replaceChildren();
  for (const region of regions) {
    const row = el("tr", { "data-region": region.code });
    if (!region.sessions) row.classList.add("zero");
    row.append(el("td", {}, region.code), el("td", {}, region.name),
      el("td", { class: "num" }, String(region.sessions)), el("td", { class: "num" }, String(region.articles)),
      el("td", {}, region.lastSeen ? new Date(region.lastSeen).toLocaleString() : "–"));
    body.append(row);
  }
}

function when(session) {
  return session.eventDate ? new Date(session.eventDate + "T12:00:00Z") : new Date(session.firstSeen);
}

function renderTimeline(sessions) {
  const svg = $("timeline");
  svg.replaceChildren();
  const dated = sessions.map((s) => [when(s), s]).filter(([d]) => !isNaN(d));
  if (!dated.length) {
    svg.append(el("svg:text", { x: 10, y: 80 }, "No sessions reported yet."));
    return;
  }
  const times = dated.map(([d]) => d.getTime());
  let min = Math.min(...times), max = Math.max(...times);
  if (max - min < 864e5) { min -= 864e5 * 15; max += 864e5 * 15; }
  const left = 20, right = 680, axis = 130;
  const x = (t) => left + (right - left) * (t - min) / (max - min);
  svg.append(el("svg:line", { x1: left, x2: right, y1: axis, y2: axis }));
  for (const [t, anchor] of [[min, "start"], [(min + max) / 2, "middle"], [max, "end"]]) {
    svg.append(el("svg:text", { x: x(t), y: axis + 16, "text-anchor": anchor }, new Date(t).toISOString().slice(0, 10)));
  }
  const rows = { NATIONAL: 30, REGIONAL: 70, DISTRICT: 105 };
  for (const [date, s] of dated) {
    const level = s.key.level;
    const dot = el("svg:circle", { cx: x(date.getTime()), cy: rows[level] || 70, r: 4 + Math.min(6, s.articleCount || 0), class: level.toLowerCase(), "fill-opacity": 0.7 });
    dot.append(el("svg:title", {}, `${s.key.region} ${level.toLowerCase()} session ${s.key.number}${s.key.district ? " (" + s.key.district + ")" : ""}` +
      ` — ${date.toISOString().slice(0, 10)}${s.city ? ", " + s.city : ""}, ${s.articleCount} articles`));
    svg.append(dot);
  }
}

function renderLanguages(languages) {
  const box = $("languages");
  box.replaceChildren();
  const entries = Object.entries(languages).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (!total) { box.textContent = "No articles yet."; return; }
  const bar = el("div", { class: "bar" });
  const legend = el("ul");
  entries.forEach(([code, n], i) => {
    const colour = LANGUAGE_COLOURS[Math.min(i, LANGUAGE_COLOURS.length - 1)];
    const share = (100 * n / total).toFixed(1);
    const part = el("span", { style: `width:${share}%;background:${colour}`, title: `${code}: ${n} (${share}%)` });
    bar.append(part);
    const item = el("li", { "data-language": code });
    item.append(el("span", { class: "swatch", style: `background:${colour}` }), document.createTextNode(`${code} ${n} (${share}%)`));
    legend.append(item);
  });
  box.append(bar, legend);
}

function renderStats(stats) {
  $("stat-articles").textContent = stats.articles;
  $("stat-duplicates").textContent = stats.duplicates;
  $("stat-rejected").textContent = stats.rejected;
  $("stat-throughput").textContent = Number(stats.throughput).toFixed(1);
  $("stat-lag").textContent = stats.consumerLag ?? "?"; // null: the cluster did not say
  renderLanguages(stats.languages || {});
}

function articleItem(article, fresh) {
  const item = el("li", { "data-article-id": article.id });
  if (fresh) item.classList.add("fresh");
  const title = el("a", { href: "/api/articles/" + encodeURIComponent(article.id), class: "title" }, article.title || article.id);
  const meta = el("span", { class: "meta" });
  meta.append(el("span", { class: "badge" }, article.language || "und"));
  const session = article.session ? ` · ${article.session.region} ${article.session.level.toLowerCase()} session ${article.session.number}` : "";
  meta.append(document.createTextNode(`${article.source || ""}${session} · ${new Date(article.processedAt).toLocaleString()}`));
  item.append(title, meta);
  return item;
}

// The backlog goes below whatever the live events have already added.
function renderLatest(articles) {
  const list = $("latest-articles");
  for (const article of articles) {
    if (!list.querySelector(`[data-article-id="${CSS.escape(article.id)}"]`)) list.append(articleItem(article, false));
  }
  while (list.children.length > MAX_LATEST) list.lastElementChild.remove();
}

function addLatest(article) {
  const list = $("latest-articles");
  const existing = list.querySelector(`[data-article-id="${CSS.escape(article.id)}"]`);
  if (existing) existing.remove();
  list.prepend(articleItem(article, true));
  while (list.children.length > MAX_LATEST) list.lastElementChild.remove();
}

// An article withdrawn as a duplicate of an earlier one: it is no longer news of its own.
function removeLatest(id) {
  const existing = $("latest-articles").querySelector(`[data-article-id="${CSS.escape(id)}"]`);
  if (existing) existing.remove();
}

async function loadLatest() {
  try {
    renderLatest((await get("/api/latest-articles")).articles);
  } catch (e) {
    // the live events fill the list anyway
  }
}

let refreshTimer = null;
let refreshing = false;

async function refresh() {
  if (refreshing) { scheduleRefresh(500); return; }
  refreshing = true;
  try {
    const [regions, sessions, stats] = await Promise.all([get("/api/regions"), get("/api/sessions"), get("/api/stats")]);
    renderMap(regions.regions);
    renderRegionsTable(regions.regions);
    renderTimeline(sessions.sessions);
    renderStats(stats);
    $("notice").hidden = true;
  } catch (e) {
    $("notice").hidden = false;
    $("notice").textContent = e.retryAfter ? "The pipeline is rebalancing or restoring; the figures refresh in a moment."
      : "Could not read the API: " + e.message;
    scheduleRefresh(1000 * (e.retryAfter || 5));
  } finally {
    refreshing = false;
  }
}

// Events come in bursts (one per article); one refresh per burst is enough.
function scheduleRefresh(delay = 400) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, delay);
}

function connect() {
  const events = new EventSource("/api/events");
  events.onopen = () => {
    document.body.dataset.live = "true";
    $("live-indicator").textContent = "live";
    // Connected or reconnected: whatever happened while no events came is read now.
    scheduleRefresh();
    loadLatest();
  };
  events.onerror = () => {
    // EventSource reconnects by itself; say so meanwhile.
    document.body.dataset.live = "false";
    $("live-indicator").textContent = "reconnecting…";
  };
  events.addEventListener("article", (e) => { addLatest(JSON.parse(e.data)); scheduleRefresh(); });
  events.addEventListener("retracted", (e) => { removeLatest(JSON.parse(e.data).id); scheduleRefresh(); });
  // The region views are a step behind the session changelog this event comes from: look once
  // more a little later, so the table and map catch up without waiting for the periodic refresh.
  events.addEventListener("session", () => { scheduleRefresh(); setTimeout(() => scheduleRefresh(), 3000); });
}

async function start() {
  connect();
  refresh();
  await loadLatest();
  setInterval(refresh, 30000); // metrics (throughput, lag) change without events
}

start();
