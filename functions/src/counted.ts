/**
 * Counts in the English of the board's e-mails and the local jobs' reports: a number and
 * its noun, singular or plural as `Intl.PluralRules` says ("1 day", "2 days"), never "(s)".
 */
const englishPlural = new Intl.PluralRules('en-GB');

/** `count` and the noun in the form the count takes. */
export function counted(count: number, one: string, other: string): string {
  return `${count} ${englishPlural.select(count) === 'one' ? one : other}`;
}

export const days = (count: number) => counted(count, 'day', 'days');
