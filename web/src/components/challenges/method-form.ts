import {
  type EvaluationMethod,
  type EvaluationMethodInput,
  NORMALISATIONS,
  CONSENSUS_MODES,
  PRICE_MODEL_KINDS,
  DEFAULT_DISAGREEMENT_THRESHOLD,
  screeningWeightsSchema,
} from '@fairpitch/shared/challenges';

// The evaluation method as the editor holds it: numbers may be blank while someone types.
// methodFromForm turns it back into the shape the shared rules and the API check.
export type NumberInput = number | '';
export const SCREENING_AREAS = Object.keys(screeningWeightsSchema.shape) as (keyof typeof screeningWeightsSchema.shape)[];
export type ScreeningAreaKey = (typeof SCREENING_AREAS)[number];

export interface CriterionForm {
  id: string;
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  weight: NumberInput;
  threshold: NumberInput;
}

export interface MethodForm {
  criteria: CriterionForm[];
  scaleMin: NumberInput;
  scaleMax: NumberInput;
  scaleStep: NumberInput;
  overallThreshold: NumberInput;
  screeningWeights: Record<ScreeningAreaKey, NumberInput>;
  priceWeight: NumberInput;
  priceKind: (typeof PRICE_MODEL_KINDS)[number];
  referencePrice: NumberInput;
  /** Absolute model: either a slope or a maximum price. */
  priceLimit: 'maxPrice' | 'slope';
  priceLimitValue: NumberInput;
  tieBreak: string[];
  normalisation: (typeof NORMALISATIONS)[number];
  consensus: (typeof CONSENSUS_MODES)[number];
  disagreementThreshold: NumberInput;
  mandatoryScreeningRules: string[];
}

const num = (value: number | undefined): NumberInput => (value === undefined ? '' : value);
/** A blank input is "not given": required numbers then fail as missing, optional ones drop out. */
const given = (value: NumberInput | string): number | undefined => (value === '' || value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value));

export function newCriterion(existing: readonly CriterionForm[]): CriterionForm {
  let n = existing.length + 1;
  while (existing.some((c) => c.id === `criterion-${n}`)) n += 1;
  return { id: `criterion-${n}`, titleDa: '', titleEn: '', descriptionDa: '', descriptionEn: '', weight: '', threshold: '' };
}

export function methodFormFrom(method: EvaluationMethod | null | undefined): MethodForm {
  const model = method?.priceModel ?? { kind: 'none' as const };
  return {
    criteria: (method?.criteria ?? []).map((c) => ({
      id: c.id,
      titleDa: c.title.da,
      titleEn: c.title.en,
      descriptionDa: c.description?.da ?? '',
      descriptionEn: c.description?.en ?? '',
      weight: c.weight,
      threshold: num(c.threshold),
    })),
    scaleMin: method?.scale.min ?? 0,
    scaleMax: method?.scale.max ?? 10,
    scaleStep: method?.scale.step ?? 1,
    overallThreshold: num(method?.overallThreshold),
    screeningWeights: Object.fromEntries(SCREENING_AREAS.map((area) => [area, num(method?.screeningWeights?.[area])])) as Record<ScreeningAreaKey, NumberInput>,
    priceWeight: num(method?.priceWeight),
    priceKind: model.kind,
    referencePrice: model.kind === 'absolute' ? model.referencePrice : '',
    priceLimit: model.kind === 'absolute' && model.slope !== undefined ? 'slope' : 'maxPrice',
    priceLimitValue: model.kind === 'absolute' ? num(model.slope ?? model.maxPrice) : '',
    tieBreak: [...(method?.tieBreak ?? [])],
    normalisation: method?.normalisation ?? 'raw',
    consensus: method?.consensus ?? 'flagged',
    disagreementThreshold: method?.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD,
    mandatoryScreeningRules: [...(method?.mandatoryScreeningRules ?? [])],
  };
}

function priceModelFrom(form: MethodForm): EvaluationMethodInput['priceModel'] {
  if (form.priceKind !== 'absolute') return { kind: form.priceKind };
  const limit = given(form.priceLimitValue);
  return {
    kind: 'absolute',
    referencePrice: given(form.referencePrice) as number,
    ...(limit !== undefined && { [form.priceLimit]: limit }),
  };
}

export function methodFromForm(form: MethodForm): EvaluationMethodInput {
  const screeningWeights = Object.fromEntries(
    SCREENING_AREAS.flatMap((area) => {
      const weight = given(form.screeningWeights[area]);
      return weight === undefined ? [] : [[area, weight]];
    }),
  );
  const overall = given(form.overallThreshold);
  const priceWeight = given(form.priceWeight);
  return {
    criteria: form.criteria.map((c) => {
      const threshold = given(c.threshold);
      return {
        id: c.id.trim(),
        title: { da: c.titleDa, en: c.titleEn },
        description: { da: c.descriptionDa, en: c.descriptionEn },
        weight: given(c.weight) as number,
        ...(threshold !== undefined && { threshold }),
      };
    }),
    scale: { min: given(form.scaleMin) as number, max: given(form.scaleMax) as number, step: given(form.scaleStep) as number },
    ...(overall !== undefined && { overallThreshold: overall }),
    mandatoryScreeningRules: [...form.mandatoryScreeningRules],
    ...(Object.keys(screeningWeights).length > 0 && { screeningWeights }),
    ...(priceWeight !== undefined && { priceWeight }),
    tieBreak: form.tieBreak.filter(Boolean),
    normalisation: form.normalisation,
    priceModel: priceModelFrom(form),
    consensus: form.consensus,
    disagreementThreshold: given(form.disagreementThreshold) as number,
  };
}
