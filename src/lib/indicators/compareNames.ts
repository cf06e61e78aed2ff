/**
 * Locale-independent order of names: by UTF-16 code unit, so ranks and lists never depend on the
 * machine's collation or on input order.
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
