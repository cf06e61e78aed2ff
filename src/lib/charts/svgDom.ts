/**
 * The smallest document Plot can draw a static SVG into, for the build: elements with ordered
 * attributes, text nodes, an inline style, and the few queries d3-selection and Plot make.
 * linkedom did this job before; a project's small chart spent more time in linkedom's
 * per-node bookkeeping (event targets, a linked list of start and end nodes) and in reading
 * its attributes back than in Plot. This document keeps nothing a browser would need for
 * events, layout or parsing.
 *
 * What it serialises is what linkedom serialised, byte for byte (test/charts/svgDom.test.ts
 * draws every chart of the sample with both): attributes come out newest first, as linkedom
 * keeps them, and the inline style is `name:value` pairs joined by ";".
 * Anything Plot might ask of it that it cannot answer (a selector it does not know) throws.
 */

const XHTML = "http://www.w3.org/1999/xhtml";

export class ChartNode {
  parentNode: ChartElement | null = null;
  constructor(
    readonly ownerDocument: ChartDocument,
    readonly nodeType: 1 | 3,
  ) {}

  get nextSibling(): ChartNode | null {
    const siblings = this.parentNode?.childNodes;
    if (siblings === undefined) return null;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  get previousSibling(): ChartNode | null {
    const siblings = this.parentNode?.childNodes;
    if (siblings === undefined) return null;
    return siblings[siblings.indexOf(this) - 1] ?? null;
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }

  // Plot draws static pictures here: nothing listens and nothing is dispatched.
  addEventListener(): void {}
  removeEventListener(): void {}
  dispatchEvent(): boolean {
    return true;
  }
}

export class ChartText extends ChartNode {
  nodeValue: string;
  constructor(document: ChartDocument, text: string) {
    super(document, 3);
    this.nodeValue = text;
  }
  get textContent(): string {
    return this.nodeValue;
  }
  set textContent(text: string) {
    this.nodeValue = String(text ?? "");
  }
  cloneNode(): ChartText {
    return new ChartText(this.ownerDocument, this.nodeValue);
  }
}

/** An attribute as `element.attributes` lists it. */
export interface ChartAttribute {
  name: string;
  value: string;
}

export class ChartElement extends ChartNode {
  readonly childNodes: ChartNode[] = [];
  /** Values by name in the order first set; listed and serialised newest first, as linkedom does. */
  readonly attributeMap = new Map<string, string>();
  private styleProxy: CSSStyle | undefined;
  /** d3-selection keeps each node's datum here. */
  __data__?: unknown;

