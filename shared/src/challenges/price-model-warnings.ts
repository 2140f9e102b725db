import type { Localised } from '../common/localised.js';
import type { EvaluationMethod } from './evaluation-method.js';

export interface PriceModelWarning {
  code: 'price.rank-reversal';
  message: Localised;
}

// Relative formulas score each price against the lowest bid, so adding or removing one bid can
// swap the order of two others. Organisers may still choose them, but knowingly.
export function priceModelWarnings(method: Pick<EvaluationMethod, 'priceModel'>): PriceModelWarning[] {
  const kind = method.priceModel.kind;
  if (kind !== 'relative-linear' && kind !== 'relative-proportional') return [];
  return [
    {
      code: 'price.rank-reversal',
      message: {
        da: 'En relativ prismodel måler hver pris mod den laveste. Kommer der et tilbud til eller falder et bort, kan rækkefølgen mellem to andre tilbud skifte. Overvej en absolut model med en referencepris, der offentliggøres på forhånd.',
        en: 'A relative price model scores each price against the lowest one. Adding or removing a bid can swap the order of two other bids. Consider an absolute model with a reference price published in advance.',
      },
    },
  ];
}
