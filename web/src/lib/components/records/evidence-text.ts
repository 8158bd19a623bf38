/**
 * A figure beside the assessment form in words: a number as formatted, or what the
 * published figures hold instead (a small count of people, a figure not shown, one
 * published for the year only, or none).
 */
import { yearOnlyMark, type PublicValue } from '@equal-partners/shared';
import type { AppText } from '#lib/i18n/app-text.ts';

export function evidenceValue(text: Pick<AppText, 't'>, value: PublicValue, format: (n: number) => string): string {
  if (typeof value === 'number') return format(value);
  if (value === yearOnlyMark) return text.t('evidence.value.yearOnly');
  if (typeof value === 'string' && value.startsWith('<'))
    return text.t('evidence.value.fewerThan', { k: value.slice(1) });
  if (typeof value === 'string') return text.t('evidence.value.notShown');
  return text.t('evidence.value.none');
}
