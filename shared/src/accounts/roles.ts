// Global roles sit on the user; challenge roles (organiser, juror) on a challenge membership;
// participant rights come from membership of a company. One person can hold several at once.
export const GLOBAL_ROLES = ['admin', 'staff'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

export const CHALLENGE_ROLES = ['organiser', 'juror'] as const;
export type ChallengeRole = (typeof CHALLENGE_ROLES)[number];

/** Roles an invitation can grant: a global role, a challenge role, or plain participant. */
export const INVITABLE_ROLES = ['admin', 'staff', 'participant', 'juror', 'organiser'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** Who may invite whom: admins anyone; staff (municipal employees) colleagues and jurors. */
export function canInvite(inviter: { globalRole: GlobalRole | null }, role: InvitableRole): boolean {
  if (inviter.globalRole === 'admin') return true;
  if (inviter.globalRole === 'staff') return role === 'staff' || role === 'juror' || role === 'organiser' || role === 'participant';
  return false;
}
