// Search on /search/ (progressive enhancement: without JavaScript the page links to the projects
// and districts indexes). The page holds a plain form; Pagefind's default UI (~120 KB) is loaded
// from the same origin only when the reader focuses or uses the form, or arrives with ?q=, then
// takes over with what was typed. External, as the CSP allows no inline script.
(() => {
  const form = document.getElementById("search-form");
  const box = document.getElementById("search");
  const field = document.getElementById("search-q");
  if (form === null || box === null || field === null) return;
  const bundle = box.dataset.bundle;
  let started = false;
  const start = (query) => {
    if (started) return;
    started = true;
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = `${bundle}pagefind-ui.css`;
    document.head.append(css);
    const script = document.createElement("script");
    script.src = `${bundle}pagefind-ui.js`;
    script.addEventListener("load", () => {
      if (typeof window.PagefindUI !== "function") return;
      new window.PagefindUI({ element: "#search", bundlePath: bundle, showSubResults: true, showImages: false });
      form.hidden = true;
      const input = box.querySelector("input");
      if (input === null) return;
      const q = query ?? field.value;
      if (q) {
        input.value = q;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      input.focus();
    });
    document.head.append(script);
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    start(null);
  });
  field.addEventListener("focus", () => start(null), { once: true });
  field.addEventListener("input", () => start(null), { once: true });
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    field.value = q;
    start(q);
  }
})();
