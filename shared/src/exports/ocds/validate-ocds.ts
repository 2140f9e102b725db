import ajvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import type { JsonValue } from '../../common/canonical-json.js';
import { hashCanonical } from '../../common/sha256.js';
import { FAST_UNIQUE_ITEMS_KEYWORD, hasUniqueItems, withFastUniqueItems } from './fast-unique-items.js';
import { applyJsonMergePatch } from './json-merge-patch.js';
import { isDateTimeFormat, isUriFormat } from './json-schema-formats.js';
import type { OcdsListKind, OcdsParts } from './ocds-long-lists.js';
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
  /** Each long list's array as the release schema defines it, and whether its items must be unique. */
  lists: Record<OcdsListKind, { validate: ValidateFunction; unique: boolean }>;
}

/** Where the release schema (with the bids extension) defines each long list's array. */
const LIST_SCHEMA_POINTERS: Record<OcdsListKind, string[]> = {
  parties: ['properties', 'parties'],
  tenderers: ['definitions', 'Tender', 'properties', 'tenderers'],
  bidDetails: ['properties', 'bids', 'properties', 'details'],
};

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
  const extended = extendedReleaseSchema();
  const release = withFastUniqueItems(extended) as { id?: string };
  ajv.addSchema(release);
  // A batch of a list is checked against the list's array schema without its uniqueItems (a
  // batch is not the whole list), its references pointing into the release schema.
  const list = (kind: OcdsListKind) => {
    const path = LIST_SCHEMA_POINTERS[kind];
    const schema = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], extended) as Record<string, JsonValue> | undefined;
    if (!schema) throw new Error(`the release schema defines no ${path.join('/')}`);
    const { uniqueItems, ...batch } = schema;
    return { validate: ajv.compile(withReferencesInto(release.id ?? '', batch) as object), unique: uniqueItems === true };
  };
  compiled = {
    releasePackage: ajv.compile(withFastUniqueItems(releasePackageSchema as JsonValue) as object),
    release: ajv.getSchema(release.id ?? '') ?? ajv.compile(release),
    lists: { parties: list('parties'), tenderers: list('tenderers'), bidDetails: list('bidDetails') },
  };
  return compiled;
}

/** A copy of a part of a schema whose local references (`#/…`) point into the schema `id`. */
function withReferencesInto(id: string, schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map((item) => withReferencesInto(id, item));
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${id}${value}` : withReferencesInto(id, value)]),
  );
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
  return { valid, errors: sayingEachOnce(errors) };
}

// ajv reports the same problem once per branch of a union type; say it once.
function sayingEachOnce(errors: OcdsValidationError[]): OcdsValidationError[] {
  return [...new Map(errors.map((e) => [`${e.path}\u0000${e.message}`, e])).values()];
}

/** Validates a release package against the official release package schema (releases included). */
export function validateOcdsReleasePackage(document: unknown): OcdsValidationResult {
  return result(validators().releasePackage, document);
}

/** Validates one release against the official release schema with the bids extension applied. */
export function validateOcdsRelease(document: unknown): OcdsValidationResult {
  return result(validators().release, document);
}

/**
 * Validates a release package whose long lists are made in batches (see OcdsParts), with the
 * errors validating the whole package would give, at the same paths, though not always in the
 * same order (the package's own come first, then each list's): the package without its long
 * lists against the release package schema, then each list `batchSize` items at a time against
 * its array's schema. Where the schema wants a list's items unique, each item's canonical JSON
 * is hashed and compared with every earlier item's, as JSON Schema compares items. At most
 * `maxErrors` errors are given.
 */
export function validateOcdsReleasePackageInBatches(parts: OcdsParts<unknown>, batchSize: number, maxErrors = 100): OcdsValidationResult {
  const errors = [...result(validators().releasePackage, parts.document).errors];
  for (const slot of parts.lists) {
    const { validate, unique } = validators().lists[slot.kind];
    const seen = unique ? new Set(slot.target.map(hashCanonical)) : null;
    let duplicate = false;
    const before = slot.target.length;
    for (let start = 0; start < slot.list.length && errors.length < maxErrors; start += batchSize) {
      const items = slot.list.slice(start, start + batchSize);
      // What comes before the list (the buyer) was checked with the package.
      if (validate(items) !== true) {
        for (const error of validate.errors ?? []) {
          const at = /^\/(\d+)(.*)$/.exec(error.instancePath);
          errors.push({ ...describeError(error), path: at ? `${slot.pointer}/${before + start + Number(at[1])}${at[2]}` : slot.pointer });
        }
      }
      for (const item of seen && !duplicate ? items : []) {
        const hash = hashCanonical(item);
        duplicate = seen!.has(hash);
        if (duplicate) {
          errors.push({ path: slot.pointer, message: 'must NOT have duplicate items' });
          break;
        }
        seen!.add(hash);
      }
    }
  }
  const said = sayingEachOnce(errors).slice(0, maxErrors);
  return { valid: said.length === 0, errors: said };
}
