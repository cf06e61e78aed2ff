// Starts Pagefind's default UI on /search/ (progressive enhancement: the page links to the
// projects and districts indexes without JavaScript). External, as the CSP allows no inline script.
window.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("search");
  if (el === null || typeof window.PagefindUI !== "function") return;
  new window.PagefindUI({ element: "#search", bundlePath: el.dataset.bundle, showSubResults: true, showImages: false });
  const input = el.querySelector("input");
  const q = new URLSearchParams(window.location.search).get("q");
  if (input && q) {
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
});
