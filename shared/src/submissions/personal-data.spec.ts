import { describe, expect, it } from 'vitest';
import { REDACTED, anonymiseContent, personalDataPaths, redactPaths } from './personal-data.js';

const content = {
  solution: {
    title: 'Høringsassistent',
    teamMembers: [
      { name: 'Sofie Startup', role: 'CEO', email: 'sofie@firma.example' },
      { name: 'Ole Udvikler', role: 'CTO' },
    ],
  },
  offer: { price: 450000 },
  compliance: { contact: { phone: '+45 12 34 56 78' } },
};

describe('personal data in an entry form', () => {
  it('finds team members’ names and e-mails and phone numbers anywhere, not a solution’s title', () => {
    expect(personalDataPaths(content)).toEqual([
      'solution.teamMembers.0.name',
      'solution.teamMembers.0.email',
      'solution.teamMembers.1.name',
      'compliance.contact.phone',
    ]);
  });

  it('redacts exactly those paths in a copy and leaves the original alone', () => {
    const redacted = redactPaths(content, personalDataPaths(content));
    expect(redacted).toEqual({
      solution: { title: 'Høringsassistent', teamMembers: [{ name: REDACTED, role: 'CEO', email: REDACTED }, { name: REDACTED, role: 'CTO' }] },
      offer: { price: 450000 },
      compliance: { contact: { phone: REDACTED } },
    });
    expect(content.solution.teamMembers[0]!.name).toBe('Sofie Startup');
  });

  it('anonymises once: content already anonymised has nothing left to find', () => {
    const first = anonymiseContent(content);
    expect(first.paths).toHaveLength(4);
    expect(JSON.stringify(first.content)).not.toMatch(/Sofie|Ole|sofie@|\+45/);
    const second = anonymiseContent(first.content);
    expect(second).toEqual({ content: first.content, paths: [] });
  });
});
