/**
 * The wizard's words and outcome schema: every question and answer has words, every "not sure"
 * answer says what the uncertainty means, every rule and question is described for reviewers,
 * and the outcome schema refuses incomplete content with messages naming the field.
 */
import { describe, expect, test } from 'vitest';
import { outcomeSchema } from '../../src/schemas/outcome';
import { factValues, meanings, type EnumFactKey } from '../../src/lib/wizard/facts';
import { questions } from '../../src/lib/wizard/questions';
import { allRules as rules } from '../../src/lib/wizard/rules';
import { askedText, ruleDescriptions } from '../../src/lib/wizard/review';
import { pick } from '../../src/lib/wizard/wording';
import { wizardWords } from './wizard-words-data';
import { stepFor } from '../../src/lib/wizard/verdict';

describe('words for every question and answer', () => {
  test('each question offers the contract values in order and has a legend and a short name', () => {
    for (const q of questions) {
      expect(q.options).toEqual(factValues[q.key]);
      const w = wizardWords.questions[q.key];
      expect(pick(w.legend, {}).length, q.key).toBeGreaterThan(10);
      expect(w.summary.length, q.key).toBeGreaterThan(3);
    }
  });

  test('each answer has a label and a one-sentence reason; each "not sure" answer says what it means', () => {
    for (const q of questions) {
      for (const value of q.options) {
        const o = wizardWords.questions[q.key].options[value];
        expect(o, `${q.key}=${value}`).toBeDefined();
        expect(pick(o!.label, {}).length).toBeGreaterThan(1);
        expect(o!.reason.length).toBeGreaterThan(15);
        if (q.unsure?.includes(value)) expect(o!.uncertainty?.length, `${q.key}=${value}`).toBeGreaterThan(20);
      }
    }
  });

  test('"I’m not sure" is offered wherever the contract has a value for it', () => {
    const offered = Object.fromEntries(questions.filter((q) => q.unsure).map((q) => [q.key, q.unsure]));
    expect(offered).toEqual({ status: ['other'], officer: ['nothing'], asks: ['unsure'], slip: ['other'] });
  });

  test('words that depend on earlier answers pick the dropbox or the 221(g) wording', () => {
    const paper = wizardWords.questions.paper.legend;
    expect(pick(paper, { route: 'interview' })).toBe('What paper did the officer give you?');
    expect(pick(paper, { route: 'dropbox' })).toMatch(/with your passport or by email/);
    const asks = wizardWords.questions.asks.legend;
    expect(pick(asks, { paper: '221g' })).toBe('What does the 221(g) paper ask you to do?');
    expect(pick(asks, { route: 'dropbox', paper: 'none' })).toMatch(/^Has the embassy or consulate asked/);
    // After an interview with no paper, a request the officer made out loud counts too: without it,
    // "the officer said bring your bank statements" would be answered "nothing" and read as AP. The
    // question asks one thing; its hint names the officer, email and the website.
    expect(pick(asks, { route: 'interview', paper: 'none' })).toBe('Has anyone asked you to do something since your interview?');
    expect(pick(wizardWords.questions.asks.hint!, { route: 'interview', paper: 'none' })).toMatch(/officer may have asked at the window/);
  });

  test('an immigrant visa case At NVC or In Transit ("something else") is pointed to those status pages before any question about an interview', () => {
    const step = stepFor({ status: 'other' });
    expect(step.kind === 'question' && step.question.key).toBe('route');
    const hrefs = wizardWords.questions.route.aside!.links.map((l) => l.href);
    expect(hrefs).toEqual(expect.arrayContaining(['/status/at-nvc/', '/status/in-transit/']));
    expect(wizardWords.questions.status.options['other']!.hint).toMatch(/At NVC, In Transit/);
  });

  test('the request question says which answer to pick when several things are asked', () => {
    for (const paper of ['221g', 'none'] as const) {
      expect(pick(wizardWords.questions.asks.hint!, { paper })).toContain('an interview, then documents, then your passport');
    }
  });

  test('every meaning has a label', () => {
    for (const m of meanings) expect(wizardWords.meanings[m].length).toBeGreaterThan(3);
  });

  test('no slip colour is given a universal meaning', () => {
    for (const value of factValues.slip) {
      expect(wizardWords.questions.slip.options[value]!.reason).toMatch(/no official worldwide meaning/);
    }
  });
});

describe('words for reviewers', () => {
  test('every rule is described in plain words with an arrow to its meaning', () => {
    for (const r of rules) expect(ruleDescriptions[r.id], r.id).toMatch(/ → /);
    expect(Object.keys(ruleDescriptions).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  test('every question says when it is asked', () => {
    for (const q of questions) expect(askedText[q.key as EnumFactKey].length).toBeGreaterThan(10);
  });
});

describe('outcome schema', () => {
  const valid = {
    meaning: 'administrative-processing',
    title: 'Administrative processing: your case is open',
    summary: 'Your case is refused under 221(g) for administrative processing, which keeps it open while checks finish.',
    doNow: ['Wait to be contacted by the post.'],
    dontDo: ['Do not send documents nobody asked for.'],
    worryWhen: ['More than 180 days pass with no news.'],
    changes: ['If the post asks for your passport, it is most likely approved.'],
    timing: ['inquiry'],
    guides: ['administrative-processing'],
    statuses: ['refused-221g'],
    sources: [
      {
        title: 'After the Interview',
        url: 'https://bj.usembassy.gov/x/',
        publisher: 'U.S. Embassy',
        kind: 'official',
        accessed: '2026-11-26',
      },
    ],
    reviewed: '2026-11-26',
  };
  const problems = (data: unknown) => {
    const r = outcomeSchema.safeParse(data);
    return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };

  test('accepts a complete outcome', () => {
    expect(problems(valid)).toBe('');
  });

  test.each([
    ['a meaning outside the contract', { meaning: 'denied' }, /^meaning: meaning must be one of/],
    [
      'a summary of two sentences',
      { summary: 'It is open. Wait for the post to write to you about it.' },
      /^summary: The summary is one sentence/,
    ],
    ['no "what to do now"', { doNow: [] }, /^doNow:/],
    ['no guide', { guides: [] }, /^guides: Link at least one guide/],
    ['a timing the wizard cannot compute', { timing: ['next-week'] }, /^timing\.0:/],
    [
      'a reported pattern without a count',
      { reported: { text: 'Most cases were issued within two weeks, applicants said.', period: '2020', where: 'a thread' } },
      /^reported\.reports:/,
    ],
    ['an unknown field', { author: 'me' }, /Unrecognized key/],
  ])('refuses %s, naming the field', (_name, change, message) => {
    expect(problems({ ...valid, ...change })).toMatch(message);
  });

  test('refuses an outcome without an official source', () => {
    const sources = [{ ...valid.sources[0]!, kind: 'community' }];
    expect(problems({ ...valid, sources })).toMatch(/sources: List at least one official source/);
  });
});
