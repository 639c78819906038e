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
  status: ['no-status', 'application-received', 'administrative-processing', 'refused-long', 'refused-short', 'issued', 'ready', 'other'],
  /**
   * The kind of visa: visitor (B1/B2); student or exchange (F, M, J); work H or L and their
   * families; any other nonimmigrant visa; family immigrant (IR, CR, F and K); employment
   * immigrant; diversity visa. Added in 2026; optional, so older links keep their meaning.
   */
  visa: ['b', 'f-m-j', 'h-l', 'other-niv', 'iv-family', 'iv-employment', 'iv-dv'],
} as const;

/** The facts that were in the contract before `visa` and `nationality` (the base URL space). */
export const baseFactKeys = ['route', 'officer', 'paper', 'slip', 'asks', 'passport', 'status'] as const;

/** Immigrant visa kinds (the rest are nonimmigrant). */
export const immigrantVisas: readonly string[] = ['iv-family', 'iv-employment', 'iv-dv'];

export type FactKey = keyof typeof factValues | 'since' | 'nationality';
export type EnumFactKey = keyof typeof factValues;
export type FactValue<K extends EnumFactKey> = (typeof factValues)[K][number];

/**
 * A (possibly partial) situation. `since` is the interview or drop-off date, YYYY-MM-DD;
 * `nationality` the passport's ISO 3166-1 alpha-2 code, lower case (checked against
 * src/lib/policies/countries.ts by the codec; it never leaves the browser).
 */
export type Facts = { [K in EnumFactKey]?: FactValue<K> } & { since?: string; nationality?: string };

/** The order facts appear in URLs, so the same situation always has the same link. */
export const factOrder: readonly FactKey[] = [
  'route',
  'officer',
  'paper',
  'slip',
  'asks',
  'passport',
  'status',
  'visa',
  'since',
  'nationality',
];

/** The verdict meanings (docs/design.md §5.2): exactly one is carried by the verdict's data-meaning. */
export const meanings = [
  'in-progress',
  'likely-approved',
  'administrative-processing',
  'documents-requested',
  'interview-required',
  'refused',
  'issued',
  'on-hold',
  'unclear',
] as const;
export type Meaning = (typeof meanings)[number];

export function isFactValue<K extends EnumFactKey>(key: K, value: unknown): value is FactValue<K> {
  return typeof value === 'string' && (factValues[key] as readonly string[]).includes(value);
}
