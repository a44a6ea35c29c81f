// Calls to the JSON API; filters become query parameters.
export const FILTERS = ["from", "to", "country", "dyad", "plover", "acled", "region", "q", "min_sources"];

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function fetchOnce(url) {
  const early = window.sitrepEarly && window.sitrepEarly[url];
  if (early) {
    delete window.sitrepEarly[url]; // a response body can be read once
    try { return await early; } catch (_) { /* fall through to a fresh request */ }
  }
  return fetch(url, { headers: { Accept: "application/json" } });
}

export async function getJSON(path, params = {}) {
  const response = await fetchOnce(path + query(params));
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
    throw new Error(`${response.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

export async function postJSON(path, body, token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  let data = null;
  try { data = await response.json(); } catch (_) { /* empty */ }
  return { ok: response.ok, status: response.status, data };
}

// Only the filters a list understands are sent to it.
export function pick(filters, names) {
  const out = {};
  for (const name of names) if (filters[name]) out[name] = filters[name];
  return out;
}
