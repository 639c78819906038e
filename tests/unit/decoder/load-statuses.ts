import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { DecoderStatus } from '../../../src/lib/decoder';

const dir = new URL('../../../src/content/statuses/', import.meta.url);

/** The statuses collection as the build reads it: the one copy of the official texts. */
export function loadStatuses(): DecoderStatus[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(new URL(f, dir), 'utf8')) as { label: string; texts: { text: string; seen: string }[] };
      return { id: f.replace(/\.yaml$/, ''), label: data.label, texts: data.texts.map((t) => ({ text: t.text, seen: t.seen })) };
    });
}

export function officialText(statuses: DecoderStatus[], id: string, index = 0): string {
  const text = statuses.find((s) => s.id === id)?.texts[index]?.text;
  if (!text) throw new Error(`No text ${index} for ${id}`);
  return text;
}
