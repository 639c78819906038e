/**
 * The whole of /wizard/props.json, the wizard island's props (src/islands/Wizard.svelte
 * `WizardProps`, written by src/data/wizard-props.ts). Checked at build time on the built file
 * (tests/build/wizard-props.test.ts); the browser checks only the top level before mounting
 * (src/lib/wizard/props-shape.ts), since this schema and zod would not fit the page's budget.
 * The type checks at the end keep this schema and `WizardProps` the same shape both ways.
 */
import { z } from 'astro/zod';
import type { WizardProps } from '../islands/Wizard.svelte';
import { factValues, meanings } from '../lib/wizard/facts';
import { timingKinds } from '../lib/wizard/timing';
import { policyKinds } from './policy';
import { isoDate } from './source';

const factKey = z.enum(Object.keys(factValues) as [keyof typeof factValues, ...(keyof typeof factValues)[]]);
const meaning = z.enum(meanings);
const text = z.string().min(1);
const strings = <const K extends string>(...keys: K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);

// The wording types (src/lib/wizard/wording.ts) allow an absent field written as `undefined`, so the
// words use `.optional()`; JSON never holds `undefined`, so the built file is checked just as strictly.
const worded = z.union([text, z.array(z.strictObject({ if: z.partialRecord(factKey, z.string()).optional(), text })).readonly()]);
const optionWords = z.strictObject({ label: worded, hint: text.optional(), reason: text, uncertainty: text.optional() });
const questionWords = z.strictObject({
  legend: worded,
  hint: worded.optional(),
  summary: text,
  options: z.record(z.string(), optionWords),
  aside: z.strictObject({ text, links: z.array(strings('href', 'label')).readonly() }).optional(),
});

const words = z.strictObject({
  questions: z.record(factKey, questionWords),
  meanings: z.record(meaning, text),
  sinceLabel: text,
  nationalityLabel: text,
  timing: z.record(
    z.string(),
    z.strictObject({ title: text.optional(), detail: text, basis: z.enum(['official', 'secondary', 'reported']) }),
  ),
  inquiryFigures: z.record(z.string(), text),
  notices: z.strictObject({
    heading: text,
    badValue: text,
    badDate: text,
    futureDate: text,
    contradiction: z.record(z.string(), text),
    labels: z.record(z.string(), text),
  }),
  time: strings('asOf', 'next', 'ifVisa', 'dvYearEnd', 'oneYear'),
  share: strings('copy', 'copied', 'shared', 'manual', 'leftOut', 'print'),
  error: strings('title', 'message'),
  dateLabels: strings('past', 'future', 'official', 'secondary', 'reported'),
});

const index = z.number().int().nonnegative();
const node = z.strictObject({
  q: factKey.exactOptional(),
  n: z.array(index).exactOptional(),
  o: z.string().exactOptional(),
  r: z.array(factKey).exactOptional(),
  s: index.exactOptional(),
  m: index.exactOptional(),
  t: index.exactOptional(),
});

export const wizardPropsSchema = z.strictObject({
  table: z.array(node).min(1),
  words,
  outcomes: z.record(z.string(), z.strictObject({ meaning, title: text, summary: text, timing: z.array(z.enum(timingKinds)) })),
  unsure: z.partialRecord(factKey, z.array(z.string())),
  origin: z.string().regex(/^https?:\/\/[^/]+$/),
  site: text,
  policies: z.array(
    z.strictObject({
      id: text,
      kind: z.enum(policyKinds),
      nationalities: z.array(z.string().regex(/^[a-z]{2}$/)).readonly(),
      visas: z.array(z.string()).readonly(),
      effective: isoDate,
      ended: isoDate.optional(),
      outcome: z.enum(['on-hold', 'refused']),
    }),
  ),
  countries: z.array(z.string().regex(/^[a-z]{2}$/)),
  lapse: z.record(z.string(), z.strictObject({ afterDays: index, becomes: text })),
  oneYear: z.array(z.string()),
});

type Parsed = z.infer<typeof wizardPropsSchema>;
/** Compiles only when A is assignable to B (checked by `astro check`). */
type Assignable<A, B extends A> = [A, B];
export type SchemaMatchesProps = [Assignable<WizardProps, Parsed>, Assignable<Parsed, WizardProps>];
