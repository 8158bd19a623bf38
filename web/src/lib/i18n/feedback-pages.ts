/**
 * The text of the pages people who took part in an activity answer on, with no sign-in
 * (`/f/{token}`, Welsh `/cy/f/{token}`), its privacy notices (plain and easy read), and the
 * printed card and poster that carry the link: in English and Welsh. Each question comes
 * in three wordings (standard, easy read, young children) and, in Welsh, each answer is
 * worded to its question ("Ydw", "Oeddwn", "Do"), as Welsh answers yes and no.
 */
import type { FeedbackChoice, FeedbackForm, FeedbackQuestion } from '@equal-partners/shared';
import type { Locale } from './format.ts';

type Question = `q.${FeedbackForm}.${FeedbackQuestion}`;
type Choice = `c.${FeedbackForm}.${FeedbackQuestion}.${FeedbackChoice}`;

export const feedbackPagesEn = {
  'answer.title': 'Tell us how it went',
  'answer.lead':
    '{organisation} wants to know what you thought of the activity on {date}. It takes less than a minute.',
  'answer.anonymous':
    'Do not write your name: there is nowhere to. We only count how many people give each answer, and we do not keep anything that says who you are.',
  'answer.privacy': 'How we use your answers',
  'answer.privacyEasyRead': 'How we use your answers (easy read)',
  'answer.send': 'Send my answers',
  'answer.closes': 'You can answer until {date}.',
  'answer.errorSummary': 'There is a problem',
  'answer.chooseAnswer': 'Choose an answer',
  'answer.errorPrefix': 'Error:',
  'answer.errorTitle': 'Error:',
  'answer.thanks.title': 'Thank you',
  'answer.thanks.text': 'Your answers have been counted. You can close this page.',
  'answer.unknown.title': 'This feedback link does not work',
  'answer.unknown.text':
    'Check you typed the whole link, or scan the code again. The organisation may have switched this link off.',
  'answer.closed.title': 'This feedback has closed',
  'answer.closed.text': 'Answers could be given until {date}. Nothing you sent now has been kept.',
  'answer.notOpenYet.title': 'This feedback is not open yet',
  'answer.notOpenYet.text': 'You can answer from {date}. Nothing you sent now has been kept.',
  'answer.full.title': 'Everyone who took part has answered',
  'answer.full.text':
    'This activity has as many answers as people who took part, so we cannot count any more. Nothing you sent now has been kept.',
  'lang.navLabel': 'Language',
  'lang.other': 'Cymraeg',
  'lang.otherLabel': 'Darllenwch y dudalen hon yn Gymraeg',

  'q.standard.feltListened': 'Did you feel listened to?',
  'q.standard.knowWhatHappensNext': 'Do you know what will happen next?',
  'q.standard.easyToTakePart': 'Was it easy to take part?',
  'q.easy-read.feltListened': 'Did people listen to you?',
  'q.easy-read.knowWhatHappensNext': 'Do you know what happens next?',
  'q.easy-read.easyToTakePart': 'Was it easy to join in?',
  'q.young-children.feltListened': 'Did the grown-ups listen to you?',
  'q.young-children.knowWhatHappensNext': 'Do you know what will happen now?',
  'q.young-children.easyToTakePart': 'Was it easy to join in?',
  'c.standard.feltListened.yes': 'Yes',
  'c.standard.feltListened.not-sure': 'Not sure',
  'c.standard.feltListened.no': 'No',
  'c.standard.knowWhatHappensNext.yes': 'Yes',
  'c.standard.knowWhatHappensNext.not-sure': 'Not sure',
  'c.standard.knowWhatHappensNext.no': 'No',
  'c.standard.easyToTakePart.yes': 'Yes',
  'c.standard.easyToTakePart.not-sure': 'Not sure',
  'c.standard.easyToTakePart.no': 'No',
  'c.easy-read.feltListened.yes': 'Yes',
  'c.easy-read.feltListened.not-sure': 'Not sure',
  'c.easy-read.feltListened.no': 'No',
  'c.easy-read.knowWhatHappensNext.yes': 'Yes',
  'c.easy-read.knowWhatHappensNext.not-sure': 'Not sure',
  'c.easy-read.knowWhatHappensNext.no': 'No',
  'c.easy-read.easyToTakePart.yes': 'Yes',
  'c.easy-read.easyToTakePart.not-sure': 'Not sure',
  'c.easy-read.easyToTakePart.no': 'No',
  'c.young-children.feltListened.yes': 'Yes',
  'c.young-children.feltListened.not-sure': 'I’m not sure',
  'c.young-children.feltListened.no': 'No',
  'c.young-children.knowWhatHappensNext.yes': 'Yes',
  'c.young-children.knowWhatHappensNext.not-sure': 'I’m not sure',
  'c.young-children.knowWhatHappensNext.no': 'No',
  'c.young-children.easyToTakePart.yes': 'Yes',
  'c.young-children.easyToTakePart.not-sure': 'I’m not sure',
  'c.young-children.easyToTakePart.no': 'No',

  'privacy.title': 'How we use your answers',
  'privacy.lead':
    'This notice is about the short feedback page you reach from a link or a QR code after you take part in an activity run by a member of {partnership}.',
  'privacy.keep.title': 'What we keep',
  'privacy.keep.text':
    'For each activity, we keep only how many people chose each answer to each question, for example “12 people said yes”.',
  'privacy.notKeep.title': 'What we do not keep',
  'privacy.notKeep.name': 'your name, or anything else you could write: the page has no box to write in',
  'privacy.notKeep.contact': 'your e-mail address, telephone number or where you live',
  'privacy.notKeep.address': 'your internet (IP) address, or anything about your phone or computer',
  'privacy.notKeep.cookies': 'cookies: the page sets none, and works without JavaScript',
  'privacy.once.title': 'How we count each answer once',
  'privacy.once.text':
    'The page gives your answers a random number when it opens. If your phone sends the same answers twice, we count them once. The number is made by chance and says nothing about you.',
  'privacy.logs.title': 'Our website’s records',
  'privacy.logs.text':
    'The website does not write down the internet address of anyone who opens or answers this page. To stop anyone sending very many answers, it counts the pages asked for from each address for one minute, in memory only, and then forgets them.',
  'privacy.see.title': 'Who sees the answers',
  'privacy.see.text':
    'Nobody can see one person’s answers, because they are never kept one by one. No activity can have more answers than the number of people who took part.',
  'privacy.why.title': 'Why we ask',
  'privacy.why.text':
    '{partnership} checks that its members listen to children, young people and families, as they promised in their co-production charter. Your answers tell them how it felt to take part, in your own words rather than theirs.',
  'privacy.rights.title': 'Your rights',
  'privacy.rights.text':
    'Because we keep nothing that says who you are, we cannot find your answers to show you, change or delete them. If you are unhappy with how we use your answers, you can complain to the Information Commissioner’s Office (ico.org.uk).',
  'privacy.contact': 'Questions: contact {partnership}: {contact}',
  'privacy.contactNone': 'Questions: contact {partnership}.',
  'privacy.easyRead': 'Read this in easy read',
  'privacy.standard': 'Read the full notice',

  'easy.title': 'Your answers: easy read',
  'easy.1': 'You can tell us what you thought about a meeting or an activity.',
  'easy.2': 'There are 3 questions.',
  'easy.3': 'You choose yes, not sure or no.',
  'easy.4': 'You do not write your name.',
  'easy.5': 'We do not know who you are.',
  'easy.6': 'We only count how many people chose each answer.',
  'easy.7': 'We do not keep your phone number, e-mail or address.',
  'easy.8': 'We do not keep anything about your phone.',
  'easy.9': 'Nobody can see what you chose.',
  'easy.10': 'You can ask someone you trust to help you.',

  'card.title': 'Tell us how it went',
  'card.scan': 'Scan the code with your phone’s camera, or type:',
  'card.about': '3 quick questions about {organisation}’s activity on {date}.',
  'card.anonymous': 'No names. No sign-in. Only the number of people who gave each answer is kept.',
  'card.closes': 'Open until {date}.',

  'answer.tooMany.title': 'Too many answers from here just now',
  'answer.tooMany.text':
    'A lot of answers were sent from this place or to this link in the last few minutes. Wait a few minutes, then send your answers again. Nothing you sent now has been kept.',
  'outcome.lead': 'Answers could be given until {date}. This is what has happened since.',
  'outcome.activity': 'About the activity',
  'outcome.activityHeld': '{organisation} held this activity on {date}.',
  'outcome.loops.title': 'You said, we did',
  'outcome.loops.lead': 'What people raised at this activity, and what {organisation} did about it.',
  'outcome.loops.none':
    '{organisation} has not recorded anything raised at this activity yet. Come back to this link later to see what happened.',
  'outcome.youSaid': 'You said',
  'outcome.weDid': 'We did',
  'outcome.reason': 'Why not',
  'outcome.status': 'Where it is',
  'outcome.status.open': 'Open',
  'outcome.status.in-progress': 'In progress',
  'outcome.status.done': 'Done',
  'outcome.status.not-taken-forward': 'Not taken forward',
  'outcome.answered': 'Answer given back on {date}',
  'outcome.notAnswered': 'The answer has not gone back yet.',
  'outcome.waiting': 'What was said and done is waiting to be checked before it is shown.',
} as const;

