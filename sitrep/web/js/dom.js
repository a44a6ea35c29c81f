// Building DOM nodes. Text from the store is only ever set as text nodes / textContent,
// never parsed as HTML: an article that contains <script> shows as those characters.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function fmtDate(value) {
  if (!value) return "";
  return String(value).slice(0, 10);
}

export function showError(message, sticky = false) {
  const box = document.getElementById("error");
  if (box.dataset.sticky) return; // a lasting problem (missing assets) stays in view
  box.textContent = message;
  box.hidden = false;
  if (sticky) box.dataset.sticky = "true";
  else setTimeout(() => { box.hidden = true; }, 6000);
}
