import ajvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import type { JsonValue } from '../../common/canonical-json.js';
import { FAST_UNIQUE_ITEMS_KEYWORD, hasUniqueItems, withFastUniqueItems } from './fast-unique-items.js';
import { applyJsonMergePatch } from './json-merge-patch.js';
import { isDateTimeFormat, isUriFormat } from './json-schema-formats.js';
import bidsExtensionPatch from './schema/bids-extension/release-schema.json' with { type: 'json' };
import releasePackageSchema from './schema/release-package-schema.json' with { type: 'json' };
import releaseSchema from './schema/release-schema.json' with { type: 'json' };

export interface OcdsValidationError {
  /** JSON Pointer into the validated document, e.g. `/releases/0/bids/details/1/status`. */
  path: string;
  message: string;
}

export interface OcdsValidationResult {
  valid: boolean;
  errors: OcdsValidationError[];
}

/** The official release schema with the bids extension merged in, as OCDS tools build it. */
export function extendedReleaseSchema(): JsonValue {
  return applyJsonMergePatch(releaseSchema as JsonValue, bidsExtensionPatch as JsonValue);
}

// ajv-draft-04 is CommonJS: under NodeNext the default import is the module object with the
// class on `default`; bundlers (Vite) hand over the class itself. Accept both.
type Ajv04Instance = InstanceType<typeof import('ajv').default>;
type Ajv04Class = new (options: { allErrors: boolean; strict: boolean }) => Ajv04Instance;
const imported = ajvDraft04 as unknown as Ajv04Class & { default?: Ajv04Class };
const Ajv04: Ajv04Class = imported.default ?? imported;

interface Validators {
  releasePackage: ValidateFunction;
  release: ValidateFunction;
}

let compiled: Validators | undefined;

// Compiling the schemas takes a moment; do it once per process, on first use.
function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv04({ allErrors: true, strict: false });
  ajv.addFormat('date-time', isDateTimeFormat);
  ajv.addFormat('uri', isUriFormat);
  ajv.addKeyword({
    keyword: FAST_UNIQUE_ITEMS_KEYWORD,
    type: 'array',
    schemaType: 'boolean',
    error: { message: 'must NOT have duplicate items' },
    validate: (unique: boolean, items: unknown[]) => !unique || hasUniqueItems(items),
  });
  // Registered under the release schema's own id, which is the URL the package schema's
  // `releases` items refer to, so releases inside a package are checked with the extension too.
  const release = withFastUniqueItems(extendedReleaseSchema()) as { id?: string };
  ajv.addSchema(release);
  compiled = {
    releasePackage: ajv.compile(withFastUniqueItems(releasePackageSchema as JsonValue) as object),
    release: ajv.getSchema(release.id ?? '') ?? ajv.compile(release),
  };
  return compiled;
}

function describeError(error: ErrorObject): OcdsValidationError {
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
    message = `must have required property '${params['missingProperty']}'`;
  } else if (error.keyword === 'enum' && Array.isArray(params['allowedValues']) && params['allowedValues'].length <= 12) {
    message = `${message}: ${params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return { path: error.instancePath === '' ? '/' : error.instancePath, message };
}

function result(validate: ValidateFunction, document: unknown): OcdsValidationResult {
  const valid = validate(document) === true;
  const errors = valid ? [] : (validate.errors ?? []).map(describeError);
  // ajv reports the same problem once per branch of a union type; say it once.
  const unique = [...new Map(errors.map((e) => [`${e.path}\u0000${e.message}`, e])).values()];
  return { valid, errors: unique };
}

/** Validates a release package against the official release package schema (releases included). */
export function validateOcdsReleasePackage(document: unknown): OcdsValidationResult {
  return result(validators().releasePackage, document);
}

/** Validates one release against the official release schema with the bids extension applied. */
export function validateOcdsRelease(document: unknown): OcdsValidationResult {
  return result(validators().release, document);
}
