import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { Phase } from '@fairpitch/shared/challenges';
import { renderWithApp, stubFetch } from '../../testing/render.js';
import PhasesEditor from './PhasesEditor.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** The editor inside a parent that owns the phases, as the draft editor does. */
function host(initial: Phase[]) {
  const phases = ref<Phase[]>(initial);
  const component = defineComponent({
    setup: () => () => h(PhasesEditor, { modelValue: phases.value, 'onUpdate:modelValue': (next: Phase[]) => (phases.value = next), type: 'challenge' }),
  });
  return { phases, component };
}

describe('PhasesEditor', () => {
  it('stores a time typed on a Copenhagen clock as UTC', async () => {
    stubFetch(() => undefined);
    const { phases, component } = host([{ kind: 'submission', startsAt: '', endsAt: '' }]);
    const { wrapper, unmount } = await renderWithApp(component);
    await wrapper.find('#ch-phases-0-startsAt').setValue('2026-07-01T10:00');
    await wrapper.find('#ch-phases-0-endsAt').setValue('2026-12-01T12:00');
    expect(phases.value[0]).toEqual({ kind: 'submission', startsAt: '2026-07-01T08:00:00.000Z', endsAt: '2026-12-01T11:00:00.000Z' });
    unmount();
  });

  it('shows stored UTC times on the Copenhagen clock', async () => {
    stubFetch(() => undefined);
    const { component } = host([{ kind: 'submission', startsAt: '2026-01-15T09:00:00Z', endsAt: '2026-07-01T08:00:00Z' }]);
    const { wrapper, unmount } = await renderWithApp(component);
    expect((wrapper.find('#ch-phases-0-startsAt').element as HTMLInputElement).value).toBe('2026-01-15T10:00');
    expect((wrapper.find('#ch-phases-0-endsAt').element as HTMLInputElement).value).toBe('2026-07-01T10:00');
    unmount();
  });

  it('reports overlapping phases with the shared rule’s message beside the field', async () => {
    stubFetch(() => undefined);
    const { component } = host([
      { kind: 'questions', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-10T09:00:00Z' },
      { kind: 'submission', startsAt: '2026-03-05T09:00:00Z', endsAt: '2026-04-01T09:00:00Z' },
    ]);
    const { wrapper, unmount } = await renderWithApp(component);
    const start = wrapper.find('#ch-phases-1-startsAt');
    expect(start.attributes('aria-invalid')).toBe('true');
    const describedBy = start.attributes('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('Faserne må ikke overlappe.');
    unmount();
  });

  it('adds, reorders and removes phases', async () => {
    stubFetch(() => undefined);
    const { phases, component } = host([]);
    const { wrapper, unmount } = await renderWithApp(component);
    expect(wrapper.text()).toContain('Tilføj mindst én fase.');
    await wrapper.findAll('button').find((b) => b.text() === 'Tilføj fase')!.trigger('click');
    await wrapper.findAll('button').find((b) => b.text() === 'Tilføj fase')!.trigger('click');
    expect(phases.value.map((p) => p.kind)).toEqual(['submission', 'evaluation']);
    await wrapper.findAll('button').find((b) => b.text().startsWith('Flyt ned') && b.text().includes('Fase 1'))!.trigger('click');
    expect(phases.value.map((p) => p.kind)).toEqual(['evaluation', 'submission']);
    await wrapper.findAll('button').find((b) => b.text().startsWith('Fjern') && b.text().includes('Fase 1'))!.trigger('click');
    await flushPromises();
    expect(phases.value.map((p) => p.kind)).toEqual(['submission']);
    unmount();
  });
});

describe('PhasesEditor with a phase just added', () => {
  it('calls a time not yet typed missing, not an invalid UTC instant', async () => {
    stubFetch(() => undefined);
    const { component } = host([{ kind: 'submission', startsAt: '', endsAt: '' }]);
    const { wrapper, unmount } = await renderWithApp(component);
    expect(wrapper.text()).toContain('Feltet skal udfyldes.');
    expect(wrapper.text()).not.toContain('UTC-tidspunkt');
    unmount();
  });
});
