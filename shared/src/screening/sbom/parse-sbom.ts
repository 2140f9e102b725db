import { strFromU8 } from 'fflate';

export interface SbomComponent {
  name: string;
  version: string | null;
  purl: string | null;
}

export type SbomFormat = 'cyclonedx' | 'spdx';

export type SbomParseResult =
  | { ok: true; format: SbomFormat; specVersion: string; components: SbomComponent[] }
  /** `recognised`: the document says it is CycloneDX or SPDX, but is not one we can read. */
  | { ok: false; error: string; recognised: boolean };

// Nested CycloneDX components and SPDX packages are capped, so a hostile SBOM stays cheap.
const MAX_COMPONENTS = 100_000;
const MAX_DEPTH = 50;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Recognises CycloneDX (JSON, spec 1.4 or later) and SPDX (JSON, 2.2 or 2.3) and lists the components. */
export function parseSbom(document: unknown): SbomParseResult {
  if (!isObject(document)) return { ok: false, error: 'not a JSON object', recognised: false };
  if (document.bomFormat === 'CycloneDX') return parseCycloneDx(document);
  if (typeof document.spdxVersion === 'string') return parseSpdx(document);
  if (document['@context'] !== undefined && JSON.stringify(document['@context']).includes('spdx')) {
    return { ok: false, error: 'SPDX 3 (JSON-LD) is not supported; provide SPDX 2.3 or CycloneDX JSON', recognised: true };
  }
  return { ok: false, error: 'neither a CycloneDX nor an SPDX document', recognised: false };
}

/** Decodes and parses SBOM bytes; malformed JSON is a result, not an exception. */
export function parseSbomBytes(bytes: Uint8Array): SbomParseResult {
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`, recognised: false };
  }
  return parseSbom(value);
}

function parseCycloneDx(document: Record<string, Json>): SbomParseResult {
  const specVersion = text(document.specVersion);
  if (!specVersion) return { ok: false, error: 'CycloneDX document without specVersion', recognised: true };
  const [major, minor] = specVersion.split('.').map(Number);
  if (!Number.isInteger(major) || !Number.isInteger(minor)) {
    return { ok: false, error: `CycloneDX specVersion "${specVersion}" is not a version`, recognised: true };
  }
  if (major! < 1 || (major === 1 && minor! < 4)) {
    return { ok: false, error: `CycloneDX ${specVersion} is older than 1.4, the oldest version accepted`, recognised: true };
  }
  const components: SbomComponent[] = [];
  const walk = (list: Json | undefined, depth: number): void => {
    if (!Array.isArray(list) || depth > MAX_DEPTH) return;
    for (const item of list) {
      if (components.length >= MAX_COMPONENTS) return;
      if (!isObject(item)) continue;
      const name = text(item.name);
      if (name) components.push({ name, version: text(item.version), purl: text(item.purl) });
      walk(item.components, depth + 1);
    }
  };
  walk(document.components, 0);
  return { ok: true, format: 'cyclonedx', specVersion, components };
}

function parseSpdx(document: Record<string, Json>): SbomParseResult {
  const spdxVersion = text(document.spdxVersion) ?? '';
  const match = /^SPDX-2\.(\d+)$/.exec(spdxVersion);
  if (!match || Number(match[1]) < 2) {
    return { ok: false, error: `${spdxVersion || 'SPDX version'} is not supported; provide SPDX 2.2 or 2.3 JSON`, recognised: true };
  }
  const packages = Array.isArray(document.packages) ? document.packages : [];
  const components: SbomComponent[] = [];
  for (const item of packages.slice(0, MAX_COMPONENTS)) {
    if (!isObject(item)) continue;
    const name = text(item.name);
    if (!name) continue;
    const refs = Array.isArray(item.externalRefs) ? item.externalRefs : [];
    // SPDX 2.2 writes the category PACKAGE-MANAGER, 2.3 PACKAGE_MANAGER.
    const purlRef = refs.find(
      (ref) => isObject(ref) && (ref.referenceCategory === 'PACKAGE-MANAGER' || ref.referenceCategory === 'PACKAGE_MANAGER') && ref.referenceType === 'purl',
    );
    const purl = isObject(purlRef) ? text(purlRef.referenceLocator) : null;
    components.push({ name, version: text(item.versionInfo), purl });
  }
  return { ok: true, format: 'spdx', specVersion: spdxVersion.slice(5), components };
}
