import { z } from 'astro/zod';

const sentence = z.string().min(10, { error: 'Write it as a full sentence.' });

/**
 * A letter template of /next-steps/, in src/content/letters/<id>.yaml. The file name is the letter id
 * (src/lib/templates/letters.ts names the ids) and the anchor of its text box (#letter-<id>).
 */
export const letterSchema = z.strictObject({
  /** Where the letter comes in the list, 1 first. */
  order: z.number().int().positive(),
  /** The letter's heading. */
  title: z.string().min(5).max(90, { error: 'Keep the title under 90 characters.' }),
  /** When this letter is the right one, in one sentence. */
  when: sentence,
  /** What the letter should contain and how to send it, one sentence each. */
  include: z.array(sentence).min(1),
  /**
   * The letter: {field} slots (field names from src/content/letter-fields/fields.yaml) and
   * [[optional parts]], kept only when every slot inside is filled.
   */
  text: z.string().min(50),
});
export type LetterData = z.infer<typeof letterSchema>;

/**
 * One letter field, in src/content/letter-fields/fields.yaml, keyed by the field name the letters'
 * slots use. A field a person types has a label and a type; a field the planner fills has neither.
 */
export const letterFieldSchema = z
  .strictObject({
    /** What the letter shows while the field is empty, in [brackets] so the gap is obvious. */
    placeholder: z.string().regex(/^\[.+\]$/, { error: 'Write the placeholder in [square brackets].' }),
    /** The form label, for a field a person types. */
    label: z.string().min(3).optional(),
    /** A short note under the label. */
    hint: z.string().min(3).optional(),
    /** The form control: free text or a date picker. */
    type: z.enum(['text', 'date']).optional(),
  })
  .refine((f) => (f.label === undefined) === (f.type === undefined), {
    error: 'A typed field needs both label and type; a computed field has neither.',
    path: ['label'],
  });
export type LetterFieldData = z.infer<typeof letterFieldSchema>;
