import { useI18n } from 'vue-i18n';
import { challengeMessages } from '@fairpitch/shared/challenges';
import { COMMON_MESSAGES, type Locale, type MessageCatalogue, formatMessage } from '@fairpitch/shared/common';
import { judgingMessages } from '@fairpitch/shared/judging';
import { submissionMessages } from '@fairpitch/shared/submissions';

// The server's catalogues, merged as the API merges them: a rule code found in the browser reads
// exactly as the same code would in an error from the server.
const CATALOGUE: MessageCatalogue = { ...COMMON_MESSAGES, ...challengeMessages, ...submissionMessages, ...judgingMessages };

export interface RuleIssue {
  path: string;
  code: string;
}

/** The text for a rule code in the given language; unknown codes read as "the value is invalid". */
export function ruleText(code: string, locale: Locale, params: Record<string, unknown> = {}): string {
  return formatMessage(CATALOGUE, code in CATALOGUE ? code : 'validation.invalid', locale, params);
}

/** The first message per path, for showing beside each field. */
export function messagesByPath(issues: readonly RuleIssue[], locale: Locale, prefix = ''): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues) byPath[`${prefix}${issue.path}`] ??= ruleText(issue.code, locale);
  return byPath;
}

/** Rule texts in the current UI language. */
export function useRuleText() {
  const { locale } = useI18n();
  return {
    text: (code: string, params?: Record<string, unknown>) => ruleText(code, locale.value as Locale, params),
    byPath: (issues: readonly RuleIssue[], prefix = '') => messagesByPath(issues, locale.value as Locale, prefix),
  };
}
