/**
 * The judged question set of `npm run eval:ask`: questions as people ask them,
 * in their own words rather than the reports', over the article corpus
 * (corpus/) and the real War Diary sample (tests/fixtures/mashup.ts), asked of
 * one desk holding both.
 *
 * For each question: the reports whose words answer it, and what the quoted
 * sentence (or pair of adjacent sentences) must hold to count as the answer.
 * An entry of `holds` that is a list is met by any one of its strings; matching
 * ignores case. A question with no reports cannot be answered from the
 * corpora: any quote given as its answer is wrong, and closest passages or
 * silence are right.
 *
 * `holdout` questions were written first, before the answerer was built, and
 * looked at last: how the answerer does on them is how it does on questions
 * it was not tuned for.
 */

import { SECOND_SET } from './ask-judged-second.ts';
import { THIRD_SET } from './ask-judged-third.ts';
import { FOURTH_SET } from './ask-judged-fourth.ts';

export interface AskCase {
  question: string;
  /** Report ids whose words answer it; none when the corpora cannot. */
  reports: string[];
  /** What the quoted words must hold: each entry, or one string of an entry that is a list. */
  holds: (string | string[])[];
  holdout?: boolean;
}

const NORTH_KOREA = 'ws-north-korea-weapons-deal';
const AGENTS = 'ws-2006-06-03-iranian-agents';
const TEHERAN = 'ws-2006-10-20-transports-to-teheran';
const KANDAHAR = 'ws-2007-04-22-iranian-weapons-kandahar';
const C4 = 'ws-2007-12-30-iranian-c4';
const HERAT = 'ws-2008-09-arabs-and-iranians-in-herat';

/** The six questions of issue 11's table, each with the sentence on its right. */
export const TABLE: AskCase[] = [
  {
    question: 'What was the value of the weapons deal?',
    reports: [NORTH_KOREA],
    holds: ['undetermined amount of money'],
  },
  // The War Diary sample has an answer too: "The casualties were evacuated at PRT KDZ MTF."
  {
    question: 'Where were casualties evacuated to?',
    reports: [TEHERAN, 'GER-0096'],
    holds: [['injured people to TEHERAN', 'evacuated at PRT KDZ']],
  },
  { question: 'What were the odds the C4 came from Iran?', reports: [C4], holds: ['92% probability'] },
  {
    question: 'Which al Qaeda figure are the Herat Arabs connected with?',
    reports: [HERAT],
    holds: ['tied with AL MANSOUR'],
  },
  { question: 'What size was the group seen near Herat?', reports: [HERAT], holds: ['seven Arabs and four Iranians'] },
  {
    question: 'When will the shipment from North Korea come?',
    reports: [NORTH_KOREA],
    holds: ['shortly after the new year'],
  },
];

