import { z } from 'zod';

// What a company declares about its solution so the screening worker can check it. Every field
// is optional while the entry is a draft; screening treats an absent answer as "needs review",
// never as a failure, so an honest "don't know yet" is not punished harder than a wrong answer.
const isoCountry = z.string().regex(/^[A-Z]{2}$/, 'country.iso2');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date.iso');

export const TRANSFER_BASES = ['eea', 'adequacy', 'scc', 'bcr', 'none'] as const;
export const SSO_PROTOCOLS = ['oidc', 'saml', 'oiosaml'] as const;
export const CERTIFICATION_KINDS = ['iso27001', 'soc2-type2', 'isae3402', 'isae3000', 'd-maerket'] as const;
export const KEY_HOLDERS = ['customer', 'vendor', 'third-party'] as const;
export const PERSONAL_DATA_CATEGORIES = [
  'contact',
  'identification',
  'cpr',
  'financial',
  'location',
  'communication',
  'racial-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'genetic',
  'biometric',
  'health',
  'sex-life-orientation',
  'criminal-offences',
] as const;
/** GDPR Art. 9 special categories (and Art. 10 criminal-offence data), which call for a DPIA. */
export const SPECIAL_CATEGORIES: readonly PersonalDataCategory[] = [
  'racial-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'genetic',
  'biometric',
  'health',
  'sex-life-orientation',
  'criminal-offences',
];
export type PersonalDataCategory = (typeof PERSONAL_DATA_CATEGORIES)[number];

export const subProcessorSchema = z.object({
  name: z.string().min(1).max(200),
  country: isoCountry,
  purpose: z.string().max(500).optional(),
  transferBasis: z.enum(TRANSFER_BASES),
  /** For US sub-processors: certified under the EU-US Data Privacy Framework. */
  dpfCertified: z.boolean().optional(),
  /** A transfer impact assessment exists for this transfer. */
  transferImpactAssessment: z.boolean().optional(),
});
export type SubProcessor = z.infer<typeof subProcessorSchema>;

export const certificationSchema = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  /** Date of issue or of the report's period end. */
  issued: isoDate.optional(),
  validUntil: isoDate.optional(),
});
export type Certification = z.infer<typeof certificationSchema>;

export const complianceDeclarationSchema = z.object({
  hostingCountries: z.array(isoCountry).max(50).optional(),
  hostingDpfCertified: z.boolean().optional(),
  hostingTransferBasis: z.enum(TRANSFER_BASES).optional(),
  hostingTransferImpactAssessment: z.boolean().optional(),
  subProcessors: z.array(subProcessorSchema).max(200).optional(),
  processorAgreement: z.boolean().optional(),
  dpiaDone: z.boolean().optional(),
  personalDataCategories: z.array(z.enum(PERSONAL_DATA_CATEGORIES)).optional(),
  aiProfiling: z.boolean().optional(),
  encryptionInTransit: z.boolean().optional(),
  encryptionAtRest: z.boolean().optional(),
  encryptionKeyHolder: z.enum(KEY_HOLDERS).optional(),
  retentionAndDeletion: z.string().max(4000).optional(),
  sso: z.array(z.enum(SSO_PROTOCOLS)).optional(),
  mfa: z.boolean().optional(),
  certifications: z.array(certificationSchema).max(20).optional(),
  lastPenetrationTest: isoDate.optional(),
  vulnerabilityDisclosureContact: z.string().max(500).optional(),
  /** Raw content of the vendor's security.txt (RFC 9116), if they pasted it. */
  securityTxt: z.string().max(20000).optional(),
  /** Attachment id of the SBOM (CycloneDX or SPDX JSON). */
  sbomAttachmentId: z.string().uuid().optional(),
  /** SPDX licence expression of the offered software, e.g. "MIT OR Apache-2.0". */
  licence: z.string().max(500).optional(),
  openStandards: z.array(z.string().min(1).max(200)).max(50).optional(),
  dataExportFormats: z.array(z.string().min(1).max(100)).max(50).optional(),
  exitPlan: z.string().max(4000).optional(),
  parentCompanyCountry: isoCountry.optional(),
  dataCentreCountry: isoCountry.optional(),
  /** Share of the hosting energy from renewable sources, 0 to 1. */
  renewableShare: z.number().min(0).max(1).optional(),
  greenHosting: z.boolean().optional(),
  monthlyDataTransferGb: z.number().min(0).max(1e9).optional(),
  monthlyActiveUsers: z.number().int().min(0).max(1e10).optional(),
  isAiSolution: z.boolean().optional(),
  monthlyInferences: z.number().int().min(0).max(1e13).optional(),
  /** Energy per inference in watt-hours, when the vendor knows it. */
  energyPerInferenceWh: z.number().min(0).max(1e6).optional(),
});
export type ComplianceDeclaration = z.infer<typeof complianceDeclarationSchema>;
