import { defineRule } from '../define-rule.js';
import { CLIMATE_SCORE_FORMULA, climateScore, estimateYearlyCo2 } from './estimate-yearly-co2.js';

function kg(value: number): string {
  return value >= 100 ? Math.round(value).toString() : value.toFixed(1);
}

// The climate score is the emissions estimate against the reference the challenge sets, one
// formula for everyone; an incomplete declaration is a question back to the vendor, not a fail.
export const yearlyCo2Rule = defineRule(
  {
    id: 'climate.yearly-co2',
    area: 'climate',
    severity: 'major',
    title: { da: 'Anslået årlig CO2e-udledning', en: 'Estimated yearly CO2e emissions' },
    reference: 'Sustainable Web Design model v4 (CO2.js); EU GPP criteria for data centres, server rooms and cloud services (2020)',
  },
  ({ declaration, challenge }, finding) => {
    const result = estimateYearlyCo2(declaration);
    if (!result.ok) {
      if (result.unknownCountry) {
        return [
          finding({
            outcome: 'needs-review',
            severity: 'minor',
            evidence: { unknownCountry: result.unknownCountry },
            explanation: {
              da: `Datacenterets land "${result.unknownCountry}" er ikke en kendt landekode, så udledningen kan ikke beregnes.`,
              en: `The data centre country "${result.unknownCountry}" is not a known country code, so the emissions cannot be estimated.`,
            },
          }),
        ];
      }
      return [
        finding({
          outcome: 'needs-review',
          severity: 'minor',
          evidence: { missing: result.missing },
          explanation: {
            da: `Udledningen kan ikke beregnes, fordi erklæringen mangler: ${result.missing.join(', ')}.`,
            en: `The emissions cannot be estimated because the declaration lacks: ${result.missing.join(', ')}.`,
          },
        }),
      ];
    }
    const { estimate } = result;
    const evidence = {
      kgPerYear: Math.round(estimate.kgPerYear * 1000) / 1000,
      dataTransferKgPerYear: Math.round(estimate.dataTransferKgPerYear * 1000) / 1000,
      inferenceKgPerYear: Math.round(estimate.inferenceKgPerYear * 1000) / 1000,
      formula: estimate.formula,
      inputs: [{ ...estimate.inputs }],
    };
    const fallbackNote = estimate.inputs.dataCentreIntensityFallback
      ? { da: ' Landet har ingen gennemsnitlig elintensitet i datasættet; verdensgennemsnittet er brugt.', en: ' The country has no average grid intensity in the data; the world average was used.' }
      : { da: '', en: '' };
    const summary = {
      da: `Anslået ${kg(estimate.kgPerYear)} kg CO2e om året (dataoverførsel ${kg(estimate.dataTransferKgPerYear)} kg, AI-inferens ${kg(estimate.inferenceKgPerYear)} kg).${fallbackNote.da}`,
      en: `Estimated ${kg(estimate.kgPerYear)} kg CO2e per year (data transfer ${kg(estimate.dataTransferKgPerYear)} kg, AI inference ${kg(estimate.inferenceKgPerYear)} kg).${fallbackNote.en}`,
    };
    const reference = challenge.climateReferenceKgPerYear;
    if (reference === undefined || !(reference > 0)) {
      return [
        finding({
          outcome: 'pass',
          severity: 'info',
          evidence,
          explanation: {
            da: `${summary.da} Udfordringen har ingen referenceværdi, så der gives ingen klimascore.`,
            en: `${summary.en} The challenge sets no reference value, so there is no climate score.`,
          },
        }),
      ];
    }
    const score = climateScore(estimate.kgPerYear, reference);
    const ratio = estimate.kgPerYear / reference;
    const scored = { ...evidence, referenceKgPerYear: reference, ratioToReference: Math.round(ratio * 1000) / 1000, score, scoreFormula: CLIMATE_SCORE_FORMULA };
    const comparison = {
      da: `${summary.da} Det er ${Math.round(ratio * 100)} % af udfordringens reference på ${kg(reference)} kg; klimascore ${score}.`,
      en: `${summary.en} That is ${Math.round(ratio * 100)}% of the challenge's reference of ${kg(reference)} kg; climate score ${score}.`,
    };
    if (ratio <= 1) return [finding({ outcome: 'pass', evidence: scored, explanation: comparison })];
    return [finding({ outcome: ratio >= 2 ? 'fail' : 'warn', severity: ratio >= 2 ? 'major' : 'minor', evidence: scored, explanation: comparison })];
  },
);
