/**
 * Serialises an SVG element as XML that is valid both standalone and inlined in HTML: every
 * attribute value and text node escaped (DOMs keep `&` and `<` raw in attribute values),
 * empty elements self-closed, comments dropped.
 */
export function serializeSvg(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const element = node as Element;
  const name = element.localName === "clippath" ? "clipPath" : element.localName;
  let out = `<${name}`;
  for (const { name: attribute, value } of [...element.attributes]) {
    out += ` ${attribute}="${escapeAttribute(value)}"`;
  }
  const children = [...element.childNodes].map(serializeSvg).join("");
  return children === "" ? `${out}/>` : `${out}>${children}</${name}>`;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
