/**
 * Which CEAC status text is this? Compares a paste with the official wordings of the `statuses`
 * collection (passed in, never copied here) by runs of three consecutive words, after mapping small
 * typos to the official spelling. A run counts as evidence for a variant only if no other variant's
 * wording contains it: that is what tells the long Refused text from the short one, which share their
 * first sentence, and why a text that merely says "refused" matches nothing.
 */
import { Vocabulary, tokenize, type Token } from './tokens';
import { isVariant, type Variant } from './variants';
import type { HeadingData } from './headings';

/** What the decoder needs from a status entry. */
export interface DecoderStatus {
  id: string;
  /** The status word CEAC shows, e.g. "Refused". */
  label: string;
  texts: readonly { text: string; seen: string }[];
}

/** How sure a result is; each level has words in src/content/decoder/confidence.yaml. */
export const confidences = ['high', 'medium', 'low', 'none'] as const;
export type Confidence = (typeof confidences)[number];

/**
 * text: matched an official wording. label: only the status word was found.
 * empty / no-match / ambiguous / label-ambiguous / not-decoded: the variant is `unknown`, for this reason.
 */
export type Reason = 'text' | 'label' | UnknownReason;

/** The reasons a paste is not placed; each has advice in src/content/decoder/advice.yaml. */
export const unknownReasons = ['empty', 'no-match', 'ambiguous', 'label-ambiguous', 'not-decoded'] as const;
export type UnknownReason = (typeof unknownReasons)[number];

/** A highlighted stretch: offsets into the paste and into the official wording, end exclusive. */
export interface MatchedPhrase {
  text: string;
  start: number;
  end: number;
  officialStart: number;
  officialEnd: number;
}

export interface DecodeResult {
  variant: Variant;
  confidence: Confidence;
  reason: Reason;
  /** The status entry recognised (also when its variant is unknown, e.g. "Approved"). */
  statusId?: string;
  /** Which of that status's wordings matched (index into its texts) and when it was seen. */
  textIndex?: number;
  seen?: string;
  /** The status word found on a line of its own, as CEAC shows it. */
  label?: string;
  /** Share of the official wording found in the paste, 0 to 1. */
  coverage: number;
  phrases: MatchedPhrase[];
  /** Status ids the paste could belong to when it cannot be placed. */
  candidates: string[];
  /** True when the paste was longer than MAX_INPUT and only its start was read. */
  truncated: boolean;
  /** The language tag when the status word was found as a translation ("Rechazado": es). */
  translated?: string;
}

/** Longer pastes are read up to this many characters; a CEAC page copied whole is about 3,000. */
export const MAX_INPUT = 20_000;
const N = 3;

interface Template {
  statusId: string;
  variant: Variant;
  textIndex: number;
  seen: string;
  tokens: Token[];
}

interface Index {
  templates: Template[];
  vocab: Vocabulary;
  /** trigram → template positions holding it */
  grams: Map<string, { t: number; pos: number }[]>;
  /** trigram → the single variant (or status id for non-variants) it belongs to, or null when shared */
  owner: Map<string, string | null>;
  labels: Label[];
  labelVocab: Vocabulary;
  /** Translated headings (folded) → the label they stand for, with the language. */
  translations: { tokens: string[]; label: Label; lang: string }[];
  /** Folded "status" words, each as its words, allowed before the heading. */
  statusWords: string[][];
  fillers: Set<string>;
}

interface Label {
  tokens: string[];
  label: string;
  statusIds: string[];
}

