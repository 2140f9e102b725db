import { z } from 'zod';
import { SIZE_CLASSES } from './company-size.js';
import { challengeCode } from './messages.js';
import { normaliseCvr } from './validate-cvr.js';
import { validateCompanyRegistration } from './validate-company-registration.js';
import { splitPath } from './validation-issue.js';

const optionalText = (max: number) => z.string().trim().max(max, challengeCode('field.too_big')).optional();

export const contactPersonSchema = z.object({
  name: z.string().trim().min(1, challengeCode('field.required')).max(200, challengeCode('field.too_big')),
  email: z.string().trim().max(320, challengeCode('field.too_big')).pipe(z.email(challengeCode('contact.email-invalid'))),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, challengeCode('contact.phone-invalid'))
    .optional(),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** Registering a company. The country decides which identifier is required (CVR iff DK). */
export const companyInputSchema = z
  .object({
    name: z.string().trim().min(1, challengeCode('field.required')).max(200, challengeCode('field.too_big')),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, challengeCode('company.country-format')),
    cvr: z.string().transform(normaliseCvr).optional(),
    registrationNumber: optionalText(30),
    sizeClass: z.enum(SIZE_CLASSES, challengeCode('company.size-class-invalid')),
    contactPerson: contactPersonSchema.optional(),
  })
  .superRefine((company, ctx) => {
    for (const issue of validateCompanyRegistration(company)) {
      ctx.addIssue({ code: 'custom', message: issue.code, path: splitPath(issue.path) });
    }
  });
export type CompanyInput = z.output<typeof companyInputSchema>;
