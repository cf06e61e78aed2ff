/** The last day of a "YYYY-MM" month, "YYYY-MM-DD" (calendar arithmetic, no time zone). */
export function monthEnd(month: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new Error(`monthEnd: expected YYYY-MM, got "${month}"`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const day = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(day).padStart(2, "0")}`;
}

/** An edition's date: the office's publication date when there is one, else its month's last day. */
export function editionDate(month: string, publishedOn?: string | null): string {
  if (publishedOn !== undefined && publishedOn !== null) return checkDate(publishedOn);
  return monthEnd(month);
}

/** `date` when it is a real "YYYY-MM-DD" day; throws otherwise. */
export function checkDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
    throw new Error(`expected a date YYYY-MM-DD, got "${date}"`);
  return date;
}

/** A day as an RFC 3339 timestamp at midnight in the given UTC offset ("+08:00", "Z"). */
export function dayTimestamp(date: string, utcOffset = "+08:00"): string {
  if (!/^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/.test(utcOffset)) throw new Error(`expected a UTC offset like +08:00 or Z, got "${utcOffset}"`);
  return `${checkDate(date)}T00:00:00${utcOffset}`;
}