/** Lower case, Latin accents removed ("Trạng thái" → "trang thai"); other scripts are kept as they are. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/đ/gi, 'd')
    .normalize('NFC')
    .toLowerCase();
}
const splitWords = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((x) => x.length > 0);
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*$/;
const LATIN = /^[a-z0-9]+$/;

const keyOf = (words: readonly (string | null)[], i: number): string | null => {
  const a = words[i];
  const b = words[i + 1];
  const c = words[i + 2];
  return a && b && c ? `${a} ${b} ${c}` : null;
};

function ownerOf(t: Template): string {
  return t.variant === 'unknown' ? `status:${t.statusId}` : t.variant;
}

export function buildIndex(statuses: readonly DecoderStatus[], headings?: HeadingData): Index {
  const templates: Template[] = [];
  for (const s of statuses) {
    const variant: Variant = isVariant(s.id) ? s.id : 'unknown';
    s.texts.forEach((t, textIndex) => templates.push({ statusId: s.id, variant, textIndex, seen: t.seen, tokens: tokenize(t.text) }));
  }
  const grams = new Map<string, { t: number; pos: number }[]>();
  const owner = new Map<string, string | null>();
  templates.forEach((tpl, t) => {
    const words = tpl.tokens.map((x) => x.word);
    for (let pos = 0; pos + N <= words.length; pos++) {
      const key = keyOf(words, pos)!;
      const list = grams.get(key) ?? [];
      list.push({ t, pos });
      grams.set(key, list);
      const o = owner.get(key);
      owner.set(key, o === undefined || o === ownerOf(tpl) ? ownerOf(tpl) : null);
    }
  });
  const byLabel = new Map<string, { tokens: string[]; label: string; statusIds: string[] }>();
  for (const s of statuses) {
    const tokens = tokenize(s.label).map((x) => x.word);
    const key = tokens.join(' ');
    if (!key) continue;
    const entry = byLabel.get(key) ?? { tokens, label: s.label, statusIds: [] };
    entry.statusIds.push(s.id);
    byLabel.set(key, entry);
  }
  const labels = [...byLabel.values()];
  const translations: Index['translations'] = [];
  for (const h of headings?.words ?? []) {
    const label = labels.find((l) => l.label.toLowerCase() === h.label.toLowerCase());
    if (label) translations.push({ tokens: splitWords(h.word), label, lang: h.lang });
  }
  // Longest first, so "da duoc cap" is tried before "da cap".
  translations.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    templates,
    vocab: new Vocabulary(templates.flatMap((t) => t.tokens.map((x) => x.word))),
    grams,
    owner,
    labels,
    labelVocab: new Vocabulary(labels.flatMap((l) => l.tokens)),
    translations,
    statusWords: ['status', ...(headings?.statusWords ?? [])].map(splitWords).filter((x) => x.length > 0),
    fillers: new Set((headings?.fillers ?? []).flatMap(splitWords)),
  };
}

const startsWith = (words: readonly string[], head: readonly string[]) => head.length > 0 && head.every((x, i) => words[i] === x);

/**
 * The status heading, alone on a line as CEAC shows it: "Refused", "Status: Issued", "Issued Case
 * Last Updated: …", "Refused 12-Mar-2026", "Estado: Refused", "状态：拒绝", "Refused ho gaya".
 * Before the word only "status" words and fillers may stand; after it a date, fillers or "Case …".
 */
function findLabel(text: string, index: Index): { label: Label; lang?: string } | undefined {
  for (const line of text.split(/\r\n|\r|\n/)) {
    let words = splitWords(line);
    if (words.length === 0 || words.length > 12) continue;
    for (let changed = true; changed && words.length > 0;) {
      changed = false;
      const first = words[0]!;
      const sw = index.statusWords.find((x) => startsWith(words, x));
      if (sw) {
        words = words.slice(sw.length);
        changed = true;
      } else if (index.fillers.has(first)) {
        words = words.slice(1);
        changed = true;
      } else if (!LATIN.test(first)) {
        // Scripts written without spaces: "签证状态" (visa status) or "状态拒绝" glued to the heading.
        const glued = index.statusWords.find((x) => x.length === 1 && !LATIN.test(x[0]!) && first.includes(x[0]!));
        if (glued) {
          const after = first.slice(first.indexOf(glued[0]!) + glued[0]!.length);
          words = after ? [after, ...words.slice(1)] : words.slice(1);
          changed = true;
        }
      }
    }
    const tail = (rest: readonly string[]) =>
      rest.length === 0 ||
      rest[0] === 'case' ||
      rest.every((x) => /^\d+$/.test(x) || MONTH_WORD.test(x) || index.fillers.has(x) || x === 'on');
    for (const t of index.translations) {
      if (startsWith(words, t.tokens) && tail(words.slice(t.tokens.length))) return { label: t.label, lang: t.lang };
    }
    const canonical = words.map((x) => (LATIN.test(x) ? (index.labelVocab.canonical(x) ?? x) : x));
    for (const l of index.labels) {
      if (startsWith(canonical, l.tokens) && tail(canonical.slice(l.tokens.length))) return { label: l };
    }
  }
  return undefined;
}

