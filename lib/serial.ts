/**
 * Run async jobs one at a time, in order (a job's failure does not stop the next). Used where two writers
 * must not interleave: feed syncs and removals, adapter storage writes and script registrations.
 */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = queue.catch(() => undefined).then(job);
    queue = next;
    return next;
  };
}
