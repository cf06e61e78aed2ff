// Search on /search/ (progressive enhancement: without JavaScript the page links to the projects
// and districts indexes). One box, results as the reader types: Pagefind's small search API
// (pagefind.js, its index and WebAssembly from the same origin) is loaded when the reader first
// focuses or types in the box, or arrives with ?q=, with the site-wide pages' index merged into
// the other pages' one (their folders in data-bundle and data-merge); the results are drawn here, in
// the page's language (strings from the page's data attributes). External, as the CSP allows no
// inline script.
(() => {
  const form = document.getElementById("search-form");
  const field = document.getElementById("search-q");
  const out = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  if (form === null || field === null || out === null || status === null) return;
  const text = out.dataset;
  const PAGE = 20;
  let api = null;
  let shown = [];
  let current = "";

  const load = () => {
    if (api === null) {
      status.textContent = text.loading;
      api = import(`${text.bundle}pagefind.js`).then(async (pf) => {
        await pf.options({ excerptLength: 24 });
        await pf.init();
        // The site-wide pages' index (data-merge): one search goes to both, results by score.
        if (text.merge) await pf.mergeIndex(text.merge, { excerptLength: 24 });
        return pf;
      });
    }
    return api;
  };

  // Pagefind's excerpt is escaped text with <mark> around the matches: keep exactly that.
  const excerpt = (html) => {
    const p = document.createElement("p");
    p.className = "small search-excerpt";
    const t = document.createElement("template");
    t.innerHTML = html;
    for (const node of t.content.childNodes) {
      if (node.nodeName === "MARK") {
        const m = document.createElement("mark");
        m.textContent = node.textContent;
        p.append(m);
      } else p.append(node.textContent);
    }
    return p;
  };

  const draw = async (results, from) => {
    const items = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    for (const d of items) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = d.url;
      a.textContent = (d.meta && d.meta.title) || d.url;
      li.append(a, excerpt(d.excerpt || ""));
      out.querySelector("ol").append(li);
    }
    const more = out.querySelector("button");
    if (more) more.remove();
    if (from + PAGE < results.length) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "search-more";
      b.textContent = text.more;
      b.addEventListener("click", () => draw(results, from + PAGE));
      out.append(b);
    }
  };

  const run = async (q, immediate) => {
    current = q;
    const url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (q.trim() === "") {
      out.replaceChildren();
      status.textContent = "";
      return;
    }
    const pf = await load();
    const found = immediate ? await pf.search(q) : await pf.debouncedSearch(q, {}, 200);
    // A newer search started while this one ran: its results win.
    if (found === null || q !== current) return;
    shown = found.results;
    status.textContent = shown.length === 0 ? text.none.replace("{q}", q) : text.count.replace("{n}", String(shown.length));
    out.replaceChildren(document.createElement("ol"));
    await draw(shown, 0);
  };

  field.addEventListener("focus", () => load(), { once: true });
  field.addEventListener("input", () => run(field.value, false));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run(field.value, true);
  });
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    field.value = q;
    run(q, true);
  }
})();
