import { checkPassword } from '@fairpitch/shared/accounts';
import { COMMON_MESSAGES, type Locale, formatMessage } from '@fairpitch/shared/common';

/** The server's password rule and wording, run in the browser: '' when the password is fine. */
export function passwordProblem(password: string, email: string | undefined, locale: Locale): string {
  const problem = checkPassword(password, email);
  return problem ? formatMessage(COMMON_MESSAGES, problem.code, locale, problem.params) : '';
}
