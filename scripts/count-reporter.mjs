/** node --test reporter that writes {"passed":N,"failed":M} for the summary in run-tests.mjs. */
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Count leaf tests only (suites report too, with details.type === 'suite').
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') passed += 1;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') failed += 1;
  }
  yield JSON.stringify({ passed, failed });
}
