// The deadline is enforced with the server's clock at the moment the submit transaction commits.
// An entry is on time iff committedAt < deadline + grace, with millisecond precision: one
// millisecond before deadline + grace is on time, exactly deadline + grace is late. The grace
// period is set and published by the organiser (default 0), so it is the same for everyone.
export function isOnTime(committedAt: Date, deadline: Date, graceSeconds: number): boolean {
  const committed = committedAt.getTime();
  const due = deadline.getTime();
  if (Number.isNaN(committed) || Number.isNaN(due)) throw new RangeError('isOnTime: invalid date');
  if (!Number.isInteger(graceSeconds) || graceSeconds < 0) throw new RangeError('isOnTime: grace must be a whole number of seconds ≥ 0');
  return committed < due + graceSeconds * 1000;
}

/** The first instant at which a submission is late. */
export function effectiveDeadline(deadline: Date, graceSeconds: number): Date {
  return new Date(deadline.getTime() + graceSeconds * 1000);
}
