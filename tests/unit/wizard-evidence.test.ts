/**
 * The choices both wizard views share (docs/adr/012-wizard-decision-homes.md): what a verdict shows
 * of other people's cases, the time rules' inputs, and where the passport check is offered.
 */
import { describe, expect, test } from 'vitest';
import { evidenceFor, type ReportedSummary } from '../../src/lib/wizard/reported';
import { offersNationalityCheck, timeInputs } from '../../src/lib/wizard/when';
import { meanings } from '../../src/lib/wizard/facts';
import { stopsCases } from '../../src/lib/wizard/policy';

const summary = (match: ReportedSummary['match'], n: number): ReportedSummary => ({ match, n, pending: 0, period: 'Jan 2020', text: 'x' });
const reported = [summary({ route: 'interview' }, 20), summary({ route: 'interview', officer: 'approved' }, 5)];
const rule = { uses: ['route', 'officer'] as const };

describe('what a verdict shows of other cases', () => {
  test('a measured figure replaces the reports', () => {
    expect(evidenceFor({ route: 'interview', officer: 'approved' }, { uses: [...rule.uses] }, reported, 3)).toEqual({ measured: 3 });
  });

  test('without a measured figure, the closest group sharing the answers the rule relies on', () => {
    expect(evidenceFor({ route: 'interview', officer: 'approved' }, { uses: [...rule.uses] }, reported, undefined)).toEqual({
      summary: reported[1],
    });
  });

  test('nothing when the rule relies on what the applicant was asked to do', () => {
    expect(evidenceFor({ route: 'interview', asks: 'documents' }, { uses: ['route', 'asks'] }, reported, undefined)).toEqual({});
  });

  test('a measured figure of 0 (the first in the list) still counts as a figure', () => {
    expect(evidenceFor({ route: 'interview' }, { uses: ['route'] }, reported, 0)).toEqual({ measured: 0 });
  });
});

describe('the time rules read from the outcome words', () => {
  const outcomes = {
    'ap-likely-approved': { timing: ['inquiry'], lapse: { afterDays: 90, becomes: 'ap-long', basis: 'x' } },
    'documents-requested': { timing: ['one-year', 'inquiry'] },
    issued: { timing: [] },
  };

  test('interim outcomes keep their window, without its basis', () => {
    expect(timeInputs(outcomes).lapse).toEqual({ 'ap-likely-approved': { afterDays: 90, becomes: 'ap-long' } });
  });

  test('the one-year limit applies to the outcomes whose timing says so', () => {
    expect(timeInputs(outcomes).oneYear).toEqual(['documents-requested']);
  });
});

test('the passport check is offered for every meaning but an issued visa', () => {
  expect(meanings.filter((m) => !offersNationalityCheck(m))).toEqual(['issued']);
});

test('travel bans and pauses stop a case and get their own page; a visa bond does not', () => {
  const kinds = ['entry-suspension-full', 'entry-suspension-partial', 'issuance-pause', 'visa-bond'] as const;
  expect(kinds.filter((kind) => stopsCases({ kind }))).toEqual(['entry-suspension-full', 'entry-suspension-partial', 'issuance-pause']);
});
