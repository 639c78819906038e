/**
 * Runs a search that may never answer (a Pagefind bundle that hangs, or arrives at 3 s per file)
 * without leaving the page blank: after `timeoutMs` the view is told it failed, and the attempt
 * keeps going; a failed attempt is retried quietly after each of `retryMs`. Whatever answers
 * first while the search is still current is shown, even after the failure message.
 */
export interface PatientOptions<T> {
  timeoutMs: number;
  /** Delays before each retry of a failed attempt; no retries once they are used up. */
  retryMs: readonly number[];
  /** True once a newer search has started: nothing more is shown or retried for this one. */
  isStale: () => boolean;
  onValue: (value: T) => void;
  /** Called at most once per attempt: when it times out or fails, whichever comes first. */
  onFailure: () => void;
  /** Timer function, injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

/** How long a search may take before the "could not load" message shows. */
export const SEARCH_TIMEOUT_MS = 5000;
/** Quiet retries after a failed load. */
export const SEARCH_RETRY_MS = [2000, 5000, 10000, 20000, 30000] as const;

export function runPatiently<T>(attempt: () => Promise<T>, options: PatientOptions<T>): void {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let retries = 0;
  const go = () => {
    let reported = false;
    const fail = () => {
      if (reported || options.isStale()) return;
      reported = true;
      options.onFailure();
    };
    const timer = setTimer(fail, options.timeoutMs);
    attempt().then(
      (value) => {
        clearTimer(timer);
        if (!options.isStale()) options.onValue(value);
      },
      () => {
        clearTimer(timer);
        fail();
        const delay = options.retryMs[retries++];
        if (delay !== undefined && !options.isStale()) setTimer(() => !options.isStale() && go(), delay);
      },
    );
  };
  go();
}
