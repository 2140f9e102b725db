import type { GlobalRole } from '@fairpitch/shared/accounts';

// Demo only: never seeded in production (the configuration refuses SEED_DEMO there).
export const DEMO_PASSWORD = 'fairpitch-demo';

export const DEMO_USERS: { email: string; name: string; globalRole: GlobalRole | null; note: string }[] = [
  { email: 'admin@fairpitch.local', name: 'Ada Admin', globalRole: 'admin', note: 'admin' },
  { email: 'organiser@fairpitch.local', name: 'Otto Organiser', globalRole: 'staff', note: 'staff, organiser of the demo challenges' },
  { email: 'juror1@fairpitch.local', name: 'Julie Juror', globalRole: null, note: 'juror' },
  { email: 'juror2@fairpitch.local', name: 'Jens Juror', globalRole: null, note: 'juror' },
  { email: 'juror3@fairpitch.local', name: 'Jasmin Juror', globalRole: null, note: 'juror' },
  { email: 'startup@fairpitch.local', name: 'Sofie Startup', globalRole: null, note: 'participant' },
  { email: 'startup2@fairpitch.local', name: 'Sami Startup', globalRole: null, note: 'participant' },
];
