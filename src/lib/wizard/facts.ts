/**
 * The wizard's facts: the public URL contract of /wizard/ (docs/design.md §5.1).
 * Keys and values are stable; outside links, the decoder and the timelines use them.
 * Plain data with no dependencies so that any island can import it cheaply.
 */
export const factValues = {
  /** In-person interview, or documents dropped off under an interview waiver. */
  route: ['interview', 'dropbox'],
  /** What the officer said at the window (interview only). */
  officer: ['approved', '221g', 'refused', 'nothing'],
  /** What paper the applicant got. */
  paper: ['none', '221g', 'refusal', 'approval'],
  /** Colour of that paper. */
  slip: ['white', 'pink', 'yellow', 'blue', 'green', 'other'],
  /** What the slip, letter or email asks the applicant to do. */
  asks: ['documents', 'interview', 'passport', 'nothing', 'unsure'],
  /** Whether the post kept the passport. */
  passport: ['kept', 'returned'],
  /** What CEAC shows now; long/short is the text under Refused. */
  status: [
    'no-status',
    'application-received',
    'administrative-processing',
    'refused-long',
    'refused-short',
    'issued',
    'ready',
    'other',
  ],
} as const;

export type FactKey = keyof typeof factValues | 'since';
export type EnumFactKey = keyof typeof factValues;
export type FactValue<K extends EnumFactKey> = (typeof factValues)[K][number];

/** A (possibly partial) situation. `since` is the interview or drop-off date, YYYY-MM-DD. */
export type Facts = { [K in EnumFactKey]?: FactValue<K> } & { since?: string };

/** The order facts appear in URLs, so the same situation always has the same link. */
export const factOrder: readonly FactKey[] = ['route', 'officer', 'paper', 'slip', 'asks', 'passport', 'status', 'since'];

/** The verdict meanings (docs/design.md §5.2): exactly one is carried by the verdict's data-meaning. */
export const meanings = [
  'in-progress',
  'likely-approved',
  'administrative-processing',
  'documents-requested',
  'interview-required',
  'refused',
  'issued',
  'unclear',
] as const;
export type Meaning = (typeof meanings)[number];

export function isFactValue<K extends EnumFactKey>(key: K, value: unknown): value is FactValue<K> {
  return typeof value === 'string' && (factValues[key] as readonly string[]).includes(value);
}
