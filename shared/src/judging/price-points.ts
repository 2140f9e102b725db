import type { Localised } from '../common/localised.js';
import type { AbsolutePriceModel, PriceModel, ScaleSpec } from './types.js';

export interface PricedBid {
  entryId: string;
  /** The evaluated price, in the currency the challenge states (the same for every bid). */
  price: number;
}

/** Points range of a price model: the method's scale, or 0–100 when none is given. */
export type PointsRange = Pick<ScaleSpec, 'min' | 'max'>;
export const HUNDRED_POINTS: PointsRange = { min: 0, max: 100 };

/** Full points at or below the reference price; above it, down by the slope or towards `maxPrice`. */
export function absolutePricePoints(price: number, model: AbsolutePriceModel, range: PointsRange = HUNDRED_POINTS): number {
  assertPrice(price);
  const { referencePrice: reference, slope, maxPrice } = model;
  if (!(reference > 0)) throw new RangeError('The reference price must be positive');
  if (price <= reference) return range.max;
  if (slope !== undefined && slope !== null) {
    if (!(slope > 0)) throw new RangeError('The slope must be positive');
    return clamp(range.max - slope * ((price - reference) / reference), range);
  }
  if (maxPrice === undefined || maxPrice === null || !(maxPrice > reference)) {
    throw new RangeError('An absolute price model needs a positive slope or a maximum price above the reference');
  }
  return clamp(range.max - (range.max - range.min) * ((price - reference) / (maxPrice - reference)), range);
}

/** `max − max·(P − Pmin)/Pmin` on the range, floored at its bottom: a bid twice the lowest gets nothing. */
export function relativeLinearPricePoints(price: number, lowestPrice: number, range: PointsRange = HUNDRED_POINTS): number {
  assertPrice(price);
  assertPrice(lowestPrice);
  if (price <= lowestPrice) return range.max;
  if (lowestPrice === 0) return range.min;
  return clamp(range.max - (range.max - range.min) * ((price - lowestPrice) / lowestPrice), range);
}

/** `max·Pmin/P` on the range. */
export function relativeProportionalPricePoints(price: number, lowestPrice: number, range: PointsRange = HUNDRED_POINTS): number {
  assertPrice(price);
  assertPrice(lowestPrice);
  if (price <= lowestPrice) return range.max;
  return clamp(range.min + (range.max - range.min) * (lowestPrice / price), range);
}

/**
 * Price points of every bid under the method's price model, on the given range (the method's
 * scale). Relative models measure against the lowest of these bids. Empty for the model "none".
 */
export function computePricePoints(model: PriceModel, bids: readonly PricedBid[], range: PointsRange = HUNDRED_POINTS): Map<string, number> {
  const points = new Map<string, number>();
  if (bids.length === 0 || model.kind === 'none') return points;
  const lowest = Math.min(...bids.map((b) => b.price));
  for (const bid of bids) {
    const value =
      model.kind === 'absolute'
        ? absolutePricePoints(bid.price, model, range)
        : model.kind === 'relative-linear'
          ? relativeLinearPricePoints(bid.price, lowest, range)
          : relativeProportionalPricePoints(bid.price, lowest, range);
    points.set(bid.entryId, value);
  }
  return points;
}

export function isRelativePriceModel(model: PriceModel): boolean {
  return model.kind === 'relative-linear' || model.kind === 'relative-proportional';
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
  if (!(price >= 0) || !Number.isFinite(price)) throw new RangeError(`A price must be a finite number ≥ 0, got ${price}`);
}

function clamp(value: number, range: PointsRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}