/** Paste words in official spelling; a word split by a line break ("adjudi-\ncated") is rejoined. */
function canonicalWords(text: string, tokens: Token[], vocab: Vocabulary): { words: (string | null)[]; spans: Token[] } {
  const words: (string | null)[] = [];
  const spans: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const word = vocab.canonical(tok.word);
    const next = tokens[i + 1];
    // Only across a line break or hyphen, where copying from a narrow screen or a PDF splits words.
    if (
      next &&
      !vocab.has(tok.word) &&
      !vocab.has(next.word) &&
      next.start - tok.end <= 3 &&
      /[-\n\r]/.test(text.slice(tok.end, next.start))
    ) {
      const joined = vocab.canonical(tok.word + next.word);
      if (joined) {
        words.push(joined);
        spans.push({ word: joined, start: tok.start, end: next.end });
        i++;
        continue;
      }
    }
    words.push(word);
    spans.push(tok);
  }
  return { words, spans };
}

function base(reason: Reason, truncated: boolean): DecodeResult {
  return { variant: 'unknown', confidence: 'none', reason, coverage: 0, phrases: [], candidates: [], truncated };
}

/** Classify a paste against an index built once with `buildIndex`. */
export function decodeWithIndex(input: string, index: Index): DecodeResult {
  const truncated = input.length > MAX_INPUT;
  const text = truncated ? input.slice(0, MAX_INPUT) : input;
  if (text.trim() === '') return base('empty', truncated);

  const { words, spans } = canonicalWords(text, tokenize(text), index.vocab);
  const heading = findLabel(text, index);
  const label = heading?.label;

  // For each template: which of its positions were matched, and by which paste position.
  const hits = index.templates.map(() => new Map<number, number>());
  const distinctive = new Map<string, Set<string>>();
  const shared = new Set<string>();
  for (let i = 0; i + N <= words.length; i++) {
    const key = keyOf(words, i);
    const found = key ? index.grams.get(key) : undefined;
    if (!key || !found) continue;
    for (const { t, pos } of found) if (!hits[t]!.has(pos)) hits[t]!.set(pos, i);
    const o = index.owner.get(key);
    if (o) distinctive.set(o, (distinctive.get(o) ?? new Set()).add(key));
    else shared.add(key);
  }

  const ranked = [...distinctive.entries()].map(([o, keys]) => ({ owner: o, score: keys.size })).sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const second = ranked[1];
  const labelPart = label ? { label: label.label, ...(heading?.lang ? { translated: heading.lang } : {}) } : {};

  if (top && top.score >= 2) {
    if (second && second.score >= 2 && second.score * 2 >= top.score) {
      return {
        ...base('ambiguous', truncated),
        ...labelPart,
        candidates: ranked.filter((r) => r.score >= 2).map((r) => statusIdOf(r.owner, index)),
      };
    }
    const best = bestTemplate(top.owner, hits, index);
    const tpl = index.templates[best]!;
    const coverage = hits[best]!.size / Math.max(1, tpl.tokens.length - N + 1);
    return {
      variant: tpl.variant,
      confidence: tpl.variant === 'unknown' ? 'none' : coverage >= 0.5 ? 'high' : 'medium',
      reason: tpl.variant === 'unknown' ? 'not-decoded' : 'text',
      statusId: tpl.statusId,
      textIndex: tpl.textIndex,
      seen: tpl.seen,
      ...labelPart,
      coverage,
      phrases: phrasesOf(hits[best]!, tpl, spans, text),
      candidates: [],
      truncated,
    };
  }

  // At least three runs of three words from the official wordings before we call it a fragment.
  if (shared.size + (top?.score ?? 0) >= 3) {
    // Offer the statuses whose wording holds (nearly) as many of the matched runs as the best one.
    const counts = new Map<string, Set<string>>();
    const keys = [...shared, ...(top ? distinctive.get(top.owner)! : [])];
    for (const key of keys) {
      for (const { t } of index.grams.get(key)!) {
        const id = index.templates[t]!.statusId;
        if (!label || label.statusIds.includes(id)) counts.set(id, (counts.get(id) ?? new Set()).add(key));
      }
    }
    const most = Math.max(0, ...[...counts.values()].map((s) => s.size));
    const ids = [...counts].filter(([, s]) => s.size * 5 >= most * 4).map(([id]) => id);
    if (ids.length > 0) return { ...base('ambiguous', truncated), ...labelPart, candidates: ids };
  }

  if (label) {
    const decodable = label.statusIds.filter(isVariant);
    if (label.statusIds.length === 1 && decodable.length === 1) {
      const id = decodable[0]!;
      return { ...base('label', truncated), ...labelPart, variant: id, confidence: 'low', statusId: id };
    }
    if (label.statusIds.length === 1) {
      return { ...base('not-decoded', truncated), ...labelPart, statusId: label.statusIds[0]! };
    }
    return { ...base('label-ambiguous', truncated), ...labelPart, candidates: [...label.statusIds] };
  }
  return base('no-match', truncated);
}

