import type { Locale } from '../../common/localised.js';
import { formatNumberFor } from '../format-number.js';
import { toUtcTimestamp } from '../utc-timestamp.js';
import type { PublishedMethodSnapshot } from '../snapshot.js';
import type { OcdsAwardCriteria } from './ocds-constants.js';

/** The awardCriteria code that describes the method: weighted criteria unless one kind stands alone. */
export function awardCriteriaCode(method: PublishedMethodSnapshot): OcdsAwardCriteria {
  const kinds = new Set(method.criteria.filter((c) => c.weight > 0).map((c) => c.kind));
  if (kinds.size === 1) {
    if (kinds.has('price')) return 'priceOnly';
    if (kinds.has('cost')) return 'costOnly';
    if (kinds.has('quality')) return 'qualityOnly';
  }
  return 'ratedCriteria';
}

const words: Record<Locale, { published: string; criteria: string; atLeast: string; scale: string; overall: string }> = {
  da: {
    published: 'Evalueringsmetoden blev offentliggjort {at} og er fastfrosset; SHA-256 {hash}.',
    criteria: 'Kriterier og vægte',
    atLeast: 'mindst',
    scale: 'Skala {min}–{max} i trin på {step}.',
    overall: 'Mindste vægtede gennemsnit af kriterierne (på skalaen): {value}.',
  },
  en: {
    published: 'The evaluation method was published {at} and is frozen; SHA-256 {hash}.',
    criteria: 'Criteria and weights',
    atLeast: 'at least',
    scale: 'Scale {min}–{max} in steps of {step}.',
    overall: 'Lowest acceptable weighted mean of the criteria (on the scale): {value}.',
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * awardCriteriaDetails: the published method in one paragraph, with its hash so anyone can check
 * that the method used is the one published (udbudsloven §§ 160, 165).
 */
export function awardCriteriaDetails(method: PublishedMethodSnapshot, locale: Locale): string {
  const w = words[locale];
  const n = (value: number): string => formatNumberFor(locale, value);
  const criteria = method.criteria
    .map((c) => `${c.name[locale]} ${n(c.weight)} %${c.threshold === null ? '' : ` (${w.atLeast} ${n(c.threshold)})`}`)
    .join(', ');
  return [
    method.summary[locale],
    fill(w.published, { at: toUtcTimestamp(method.publishedAt), hash: method.hash }),
    `${w.criteria}: ${criteria}.`,
    fill(w.scale, { min: n(method.scale.min), max: n(method.scale.max), step: n(method.scale.step) }),
    ...(method.overallThreshold === null ? [] : [fill(w.overall, { value: n(method.overallThreshold) })]),
  ].join(' ');
}