const ARTICLE: AskCase[] = [
  { question: 'Who came back from North Korea?', reports: [NORTH_KOREA], holds: ['Dr Amin', 'Hekmatyar'] },
  { question: 'Where did Dr Amin stay after the trip?', reports: [NORTH_KOREA], holds: ['Dr Amin stayed in Helmand'] },
  {
    question: 'Where did Hekmatyar head after North Korea?',
    reports: [NORTH_KOREA],
    holds: ['Hekmatyar went to Konar'],
    holdout: true,
  },
  { question: 'How many Iranian agents slipped into Afghanistan?', reports: [AGENTS], holds: ['two Iranian agents'] },
  { question: 'What were the Iranian agents sent to do?', reports: [AGENTS], holds: ['propaganda'], holdout: true },
  { question: 'Who were the Iranian agents helping?', reports: [AGENTS], holds: ['HIG and TB'] },
  {
    question: 'Which forces were the terrorist attacks mainly aimed at?',
    reports: [AGENTS],
    holds: ['American forces'],
  },
  {
    question: 'When did the American investigators visit the Interior Ministry?',
    reports: [C4],
    holds: ['December 30, 2007'],
  },
  {
    question: 'How many suicide bombers were sent to Lashkar Gah?',
    reports: [C4],
    holds: ['two suicide bombers'],
    holdout: true,
  },
  { question: 'Who gave the suicide bombers their orders?', reports: [C4], holds: ['Taliban/Al-Qaeda leaders'] },
  { question: 'How long was the cell kept under watch?', reports: [C4], holds: ['several months'] },
  { question: 'Who were the bombers going to target?', reports: [C4], holds: ['high level officials'], holdout: true },
  { question: 'What did the Americans get to inspect?', reports: [C4], holds: ['vests'] },
  {
    question: 'What did the Afghan government want to keep quiet?',
    reports: [KANDAHAR],
    holds: [['Iranian-made weapons', 'Iranian arms']],
  },
  {
    question: 'Why did the foreign ministry want to hush up the weapons find?',
    reports: [KANDAHAR],
    holds: [['visit of the Iranian President', 'impending trip']],
  },
  { question: 'Where were the Iranian weapons discovered?', reports: [KANDAHAR], holds: ['Kandahar'] },
  { question: 'Who is the president of Iran?', reports: [KANDAHAR], holds: ['Ahmadinejad'] },
  {
    question: 'Who was about to visit Afghanistan in June?',
    reports: [KANDAHAR],
    holds: ['Iranian President'],
    holdout: true,
  },
  { question: 'Which unit do the four Iranians serve in?', reports: [HERAT], holds: ['SEPAH-E-PASDARAN'] },
  { question: 'What are the Arabs in Herat supposed to do?', reports: [HERAT], holds: ['suicide attacks'] },
  {
    question: 'Whose troops are the Arabs targeting?',
    reports: [HERAT],
    holds: ['U.S. and Italian troops'],
    holdout: true,
  },
  { question: 'How are the Iranians helping the group?', reports: [HERAT], holds: ['through intelligence'] },
  { question: 'What kind of help did Iran give wounded Taliban fighters?', reports: [TEHERAN], holds: ['transports'] },
  { question: 'Who arranged transport for the injured?', reports: [TEHERAN], holds: ['Iranians'], holdout: true },
  { question: 'Did the weapons deal go through?', reports: [NORTH_KOREA], holds: ['deal was closed'] },
  {
    question: 'What explosive was packed in the suicide vests?',
    reports: [C4, 'ws-commentary-09'],
    holds: [['Iranian C4', 'Iranian provenance']],
  },
  {
    question: 'How often do Iranian weapons turn up in Afghanistan?',
    reports: ['ws-commentary-07'],
    holds: ['regularly discovered'],
  },
  {
    question: 'How many references to Iranian arms are in the WikiLeaks database?',
    reports: ['ws-commentary-07'],
    holds: ['dozens'],
    holdout: true,
  },
  {
    question: 'Is Iranian intelligence working with al Qaeda?',
    reports: ['ws-commentary-12'],
    holds: ['cooperating with al Qaeda'],
  },
  { question: 'When were the Arabs and Iranians spotted in Herat?', reports: [HERAT], holds: ['September 2008'] },
  { question: 'Which city were the bombers supposed to strike?', reports: [C4], holds: ['LashKarGah'] },
  {
    question: 'What did the police find after watching the cell for months?',
    reports: [C4],
    holds: ['located their cache'],
    holdout: true,
  },
  { question: 'How likely was it that the explosive was Iranian?', reports: [C4], holds: ['92%'] },
];

