/** Splits a text into plain and highlighted pieces, so a view can render them as text nodes. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Ranges are [start, end) offsets; overlapping or unsorted ranges are merged, and so are ranges only whitespace apart. */
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
  // Whitespace between two marked pieces is marked too, so one phrase reads as one highlight.
  const joined: Segment[] = [];
  for (let i = 0; i < out.length; i++) {
    const seg = out[i]!;
    const prev = joined[joined.length - 1];
    const next = out[i + 1];
    if (!seg.marked && prev?.marked && next?.marked && seg.text.trim() === '') {
      prev.text += seg.text + next.text;
      i++;
    } else if (seg.marked && prev?.marked) prev.text += seg.text;
    else joined.push({ ...seg });
  }
  return joined;
}
