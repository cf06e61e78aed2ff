/**
 * A small, safe Markdown renderer for the office's monthly note (data/notes/YYYY-MM.md).
 * Every character of the source is HTML-escaped first; only this subset becomes markup:
 * headings (#…####, rendered one level below the page's h2), paragraphs, "-"/"*"/"1." lists,
 * "> " quotes, "---" rules, **bold**, *italic*, `code` and [links](url). Links may be relative
 * (resolved against the site's base), "#fragments", http(s) or mailto; anything else (javascript:,
 * data:) is shown as text. Raw HTML in the note is shown as text, never interpreted.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function safeHref(raw: string, base: string): string | null {
  const url = raw.trim();
  if (/^(https?:|mailto:)/i.test(url)) return url;
  if (url.startsWith("#")) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return null;
  if (url.startsWith("/")) return url;
  return `${base.endsWith("/") ? base : `${base}/`}${url.replace(/^\.\//, "")}`;
}

/** Inline markup over already-escaped text. */
function inline(escaped: string, base: string): string {
  const codes: string[] = [];
  let s = escaped.replace(/`([^`]+)`/g, (_, c: string) => `\u0000${codes.push(`<code>${c}</code>`) - 1}\u0000`);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text: string, href: string) => {
    // The href was escaped with the rest; undo that to judge the URL, then escape it again.
    const raw = href.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    const safe = safeHref(raw, base);
    return safe === null ? whole : `<a href="${escapeHtml(safe)}">${text}</a>`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>");
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)] ?? "");
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Soft line breaks: nothing between two CJK characters (a space would show), a space otherwise. */
function joinLines(lines: string[]): string {
  return lines.reduce((acc, l) => (acc === "" ? l : CJK.test(acc.at(-1) ?? "") || CJK.test(l[0] ?? "") ? acc + l : `${acc} ${l}`), "");
}

/** Render a note to HTML. `base` is the site's base path, for relative links. */
export function renderMarkdown(source: string, base = "/"): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let para: string[] = [];
  let list: { tag: "ul" | "ol"; items: string[] } | null = null;
  let quote: string[] = [];
  const flushPara = () => {
    if (para.length > 0) out.push(`<p>${inline(escapeHtml(joinLines(para)), base)}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(escapeHtml(i), base)}</li>`).join("")}</${list.tag}>`);
    list = null;
  };
  const flushQuote = () => {
    if (quote.length > 0) out.push(`<blockquote>${renderMarkdown(quote.join("\n"), base)}</blockquote>`);
    quote = [];
  };
  const flush = () => {
    flushPara();
    flushList();
    flushQuote();
  };
  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quoted = /^>\s?(.*)$/.exec(line);
    if (line.trim() === "") flush();
    else if (quoted) {
      flushPara();
      flushList();
      quote.push(quoted[1] ?? "");
    } else if (heading) {
      flush();
      const level = Math.min(6, (heading[1]?.length ?? 1) + 2);
      out.push(`<h${level}>${inline(escapeHtml(heading[2] ?? ""), base)}</h${level}>`);
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      out.push("<hr>");
    } else if (bullet || numbered) {
      flushPara();
      flushQuote();
      const tag = bullet ? "ul" : "ol";
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)?.[1] ?? "");
    } else if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      flushQuote();
      para.push(line.trim());
    }
  }
  flush();
  return out.join("\n");
}
