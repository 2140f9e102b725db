import parse, { type SpdxNode } from 'spdx-expression-parse';
import spdxLicenseList from 'spdx-license-list';

export interface LicenceTerm {
  id: string;
  /** In the SPDX licence list at all. */
  listed: boolean;
  osiApproved: boolean;
}

export type LicenceAssessment =
  | {
      valid: true;
      expression: string;
      /** The expression as parsed, after case and "proprietary" normalisation. */
      normalised: string;
      /** AND: every part open; OR: at least one alternative open. */
      open: boolean;
      terms: LicenceTerm[];
    }
  | { valid: false; expression: string; error: string };

const CANONICAL = new Map(Object.keys(spdxLicenseList).map((id) => [id.toLowerCase(), id]));
// Words vendors write for closed licences; SPDX's own spelling is LicenseRef-<name>.
const PROPRIETARY_WORDS = /^(proprietary|commercial|closed(?:[- ]source)?|all rights reserved)$/i;
const OPERATORS = new Map([
  ['and', 'AND'],
  ['or', 'OR'],
  ['with', 'WITH'],
]);

function canonicalToken(token: string): string {
  const lower = token.toLowerCase();
  const operator = OPERATORS.get(lower);
  if (operator) return operator;
  const id = CANONICAL.get(lower);
  if (id) return id;
  // "gpl-2.0+" → "GPL-2.0+"
  if (token.endsWith('+')) {
    const base = CANONICAL.get(lower.slice(0, -1));
    if (base) return `${base}+`;
  }
  return token;
}

/** Licence ids are case-insensitive in SPDX; give them (and the operators) their canonical case. */
function normalise(expression: string): string {
  const trimmed = expression.trim();
  if (PROPRIETARY_WORDS.test(trimmed)) return 'LicenseRef-Proprietary';
  return trimmed.split(/(\s+|\(|\))/).map(canonicalToken).join('');
}

function isOpen(node: SpdxNode, terms: LicenceTerm[]): boolean {
  if ('conjunction' in node) {
    const left = isOpen(node.left, terms);
    const right = isOpen(node.right, terms);
    return node.conjunction === 'and' ? left && right : left || right;
  }
  const entry = spdxLicenseList[node.license];
  // LicenseRef-* and DocumentRef-* name licences outside the list: treated as not open.
  terms.push({ id: node.license, listed: entry !== undefined, osiApproved: entry?.osiApproved === true });
  return entry?.osiApproved === true;
}

/** Parses an SPDX licence expression and judges whether it grants an OSI-approved licence. */
export function assessLicence(expression: string): LicenceAssessment {
  const normalised = normalise(expression);
  if (/^(NONE|NOASSERTION)$/i.test(normalised)) {
    return { valid: false, expression, error: `"${normalised}" states no licence` };
  }
  let tree: SpdxNode;
  try {
    tree = parse(normalised);
  } catch (error) {
    return { valid: false, expression, error: error instanceof Error ? error.message : 'invalid SPDX expression' };
  }
  const terms: LicenceTerm[] = [];
  const open = isOpen(tree, terms);
  return { valid: true, expression, normalised, open, terms };
}
