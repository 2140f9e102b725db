import { describe, expect, it } from 'vitest';
import { parseWithCodes } from '../challenges/parse-with-codes.js';
import { customQuestionSchema, validateCustomAnswers, validateCustomQuestions, type CustomQuestion, type CustomQuestionInput } from './custom-questions.js';

const l = (text: string) => ({ da: text, en: text });
const inputs: CustomQuestionInput[] = [
  { id: 'pilot-site', kind: 'text', required: true, label: l('Pilot site') },
  { id: 'story', kind: 'long-text', label: l('Story') },
  { id: 'users', kind: 'number', required: true, label: l('Users') },
  { id: 'hosting', kind: 'single-choice', label: l('Hosting'), options: [{ id: 'eu', label: l('EU') }, { id: 'other', label: l('Other') }] },
  { id: 'channels', kind: 'multiple-choice', label: l('Channels'), options: [{ id: 'web', label: l('Web') }, { id: 'app', label: l('App') }] },
  { id: 'demo', kind: 'url', label: l('Demo') },
  { id: 'architecture', kind: 'file', label: l('Architecture') },
];
const questions: CustomQuestion[] = inputs.map((input) => customQuestionSchema.parse(input));

describe('customQuestionSchema', () => {
  it('defaults a question to optional', () => {
    expect(questions[1]?.required).toBe(false);
  });
  it('requires at least two distinct options for choice questions and none for others', () => {
    const noOptions = parseWithCodes(customQuestionSchema, { id: 'q', kind: 'single-choice', label: l('Q'), options: [{ id: 'a', label: l('A') }] });
    expect(noOptions).toEqual({ ok: false, issues: [{ path: 'options', code: 'custom-question.options-missing' }] });
    const stray = parseWithCodes(customQuestionSchema, { id: 'q', kind: 'text', label: l('Q'), options: [] });
    expect(stray).toEqual({ ok: false, issues: [{ path: 'options', code: 'custom-question.options-not-allowed' }] });
    const dupes = parseWithCodes(customQuestionSchema, {
      id: 'q',
      kind: 'multiple-choice',
      label: l('Q'),
      options: [{ id: 'a', label: l('A') }, { id: 'a', label: l('B') }],
    });
    expect(dupes).toEqual({ ok: false, issues: [{ path: 'options.1.id', code: 'custom-question.option-duplicate' }] });
  });
  it('refuses an unknown kind, a malformed id and a question without a label', () => {
    const result = parseWithCodes(customQuestionSchema, { id: 'Bad Id', kind: 'essay', label: l('') });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'id', code: 'custom-question.id-invalid' },
        { path: 'kind', code: 'custom-question.kind-invalid' },
      ],
    });
    expect(parseWithCodes(customQuestionSchema, { id: 'q', kind: 'text', label: l('') })).toEqual({
      ok: false,
      issues: [{ path: 'label', code: 'custom-question.label-missing' }],
    });
  });
});

describe('validateCustomQuestions', () => {
  it('refuses two questions with the same id', () => {
    expect(validateCustomQuestions([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual([{ path: 'customQuestions.2.id', code: 'custom-question.id-duplicate' }]);
  });
});

describe('validateCustomAnswers', () => {
  const complete = {
    'pilot-site': 'Dokk1',
    story: 'We started in 2021.',
    users: 1200,
    hosting: 'eu',
    channels: ['web', 'app'],
    demo: 'https://demo.example.org',
    architecture: 'a1',
  };
  it('accepts a complete set of well-formed answers', () => {
    expect(validateCustomAnswers(questions, complete, { attachmentIds: ['a1'] })).toEqual([]);
  });
  it('requires answers only to required questions, counting blanks as missing', () => {
    expect(validateCustomAnswers(questions, { 'pilot-site': '  ', users: 3 })).toEqual([{ path: 'customAnswers.pilot-site', code: 'custom-answer.required' }]);
  });
  it('checks each answer against its question kind', () => {
    const answers = {
      'pilot-site': 'x'.repeat(501),
      story: 42,
      users: '12',
      hosting: 'mars',
      channels: ['web', 'web'],
      demo: 'javascript:alert(1)',
      architecture: 'someone-elses-file',
    };
    expect(validateCustomAnswers(questions, answers, { attachmentIds: ['a1'] })).toEqual([
      { path: 'customAnswers.pilot-site', code: 'custom-answer.too-long' },
      { path: 'customAnswers.story', code: 'custom-answer.type' },
      { path: 'customAnswers.users', code: 'custom-answer.type' },
      { path: 'customAnswers.hosting', code: 'custom-answer.unknown-option' },
      { path: 'customAnswers.channels', code: 'custom-answer.duplicate-option' },
      { path: 'customAnswers.demo', code: 'custom-answer.url-invalid' },
      { path: 'customAnswers.architecture', code: 'custom-answer.file-unknown' },
    ]);
  });
  it('refuses answers to questions the form does not have', () => {
    expect(validateCustomAnswers(questions, { ...complete, extra: 'x' })).toEqual([{ path: 'customAnswers.extra', code: 'custom-answer.unknown-question' }]);
  });
});
