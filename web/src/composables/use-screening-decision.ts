import { type Ref, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isRecordableReason } from '@fairpitch/shared/common';
import { useFormErrors } from './use-form-errors.js';

/**
 * An organiser's decision on what the screening found: one of fixed choices and a reason for
 * the audit trail, checked here by the rule the server applies (isRecordableReason). `save`
 * resolves to the decision the server recorded, which the form then confirms.
 */
export function useScreeningDecision<Decision extends string>(save: (decision: Decision, reason: string) => Promise<Decision>) {
  const { t } = useI18n();
  const errors = useFormErrors<'decision' | 'reason'>();
  const decision = ref('') as Ref<Decision | ''>;
  const reason = ref('');
  const saving = ref(false);
  const saved = ref(null) as Ref<Decision | null>;

  async function submit(): Promise<void> {
    if (saving.value) return;
    saved.value = null;
    const ok = errors.check(
      { decision: decision.value ? '' : t('screening.decision.choose'), reason: isRecordableReason(reason.value) ? '' : t('screening.decision.reasonShort') },
      t('errors.formHasErrors'),
    );
    if (!ok || !decision.value) return;
    saving.value = true;
    try {
      saved.value = await save(decision.value, reason.value.trim());
    } catch (error) {
      errors.fail(error);
    } finally {
      saving.value = false;
    }
  }

  return { errors, decision, reason, saving, saved, submit };
}