export type FeedbackPageKey = keyof typeof feedbackPagesEn;

/** Welsh (Cymraeg): every message, so a Welsh page never falls back to English. */
export const feedbackPagesCy: Record<FeedbackPageKey, string> = {
  'answer.title': 'Dywedwch wrthym sut aeth hi',
  'answer.lead':
    'Mae {organisation} eisiau gwybod beth oeddech chi’n ei feddwl o’r gweithgaredd ar {date}. Mae’n cymryd llai na munud.',
  'answer.anonymous':
    'Peidiwch ag ysgrifennu eich enw: does unman i wneud hynny. Dim ond faint o bobl sy’n rhoi pob ateb rydyn ni’n ei gyfrif, a dydyn ni ddim yn cadw dim sy’n dweud pwy ydych chi.',
  'answer.privacy': 'Sut rydyn ni’n defnyddio eich atebion',
  'answer.privacyEasyRead': 'Sut rydyn ni’n defnyddio eich atebion (hawdd ei ddeall)',
  'answer.send': 'Anfon fy atebion',
  'answer.closes': 'Gallwch ateb tan {date}.',
  'answer.errorSummary': 'Mae problem wedi codi',
  'answer.chooseAnswer': 'Dewiswch ateb',
  'answer.errorPrefix': 'Gwall:',
  'answer.errorTitle': 'Gwall:',
  'answer.thanks.title': 'Diolch',
  'answer.thanks.text': 'Mae eich atebion wedi cael eu cyfrif. Gallwch gau’r dudalen hon.',
  'answer.unknown.title': 'Nid yw’r ddolen adborth hon yn gweithio',
  'answer.unknown.text':
    'Gwiriwch eich bod wedi teipio’r ddolen gyfan, neu sganiwch y cod eto. Efallai fod y sefydliad wedi diffodd y ddolen hon.',
  'answer.closed.title': 'Mae’r adborth hwn wedi cau',
  'answer.closed.text': 'Roedd modd ateb tan {date}. Nid oes dim a anfonoch nawr wedi’i gadw.',
  'answer.notOpenYet.title': 'Nid yw’r adborth hwn ar agor eto',
  'answer.notOpenYet.text': 'Gallwch ateb o {date} ymlaen. Nid oes dim a anfonoch nawr wedi’i gadw.',
  'answer.full.title': 'Mae pawb a gymerodd ran wedi ateb',
  'answer.full.text':
    'Mae gan y gweithgaredd hwn gymaint o atebion â’r bobl a gymerodd ran, felly allwn ni ddim cyfrif rhagor. Nid oes dim a anfonoch nawr wedi’i gadw.',
  'lang.navLabel': 'Iaith',
  'lang.other': 'English',
  'lang.otherLabel': 'Read this page in English',

  'q.standard.feltListened': 'Oeddech chi’n teimlo bod pobl yn gwrando arnoch chi?',
  'q.standard.knowWhatHappensNext': 'Ydych chi’n gwybod beth fydd yn digwydd nesaf?',
  'q.standard.easyToTakePart': 'Oedd hi’n hawdd cymryd rhan?',
  'q.easy-read.feltListened': 'Wnaeth pobl wrando arnoch chi?',
  'q.easy-read.knowWhatHappensNext': 'Ydych chi’n gwybod beth sy’n digwydd nesaf?',
  'q.easy-read.easyToTakePart': 'Oedd hi’n hawdd ymuno?',
  'q.young-children.feltListened': 'Wnaeth yr oedolion wrando arnat ti?',
  'q.young-children.knowWhatHappensNext': 'Wyt ti’n gwybod beth fydd yn digwydd nawr?',
  'q.young-children.easyToTakePart': 'Oedd hi’n hawdd ymuno?',
  'c.standard.feltListened.yes': 'Oeddwn',
  'c.standard.feltListened.not-sure': 'Ddim yn siŵr',
  'c.standard.feltListened.no': 'Nac oeddwn',
  'c.standard.knowWhatHappensNext.yes': 'Ydw',
  'c.standard.knowWhatHappensNext.not-sure': 'Ddim yn siŵr',
  'c.standard.knowWhatHappensNext.no': 'Nac ydw',
  'c.standard.easyToTakePart.yes': 'Oedd',
  'c.standard.easyToTakePart.not-sure': 'Ddim yn siŵr',
  'c.standard.easyToTakePart.no': 'Nac oedd',
  'c.easy-read.feltListened.yes': 'Do',
  'c.easy-read.feltListened.not-sure': 'Ddim yn siŵr',
  'c.easy-read.feltListened.no': 'Naddo',
  'c.easy-read.knowWhatHappensNext.yes': 'Ydw',
  'c.easy-read.knowWhatHappensNext.not-sure': 'Ddim yn siŵr',
  'c.easy-read.knowWhatHappensNext.no': 'Nac ydw',
  'c.easy-read.easyToTakePart.yes': 'Oedd',
  'c.easy-read.easyToTakePart.not-sure': 'Ddim yn siŵr',
  'c.easy-read.easyToTakePart.no': 'Nac oedd',
  'c.young-children.feltListened.yes': 'Do',
  'c.young-children.feltListened.not-sure': 'Dw i ddim yn siŵr',
  'c.young-children.feltListened.no': 'Naddo',
  'c.young-children.knowWhatHappensNext.yes': 'Ydw',
  'c.young-children.knowWhatHappensNext.not-sure': 'Dw i ddim yn siŵr',
  'c.young-children.knowWhatHappensNext.no': 'Nac ydw',
  'c.young-children.easyToTakePart.yes': 'Oedd',
  'c.young-children.easyToTakePart.not-sure': 'Dw i ddim yn siŵr',
  'c.young-children.easyToTakePart.no': 'Nac oedd',

  'privacy.title': 'Sut rydyn ni’n defnyddio eich atebion',
  'privacy.lead':
    'Mae’r hysbysiad hwn yn ymwneud â’r dudalen adborth fer rydych chi’n ei chyrraedd drwy ddolen neu god QR ar ôl cymryd rhan mewn gweithgaredd a gynhaliwyd gan aelod o {partnership}.',
  'privacy.keep.title': 'Beth rydyn ni’n ei gadw',
  'privacy.keep.text':
    'Ar gyfer pob gweithgaredd, dim ond faint o bobl a ddewisodd bob ateb i bob cwestiwn rydyn ni’n ei gadw, er enghraifft “dywedodd 12 o bobl ydw”.',
  'privacy.notKeep.title': 'Beth nad ydyn ni’n ei gadw',
  'privacy.notKeep.name':
    'eich enw, nac unrhyw beth arall y gallech ei ysgrifennu: nid oes blwch ar y dudalen i ysgrifennu ynddo',
  'privacy.notKeep.contact': 'eich cyfeiriad e-bost, eich rhif ffôn na ble rydych chi’n byw',
  'privacy.notKeep.address': 'eich cyfeiriad rhyngrwyd (IP), nac unrhyw beth am eich ffôn neu eich cyfrifiadur',
  'privacy.notKeep.cookies': 'cwcis: nid yw’r dudalen yn gosod yr un, ac mae’n gweithio heb JavaScript',
  'privacy.once.title': 'Sut rydyn ni’n cyfrif pob ateb unwaith',
  'privacy.once.text':
    'Mae’r dudalen yn rhoi rhif ar hap i’ch atebion pan fydd yn agor. Os bydd eich ffôn yn anfon yr un atebion ddwywaith, rydyn ni’n eu cyfrif unwaith. Mae’r rhif wedi’i wneud ar hap ac nid yw’n dweud dim amdanoch chi.',
  'privacy.logs.title': 'Cofnodion ein gwefan',
  'privacy.logs.text':
    'Nid yw’r wefan yn nodi cyfeiriad rhyngrwyd neb sy’n agor neu’n ateb y dudalen hon. I atal unrhyw un rhag anfon llawer iawn o atebion, mae’n cyfrif y tudalennau y gofynnir amdanynt o bob cyfeiriad am un funud, yn y cof yn unig, ac yna’n eu hanghofio.',
  'privacy.see.title': 'Pwy sy’n gweld yr atebion',
  'privacy.see.text':
    'Ni all neb weld atebion un person, oherwydd nid ydyn nhw byth yn cael eu cadw fesul un. Ni all unrhyw weithgaredd gael mwy o atebion na nifer y bobl a gymerodd ran.',
  'privacy.why.title': 'Pam rydyn ni’n gofyn',
  'privacy.why.text':
    'Mae {partnership} yn gwirio bod ei aelodau’n gwrando ar blant, pobl ifanc a theuluoedd, fel yr addawon nhw yn eu siarter cyd-gynhyrchu. Mae eich atebion yn dweud wrthyn nhw sut deimlad oedd cymryd rhan, yn eich geiriau chi yn hytrach na’u rhai nhw.',
  'privacy.rights.title': 'Eich hawliau',
  'privacy.rights.text':
    'Gan nad ydyn ni’n cadw dim sy’n dweud pwy ydych chi, allwn ni ddim dod o hyd i’ch atebion i’w dangos i chi, eu newid na’u dileu. Os ydych chi’n anhapus â sut rydyn ni’n defnyddio eich atebion, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ico.org.uk).',
  'privacy.contact': 'Cwestiynau: cysylltwch â {partnership}: {contact}',
  'privacy.contactNone': 'Cwestiynau: cysylltwch â {partnership}.',
  'privacy.easyRead': 'Darllenwch hwn mewn fersiwn hawdd ei ddeall',
  'privacy.standard': 'Darllenwch yr hysbysiad llawn',

  'easy.title': 'Eich atebion: hawdd ei ddeall',
  'easy.1': 'Gallwch ddweud wrthym beth oeddech chi’n ei feddwl am gyfarfod neu weithgaredd.',
  'easy.2': 'Mae 3 chwestiwn.',
  'easy.3': 'Rydych chi’n dewis ydw, ddim yn siŵr neu nac ydw.',
  'easy.4': 'Dydych chi ddim yn ysgrifennu eich enw.',
  'easy.5': 'Dydyn ni ddim yn gwybod pwy ydych chi.',
  'easy.6': 'Dim ond faint o bobl a ddewisodd bob ateb rydyn ni’n ei gyfrif.',
  'easy.7': 'Dydyn ni ddim yn cadw eich rhif ffôn, eich e-bost na’ch cyfeiriad.',
  'easy.8': 'Dydyn ni ddim yn cadw dim am eich ffôn.',
  'easy.9': 'Ni all neb weld beth ddewisoch chi.',
  'easy.10': 'Gallwch ofyn i rywun rydych chi’n ymddiried ynddo eich helpu.',

  'card.title': 'Dywedwch wrthym sut aeth hi',
  'card.scan': 'Sganiwch y cod â chamera eich ffôn, neu teipiwch:',
  'card.about': '3 chwestiwn cyflym am weithgaredd {organisation} ar {date}.',
  'card.anonymous': 'Dim enwau. Dim mewngofnodi. Dim ond nifer y bobl a roddodd bob ateb sy’n cael ei gadw.',
  'card.closes': 'Ar agor tan {date}.',

  'answer.tooMany.title': 'Gormod o atebion o’r fan hon ar hyn o bryd',
  'answer.tooMany.text':
    'Anfonwyd llawer o atebion o’r lle hwn neu i’r ddolen hon yn ystod yr ychydig funudau diwethaf. Arhoswch ychydig funudau, yna anfonwch eich atebion eto. Nid oes dim a anfonoch nawr wedi’i gadw.',
  'outcome.lead': 'Roedd modd ateb tan {date}. Dyma beth sydd wedi digwydd ers hynny.',
  'outcome.activity': 'Am y gweithgaredd',
  'outcome.activityHeld': 'Cynhaliodd {organisation} y gweithgaredd hwn ar {date}.',
  'outcome.loops.title': 'Dywedoch chi, gwnaethom ni',
  'outcome.loops.lead': 'Beth gododd pobl yn y gweithgaredd hwn, a beth wnaeth {organisation} amdano.',
  'outcome.loops.none':
    'Nid yw {organisation} wedi cofnodi dim a godwyd yn y gweithgaredd hwn eto. Dewch yn ôl at y ddolen hon yn nes ymlaen i weld beth ddigwyddodd.',
  'outcome.youSaid': 'Dywedoch chi',
  'outcome.weDid': 'Gwnaethom ni',
  'outcome.reason': 'Pam lai',
  'outcome.status': 'Ble mae pethau',
  'outcome.status.open': 'Ar agor',
  'outcome.status.in-progress': 'Ar waith',
  'outcome.status.done': 'Wedi’i wneud',
  'outcome.status.not-taken-forward': 'Heb fwrw ymlaen',
  'outcome.answered': 'Ateb wedi’i roi yn ôl ar {date}',
  'outcome.notAnswered': 'Nid yw’r ateb wedi mynd yn ôl eto.',
  'outcome.waiting': 'Mae’r hyn a ddywedwyd ac a wnaed yn aros i gael ei wirio cyn ei ddangos.',
};

/**
 * A message of the feedback pages in a language, with `{name}` placeholders filled.
 * @example feedbackText('cy', 'answer.send') // "Anfon fy atebion"
 */
export function feedbackText(locale: Locale, key: FeedbackPageKey, values: Record<string, string> = {}): string {
  const text = locale === 'cy' ? feedbackPagesCy[key] : feedbackPagesEn[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** A question's wording for a form of the page. */
export const questionKey = (form: FeedbackForm, question: FeedbackQuestion): FeedbackPageKey =>
  `q.${form}.${question}` satisfies Question & FeedbackPageKey;

/** An answer's wording, for its question and form. */
export const choiceKey = (form: FeedbackForm, question: FeedbackQuestion, choice: FeedbackChoice): FeedbackPageKey =>
  `c.${form}.${question}.${choice}` satisfies Choice & FeedbackPageKey;
