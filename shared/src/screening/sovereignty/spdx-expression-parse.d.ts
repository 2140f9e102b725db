// Types for spdx-expression-parse 5 (which ships none), from its README and parse.js.
declare module 'spdx-expression-parse' {
  export interface SpdxLicenseNode {
    license: string;
    /** "GPL-2.0+" parses as license "GPL-2.0" with plus. */
    plus?: boolean;
    exception?: string;
  }
  export interface SpdxConjunctionNode {
    left: SpdxNode;
    conjunction: 'and' | 'or';
    right: SpdxNode;
  }
  export type SpdxNode = SpdxLicenseNode | SpdxConjunctionNode;
  /** Throws on an invalid expression. */
  export default function parse(expression: string): SpdxNode;
}
