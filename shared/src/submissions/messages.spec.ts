import { describe, expect, it } from 'vitest';
import type { Localised } from '../common/localised.js';
import type { CustomAnswerCode } from './custom-questions.js';
import type { EntryTransitionCode } from './entry-status.js';
import { submissionMessage, submissionMessages } from './messages.js';
import type { ReceiptVerification } from './receipt.js';
import type { TextContentCode } from './text-content.js';
import type { UploadCode } from './upload-policy.js';

type RuleCode =
  | EntryTransitionCode
  | CustomAnswerCode
  | UploadCode
  | TextContentCode
  | Extract<ReceiptVerification, { valid: false }>['code']
  | 'custom-question.id-duplicate';

// Compiles only while every code a rule can return has a message.
const covered: Record<RuleCode, Localised> = submissionMessages;

describe('submissionMessages', () => {
  it('has a Danish and an English text for every code', () => {
    expect(Object.keys(covered).length).toBeGreaterThan(40);
    const faulty = Object.entries(submissionMessages as Record<string, Localised>)
      .filter(([, message]) => message.da.trim() === '' || message.en.trim() === '' || message.da === message.en)
      .map(([code]) => code);
    expect(faulty).toEqual([]);
  });
  it('looks up a message in the requested language', () => {
    expect(submissionMessage('upload.double-extension', 'da')).toMatch(/\.exe/);
    expect(submissionMessage('entry.late', 'en')).toMatch(/deadline/);
  });
});
