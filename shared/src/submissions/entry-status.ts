// An entry's status as data plus one transition function. Submitting again before the deadline
// adds a revision and keeps the status 'submitted'; the last submitted revision counts.
// Whether the deadline has passed is decided separately (see deadline.ts), from the server clock.
export const ENTRY_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const ENTRY_EVENTS = ['submit', 'withdraw'] as const;
export type EntryEvent = (typeof ENTRY_EVENTS)[number];

export const ENTRY_TRANSITIONS: Readonly<Record<EntryStatus, Partial<Record<EntryEvent, EntryStatus>>>> = {
  draft: { submit: 'submitted' },
  submitted: { submit: 'submitted', withdraw: 'withdrawn' },
  withdrawn: {},
};

export type EntryTransitionCode = 'entry.unknown-status' | 'entry.not-submitted' | 'entry.withdrawn';
export type EntryTransition =
  | { ok: true; status: EntryStatus; newRevision: boolean }
  | { ok: false; code: EntryTransitionCode };

export function isEntryStatus(value: string): value is EntryStatus {
  return (ENTRY_STATUSES as readonly string[]).includes(value);
}

export function transitionEntry(status: string, event: EntryEvent): EntryTransition {
  if (!isEntryStatus(status)) return { ok: false, code: 'entry.unknown-status' };
  // Withdrawal is final: the company's last word before the deadline is "we are out".
  if (status === 'withdrawn') return { ok: false, code: 'entry.withdrawn' };
  const next = ENTRY_TRANSITIONS[status][event];
  if (!next) return { ok: false, code: 'entry.not-submitted' };
  return { ok: true, status: next, newRevision: event === 'submit' };
}