function statusIdOf(owner: string, index: Index): string {
  if (owner.startsWith('status:')) return owner.slice('status:'.length);
  return index.templates.find((t) => t.variant === owner)?.statusId ?? owner;
}

function bestTemplate(owner: string, hits: Map<number, number>[], index: Index): number {
  let best = -1;
  index.templates.forEach((t, i) => {
    if (ownerOf(t) !== owner) return;
    if (best < 0 || hits[i]!.size > hits[best]!.size) best = i;
  });
  return best;
}

/** Joins matched positions into phrases: consecutive template words matched by consecutive paste words. */
function phrasesOf(hit: Map<number, number>, tpl: Template, spans: Token[], text: string): MatchedPhrase[] {
  const covered = new Map<number, number>(); // template word → paste word
  for (const [pos, i] of hit) for (let k = 0; k < N; k++) if (!covered.has(pos + k)) covered.set(pos + k, i + k);
  const positions = [...covered.keys()].sort((a, b) => a - b);
  const phrases: MatchedPhrase[] = [];
  let runStart = 0;
  for (let r = 1; r <= positions.length; r++) {
    const prev = positions[r - 1]!;
    const cur = positions[r];
    if (cur !== undefined && cur === prev + 1 && covered.get(cur) === covered.get(prev)! + 1) continue;
    const first = positions[runStart]!;
    const pasteFirst = spans[covered.get(first)!]!;
    const pasteLast = spans[covered.get(prev)!]!;
    phrases.push({
      text: text.slice(pasteFirst.start, pasteLast.end),
      start: pasteFirst.start,
      end: pasteLast.end,
      officialStart: tpl.tokens[first]!.start,
      officialEnd: tpl.tokens[prev]!.end,
    });
    runStart = r;
  }
  return phrases;
}

const indexes = new WeakMap<readonly DecoderStatus[], Map<HeadingData | undefined, Index>>();

/** Classify a paste. The index for `statuses` (and `headings`) is built once and reused for the same arrays. */
export function decodeStatusText(text: string, statuses: readonly DecoderStatus[], headings?: HeadingData): DecodeResult {
  const byHeadings = indexes.get(statuses) ?? new Map<HeadingData | undefined, Index>();
  indexes.set(statuses, byHeadings);
  let index = byHeadings.get(headings);
  if (!index) {
    index = buildIndex(statuses, headings);
    byHeadings.set(headings, index);
  }
  return decodeWithIndex(typeof text === 'string' ? text : '', index);
}
