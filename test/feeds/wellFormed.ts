/**
 * A strict XML 1.0 well-formedness check for tests (linkedom's parser forgives what XML does not):
 * one root element, balanced tags, quoted attributes without `<`, no duplicate attributes, every
 * `&` an entity, no `]]>` in text, no characters XML forbids. Returns the problems found.
 */
export function wellFormedErrors(xml: string): string[] {
  const errors: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) errors.push("a character XML forbids");
  const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, "");
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]*>|[^<]+/g)) {
    const token = m[0];
    if (token.startsWith("<!--") || token.startsWith("<![CDATA[")) continue;
    if (!token.startsWith("<")) {
      if (stack.length === 0 && token.trim() !== "") errors.push(`text outside the root: ${JSON.stringify(token.slice(0, 40))}`);
      if (entity.test(token)) errors.push(`bare & in text: ${JSON.stringify(token.slice(0, 40))}`);
      if (token.includes("]]>")) errors.push("]]> in text");
      if (token.includes(">")) errors.push(`raw > in text: ${JSON.stringify(token.slice(0, 40))}`);
      continue;
    }
    const close = /^<\/([A-Za-z_][\w:.-]*)\s*>$/.exec(token);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) errors.push(`</${close[1]}> closes <${open ?? "nothing"}>`);
      continue;
    }
    const open = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>$/.exec(token);
    if (!open) {
      errors.push(`malformed tag: ${JSON.stringify(token.slice(0, 60))}`);
      continue;
    }
    const names = [...(open[2] ?? "").matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*("[^"]*"|'[^']*')/g)];
    const seen = new Set<string>();
    for (const [, name, value] of names) {
      if (seen.has(name!)) errors.push(`duplicate attribute ${name}`);
      seen.add(name!);
      if (entity.test(value!)) errors.push(`bare & in attribute ${name}`);
    }
    if (stack.length === 0) roots++;
    if (open[3] !== "/") stack.push(open[1]!);
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  return errors;
}