  constructor(
    document: ChartDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {
    super(document, 1);
  }

  get tagName(): string {
    return this.namespaceURI === XHTML ? this.localName.toUpperCase() : this.localName;
  }

  get attributes(): ChartAttribute[] {
    return [...this.attributeMap].reverse().map(([name, value]) => ({ name, value }));
  }
  getAttribute(name: string): string | null {
    return this.attributeMap.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributeMap.has(name);
  }
  setAttribute(name: string, value: unknown): void {
    this.attributeMap.set(name, String(value));
  }
  removeAttribute(name: string): void {
    this.attributeMap.delete(name);
  }
  // As linkedom: the namespace is dropped and the local name kept (Plot's only use is xlink:href).
  getAttributeNS(_: string | null, name: string): string | null {
    return this.getAttribute(name);
  }
  setAttributeNS(_: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  removeAttributeNS(_: string | null, name: string): void {
    this.removeAttribute(name);
  }

  get className(): string {
    return this.getAttribute("class") ?? "";
  }
  set className(value: string) {
    this.setAttribute("class", value);
  }

  get style(): CSSStyle {
    return (this.styleProxy ??= cssStyle(this));
  }
  set style(text: string) {
    this.setAttribute("style", text);
  }

  get firstChild(): ChartNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): ChartNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get children(): ChartElement[] {
    return this.childNodes.filter(isElement);
  }
  get firstElementChild(): ChartElement | null {
    return this.childNodes.find(isElement) ?? null;
  }

  appendChild<T extends ChartNode>(node: T): T {
    return this.insertBefore(node, null);
  }
  insertBefore<T extends ChartNode>(node: T, before: ChartNode | null): T {
    if (node.parentNode !== null) node.parentNode.removeChild(node);
    const at = before === null ? -1 : this.childNodes.indexOf(before);
    if (before !== null && at < 0) throw new Error("insertBefore: the reference node is not a child of this element");
    if (at < 0) this.childNodes.push(node);
    else this.childNodes.splice(at, 0, node);
    node.parentNode = this;
    return node;
  }
  removeChild<T extends ChartNode>(node: T): T {
    const at = this.childNodes.indexOf(node);
    if (at < 0) throw new Error("removeChild: not a child of this element");
    this.childNodes.splice(at, 1);
    node.parentNode = null;
    return node;
  }
  append(...nodes: (ChartNode | string)[]): void {
    for (const node of nodes) this.appendChild(this.ownerDocument.adopt(node));
  }
  replaceChildren(...nodes: (ChartNode | string)[]): void {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes.length = 0;
    this.append(...nodes);
  }

  get textContent(): string {
    let text = "";
    for (const child of this.childNodes) text += child.nodeType === 3 ? (child as ChartText).nodeValue : (child as ChartElement).textContent;
    return text;
  }
  set textContent(text: unknown) {
    // As linkedom: no text node for an empty text.
    this.replaceChildren();
    if (text != null && text !== "") this.appendChild(new ChartText(this.ownerDocument, String(text)));
  }

  cloneNode(deep = false): ChartElement {
    const copy = new ChartElement(this.ownerDocument, this.namespaceURI, this.localName);
    for (const [name, value] of this.attributeMap) copy.attributeMap.set(name, value);
    if (deep) for (const child of this.childNodes) copy.appendChild((child as ChartElement | ChartText).cloneNode(true));
    return copy;
  }

  /** Every element below this one, in document order. */
  descendants(): ChartElement[] {
    const out: ChartElement[] = [];
    const walk = (element: ChartElement) => {
      for (const child of element.childNodes) {
        if (child.nodeType !== 1) continue;
        out.push(child as ChartElement);
        walk(child as ChartElement);
      }
    };
    walk(this);
    return out;
  }

  querySelectorAll(selector: string): ChartElement[] {
    const match = compileSelector(selector);
    return this.descendants().filter((element) => match(element, this));
  }
  querySelector(selector: string): ChartElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  matches(selector: string): boolean {
    return compileSelector(selector)(this, null);
  }

  getBBox(): never {
    throw new Error("getBBox: the build's chart document has no layout (Plot's tip mark needs a browser)");
  }
}

function isElement(node: ChartNode): node is ChartElement {
  return node.nodeType === 1;
}

export class ChartDocument {
  readonly documentElement: ChartElement;
  readonly defaultView = {
    getComputedStyle: () => ({ getPropertyValue: () => "" }),
    Event: class {
      constructor(readonly type: string) {}
    },
  };
  constructor() {
    this.documentElement = new ChartElement(this, XHTML, "html");
  }
  createElementNS(namespace: string | null, name: string): ChartElement {
    return new ChartElement(this, namespace ?? XHTML, name);
  }
  createElement(name: string): ChartElement {
    return new ChartElement(this, XHTML, name.toLowerCase());
  }
  createTextNode(text: string): ChartText {
    return new ChartText(this, String(text));
  }
  /** A node for `append`: strings become text nodes, as in the DOM. */
  adopt(node: ChartNode | string): ChartNode {
    return typeof node === "string" ? this.createTextNode(node) : node;
  }
}

/**
 * An element's inline style, kept in its `style` attribute (so the attribute, once made, keeps
 * its place among the others): camelCase or hyphenated properties, `setProperty`,
 * `removeProperty`, `getPropertyValue` and `cssText`.
 */
export interface CSSStyle {
  cssText: string;
  readonly length: number;
  getPropertyValue(name: string): string;
  setProperty(name: string, value: string | null, priority?: string): void;
  removeProperty(name: string): void;
  [property: string]: unknown;
}

function cssStyle(element: ChartElement): CSSStyle {
  const read = (): Map<string, string> => {
    const rules = new Map<string, string>();
    for (const rule of (element.getAttribute("style") ?? "").split(/\s*;\s*/)) {
      const [key, ...rest] = rule.split(":");
      if (rest.length === 0) continue;
      const name = key!.trim();
      const value = rest.join(":").trim();
      if (name !== "" && value !== "") rules.set(name, value);
    }
    return rules;
  };
  const write = (name: string, value: unknown) => {
    const rules = read();
    if (value == null) rules.delete(name);
    else rules.set(name, String(value));
    element.setAttribute("style", [...rules].map(([k, v]) => `${k}:${v}`).join(";"));
  };
  const methods = {
    getPropertyValue: (name: string) => read().get(name) ?? "",
    setProperty: (name: string, value: string | null) => write(name, value),
    removeProperty: (name: string) => write(name, null),
  };
  return new Proxy({} as CSSStyle, {
    get(_, name) {
      if (typeof name !== "string") return undefined;
      if (name in methods) return methods[name as keyof typeof methods];
      if (name === "cssText") return element.getAttribute("style") ?? "";
      if (name === "length") return read().size;
      return read().get(hyphenate(name)) ?? "";
    },
    set(_, name, value) {
      if (typeof name !== "string") return false;
      if (name === "cssText") element.setAttribute("style", String(value));
      else write(hyphenate(name), value);
      return true;
    },
  });
}

function hyphenate(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

type Matcher = (element: ChartElement, scope: ChartElement | null) => boolean;
const selectors = new Map<string, Matcher>();

/**
 * Selectors of type and class names with descendant combinators ("*", "g", ".tick line"):
 * all d3-selection and Plot ask of a static chart. Anything else throws, so an unanswered
 * query is not silently empty.
 */
function compileSelector(selector: string): Matcher {
  let hit = selectors.get(selector);
  if (hit !== undefined) return hit;
  const alternatives = selector.split(",").map((alternative) => {
    const parts = alternative.trim().split(/\s+/).map(compound);
    return (element: ChartElement, scope: ChartElement | null) => {
      if (!parts[parts.length - 1]!(element)) return false;
      // The remaining parts must match ancestors, right to left, below the scope.
      let i = parts.length - 2;
      for (let up = element.parentNode; i >= 0 && up !== null && up !== scope; up = up.parentNode) {
        if (parts[i]!(up)) i--;
      }
      return i < 0;
    };
  });
  hit = (element, scope) => alternatives.some((match) => match(element, scope));
  selectors.set(selector, hit);
  return hit;
}

function compound(text: string): (element: ChartElement) => boolean {
  const m = /^(\*|[a-zA-Z][\w-]*)?((?:\.[\w-]+)*)$/.exec(text);
  if (m === null || text === "") throw new Error(`chart document: unsupported selector "${text}"`);
  const tag = m[1] === undefined || m[1] === "*" ? null : m[1].toLowerCase();
  const classes = m[2]!.split(".").filter((c) => c !== "");
  return (element) => {
    if (tag !== null && element.localName.toLowerCase() !== tag) return false;
    if (classes.length === 0) return true;
    const own = (element.getAttribute("class") ?? "").split(/\s+/);
    return classes.every((c) => own.includes(c));
  };
}
