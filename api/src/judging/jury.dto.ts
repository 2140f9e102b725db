import { z } from 'zod';
import { emailSchema } from '@fairpitch/shared/accounts';
import { recordedReasonSchema } from '@fairpitch/shared/common';

// What the jury endpoints accept. Everything a user sends is checked here before a service sees it.
export const JUDGING_MODES = ['rubric', 'pairwise'] as const;
export type JudgingMode = (typeof JUDGING_MODES)[number];
export const CONFLICT_KINDS = ['none', 'employment', 'ownership', 'family', 'business-relation', 'other'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

const note = z.string().trim().max(4000);
const justification = z.string().trim().max(10_000);

export const panelUpdateBody = z.strictObject({
  perEntry: z.number().int().min(1).max(50).optional(),
  blind: z.boolean().optional(),
  chairId: z.uuid().nullable().optional(),
  judgingMode: z.enum(JUDGING_MODES).optional(),
});
export type PanelUpdate = z.infer<typeof panelUpdateBody>;

export const inviteJurorBody = z.object({ email: emailSchema, name: z.string().trim().min(1).max(200) });

const declaration = z
  .object({ companyId: z.uuid(), kind: z.enum(CONFLICT_KINDS), note: note.default('') })
  .refine((d) => d.kind === 'none' || d.note.length > 0, { message: 'jury.conflict-note-required', path: ['note'] });
export const declareConflictsBody = z.object({ declarations: z.array(declaration).min(1).max(500) });
export type ConflictDeclaration = z.infer<typeof declaration>;

export const organiserConflictBody = z
  .object({ jurorId: z.uuid(), companyId: z.uuid(), kind: z.enum(CONFLICT_KINDS).exclude(['none']), note })
  .refine((d) => d.note.length > 0, { message: 'jury.conflict-note-required', path: ['note'] });
export type OrganiserConflict = z.infer<typeof organiserConflictBody>;

export const assignBody = z.object({ seed: z.string().trim().min(1).max(200), perEntry: z.number().int().min(1).max(50).optional() });
export const manualAssignmentBody = z.object({ entryId: z.uuid(), jurorId: z.uuid(), reason: recordedReasonSchema });
export const removeAssignmentQuery = z.object({ reason: recordedReasonSchema });

export const reviewBody = z.object({
  scores: z
    .array(z.object({ criterionId: z.string().min(1).max(64), value: z.number(), justification: justification.default('') }))
    .max(50),
  submit: z.boolean().optional(),
});
export type ReviewInput = z.infer<typeof reviewBody>;

export const consensusBody = z.object({
  scores: z.array(z.object({ criterionId: z.string().min(1).max(64), value: z.number(), justification: justification.min(1) })).min(1).max(50),
});
export type ConsensusInput = z.infer<typeof consensusBody>;

export const comparisonBody = z.object({ winner: z.uuid(), loser: z.uuid() });

export const decisionBody = z.object({
  winners: z.array(z.uuid()).min(1).max(50),
  award: z.object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(''),
    amountDkk: z.number().min(0).optional(),
  }),
  reasons: z.string().trim().min(10).max(20_000),
  /** Calendar days of standstill after the decision when it leads to a purchase (default 10). */
  standstillDays: z.number().int().min(0).max(60).optional(),
});
export type DecisionInput = z.infer<typeof decisionBody>;
