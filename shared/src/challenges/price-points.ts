import type { PriceModel, Scale } from './evaluation-method.js';

// Price points on the method's scale, as the published price model defines them. Judging and
// the web app call this one function, so the curve an organiser sees is the one applied.
// `lowestPrice` is the lowest valid price among all entries; only relative models use it.
export function pricePoints(model: PriceModel, scale: Pick<Scale, 'min' | 'max'>, price: number, lowestPrice: number): number | null {
  if (!(price >= 0) || !Number.isFinite(price)) throw new RangeError('pricePoints: price must be a finite number ≥ 0');
  const { min, max } = scale;
  const range = max - min;
  const clamp = (points: number) => Math.min(max, Math.max(min, points));
  switch (model.kind) {
    case 'none':
      return null;
    case 'absolute': {
      const ref = model.referencePrice;
      if (price <= ref) return max;
      if (model.slope !== undefined) return clamp(max - model.slope * ((price - ref) / ref));
      const maxPrice = model.maxPrice ?? ref;
      return clamp(max - range * ((price - ref) / (maxPrice - ref)));
    }
    case 'relative-linear':
      // points = max − max·(P − Pmin)/Pmin, written for a scale that need not start at 0.
      if (price <= lowestPrice) return max;
      if (lowestPrice <= 0) return min;
      return clamp(max - range * ((price - lowestPrice) / lowestPrice));
    case 'relative-proportional':
      // points = max·Pmin/P, likewise shifted onto the scale.
      if (price <= lowestPrice) return max;
      return clamp(min + range * (lowestPrice / price));
  }
}
