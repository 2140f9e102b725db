// Size classes for the SME statistics in procurement exports (EU Recommendation 2003/361).
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export function isSme(sizeClass: SizeClass): boolean {
  return sizeClass !== 'large';
}
