/**
 * Makes Plot's SVG deterministic: numbers in attributes rounded to two decimals, generated ids
 * and class names renumbered under a prefix. Works on a DOM element in place (the chart document of
 * svgDom.ts, or any other).
 */

const decimal = /-?\d*\.\d+(?:e[-+]?\d+)?/gi;
/** Attributes that hold names or text, never geometry: left as they are. */
const verbatim = new Set(["id", "class", "href", "aria-label", "aria-description", "aria-labelledby", "aria-describedby", "font-family", "role", "xmlns"]);

/** Rounds `value` to at most `digits` decimals, without "-0". */
export function roundNumber(value: number, digits = 2): string {
  const k = 10 ** digits;
  const rounded = Math.round(value * k) / k;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Rounds every decimal number in an attribute value. */
export function roundNumbers(value: string, digits = 2): string {
  return value.replace(decimal, (match) => roundNumber(Number(match), digits));
}

/** Rounds the numbers in every attribute of `root` and its descendants. */
export function roundAttributes(root: Element): void {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) {
      if (verbatim.has(name)) continue;
      const rounded = roundNumbers(value);
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
}

/** Plot's generated class names, e.g. `plot-d6a7b5` (and `plot-d6a7b5-swatch`). */
const generatedClass = /^plot-[0-9a-f]{6}/;

/**
 * Renames every `id` to `${prefix}-1`, `${prefix}-2`, … in document order and Plot's generated
 * class to `${prefix}`, rewriting references (`url(#…)`, `href="#…"`, and the `<style>` rules).
 */
export function renumberIds(root: Element, prefix: string): void {
  const renames = new Map<string, string>();
  const elements = [root, ...root.querySelectorAll("*")];
  let n = 0;
  for (const element of elements) {
    const id = element.getAttribute("id");
    if (id !== null && !renames.has(`#${id}`)) {
      const next = `${prefix}-${++n}`;
      renames.set(`#${id}`, `#${next}`);
      element.setAttribute("id", next);
    }
    const classes = element.getAttribute("class");
    if (classes !== null) {
      const renamed = classes
        .split(/\s+/)
        .map((name) => {
          const match = generatedClass.exec(name);
          if (match === null) return name;
          renames.set(`.${match[0]}`, `.plot-${prefix}`);
          return `plot-${prefix}${name.slice(match[0].length)}`;
        })
        .join(" ");
      if (renamed !== classes) element.setAttribute("class", renamed);
    }
  }
  if (renames.size === 0) return;
  const pattern = new RegExp(`(${[...renames.keys()].map(escapeRegExp).join("|")})(?![\\w-])`, "g");
  const rewrite = (value: string) => value.replace(pattern, (match) => renames.get(match) ?? match);
  for (const element of elements) {
    for (const { name, value } of [...element.attributes]) {
      if (name === "id" || name === "class") continue;
      if (value.includes("#")) {
        const next = rewrite(value);
        if (next !== value) element.setAttribute(name, next);
      }
    }
    if (element.localName === "style" && element.textContent !== null) {
      element.textContent = rewrite(element.textContent);
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
