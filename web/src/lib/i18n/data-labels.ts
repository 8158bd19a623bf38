/**
 * Labels that come from the partnership's own data (charter principles, population
 * groups) are in the language the board wrote them in, English. For the charters and
 * groups the product ships, Welsh pages show a Welsh label, but only while the board
 * has kept the shipped English wording; anything else is shown as written and marked
 * `lang="en"`, so screen readers pronounce it in English.
 */
import type { Locale } from './dashboard.ts';

/** Shipped English label -> Welsh, by id. */
const welsh: Record<string, [english: string, cymraeg: string]> = {
  'embed-start-to-end': ['Embed from start to end', 'Ymgorffori o’r dechrau i’r diwedd'],
  'plan-infrastructure': ['Plan infrastructure and support', 'Cynllunio seilwaith a chymorth'],
  'equality-diversity-inclusion': [
    'Promote equality, diversity and inclusion',
    'Hyrwyddo cydraddoldeb, amrywiaeth a chynhwysiant',
  ],
  'equal-relationships': ['Build empowering and equal relationships', 'Meithrin perthnasoedd cyfartal sy’n grymuso'],
  'open-communication': ['Open and transparent communication', 'Cyfathrebu agored a thryloyw'],
  'ongoing-support': ['Ongoing support', 'Cymorth parhaus'],
  'learn-reflect-adapt': ['Learn, reflect, adapt with partners', 'Dysgu, myfyrio ac addasu gyda phartneriaid'],
  'shared-vision': ['Shared vision of meaningful change', 'Gweledigaeth a rennir o newid ystyrlon'],
  'equal-partners': ['Equal partners', 'Partneriaid cyfartal'],
  inclusive: ['Inclusive', 'Cynhwysol'],
  transparent: ['Transparent', 'Tryloyw'],
  'acted-upon': ['Acted upon', 'Gweithredu arno'],
  send: ['Children with SEND', 'Plant ag anghenion addysgol arbennig neu anabledd'],
  ehcp: ['Children with an EHCP', 'Plant â chynllun addysg, iechyd a gofal'],
  'care-experienced': ['Care-experienced', 'Â phrofiad o fod mewn gofal'],
  'young-carers': ['Young carers', 'Gofalwyr ifanc'],
  fsm: ['Eligible for free school meals', 'Yn gymwys i gael prydau ysgol am ddim'],
  eal: ['English as an additional language', 'Saesneg fel iaith ychwanegol'],
  'disabled-parent-carer': ['Disabled parent or carer', 'Rhiant neu ofalwr anabl'],
  'ethnicity-asian': ['Asian', 'Asiaidd'],
  'ethnicity-black': ['Black', 'Du'],
  'ethnicity-mixed': ['Mixed', 'Cymysg'],
  'ethnicity-white': ['White', 'Gwyn'],
  'ethnicity-other': ['Other ethnic group', 'Grŵp ethnig arall'],
  lgbtq: ['LGBTQ+ young people', 'Pobl ifanc LHDTC+'],
  'age-0-4': ['Aged 0 to 4', 'Rhwng 0 a 4 oed'],
  'age-5-10': ['Aged 5 to 10', 'Rhwng 5 a 10 oed'],
  'age-11-15': ['Aged 11 to 15', 'Rhwng 11 a 15 oed'],
  'age-16-18': ['Aged 16 to 18', 'Rhwng 16 a 18 oed'],
  'age-19-25': ['Aged 19 to 25', 'Rhwng 19 a 25 oed'],
};

export interface DataLabel {
  text: string;
  /** The language of `text`. */
  lang: Locale;
}

/** The label of a principle or group with id `id` as the data has it (`label`), for a page in `locale`. */
export function dataLabel(locale: Locale, id: string, label: string): DataLabel {
  const known = welsh[id];
  if (locale === 'cy' && known && known[0] === label) return { text: known[1], lang: 'cy' };
  return { text: label, lang: 'en' };
}
