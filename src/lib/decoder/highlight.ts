/** Splits a text into plain and highlighted pieces, so a view can render them as text nodes. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Ranges are [start, end) offsets; overlapping or unsorted ranges are merged. */
export function highlightSegments(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.end <= at) continue;
    const start = Math.max(r.start, at);
    const last = out[out.length - 1];
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    else if (last?.marked) {
      last.text += text.slice(start, r.end);
      at = r.end;
      continue;
    }
    out.push({ text: text.slice(start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
