/**
 * `JSON.stringify(doc, null, 2)` in pieces, for a document whose bulk is one top-level array (an
 * edition's projects): the text before the array, then each element as it is made, then the rest.
 * The same bytes as stringifying the whole document (test/opendata/jsonChunks.test.ts), without the
 * document, or its text of tens of MB at 10,000 projects, ever being whole in memory: each element's
 * objects and text die young, which the garbage collector handles far more cheaply.
 * `key`'s place among `doc`'s keys is kept (it goes last when `doc` has no such key).
 */
export function* jsonChunks(doc: Readonly<Record<string, unknown>>, key: string, items: Iterable<unknown>): Generator<string> {
  // A string no data holds: JSON writes U+0000 escaped, so its quoted form is found only where it was put.
  const marker = "\u0000jsonChunks\u0000";
  const quoted = JSON.stringify(marker);
  const text = JSON.stringify({ ...doc, [key]: marker }, null, 2);
  const at = text.indexOf(quoted);
  if (at < 0 || text.indexOf(quoted, at + 1) >= 0) {
    // The document itself holds the marker: no shortcut, the whole text at once.
    yield JSON.stringify({ ...doc, [key]: [...items] }, null, 2);
    return;
  }
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    // An element is two levels deep, so its lines are indented by four more spaces: stringified
    // two levels deep itself and cut out: 0.32–0.41 s against 0.47–0.52 s for indenting its text
    // again, over 63,434 rows of the 10,000-project bench.
    const nested = JSON.stringify([[item]], null, 2);
    yield `${first ? "[" : ","}\n    ${nested.slice(NESTED_HEAD, nested.length - NESTED_TAIL)}`;
    first = false;
  }
  yield first ? "[]" : "\n  ]";
  yield text.slice(at + quoted.length);
}

/** Around an element stringified as `[[item]]`: "[\n  [\n    " and "\n  ]\n]". */
const NESTED_HEAD = "[\n  [\n    ".length;
const NESTED_TAIL = "\n  ]\n]".length;

/** `items` mapped lazily, one element at a time. */
export function* mapLazily<T, U>(items: Iterable<T>, f: (item: T, index: number) => U): Generator<U> {
  let i = 0;
  for (const item of items) yield f(item, i++);
}
