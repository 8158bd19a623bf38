/**
 * An alert e-mail: one message per recipient per run, listing the items waiting for them,
 * each with the address to act on it. In the recipient's language when they chose one on
 * their account page, otherwise in English and Welsh, Welsh first (docs/decisions/0501).
 * Dates through `Intl`; it holds ids, names of organisations and groups, dates and counts,
 * never what people said.
 */
import type { AlertItem } from './alert-items.ts';

export type MessageLanguage = 'en' | 'cy' | 'both';

export interface AlertMessage {
  /** The recipient's address: used to send, never logged. */
  to: string;
  subject: string;
  text: string;
}

/** Where the recipient switches these e-mails off: their account page, or the board's alerts page. */
export type SwitchOffPage = '/account' | '/admin/alerts';

export interface MessageInput {
  day: string;
  items: readonly AlertItem[];
  names: ReadonlyMap<string, string>;
  siteUrl: string;
  switchOff: SwitchOffPage;
}

type Language = 'en' | 'cy';

const formatDay = (day: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** "1 day", "2 days"; Welsh counts take the singular noun ("2 ddiwrnod" is written "2 diwrnod" in figures). */
function days(count: number, language: Language): string {
  if (language === 'cy') return `${count} diwrnod`;
  return new Intl.PluralRules('en-GB').select(count) === 'one' ? `${count} day` : `${count} days`;
}

function itemLine(item: AlertItem, organisation: string, language: Language): string {
  const date = (day: string) => formatDay(day, language);
  const cy = language === 'cy';
  switch (item.kind) {
    case 'loop-overdue':
      return cy
        ? `${organisation}: dolen adborth ${item.id}, a godwyd ar ${date(item.raisedOn)}, heb ei chyfleu’n ôl ar ôl ${days(item.days, language)}.`
        : `${organisation}: feedback loop ${item.id}, raised on ${date(item.raisedOn)}, not communicated back after ${days(item.days, language)}.`;
    case 'challenge-waiting':
      return cy
        ? `${organisation}: her ${item.id}, a godwyd ar ${date(item.raisedOn)}, yn aros am ateb ers ${days(item.days, language)}${item.overdue ? ' (yn hwyr)' : ''}.`
        : `${organisation}: challenge ${item.id}, raised on ${date(item.raisedOn)}, waiting for an answer for ${days(item.days, language)}${item.overdue ? ' (past due)' : ''}.`;
    case 'award-expiring':
      return cy
        ? `${organisation}: mae statws y siarter yn dod i ben ar ${date(item.expiresOn)}.`
        : `${organisation}: charter status expires on ${date(item.expiresOn)}.`;
    case 'group-unheard':
      return cy
        ? `${organisation}: dim cyfranogwyr o’r grŵp “${item.label}” yn ${item.quarter} hyd yma.`
        : `${organisation}: no participants from the group “${item.label}” in ${item.quarter} so far.`;
  }
}

/** Where to act on an item. */
function itemPath(item: AlertItem): string {
  switch (item.kind) {
    case 'loop-overdue':
      return `/manage/loops/${encodeURIComponent(item.id)}`;
    case 'challenge-waiting':
      return `/manage/challenges/${encodeURIComponent(item.id)}`;
    case 'award-expiring':
    case 'group-unheard':
      return `/dashboard/signatories/${encodeURIComponent(item.signatoryId)}`;
  }
}

function subject(count: number, day: string, language: Language): string {
  if (language === 'cy') return `Equal Partners: ${count} eitem yn aros am weithredu (${formatDay(day, language)})`;
  const things = new Intl.PluralRules('en-GB').select(count) === 'one' ? '1 item needs' : `${count} items need`;
  return `Equal Partners: ${things} action (${formatDay(day, language)})`;
}

function body(input: MessageInput, language: Language): string {
  const cy = language === 'cy';
  const lines = input.items.map((item) => {
    const organisation = input.names.get(item.signatoryId) ?? item.signatoryId;
    return `- ${itemLine(item, organisation, language)}\n  ${input.siteUrl}${itemPath(item)}`;
  });
  const intro = cy
    ? `Dyma beth sy’n aros am weithredu ar ${formatDay(input.day, language)}:`
    : `This is what needs action on ${formatDay(input.day, language)}:`;
  const footer = cy
    ? `Rydych yn cael yr e-bost hwn gan Equal Partners. I’w atal, diffoddwch yr e-byst hyn yma: ${input.siteUrl}${input.switchOff}`
    : `You get this e-mail from Equal Partners. To stop it, switch these e-mails off here: ${input.siteUrl}${input.switchOff}`;
  return [intro, '', ...lines, '', footer].join('\n');
}

/** The message for one recipient, in their language, or in Welsh and English when it is not known. */
export function alertMessage(to: string, input: MessageInput, language: MessageLanguage): AlertMessage {
  const count = input.items.length;
  if (language !== 'both') return { to, subject: subject(count, input.day, language), text: body(input, language) };
  return {
    to,
    subject: `${subject(count, input.day, 'cy')} / ${subject(count, input.day, 'en').replace('Equal Partners: ', '')}`,
    text: [body(input, 'cy'), '', '----------', '', body(input, 'en')].join('\n'),
  };
}
