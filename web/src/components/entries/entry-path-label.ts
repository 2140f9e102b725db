import type { CustomQuestion } from '@fairpitch/shared/submissions';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

// "solution.teamMembers.0.role" → "Solution, Team member 1, Role": where a problem is, in words.
export function entryPathLabel(path: string, t: Translate, te: Exists, questionLabel: (question: CustomQuestion) => string, questions: readonly CustomQuestion[] = []): string {
  const [section = '', ...rest] = path.split('.');
  if (section === 'customAnswers') {
    const question = questions.find((q) => q.id === rest[0]);
    return `${t('entry.sections.custom')}, ${question ? questionLabel(question) : (rest[0] ?? '')}`;
  }
  const words = [te(`entry.sections.${section}`) ? t(`entry.sections.${section}`) : section];
  rest.forEach((part) => {
    if (/^\d+$/.test(part)) words.push(t('entry.rowNumber', { number: Number(part) + 1 }));
    else {
      const key = `entry.${section}.${part}`;
      words.push(te(key) ? t(key) : part);
    }
  });
  return words.join(', ');
}
