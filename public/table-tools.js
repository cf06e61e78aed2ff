// @ts-check
/**
 * Progressive enhancement for tables marked `data-sortable`: column headers become sort
 * buttons (aria-sort says the order), and a `[data-table-tools=<table id>]` block, hidden
 * without JavaScript, filters rows by text and by `data-*` fields. Every table is complete
 * without this script. It is a plain file in public/ so that it is always an external,
 * same-origin module (a strict Content-Security-Policy can forbid inline scripts).
 */

const collator = new Intl.Collator(document.documentElement.lang || "zh-CN", { numeric: true });

/**
 * @param {HTMLTableRowElement} row
 * @param {number} index
 * @param {"text" | "number"} type
 * @returns {string | number | null}
 */
function cellValue(row, index, type) {
  const cell = row.cells[index];
  if (!cell) return null;
  if (type === "number") {
    const raw = cell.dataset.sort ?? "";
    if (raw === "") return null;
    const n = Number(raw);
    return Number.isFinite(n) ? n : null;
  }
  return (cell.dataset.sort ?? cell.textContent ?? "").trim();
}

/**
 * @param {HTMLTableElement} table
 * @param {number} index
 * @param {"text" | "number"} type
 * @param {boolean} descending
 */
function sortBy(table, index, type, descending) {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows].map((row, i) => ({ row, i, v: cellValue(row, index, type) }));
  rows.sort((a, b) => {
    // Blanks last in both directions; ties keep the original (build) order.
    if (a.v === null || a.v === "") return b.v === null || b.v === "" ? a.i - b.i : 1;
    if (b.v === null || b.v === "") return -1;
    const c = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return (descending ? -c : c) || a.i - b.i;
  });
  body.append(...rows.map((r) => r.row));
}

/** @param {HTMLTableElement} table */
function enhanceSorting(table) {
  const headRow = table.tHead?.rows[0];
  if (!headRow) return;
  const template = table.dataset.sortLabel ?? "{col}";
  const headers = [...headRow.cells];
  headers.forEach((th, index) => {
    const type = th.dataset.sortType;
    if (type !== "text" && type !== "number") return;
    const label = (th.textContent ?? "").trim();
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = label;
    button.title = template.replace("{col}", label);
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      // Numbers sort largest first on the first click, text A→Z; each click after reverses.
      const current = th.getAttribute("aria-sort");
      const descending = current === null || current === "none" ? type === "number" : current === "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      sortBy(table, index, type, descending);
    });
  });
}

/**
 * @param {HTMLElement} tools
 * @param {HTMLTableElement} table
 */
function enhanceFilter(tools, table) {
  const body = table.tBodies[0];
  if (!body) return;
  const text = tools.querySelector("input[data-filter-text]");
  const fields = [...tools.querySelectorAll("select[data-filter-field]")];
  const count = tools.querySelector("[data-count]");
  const total = body.rows.length;
  const apply = () => {
    const query = text instanceof HTMLInputElement ? text.value : "";
    const words = query.replace(/[<>]/g, " ").trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of body.rows) {
      const hay = row.dataset.search ?? (row.textContent ?? "").toLowerCase();
      const ok =
        words.every((w) => hay.includes(w)) &&
        fields.every((f) => !(f instanceof HTMLSelectElement) || f.value === "" || row.dataset[f.dataset.filterField ?? ""] === f.value);
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (count instanceof HTMLElement) {
      count.textContent = (count.dataset.countTemplate ?? "{n}/{total}").replace("{n}", String(shown)).replace("{total}", String(total));
    }
  };
  text?.addEventListener("input", apply);
  for (const f of fields) f.addEventListener("change", apply);
  tools.hidden = false;
  apply();
}

for (const table of document.querySelectorAll("table[data-sortable]:not([data-enhanced])")) {
  if (!(table instanceof HTMLTableElement)) continue;
  table.dataset.enhanced = "";
  enhanceSorting(table);
  const tools = table.id ? document.querySelector(`[data-table-tools="${CSS.escape(table.id)}"]`) : null;
  if (tools instanceof HTMLElement) enhanceFilter(tools, table);
}
