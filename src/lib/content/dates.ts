const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-26" → "26 November 2026". Day-month-year avoids the US/non-US ambiguity of 11/12. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  const [, y, m, d] = match;
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}
