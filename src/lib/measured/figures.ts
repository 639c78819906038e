/**
 * Every figure the measured-timeline pages and the wizard show, computed from the data in one
 * place, so pages only print them and tests/build can recompute a sample from the files.
 */
import {
  clearedOnly,
  figuresOf,
  recentCohort,
  scrapedCohort,
  type Cohort,
  type CohortCounts,
  type CohortSpec,
  type EstimateFigures,
} from './checkee';
import { dvYear, dvYears, type DvYear } from './dv';
import { visaOfficeYears, type VisaOfficeYear } from './visa-office';
import type { MeasuredData, VisaKind } from './types';
import { visaKinds } from './types';
import type { KmEstimate } from '../timelines/km';

export interface CohortFigures extends CohortCounts {
  /** Counting the still-waiting (Kaplan–Meier). */
  km: EstimateFigures;
  /** Counting decided cases only. */
  completed: EstimateFigures;
  /** The estimate itself, for the chart (the curve is drawn only when km.enough). */
  curve: KmEstimate;
}

function cohortFigures(c: Cohort): CohortFigures {
  return {
    spec: c.spec,
    n: c.n,
    decided: c.decided,
    rejected: c.rejected,
    pending: c.pending,
    followUp: c.followUp,
    km: figuresOf(c.km),
    completed: figuresOf(c.completedOnly),
    curve: c.km,
  };
}

export interface Measured {
  /** The recent cohort (all visa kinds) and the same by visa kind, then by three-month groups. */
  recent: CohortFigures;
  recentByVisa: (CohortFigures & { visa: VisaKind })[];
  recentByPeriod: CohortFigures[];
  /** 2016–2018 from the 2018 scrape, with everything not cleared counted as still waiting. */
  older: CohortFigures[];
  /** 2009–2015: cleared cases only, by period and visa kind (no pending counts exist). */
  oldest: { spec: CohortSpec; visa: VisaKind | undefined; completed: EstimateFigures }[];
  dv: DvYear[];
  visaOffice: VisaOfficeYear[];
}

/** The periods shown. Recent months are those the dashboard history covers from their start. */
export interface Periods {
  recent: { from: string; to: string };
  recentGroups: { from: string; to: string }[];
  older: { from: string; to: string }[];
  oldest: { from: string; to: string }[];
  /** Day the 2009–2018 file was scraped (data/sources.json followUp). */
  scrapeDay: string;
}

export function computeMeasured(data: MeasuredData, periods: Periods): Measured {
  const recent = cohortFigures(recentCohort(data.checkeeRecent, data.checkeeMonths, periods.recent));
  const recentByVisa = visaKinds.map((visa) => ({
    ...cohortFigures(recentCohort(data.checkeeRecent, data.checkeeMonths, { ...periods.recent, visa })),
    visa,
  }));
  return {
    recent,
    recentByVisa,
    recentByPeriod: periods.recentGroups.map((g) => cohortFigures(recentCohort(data.checkeeRecent, data.checkeeMonths, g))),
    older: periods.older.map((g) => cohortFigures(scrapedCohort(data.checkeeCleared, data.checkeeMonths, g, periods.scrapeDay))),
    oldest: periods.oldest.flatMap((g) =>
      [undefined, ...visaKinds].map((visa) => ({
        spec: { ...g, visa },
        visa,
        completed: figuresOf(clearedOnly(data.checkeeCleared, { ...g, visa })),
      })),
    ),
    dv: dvYears(data.dv).map((fy) => dvYear(data.dv, fy)),
    visaOffice: visaOfficeYears(data.visaOffice),
  };
}
