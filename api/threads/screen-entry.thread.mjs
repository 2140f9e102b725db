// Screening runs in pooled worker threads, so a hostile document that exhausts memory or time
// takes down only its thread, never the worker process. Plain JavaScript (no build step): it
// loads the compiled shared package once and then screens one entry per message.
import { parentPort } from 'node:worker_threads';
import { ALL_RULES, screenEntry } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';

parentPort.on('message', ({ id, input, mandatoryRuleIds }) => {
  try {
    const report = screenEntry(input, { extractTexts, rules: ALL_RULES }, { mandatoryRuleIds });
    parentPort.postMessage({ id, report });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
