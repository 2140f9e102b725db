import { z } from 'zod';
import { INVITABLE_ROLES } from './roles.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'email.invalid' }));

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const invitationInputSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: z.enum(INVITABLE_ROLES),
  /** For juror and organiser invitations: the challenge the role applies to. */
  challengeId: z.uuid().optional(),
});
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const acceptInvitationSchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
  name: z.string().trim().min(1).max(200).optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});

export const updateProfileSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(['da', 'en']).optional(),
});

export const setGlobalRoleSchema = z.object({
  globalRole: z.enum(['admin', 'staff']).nullable(),
});
