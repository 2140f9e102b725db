// Runs one screening in a worker thread, so a hostile document that exhausts memory or time
// takes down only this thread, never the worker process. Plain JavaScript (no build step):
// it loads the compiled shared package.
import { parentPort, workerData } from 'node:worker_threads';
import { ALL_RULES, screenEntry } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';

const { input, mandatoryRuleIds } = workerData;
const report = screenEntry(input, { extractTexts, rules: ALL_RULES }, { mandatoryRuleIds });
parentPort.postMessage({ report });
