/**
 * Welsh (Cymraeg) text of the inspection evidence pack's form on the board report: the twin
 * of en.ts's `evidencePack.` messages, in the words of the other parts (adroddiad y bwrdd,
 * dolen adborth, her, llofnodwr, adolygydd). The markings themselves are not translated.
 */
import type { MessageKey } from '../en.ts';

export const evidencePackCy = {
  'evidencePack.title': 'Pecyn tystiolaeth arolygu',
  'evidencePack.lead':
    'Un ffeil ZIP i’w rhoi i arolygwyr: yr adroddiad hwn fel PDF, a ffeiliau CSV o weithgarwch cydgynhyrchu fesul cam a sector, y cofnod “chi ddywedodd, fe wnaethom ni”, sgoriau hunanasesu ac adolygwyr fesul egwyddor, a heriau gyda’u hatebion, gyda phob colofn wedi’i disgrifio mewn geiriadur data. Mae testunau wedi’u cynnwys unwaith y cânt eu gwirio i’w cyhoeddi; dangosir eraill fel rhai a ataliwyd. Cofnodir ei baratoi yn y trywydd archwilio.',
  'evidencePack.marking': 'Mae pob ffeil wedi’i marcio’n {marking}, fel y dywed gosodiadau’r bartneriaeth.',
  'evidencePack.span': 'Cyfnod',
  'evidencePack.span.quarter': 'Y chwarter hwn: {quarter}',
  'evidencePack.span.year': 'Y flwyddyn ariannol {from} i {to}',
  'evidencePack.produce': 'Paratoi’r pecyn tystiolaeth',
} as const satisfies Partial<Record<MessageKey, string>>;
