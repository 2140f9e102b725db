import type { CriterionSpec, ScaleSpec, ScoringMethod } from './types.js';

/** The scale a criterion is scored on: its own, else the method's. */
export function criterionScale(method: Pick<ScoringMethod, 'scale'>, criterion: CriterionSpec): ScaleSpec {
  const scale = criterion.scale ?? method.scale;
  if (!scale) throw new RangeError(`Criterion ${criterion.id} has no scale and the method gives none`);
  return scale;
}

/** Each criterion of the method with the scale it is scored on. */
export function criteriaWithScales(method: Pick<ScoringMethod, 'scale' | 'criteria'>): (CriterionSpec & { scale: ScaleSpec })[] {
  return method.criteria.map((criterion) => ({ ...criterion, scale: criterionScale(method, criterion) }));
}
