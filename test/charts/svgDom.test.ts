import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { renderChart, type ChartSpec } from "../../src/lib/charts/index.ts";
import { ChartDocument, type ChartElement } from "../../src/lib/charts/svgDom.ts";
import { boardChart, categoryChart, countsChart, curveChart, mapChart, projectChart, type ChartView } from "../../src/lib/site/charts.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { modelsOf } from "../site/models.ts";

const svgNs = "http://www.w3.org/2000/svg";
const linkedomDocument = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

/** Every chart spec (the wide drawing) of the sample's newest and oldest editions, and every project's. */
function sampleSpecs(b: SiteBuild): ChartSpec[] {
  const views: ChartView[] = [];
  for (const site of [b.edition(""), b.edition(b.list.editions[0]!.prefix)]) {
    views.push(curveChart(site, null), countsChart(site), boardChart(site), categoryChart(site));
    const map = mapChart(site);
    if (map !== null) views.push(map);
    for (const d of site.districts) views.push(curveChart(site, d), categoryChart(site, d), countsChart(site, d));
  }
  const root = b.edition("");
  for (const p of b.site.projects) views.push(projectChart(root, p));
  return views.filter((v) => !v.spec.empty).map((v) => v.spec);
}

describe("ChartDocument", () => {
  let b: SiteBuild;
  beforeAll(async () => {
    b = await modelsOf("data", "/");
  }, 120_000);

  it("renderChart(spec) draws every chart of the sample exactly as it does on linkedom", () => {
    const specs = sampleSpecs(b);
    // Every kind of chart the sample's pages draw is among them (it has no map; districtMap's golden
    // test draws one, and the narrow drawings have goldens of their own).
    const kinds = ["project-history", "completion-curve", "start-completion-counts", "district-board", "category-bars"];
    expect(kinds.filter((kind) => !specs.some((s) => s.id.startsWith(kind)))).toEqual([]);
    expect(specs.length).toBeGreaterThan(100);
    const differing = specs.filter((spec) => renderChart(spec) !== renderChart(spec, linkedomDocument()));
    expect(differing.map((s) => s.id)).toEqual([]);
  });

  it("new ChartDocument() lists and serialises attributes newest first, as linkedom does", () => {
    const doc = new ChartDocument();
    const line = doc.createElementNS(svgNs, "line");
    line.setAttribute("x1", 1);
    line.setAttribute("x2", "2");
    line.setAttribute("x1", 3); // an existing attribute keeps its place
    line.setAttribute("y1", 4);
    expect(line.attributes.map((a) => `${a.name}=${a.value}`)).toEqual(["y1=4", "x2=2", "x1=3"]);
    line.removeAttribute("x2");
    line.setAttribute("x2", 5); // removed and set again: newest
    expect(line.attributes.map((a) => a.name)).toEqual(["x2", "y1", "x1"]);
    const ref = linkedomDocument().createElementNS(svgNs, "line");
    for (const [name, value] of [["x1", 1], ["x2", "2"], ["x1", 3], ["y1", 4]] as const) ref.setAttribute(name, String(value));
    ref.removeAttribute("x2");
    ref.setAttribute("x2", "5");
    expect([...ref.attributes].map((a) => a.name)).toEqual(["x2", "y1", "x1"]);
  });

  it("element.style keeps camelCase and hyphenated properties in the style attribute", () => {
    const svg = new ChartDocument().createElementNS(svgNs, "svg");
    svg.setAttribute("class", "c");
    Object.assign(svg.style, { background: "transparent", fontFamily: "system-ui, sans-serif" });
    svg.style.setProperty("font-size", "12px");
    svg.style.setProperty("background", "white"); // an existing property keeps its place
    expect(svg.getAttribute("style")).toBe("background:white;font-family:system-ui, sans-serif;font-size:12px");
    expect(svg.style.fontSize).toBe("12px");
    expect(svg.style.getPropertyValue("font-family")).toBe("system-ui, sans-serif");
    svg.style.removeProperty("font-family");
    expect(svg.style.cssText).toBe("background:white;font-size:12px");
    expect(svg.attributes.map((a) => a.name)).toEqual(["style", "class"]);
  });

  it("element.textContent replaces the children, and an empty text leaves none", () => {
    const doc = new ChartDocument();
    const text = doc.createElementNS(svgNs, "text");
    text.append(doc.createElementNS(svgNs, "tspan"), "b");
    (text.firstChild as ChartElement).textContent = "a";
    expect(text.textContent).toBe("ab");
    text.textContent = "c";
    expect(text.childNodes.map((n) => n.nodeType)).toEqual([3]);
    text.textContent = "";
    expect(text.childNodes).toEqual([]);
  });

  it("element.insertBefore(node, ref) moves a node that already has a parent", () => {
    const doc = new ChartDocument();
    const [a, b1, g] = [doc.createElementNS(svgNs, "a"), doc.createElementNS(svgNs, "b"), doc.createElementNS(svgNs, "g")];
    a.append(g);
    b1.append(doc.createElementNS(svgNs, "path"));
    b1.insertBefore(g, b1.firstChild);
    expect(a.childNodes).toEqual([]);
    expect(g.parentNode).toBe(b1);
    expect(b1.childNodes.map((n) => (n as ChartElement).localName)).toEqual(["g", "path"]);
    expect(() => a.insertBefore(doc.createElementNS(svgNs, "g"), g)).toThrow(/not a child/);
  });

  it("element.querySelectorAll(selector) answers type, class and descendant selectors, and throws on others", () => {
    const doc = new ChartDocument();
    const svg = doc.createElementNS(svgNs, "svg");
    const tick = doc.createElementNS(svgNs, "g");
    tick.setAttribute("class", "tick major");
    const line = doc.createElementNS(svgNs, "line");
    tick.append(line);
    svg.append(tick, doc.createElementNS(svgNs, "line"));
    expect(svg.querySelectorAll("*")).toHaveLength(3);
    expect(svg.querySelectorAll("line")).toHaveLength(2);
    expect(svg.querySelectorAll(".tick line")).toEqual([line]);
    expect(svg.querySelector("g.tick.major")).toBe(tick);
    expect(svg.querySelectorAll(".domain")).toEqual([]);
    expect(() => svg.querySelectorAll("g > line")).toThrow('unsupported selector ">"');
    expect(() => svg.querySelectorAll("[fill]")).toThrow('unsupported selector "[fill]"');
  });
});
