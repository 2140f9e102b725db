// Turns a field path from a rule into words a reader recognises ("Timeline, phase 2"), so an
// error summary says where each problem is, not only what it is.
type Translate = (key: string, params?: Record<string, unknown>) => string;

const CHALLENGE_FIELDS: Record<string, string> = {
  title: 'organiser.fields.title',
  type: 'organiser.fields.type',
  language: 'organiser.fields.language',
  summary: 'organiser.fields.summary',
  descriptionMarkdown: 'organiser.fields.description',
  department: 'organiser.fields.department',
  categories: 'organiser.fields.categories',
  contact: 'organiser.fields.contact',
  outreachPartners: 'organiser.fields.outreach',
  phases: 'organiser.fields.phases',
  evaluationMethod: 'organiser.fields.method',
  legalBasis: 'organiser.fields.legalBasis',
  prizes: 'organiser.fields.prizes',
  blindReview: 'organiser.fields.blindReview',
  submissionGraceSeconds: 'organiser.fields.grace',
  responsePeriodDays: 'organiser.fields.responsePeriod',
  retentionDays: 'organiser.fields.retention',
  customQuestions: 'organiser.fields.customQuestions',
};

const NUMBERED: Record<string, string> = {
  phases: 'organiser.fields.phaseNumber',
  criteria: 'organiser.fields.criterionNumber',
  prizes: 'organiser.fields.prizeNumber',
  customQuestions: 'organiser.fields.questionNumber',
  outreachPartners: 'organiser.fields.partnerNumber',
};

export function challengePathLabel(path: string, t: Translate): string {
  const parts = path.replace(/^changes\./, '').split('.');
  const top = parts[0] ?? '';
  const words = [CHALLENGE_FIELDS[top] ? t(CHALLENGE_FIELDS[top]) : top];
  parts.forEach((part, i) => {
    const before = parts[i - 1];
    if (/^\d+$/.test(part) && before && NUMBERED[before]) words.push(t(NUMBERED[before], { number: Number(part) + 1 }));
  });
  return words.join(', ');
}
