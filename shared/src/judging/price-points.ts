import type { Localised } from '../common/localised.js';
import type { AbsolutePriceModel, PriceModel } from './types.js';

export interface PricedBid {
  entryId: string;
  /** The evaluated price, in the currency the challenge states (the same for every bid). */
  price: number;
}

/** The price at which an absolute model gives zero points (see AbsolutePriceModel). */
export function zeroPointPrice(model: AbsolutePriceModel): number {
  if (!(model.referencePrice > 0)) throw new RangeError('The reference price must be positive');
  if (model.zeroPointPrice !== undefined && model.zeroPointPrice !== null) {
    if (!(model.zeroPointPrice > model.referencePrice)) throw new RangeError('The zero-point price must exceed the reference price');
    return model.zeroPointPrice;
  }
  const slope = model.slope ?? 1;
  if (!(slope > 0)) throw new RangeError('The slope must be positive');
  return model.referencePrice * (1 + 1 / slope);
}

/** Full points at or below the reference price, none at or above the zero-point price, linear between. */
export function absolutePricePoints(price: number, model: AbsolutePriceModel, max = 100): number {
  assertPrice(price);
  const zero = zeroPointPrice(model);
  return clamp((max * (zero - price)) / (zero - model.referencePrice), 0, max);
}

/** `max − max·(P − Pmin)/Pmin`, floored at 0: a bid twice the lowest gets nothing. */
export function relativeLinearPricePoints(price: number, lowestPrice: number, max = 100): number {
  assertPrice(price);
  assertPrice(lowestPrice);
  return Math.max(0, max - (max * (price - lowestPrice)) / lowestPrice);
}

/** `max·Pmin/P`. */
export function proportionalPricePoints(price: number, lowestPrice: number, max = 100): number {
  assertPrice(price);
  assertPrice(lowestPrice);
  return (max * lowestPrice) / price;
}

/** Price points of every bid under the method's price model; relative models use the lowest of these bids. */
export function computePricePoints(model: PriceModel, bids: readonly PricedBid[], max = 100): Map<string, number> {
  const points = new Map<string, number>();
  if (bids.length === 0) return points;
  const lowest = Math.min(...bids.map((b) => b.price));
  for (const bid of bids) {
    const value =
      model.kind === 'absolute'
        ? absolutePricePoints(bid.price, model, max)
        : model.kind === 'relative-linear'
          ? relativeLinearPricePoints(bid.price, lowest, max)
          : proportionalPricePoints(bid.price, lowest, max);
    points.set(bid.entryId, value);
  }
  return points;
}

export function isRelativePriceModel(model: PriceModel): boolean {
  return model.kind !== 'absolute';
}

/** The warning an organiser sees when picking a price model whose points depend on the lowest bid. */
export function priceModelWarning(model: PriceModel): Localised | null {
  if (!isRelativePriceModel(model)) return null;
  return {
    da:
      'Denne prismodel regner point ud fra den laveste pris. Når et tilbud kommer til eller trækkes tilbage, ' +
      'kan de øvrige tilbuds indbyrdes rækkefølge vende (rank reversal). En absolut model med en ' +
      'offentliggjort referencepris undgår det.',
    en:
      'This price model scores against the lowest price. When a bid is added or withdrawn, the order of ' +
      'the other bids can flip (rank reversal). An absolute model with a published reference price avoids this.',
  };
}

function assertPrice(price: number): void {
  if (!(price > 0) || !Number.isFinite(price)) throw new RangeError(`A price must be a positive number, got ${price}`);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