const WAR_DIARY: AskCase[] = [
  {
    question: 'How many Afghan soldiers were hurt when their patrol hit an IED near FOB Sweeney?',
    reports: ['1029426', '47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58'],
    holds: [['4x ANA WIA', '6x ANA WIA']],
  },
  {
    question: 'What were the people southwest of Panjwayi doing when TF 31 saw them?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['laying an IED'],
  },
  {
    question: 'What was found at the girls school in Tagab?',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['IED discovered'],
    holdout: true,
  },
  {
    question: 'What was the remote-controlled bomb made of?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['receiver and a power source'],
  },
  {
    question: 'What was in the weapons cache at the textile factory near Kandahar?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['ENFIELD RIFLES'],
  },
  {
    question: 'How many rifles were hidden in the textile factory?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['2000 X ENFIELD'],
    holdout: true,
  },
  {
    question: 'Who warned the convoy about the roadside bomb on the way to Zormat?',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['civilians'],
  },
  {
    question: 'Why was the medevac for the policeman in Kamdesh turned down?',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: ['weather'],
  },
  {
    question: 'How old was the boy who fell off a cliff near FOB Naray?',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['7 year old'],
  },
  {
    question: 'How many villagers died in the attack at Shingar?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['Three of the four'],
  },
  {
    question: 'Who is looking into the killings in Shingar?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['ANP are investigating'],
    holdout: true,
  },
  {
    question: 'Where was the cyclist that Mohawk hit taken?',
    reports: ['ABDA24CD-5529-4673-8566-F0A63C482B73'],
    holds: ['local hospital'],
  },
  {
    question: 'How many enemy fighters did TF Titan kill near the overwatch position?',
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: [['14x EKIA', '3x EKIA', '4x EKIA']],
  },
  {
    question: 'How far from the Kamdesh PRT did the rocket hit?',
    reports: ['6922D2BA-80EA-42BA-A065-53CF71F27AB7'],
    holds: ['500 meters'],
  },
  {
    question: 'How many American soldiers were wounded by the IED west of PBW?',
    reports: ['C4B191AE-B3B2-47B6-9A68-D256019065B9'],
    holds: ['3x US MIL'],
    holdout: true,
  },
  {
    question: 'What did the Afghan army catch two Taliban doing near Masum Ghar?',
    reports: ['1029604', '45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5'],
    holds: ['laying IEDs'],
  },
  {
    question: 'What weapons did a local hand in at Naray?',
    reports: ['7B156008-7C19-4FED-8752-B031A4021EDC'],
    holds: ['RPG'],
  },
  {
    question: 'Why did the Humvee with the trailer tip over north of Naray?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['road gave way'],
  },
  {
    question: 'How many Soviet landmines were in the cache?',
    reports: ['6B7BF928-1B44-473B-B807-E1D281B19EC3'],
    holds: ['20xUSSR'],
    holdout: true,
  },
  {
    question: 'Who got hurt when the soldiers fired a warning shot at the speeding car?',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['LN driver was wounded'],
  },
  {
    question: 'Which vehicles were in the German patrol attacked on LOC Pluto?',
    reports: ['GER-0001'],
    holds: ['FENNEK', 'DINGO'],
  },
  {
    question: 'How many German soldiers were injured when the Fennek hit the bomb?',
    reports: ['GER-0013'],
    holds: ['3x NATO/ISAF (GER) WIA'],
  },
  {
    question: 'Where had the command wire bomb been hidden?',
    reports: ['GER-0013'],
    holds: ['small bridge'],
    holdout: true,
  },
  {
    question: 'Where was the soldier hurt in the Dingo rollover brought?',
    reports: ['GER-0014'],
    holds: ['PRT KDZ ROLE 2'],
  },
  { question: 'What kind of car was the car bomb in Kunduz?', reports: ['GER-0037'], holds: ['Toyota Corolla'] },
  {
    question: 'How many German soldiers got burns in the car bomb attack?',
    reports: ['GER-0037'],
    holds: ['5x DEU WIA'],
    holdout: true,
  },
  { question: 'What did the man in Qisilabad want for the rockets?', reports: ['GER-0041'], holds: ['timber'] },
  {
    question: 'What did the robot find near the police checkpoint?',
    reports: ['GER-0043'],
    holds: ['metal tube RCIED'],
  },
  { question: 'How many insurgents did the NDS arrest?', reports: ['GER-0052'], holds: ['ARRESTED 3X INS'] },
  {
    question: 'Who attacked the language assistant working for the Germans?',
    reports: ['GER-0016'],
    holds: ['3x persons with knives'],
    holdout: true,
  },
  {
    question: 'How many mortar shells did the bomb squad clear at the Feyzabad police headquarters?',
    reports: ['GER-0035'],
    holds: ['48x 76mm Mortar Shells'],
  },
  {
    question: 'How big was the blast crater?',
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['18" in dia'],
  },
  { question: 'When were the BMP-1 rockets blown up?', reports: ['GER-0028'], holds: ['05DEC08'], holdout: true },
  {
    question: 'What did the construction workers do with the UXO they found near the PRT?',
    reports: ['GER-0031'],
    holds: ['marked it with stones'],
  },
  {
    question: 'How many illumination rounds did the QRF fire?',
    reports: ['GER-0051'],
    holds: ['3X ROUNDS OF ILLUMINATION'],
  },
  {
    question: 'How old was detainee ISN 20033 found to be?',
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['16 YEARS'],
  },
  {
    question: 'How many sheep did the vets treat at Mulki Zay?',
    reports: ['FCA15E66-4636-4161-A32F-0622136458A2'],
    holds: ['Sheep 150'],
    holdout: true,
  },
  {
    question: 'Why did the sub governor ask for so many radios?',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['hear the good News'],
  },
];

/** Questions neither corpus answers, though most share words with it. */
const UNANSWERABLE: AskCase[] = [
  { question: 'What is the capital of France?', reports: [], holds: [] },
  { question: 'When did Hekmatyar die?', reports: [], holds: [] },
  { question: 'How many American soldiers did the suicide bombers kill?', reports: [], holds: [], holdout: true },
  { question: 'What is the name of the Iranian agents’ commander?', reports: [], holds: [] },
  { question: 'Which ship carried the North Korean weapons?', reports: [], holds: [], holdout: true },
  { question: 'How old is Dr Amin?', reports: [], holds: [] },
  { question: 'Who won the 2009 Afghan presidential election?', reports: [], holds: [] },
  { question: 'What is the price of opium in Helmand?', reports: [], holds: [], holdout: true },
  { question: 'Why did Italy pull its troops out of Herat?', reports: [], holds: [] },
  { question: 'When did the Soviet army leave Afghanistan?', reports: [], holds: [] },
  { question: 'How many helicopters were shot down over Kunar?', reports: [], holds: [], holdout: true },
  { question: 'Who commanded the Dutch troops in Uruzgan?', reports: [], holds: [] },
  { question: 'How much was the solatia payment to the cyclist?', reports: [], holds: [] },
  { question: 'What was the name of the NDS employee who was shot?', reports: [], holds: [], holdout: true },
  { question: 'How many detainees escaped from Bagram?', reports: [], holds: [] },
  { question: 'When did the Germans hand PRT Kunduz over to the Afghans?', reports: [], holds: [] },
  { question: 'What did General McChrystal say about Iran?', reports: [], holds: [], holdout: true },
];

/** The first set, written before the answerer was built. */
export const FIRST_SET: AskCase[] = [...TABLE, ...ARTICLE, ...WAR_DIARY, ...UNANSWERABLE];

export const ASK_CASES: AskCase[] = [...FIRST_SET, ...SECOND_SET, ...THIRD_SET, ...FOURTH_SET];
