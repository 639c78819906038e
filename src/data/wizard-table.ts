/**
 * The wizard's compiled decision table (src/lib/wizard/table.ts), built once per build from the
 * reported-case summaries and the measured waits. The island gets it in its props
 * (wizard-props.ts); the no-JavaScript pages under /wizard/steps/ read the same table.
 */
import { getReportedSummaries, getWizardContent } from './outcomes';
import { getMeasuredWaits } from './measured';
import { measuredWaitFor, waitList } from '../lib/timelines/measured-wait';
import { buildTable } from '../lib/wizard/table';
import type { TableNode } from '../lib/wizard/walk';

let built: Promise<TableNode[]> | undefined;

export function getWizardTable(): Promise<TableNode[]> {
  built ??= (async () => {
    const content = await getWizardContent();
    const reported = await getReportedSummaries();
    const waits = getMeasuredWaits();
    const list = waitList(waits);
    return buildTable(reported, (facts, outcome) => {
      const wait = measuredWaitFor({ visa: (facts as { visa?: string }).visa, meaning: content.outcomes[outcome]!.meaning }, waits);
      return wait ? list.indexOf(wait) : undefined;
    });
  })();
  return built;
}
