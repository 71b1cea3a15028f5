/**
 * Probe questions the answerer was developed on, kept apart from the judged sets: 512 questions five helpers wrote in
 * stop 19 (3 December 2026), each before changing the answerer for one of its checks, in askers' words over the same
 * two corpora (47 the corpora cannot answer), 212 more written in stop 40 (4 December 2026) over the 150 reports no
 * earlier probe asked about (20 the corpora cannot answer), one added after them, and 120 more written on 5 December
 * 2026 in askers' own words over the reports probed least (12 the corpora cannot answer), and 6 stop-45 firer questions
 * (3 the corpora cannot answer), and 120 more written on 6 December 2026 (probes35) over the reports probed least (12
 * the corpora cannot answer), and 116 more written on 6 December 2026 (probes36) over the reports probed least (10 the
 * corpora cannot answer), and 100 more written on 6 December 2026 (probes37) over the reports probed least (10 the
 * corpora cannot answer), and 100 more written on 6 December 2026 (probes38) over the reports probed least, half in a
 * journalist's full sentences and half in chat style (10 the corpora cannot answer), and 100 more written on 6 December
 * 2026 (probes39) over the reports probed least, half in a journalist's full sentences and half in chat style (10 the
 * corpora cannot answer), 1387 in all. The first 512's outcomes were read and rules shaped after them, so they measure
 * nothing fairly; the stop-40, 5-December, probes35, probes36, probes37, probes38 and probes39 batches' first outcomes,
 * taken before any rule was shaped on them, are recorded in their comments below. They are here so that a change can be
 * checked on many questions at once, and so that what a change gains or loses on them can be compared with what it does
 * on the held-out parts of the judged sets. `npm run eval:ask -- --probes` runs them beside the judged sets, outside
 * their totals. `holds` and `reports` mean what they mean in ask-judged.ts.
 */
import type { AskCase } from './ask-judged.ts';

export const PROBE_SET: AskCase[] = [
  {
    question: 'How many insurgents attacked the police near Meng Derakht?',
    reports: ['GER-0121'],
    holds: ['approx. 30 x INS'],
  },
  {
    question: 'Where did friendly forces pull back to after the attack near Meng Derakht?',
    reports: ['GER-0121'],
    holds: ['ATHE KHAN KHWAJEH'],
  },
  {
    question: 'What did the insurgents probably steal near Meng Derakht?',
    reports: ['GER-0121'],
    holds: ['GREEN RANGER'],
  },
  {
    question: 'Which way did the insurgents withdraw after the Meng Derakht fight?',
    reports: ['GER-0121'],
    holds: ['TURKMENISTAN border'],
  },
  {
    question: 'Why was the Afghan civilian shot near Meng Derakht?',
    reports: ['GER-0121'],
    holds: ['due to the warning shot'],
  },
  {
    question: 'How many Afghan police went missing after the Meng Derakht firefight?',
    reports: ['GER-0121'],
    holds: [['2x ANP are missing', '2 x ANP MIA']],
  },
  {
    question: 'Where did the PRT units spend the night near Thakta Bazar?',
    reports: ['GER-0121'],
    holds: ['ANP CP in THAKTA BAZAR'],
  },
  { question: 'What nationality was the dehydrated soldier?', reports: ['GER-0121'], holds: ['LVA'] },
  { question: 'What vehicle flipped into the river near Kunduz?', reports: ['GER-0044'], holds: ['FOX vehicle'] },
  {
    question: 'How many German soldiers died when the Fox vehicle went into the river?',
    reports: ['GER-0044'],
    holds: ['3 X ISAF/NATO (DEU) KIA'],
  },
  { question: 'How was the damaged Fox vehicle pulled out of the river?', reports: ['GER-0044'], holds: ['by crane'] },
  { question: 'Why did the ANA QRF platoon withdraw?', reports: ['GER-0044'], holds: ['increasing darkness'] },
  { question: 'Where did the recce squad A2 take fire?', reports: ['GER-0044'], holds: ['OP LEBACH'] },
  {
    question: 'How many insurgents attacked the protection company during Operation Aragon?',
    reports: ['GER-0056'],
    holds: ['2030X INS'],
  },
  {
    question: 'What injuries did the two wounded German soldiers have in Operation Aragon?',
    reports: ['GER-0056'],
    holds: ['BROKEN LEG'],
  },
  { question: 'Which vehicle was hit by two RPGs and burned out?', reports: ['GER-0056'], holds: ['GL VEHICLE'] },
  { question: 'Why did the B1B not drop its bomb?', reports: ['GER-0056'], holds: ['RESIDENTIAL COMPOUND'] },
  {
    question: 'How many insurgents were confirmed killed in the Operation Aragon fighting?',
    reports: ['GER-0056'],
    holds: ['11X INS KIA'],
  },
  {
    question: 'What was coming from Emam Saheb toward the QRF?',
    reports: ['GER-0056'],
    holds: ['SUICIDE BOMBER ON A RED MC'],
  },
  {
    question: 'How many rounds of 7.62mm did the German forces use in total?',
    reports: ['GER-0056'],
    holds: ['6,000 RDS'],
  },
  { question: 'Which helicopter was to bring spare parts to the QRF?', reports: ['GER-0056'], holds: ['MI-8'] },
  {
    question: 'Who was killed in the Objective Wolf raid?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['1 child, 1 woman, 5 males'],
  },
  {
    question: 'How many people turned up to hear General Mulakhel in Laswanday?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['about 100'],
  },
  {
    question: 'Where is Governor Khpalwak during the Hajj?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['Mecca'],
  },
  {
    question: 'How many women and children died from PBG mortars in Nanger Khel?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['7 women and children'],
  },
  {
    question: "Why was the owner's son a puzzle in the Laswanday compound?",
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['hands tied behind his back'],
  },
  {
    question: 'Who was the target of the TF 373 operation southwest of Jalalabad?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Qari Ur-Rahman'],
  },
  {
    question: 'How many Afghan police were killed in the Jalalabad friendly fire incident?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['7 x ANP KIA'],
  },
  {
    question: 'How much did Governor Sherzai donate for the funerals?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['$10,000'],
  },
  {
    question: 'When will the governor host the shura with tribal elders?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['17 Jun 07'],
  },
  {
    question: 'Who led the MOI investigation of the Force 03 incident?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['BG Gul Nabi'],
  },
  {
    question: 'How many trucks did the governor want replaced?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['three trucks destroyed by CF'],
  },
  {
    question: 'Why did the workers leave the school site in Mata Khan?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: [['get home for EID', 'security is provided']],
  },
  {
    question: "Who will serve as Gomal's police chief?",
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['Tefhan'],
  },
  {
    question: 'What was the jingle truck driver accused of?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['stealing a generator'],
  },
  {
    question: 'How many ANSF were killed when the Waza Khwa sub governor was fired on?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['two ANSF were KIA'],
  },
  {
    question: 'Who is tied to the seven Arabs in Herat?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['AL MANSOUR'],
  },
  {
    question: 'Which unit do the four Iranians in Herat belong to?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['SEPAH-E-PASDARAN'],
  },
  {
    question: 'Where did Hekmatyar go after returning from North Korea?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Konar'],
  },
  {
    question: 'When is the North Korean weapons shipment expected?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['shortly after the new year'],
  },
  {
    question: 'What probability match did investigators find against Iranian C4?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['92%'],
  },
  {
    question: 'How many police will man the renovated station near FOB Tagab?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['30 ANP'],
  },
  {
    question: 'How many recruits from Tagab joined the constabulary force?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['150 personnel'],
  },
  {
    question: 'Who threatened Governor Murad?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Qari Nejat'],
  },
  {
    question: 'How often does the ANA rotate at FOB Tagab?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['every 6 weeks'],
  },
  {
    question: 'How many people took the dead man away in a white car near Kharu Ti?',
    reports: ['GER-0060'],
    holds: ['7X PAX'],
  },
  { question: 'How much money was given to repair the transformer building?', reports: ['GER-0060'], holds: ['$500'] },
  {
    question: 'Where were the rocket launchers located near Hill 432?',
    reports: ['GER-0060'],
    holds: ['2X ROCKET LAUNCHERS ARE LOCATED'],
  },
  {
    question: 'How many shells did the ANA mortar platoon fire on Hill 432?',
    reports: ['GER-0060'],
    holds: ['12X SHELLS'],
  },
  {
    question: 'How many warning shots did the BSG patrol fire at the vehicle?',
    reports: ['GER-0128'],
    holds: ['2 x warning shots'],
  },
  {
    question: 'How many US soldiers were hurt when the rocket hit the tent at the Dutch compound?',
    reports: ['GER-0003'],
    holds: [['4 x (US) WIA', '4x US MIL WIA', '3 x US']],
  },
  {
    question: 'How many children died in the SVBIED strike near Kunduz?',
    reports: ['GER-0023'],
    holds: [['5x LN Children', '5 killed LN', '5x killed LN']],
  },
  {
    question: 'What was the motorbike in the Kunduz suicide attack carrying?',
    reports: ['GER-0023'],
    holds: ['Mines in saddlebag'],
  },
  {
    question: 'How did the soldier die in the Wolf vehicle accident?',
    reports: ['GER-0093'],
    holds: [['car rolled over on him', 'tumbled down on him']],
  },
  { question: 'What did the Iranian ambassador say about the weapons deal?', reports: [], holds: [] },
  { question: 'How many Chinese advisers were seen in Herat?', reports: [], holds: [] },
  { question: 'When did Hekmatyar travel to Pyongyang the second time?', reports: [], holds: [] },
  {
    question: 'Who did Aziz Ullah work for?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['subordinate to Saifullah'],
  },
  {
    question: 'Which target was not found on Objective White?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['AKEEB KHAN WAS NOT ON OBJECTIVE WHITE'],
  },
  {
    question: 'Who was wounded on Objective White?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['BASHIR'],
  },
  {
    question: 'How many civilians were allegedly killed near Shah Wali Kot?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['approx 5x AFG Civilians'],
  },
  {
    question: 'How many insurgents were killed in the final tally of the Shah Wali Kot fight?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['26x INS killed'],
  },
  {
    question: 'How much opium was collected after the Shah Wali Kot fight?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['35kg of Opium'],
  },
  {
    question: 'What kind of wounds did the hospital patients near Kandahar have?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['gun shot wounds'],
  },
  {
    question: 'How many insurgents attacked the German recce squad, according to the later investigation?',
    reports: ['GER-0108'],
    holds: ['approx. 30 x INS'],
  },
  {
    question: 'Which way did the insurgents withdraw after attacking the Fennek squad?',
    reports: ['GER-0108'],
    holds: ['eastern direction'],
  },
  {
    question: 'Who built a roadblock to keep the road to Chahar Dara open?',
    reports: ['GER-0108'],
    holds: ['ANA PLT'],
  },
  {
    question: 'What hit the Fox jammer vehicle near the Konduz river ford?',
    reports: ['GER-0058'],
    holds: ['ONE RPG'],
  },
  {
    question: 'Why did the infantry company cancel the air medevac?',
    reports: ['GER-0058'],
    holds: ['DUE TO WAIT TIME'],
  },
  {
    question: 'Where were the insurgents hiding along the Konduz river?',
    reports: ['GER-0058'],
    holds: [['IN A DITCH', 'TREE LINE', 'GROUP OF TREES']],
  },
  {
    question: 'How many soldiers were hurt when the Dingo crashed near Sheberghan?',
    reports: ['GER-0125'],
    holds: [['6 soldiers', '6 x Cat C']],
  },
  {
    question: 'How many warning shots were fired at the second car at the roadblock near Sheberghan?',
    reports: ['GER-0125'],
    holds: ['3 warnings shots'],
  },
  {
    question: 'Which detainee was sent back to his village last week?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['Musa Khan'],
  },
  {
    question: 'Who came from CJ7 to join the engineers at PRT Sharana?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['CPT Miller'],
  },
  {
    question: 'Who set up the neighborhood watch program in Paktika?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['NDS 6, COL Yaseen'],
  },
  {
    question: 'How many trainees are in the current class at Gardez?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['29 pax'],
  },
  {
    question: 'Where was the German soldier shot near Zar Kharid-i-Sufla really wounded?',
    reports: ['GER-0124'],
    holds: ['forearm'],
  },
  {
    question: 'Which way did the enemy withdraw after the fire fight on LOC Banana?',
    reports: ['GER-0124'],
    holds: ['northern direction'],
  },
  {
    question: 'How many insurgents attacked the QRF company on LOC Banana?',
    reports: ['GER-0124'],
    holds: ['seven INS'],
  },
  {
    question: 'How did they know at least one insurgent was hurt on LOC Banana?',
    reports: ['GER-0124'],
    holds: ['trail of blood'],
  },
  { question: 'What got stuck during the fire fight on LOC Banana?', reports: ['GER-0124'], holds: ['DINGO'] },
  { question: 'Where was FOB Hawk hit by rockets?', reports: ['GER-0089'], holds: ['42S TF 954 681'] },
  { question: 'Who was sent to reinforce FOB Hawk?', reports: ['GER-0089'], holds: ['QRU'] },
  {
    question: 'How many rounds were fired during the escalation of force with the sand-colored pickup?',
    reports: ['GER-0120'],
    holds: ['9 rounds'],
  },
  {
    question: 'Which way did the pickup leave after the second warning shot?',
    reports: ['GER-0120'],
    holds: ['northern direction'],
  },
  {
    question: 'Who ordered the gunner to fire a warning shot at the pickup?',
    reports: ['GER-0120'],
    holds: ['convoy commander'],
  },
  { question: 'What was found at the door of the car bomb in Mazar?', reports: ['GER-0036'], holds: ['cell phone'] },
  { question: 'Who cordoned the area after the car bomb in Mazar-e-Sharif?', reports: ['GER-0036'], holds: ['ANP'] },
  { question: 'How many vehicles were damaged in the Mazar car bomb?', reports: ['GER-0036'], holds: ['2x vehicles'] },
  {
    question: 'Where did Governor Sherzai want the press conference held?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Kabul'],
  },
  {
    question: 'Who attacked first in the clash between the police and the coalition near Jalalabad?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Unit 03 reacted by engaging CF first'],
  },
  {
    question: 'How many sub-governors does the Nangarhar governor have?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['22 sub-governors'],
  },
  {
    question: 'What did the Taliban offer in the trade at Mest?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['TREMS'],
  },
  { question: 'How many French soldiers died at Sarobi?', reports: [], holds: [] },
  {
    question: 'When was the soldier at Mest OP first reported missing?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['0430z BLACKFOOT TOC REPORTS SOLDIER IS MISSING', 'At 0430Z, TF 1 Geronimo reported']],
  },
  {
    question: 'What did the intercepted radio message say the Taliban were holding?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['3 X CIVILIANS AND 1 X U.S. SOLDIER CAPTURED'],
  },
  {
    question: 'Where was the Taliban planning to move the captured American?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['GARDEZ'],
  },
  {
    question: 'How many people did DUDE 21 see at the grid Mohawk 6 was pushed to?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['17 PAX'],
  },
  {
    question: 'Who brought tracking dogs to Mest?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['PATHFINDER TEAM', 'Pathfinder and tracking dog team']],
  },
  {
    question: 'What was the callsign of the first Predator over Mest?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['VOODOO'],
  },
  {
    question: 'Which unit had the missing soldier?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['B Co', 'Bco 1-501']],
  },
  {
    question: 'What did Yukon 6 order after the soldier went missing?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['ALL OPERATIONS WILL CEASE'],
  },
  {
    question: 'How far from the aircraft did the RPG hit the mountain near Altamur?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['350m'],
  },
  {
    question: 'How many people were next to the two motorcycles near Altamur?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['3 personnel'],
  },
  {
    question: 'When was the previous SAFIRE before the Altamur one?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['11 SEP 08'],
  },
  {
    question: 'How many armed men did the Apaches see near OBJ McKinnley?',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['10-14 personnel'],
  },
  {
    question: 'Who did the Apache flight call in to fire on the insurgents near OBJ McKinnley?',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['AC-130'],
  },
  {
    question: 'How many Americans died in the CH-47 crash?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: [['10 US KIA', '10 US were KIA']],
  },
  {
    question: 'How many Afghans were among the casualties at Camp Arena?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: [['14 Afghans', '14 ANA']],
  },
  {
    question: 'Where were the remains of the dead from the CH-47 crash taken?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['Herat AF'],
  },
  {
    question: 'How many people were evacuated from the crash site in total?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['26'],
  },
  {
    question: 'Where did the QRF for the crash site fly from?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['Kandahar'],
  },
  {
    question: 'How many RPGs were fired at the Apaches near Spera?',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['7-10 RPGs'],
  },
  {
    question: 'What did Eddie 57 fire at the building above the district center?',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['Hellfire'],
  },
  {
    question: 'How many fighters were in the building above the Spera DC?',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['8-10 PAX'],
  },
  {
    question: 'What kind of gun fired at the MH-47s?',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: ['DShK'],
  },
  {
    question: 'When was the closest earlier SAFIRE to the MH-47 incident?',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: ['05 JUN 08'],
  },
  {
    question: 'Where did the Danish vehicles get stuck?',
    reports: ['GER-0011'],
    holds: ['RIVERBED IN THE VAKHAN AREA'],
  },
  {
    question: 'Why could RC North not send helicopters to recover the Danish vehicles?',
    reports: ['GER-0011'],
    holds: ['CAPABILITIES, THE DISTANCE AND THE FUEL SITUATION'],
  },
  { question: 'What recovery vehicles did TU TEZ bring?', reports: ['GER-0011'], holds: ['ONE TON TRUCK'] },
  {
    question: 'Who escorted the recovery vehicles to the safe house in Baharak?',
    reports: ['GER-0011'],
    holds: ['TU TEZ'],
  },
  { question: 'How many Danish soldiers drowned in the Vakhan riverbed?', reports: [], holds: [] },
  {
    question: 'What were the two Iranian agents told to do?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: [['instigating', 'making propaganda']],
  },
  {
    question: 'Who were the Iranian agents helping with attacks?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['HIG and TB'],
  },
  {
    question: "Which forces in particular were the Iranian agents' attacks aimed at?",
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['American forces'],
  },
  {
    question: 'How did the Iranian agents get into Afghanistan?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['assumed identities'],
  },
  {
    question: 'Who were the injured people taken to Tehran?',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['Taliban members'],
  },
  {
    question: 'Why did the Afghan foreign ministry want the weapons find kept quiet?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: [['visit of the Iranian President', 'impending trip']],
  },
  {
    question: 'Where were the Iranian-made weapons found?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: ['Kandahar'],
  },
  {
    question: 'Whose trip was the foreign ministry worried about?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: [['Ahmadinejad', 'Iranian President']],
  },
  {
    question: 'How many men were in the cell the Afghans rolled up?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['four-man'],
  },
  {
    question: 'Who were the suicide bombers meant to attack in Lashkar Gah?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['high level officials'],
  },
  { question: 'What did the investigators test?', reports: ['ws-2007-12-30-iranian-c4'], holds: ['explosive vests'] },
  {
    question: 'Who are the seven Arabs in Herat planning to attack?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['U.S. and Italian troops'],
  },
  {
    question: 'How are the four Iranians helping the group in Herat?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['through intelligence'],
  },
  {
    question: 'Where were the Arabs and Iranians spotted?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['village in Herat'],
  },
  {
    question: 'Where did Dr Amin stay after the North Korea trip?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Helmand'],
  },
  {
    question: 'How much was the North Korean weapons deal worth?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['undetermined amount'],
  },
  {
    question: 'How often are Iranian weapons found in Afghanistan?',
    reports: ['ws-commentary-07'],
    holds: ['regularly'],
  },
  {
    question: 'What was packed into the suicide vests?',
    reports: ['ws-commentary-09', 'ws-2007-12-30-iranian-c4'],
    holds: [['explosives of Iranian provenance', 'Iranian C4']],
  },
  {
    question: 'Who is Iranian intelligence said to be working with on suicide attacks?',
    reports: ['ws-commentary-12'],
    holds: ['al Qaeda'],
  },
  { question: 'What did the Iranian president say about the weapons?', reports: [], holds: [] },
  { question: 'Who paid for the North Korean weapons?', reports: [], holds: [] },
  {
    question: 'Who saw the men planting a bomb near Panjwayi?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['TF 31 spotted'],
  },
  {
    question: 'When were the men spotted planting the bomb near Panjwayi?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['201530Z Oct 06'],
  },
  {
    question: 'Where were the bomb layers near Panjwayi seen?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['6km SW of PANJWAYI DC'],
  },
  {
    question: 'How many people were laying the IED near Panjwayi?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['3x persons'],
  },
  {
    question: 'When did the guns fire on the bomb layers?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['1535Z'],
  },
  {
    question: 'Who caught two Taliban planting IEDs near Masum Ghar?',
    reports: ['1029604'],
    holds: ['ANA reported apprehending'],
  },
  {
    question: 'Where were the two Taliban caught laying bombs?',
    reports: ['1029604'],
    holds: ['2.6km SW of FOB MASUM GHAR'],
  },
  {
    question: 'What kind of mine did EOD find near Masum Ghar?',
    reports: ['1029604'],
    holds: ['triple stack AT mine'],
  },
  {
    question: 'Which unit captured the insurgent who was later flown to Kandahar?',
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['ODB 330 reported that they had captured'],
  },
  {
    question: 'Who flew the wounded prisoner to the KAF hospital?',
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['Knighthawk'],
  },
  {
    question: 'Where was the captured insurgent shot?',
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['right leg'],
  },
  {
    question: 'Why did the German Wolf overturn near Mur Shek?',
    reports: ['GER-0010'],
    holds: ['because the road broke away'],
  },
  { question: 'What vehicle overturned near Mur Shek?', reports: ['GER-0010'], holds: ['DEU WOLF'] },
  {
    question: 'Where is Governor Khpalwak?',
    reports: [
      '012F40C1-EC0C-4C3A-B3CF-7D536E3564E3',
      'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9',
      'AEC4ED32-3A90-4381-B62E-100094A33AB7',
    ],
    holds: [['Kabul', 'Mecca']],
  },
  {
    question: 'Why is the Paktika governor going away?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3', 'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9'],
    holds: ['attend HAJJ'],
  },
  {
    question: 'How long will the Paktika governor be away?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3', 'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9'],
    holds: ['ten days'],
  },
  {
    question: 'Who paid for the well in the OE district?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['his own funding'],
  },
  {
    question: 'Why did the Apaches leave station?',
    reports: ['295F93E5-9911-8D76-CED90CD5C6F9FE8E'],
    holds: ['due to inclement weather'],
  },
  {
    question: 'How many rounds did EDDY 57 fire?',
    reports: ['295F93E5-9911-8D76-CED90CD5C6F9FE8E'],
    holds: ['150 x 30mm'],
  },
  {
    question: 'Who was the target of the raid southwest of Jalalabad?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Qari Ur-Rahman'],
  },
  {
    question: 'Which aircraft engaged the fighters shooting at TF 373 near Jalalabad?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['AC-130'],
  },
  {
    question: 'How many Afghan police were killed near Jalalabad?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['7 x ANP KIA'],
  },
  {
    question: 'Who kept the press out of the hospital after the Shah Wali Kot strikes?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['District Chief of Police'],
  },
  {
    question: 'How many civilians were said to be killed near Shah Wali Kot?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['5x AFG Civilians'],
  },
  {
    question: 'Why does TF 33 want the police station near Tagab renovated?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['in order to stabilize the area'],
  },
  {
    question: 'Who has been acting as the go-between for Hafizullah?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Dr. Monavar'],
  },
  {
    question: 'Where did Hafizullah try to emigrate to?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Iran'],
  },
  { question: 'In which village was the Meymaneh firefight?', reports: ['GER-0053'], holds: ['VILLAGE OF CHELGAZI'] },
  { question: 'How was the wounded policeman flown to Mazar?', reports: ['GER-0053'], holds: ['F-50 FLIGHT'] },
  { question: 'How many times did the German Wolf roll over?', reports: ['GER-0009'], holds: ['SEVERAL TIMES'] },
  {
    question: 'Where were the injured from the Wolf rollover treated?',
    reports: ['GER-0009'],
    holds: ['R2 CAMP MARMAL'],
  },
  {
    question: 'Why did the Mandagal elders want the coalition back?',
    reports: ['95192DDA-A477-44D1-AF65-24D7BE176A06'],
    holds: ['give more HA'],
  },
  {
    question: 'Why did the sub governor want radios?',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['hear the good News'],
  },
  { question: 'Who were the gunmen who attacked the family near Naray?', reports: [], holds: [] },
  {
    question: 'How far from FOB Naray was the family attacked?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['6km from FOB Naray'],
  },
  {
    question: 'How many of the villagers in Shingar died?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['Three of the four'],
  },
  {
    question: 'What did TF31 find in the cache on 15 November?',
    reports: ['6B7BF928-1B44-473B-B807-E1D281B19EC3'],
    holds: ['USSR lamdmines'],
  },
  {
    question: 'Which mines were stacked in the road southeast of Khakrez?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['TC-6 AT mine'],
  },
  {
    question: 'Where was the roadside bomb near Khakrez found?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['11KM SE of FOB KHAKREZ'],
  },
  {
    question: 'Who helped find the suspicious item near Khakrez?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['K-9 unit'],
  },
  { question: 'What kind of vehicle hit the IED in Char Dara?', reports: ['GER-0073'], holds: ['ATF Dingo'] },
  { question: 'How much explosive was in the Char Dara bomb?', reports: ['GER-0073'], holds: ['10-12 kg'] },
  { question: 'How was the Char Dara IED set off?', reports: ['GER-0073'], holds: ['pressure plate'] },
  { question: 'What helicopters were in the Nazgul 63 formation?', reports: ['GER-0059'], holds: ['CH-53'] },
  {
    question: 'How low was the German helicopter flying when it heard explosions?',
    reports: ['GER-0059'],
    holds: ['30FT AGL'],
  },
  { question: 'Who killed the Arabaki militia leader?', reports: [], holds: [] },
  { question: 'Which militia leader died in the IED strike?', reports: ['GER-0062'], holds: ['SAID RAHMAN'] },
  {
    question: 'Which truck hit an IED south of PB Wilson?',
    reports: ['9799EF40-1F7B-42CD-B738-3F943C6BA140', '1029356'],
    holds: ['truck #3'],
  },
  {
    question: 'Where did the TF Titan Humvee roll over?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['19KM North from FOB Naray'],
  },
  {
    question: 'Why did the Humvee roll near Naray?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['road gave way'],
  },
  { question: 'Which villages did the Iranian agents set up in Kandahar?', reports: [], holds: [] },
  {
    question: 'Who ordered the German convoy to fire a warning shot near Camp Mike Spann?',
    reports: ['GER-0120'],
    holds: ['convoy commander'],
  },
  {
    question: 'How many rounds were fired in the escalation of force near Camp Mike Spann?',
    reports: ['GER-0120'],
    holds: ['9 rounds'],
  },
  { question: 'What weapon fired the warning shot at the motorbike?', reports: ['GER-0076'], holds: ['MG 7,62 mm'] },
  { question: 'What is the name of the Taliban commander arrested in Herat in 2010?', reports: [], holds: [] },
  { question: 'Who found the UXO near the Kunduz PRT?', reports: ['GER-0031'], holds: ['LN construction workers'] },
  {
    question: 'What weapon was the warning shot fired with when a white Corolla came close to the FUCHS?',
    reports: ['GER-0091'],
    holds: ['MP7'],
  },
  {
    question: 'What colour was the Corolla that got too close to the Bulgarian and German escort?',
    reports: ['GER-0097'],
    holds: ['blue Toyota Corolla'],
  },
  {
    question: 'How many warning shots were fired at the car near the Bulgarian and German troops?',
    reports: ['GER-0097'],
    holds: ['3 warning shots'],
  },
  {
    question: 'Where did the Fennek recce patrol shoot a warning shot at a motorbike?',
    reports: ['GER-0100'],
    holds: ['TANJAR'],
  },
  {
    question: 'How fast was the motorcycle going when it came at the checkpoint on LOC LITSCHI?',
    reports: ['GER-0110'],
    holds: ['40 mph'],
  },
  {
    question: 'How fast was the motorbike riding among the convoy returning to the police HQ in Chahar Dara?',
    reports: ['GER-0113'],
    holds: ['45 mph'],
  },
  {
    question: 'What did the soldiers fire before the rifle shot at the motorcyclist near Chahar Dara?',
    reports: ['GER-0113'],
    holds: ['flare'],
  },
  {
    question: 'Which highway was the German convoy on when a white Jeep came too close behind it?',
    reports: ['GER-0111'],
    holds: ['H7'],
  },
  {
    question: 'What kind of vehicle sped up behind the convoy on 13 June 2009?',
    reports: ['GER-0114'],
    holds: ['red mini van'],
  },
  { question: 'How many warning shots were fired at the speeding car?', reports: [], holds: [] },
  { question: 'What colour was the Toyota Corolla?', reports: [], holds: [] },
  {
    question: 'What did the green Toyota do after the G36 shot?',
    reports: ['GER-0109'],
    holds: [['stopped', 'drove away']],
  },
  {
    question: 'How many detainees arrived at the BTIF when ISNs 4150 and 4151 were issued?',
    reports: ['A7C6071C-1517-911C-C5D7AB21D701807A'],
    holds: ['Two (2) detainees'],
  },
  {
    question: 'Which task force sent the detainee who got ISN 20021?',
    reports: ['C803A31F-1517-911C-C5BCAF509C2E3E4B'],
    holds: ['TF 373'],
  },
  {
    question: 'When was the detainee given ISN 4068 transferred to Bagram?',
    reports: ['0005EC01-1517-911C-C58C0373E1CDE68F'],
    holds: ['202035ZJUN09'],
  },
  {
    question: 'What was the BTIF headcount after ISN 4149 was assigned?',
    reports: ['A57C1F3A-1517-911C-C5AF27CC4D881FAA'],
    holds: ['639 assigned'],
  },
  {
    question: 'Which detainee was a recapture first released in May 2005?',
    reports: ['33EAEB3C-1517-911C-C53F2A603F99EDDF'],
    holds: ['ISN 1503'],
  },
  {
    question: 'How many detainees did TF Paladin hand over on the day ISN 4176 came from TF 373?',
    reports: ['E8BBEA06-1517-911C-C58BB227BC751E37'],
    holds: ['5 X Detainees'],
  },
  {
    question: 'When had ISN 2067 been released from the BTIF before he was caught again?',
    reports: ['590338B6-1517-911C-C58A6DADD54FB48F'],
    holds: ['03JUL06'],
  },
  {
    question: 'In which province was the former Guantanamo detainee ISN 0831 captured?',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['Khost'],
  },
  { question: 'How many detainees did TF 373 transfer into the BTIF?', reports: [], holds: [] },
  { question: 'What was the new facility headcount after the transfer?', reports: [], holds: [] },
  {
    question: 'How many Afghan soldiers were hurt in all when their patrol hit a bomb near FOB Sweeney?',
    reports: ['1029426', '47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58'],
    holds: ['6x ANA WIA'],
  },
  {
    question: 'How far from the Panjwayi district centre were the three men planting a bomb spotted?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['6km SW'],
  },
  {
    question: 'How many Taliban did the ANA catch laying bombs near FOB Masum Ghar?',
    reports: ['1029604', '45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5'],
    holds: ['two Taliban'],
  },
  {
    question: "In which town was a bomb found inside a girls' school?",
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['TAGAB'],
  },
  {
    question: 'Which truck of the convoy to FOB MSG was hit by a roadside bomb?',
    reports: ['1029356', '9799EF40-1F7B-42CD-B738-3F943C6BA140'],
    holds: ['truck #3'],
  },
  {
    question: 'What artillery was called in against the machine gun near FOB Sperwan Ghar?',
    reports: ['2FF2B6AE-CEDD-486F-9EDB-157E12EA3B23'],
    holds: ['155mm'],
  },
  {
    question: 'How many enemy were killed when the A-10 engaged near FOB Cobra?',
    reports: ['2ACFC14E-5AD9-4B5C-A691-9A41AAAD326A'],
    holds: ['3x EN KIA'],
  },
  {
    question: 'What attacked the ANA checkpoint nine kilometres west of Sperwan Ghar?',
    reports: ['D5629D7A-B093-4982-8A22-DC49CE775094'],
    holds: ['SAF'],
  },
  {
    question: 'How old was the insurgent who blew off his hand near Sperwan Ghar?',
    reports: ['CF103899-97EC-45F6-A42B-C457B9505F69'],
    holds: ['18 y/o'],
  },
  {
    question: 'What was wrong with the US soldier flown out of JAF in medevac 08-13C?',
    reports: ['76BAD49C-CAF5-49B3-A9D1-0E818027BB55'],
    holds: ['Peridontal Absess'],
  },
  {
    question: 'What weapon did TF Titan fire at the man rebuilding a fighting position near Kamdesh COP?',
    reports: ['539E7E7E-59EE-4BA6-B1D1-E56181FA1E06'],
    holds: ['120mm'],
  },
  {
    question: 'How many RPG rounds did the fighters west of the Kamdesh outpost stack up?',
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['3x RPG rounds'],
  },
  {
    question: 'What size rocket hit near the Kamdesh PRT in October 2006?',
    reports: ['6922D2BA-80EA-42BA-A065-53CF71F27AB7'],
    holds: ['107mm rocket'],
  },
  {
    question: 'How many German soldiers died in the car bomb attack that also killed five children?',
    reports: ['GER-0023'],
    holds: ['2x DEU ISAF killed'],
  },
  {
    question: 'Which vehicle ended up in the river after the bomb went off under the German troops?',
    reports: ['GER-0044'],
    holds: ['FOX vehicle'],
  },
  {
    question: 'What car carried the bomb that hit the Dingo on the NFO patrol?',
    reports: ['GER-0037'],
    holds: ['silver-grey Toyota Corolla'],
  },
  {
    question: 'How many mortar rounds were found in the police headquarters building?',
    reports: ['GER-0035'],
    holds: ['3ox 80mm'],
  },
  {
    question: 'Which militia leader was killed in the bomb attack reported by the German foreign office?',
    reports: ['GER-0062'],
    holds: ['SAID RAHMAN'],
  },
  { question: 'What caused the Dingo to flip over near Camp Marmal?', reports: ['GER-0106'], holds: ['heavy terrain'] },
  {
    question: 'What broke on the Dingo that slid off the road on the way to Mazar-e-Sharif?',
    reports: ['GER-0101'],
    holds: ['two mirrors'],
  },
  {
    question: 'Where was the OMLT going when their Dingo slipped off the road?',
    reports: ['GER-0094'],
    holds: ['ZIBAK'],
  },
  { question: 'Where did the Wolf end up on its way back from Gur-e Mar?', reports: ['GER-0087'], holds: ['ditch'] },
  { question: 'Why did the Dingo roll over?', reports: [], holds: [] },
  { question: 'How many soldiers were wounded in the roadside bomb attack?', reports: [], holds: [] },
  { question: 'What was the name of the driver of the red mini van?', reports: [], holds: [] },
  { question: 'How many rockets were in the cache turned in at Naray?', reports: [], holds: [] },
  {
    question: 'How many detainees did TF 373 transfer to the BTIF on 17 June 2009?',
    reports: ['F02F5D06-1517-911C-C59DFB97150E15CC'],
    holds: ['2x detainees'],
  },
  {
    question: 'Which ISNs were given to the detainees transferred on 18 June 2009?',
    reports: ['F537579F-1517-911C-C5E62F91B11DDD0D'],
    holds: ['4059'],
  },
  {
    question: 'How many detainees were moved into the BTIF on 11 September 2009?',
    reports: ['A7C6071C-1517-911C-C5D7AB21D701807A'],
    holds: ['Two (2) detainees'],
  },
  {
    question: 'How many detainees did TF 373 bring to the BTIF on 30 October 2009?',
    reports: ['A5BDA382-1517-911C-C5213D2C660290DA'],
    holds: ['1x detainee'],
  },
  {
    question: 'What ISN did the detainee from TF Paladin get on 19 February 2009?',
    reports: ['8EB8CA85-0B37-E810-4B614BF1E2246A2E'],
    holds: ['3952'],
  },
  {
    question: 'How many detainees came from TF 373 on 4 December 2009?',
    reports: ['590338B6-1517-911C-C58A6DADD54FB48F'],
    holds: ['4x detainees'],
  },
  { question: 'How many detainees did TF 373 send to the BTIF in July 2007?', reports: [], holds: [] },
  {
    question: 'When did the three detainees from TF 373 reach the Bagram Theater Internment Facility in July 2007?',
    reports: ['891CAC81-6DBD-4E4A-8A20-FC147122F7A0'],
    holds: ['122033ZJUL07'],
  },
  {
    question: 'When did TF Guardian transfer two detainees to Bagram?',
    reports: ['8D865A13-0D8D-4370-A972-0F5B3AFC7C7C'],
    holds: ['272014ZSEP07'],
  },
  {
    question: 'What did TF 32 recover along Route Mule?',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: ['IED components'],
  },
  {
    question: 'How many Italian-made anti-tank mines were found near Camp Apache?',
    reports: ['473ED23F-CA1F-7CD1-BFA9668F5437D90A'],
    holds: ['7x AT Mines'],
  },
  {
    question: 'What was found on the back seat of the car during OP Marlin?',
    reports: ['113A9187-E19A-1DCC-F5A5828D156878A7'],
    holds: ['RPG warhead'],
  },
  {
    question: 'Which helicopters provided aerial security for objective Pikes Peak?',
    reports: ['295F93E5-9911-8D76-CED90CD5C6F9FE8E'],
    holds: ['EDDY 53'],
  },
  {
    question: 'How many rounds of indirect fire landed near Hunter Base in April 2009?',
    reports: ['0x080e00000120ed29b74b16d8702098e6'],
    holds: [['2 Rounds', '2 Rockets']],
  },
  {
    question: 'How many detainees did TF 373 take on objective Wrentham?',
    reports: ['0x080e0000012406d3b66c16d87c1cd39e'],
    holds: ['4X DETAINEES'],
  },
  {
    question: 'How many US soldiers were wounded when the VBIED hit during the operation on objective Hillsville?',
    reports: ['9A4E18E3-1517-911C-C5DBB13AFEDFC0F1'],
    holds: ['3X US MIL WIA'],
  },
  {
    question: 'How many US soldiers were wounded in the IED strike 39km west of PBW?',
    reports: ['C4B191AE-B3B2-47B6-9A68-D256019065B9'],
    holds: ['3x US MIL'],
  },
  {
    question: 'How many additional IEDs did TF36 find after the strike west of PBW?',
    reports: ['C4B191AE-B3B2-47B6-9A68-D256019065B9'],
    holds: ['4x additional IEDs'],
  },
  { question: 'How many detainees did TF 373 hand over when the headcount reached 717?', reports: [], holds: [] },
  {
    question: 'What was the headcount after ISNs 20061 to 20064 were assigned?',
    reports: ['3D31B048-1517-911C-C5F7CA058B9F5421'],
    holds: ['730a'],
  },
  { question: 'How many detainees were in the CSH?', reports: [], holds: [] },
  { question: 'When were the detainees transferred?', reports: [], holds: [] },
  {
    question: 'How many local people were hurt by the bomb in Feyzabad near the city house?',
    reports: ['GER-0024'],
    holds: ['8x LN'],
  },
  {
    question: 'Which vehicle was damaged when B Platoon was protecting the liaison monitoring team?',
    reports: ['GER-0027'],
    holds: ['FUCHS'],
  },
  {
    question: 'How many insurgents were killed in the IED and gunfire attack near Riverloop?',
    reports: ['GER-0045'],
    holds: ['1x INS killed'],
  },
  {
    question: 'Where was the bomb hidden that hit the OMLT Dingo on the way to Zar Kharid-I Sufa?',
    reports: ['GER-0048'],
    holds: ['culvert'],
  },
  {
    question: 'How much explosive was used in the pressure plate bomb in Char Dara?',
    reports: ['GER-0073'],
    holds: ['10-12 kg'],
  },
  {
    question: 'Where was the command wire bomb that hit the Fennek hidden?',
    reports: ['GER-0013'],
    holds: ['small bridge'],
  },
  { question: 'What was the bomb on LOC Pluto probably made of?', reports: ['GER-0001'], holds: ['artillery shells'] },
  {
    question: 'How many German soldiers died in the IED strike whose casualties went to PRT Konduz?',
    reports: ['GER-0021'],
    holds: ['1x NATO/ISAF (DEU) KIA'],
  },
  {
    question: 'What was the German patrol doing when a possible SVBIED hit them?',
    reports: ['GER-0022'],
    holds: ['recover'],
  },
  { question: 'How many Germans were wounded in the bomb attack?', reports: [], holds: [] },
  { question: 'Which vehicle was destroyed by the roadside bomb?', reports: [], holds: [] },
  {
    question: 'How many local nationals were wounded in the Fennek bomb strike on Route Little Taurus?',
    reports: ['GER-0013'],
    holds: ['3 X LNS WOUNDED'],
  },
  {
    question: 'What kind of vehicle was lightly damaged in the Feyzabad blast?',
    reports: ['GER-0024'],
    holds: ['WOLF SSA'],
  },
  { question: 'Who were the warning shots fired at near Camp Warehouse?', reports: [], holds: [] },
  {
    question: 'Where did the ANA patrol hit a bomb in November 2006?',
    reports: ['1029426', '47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58'],
    holds: ['FOB SWEENEY'],
  },
  {
    question: 'Which province was the roadside bomb that wounded six ANA soldiers in?',
    reports: ['1029426', '47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58'],
    holds: ['ZABUL'],
  },
  {
    question: 'What happened to the Dingo that slid off the road in bad weather?',
    reports: ['GER-0092'],
    holds: ['rescued'],
  },
  {
    question: 'Who helped get the military police vehicle out after it slid off the road?',
    reports: ['GER-0092'],
    holds: ['local nationals'],
  },
  {
    question: 'What happened to the driver of the Wolf that drove into a ditch?',
    reports: ['GER-0087'],
    holds: ['lightly injured'],
  },
  {
    question: 'Where was the Wolf heading when it went into the ditch?',
    reports: ['GER-0087'],
    holds: ['Camp MARMAL'],
  },
  {
    question: 'How many mortar shells without fuses did the patrol find?',
    reports: ['GER-0026'],
    holds: ['3x mortar shells'],
  },
  {
    question: 'What will the bomb disposal team do with the unexploded ordnance found on the security patrol?',
    reports: ['GER-0026'],
    holds: ['blown in place'],
  },
  {
    question: 'How many German soldiers were killed in the double ambush near Kunduz?',
    reports: ['GER-0096'],
    holds: ['1 x ISAF (DEU) KIA'],
  },
  {
    question: 'How many vehicles did the rocket-propelled grenades destroy in the Kunduz ambush?',
    reports: ['GER-0096'],
    holds: ['2 x vehicles destroyed'],
  },
  {
    question: 'What did the Afghan soldiers see the insurgent trying to do west of Sperwan Ghar?',
    reports: ['CF103899-97EC-45F6-A42B-C457B9505F69'],
    holds: ['emplace an IED'],
  },
  {
    question: "What happened to the young fighter's right hand?",
    reports: ['CF103899-97EC-45F6-A42B-C457B9505F69'],
    holds: ['blew off right hand'],
  },
  {
    question: 'How many Afghan soldiers were wounded in total when their patrol hit a bomb near FOB Sweeney?',
    reports: ['47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58', '1029426'],
    holds: ['6x ANA WIA'],
  },
  {
    question: 'Where were the wounded Afghan soldiers taken after the blast near FOB Sweeney?',
    reports: ['47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58', '1029426'],
    holds: ['hospitals'],
  },
  {
    question: 'What did the troops find in the police headquarters building?',
    reports: ['GER-0035'],
    holds: [['Mortar Rounds', 'Mortar Shells']],
  },
  {
    question: 'What did the troops do after marking the mortar rounds red?',
    reports: ['GER-0035'],
    holds: ['continued training'],
  },
  {
    question: 'What was in the weapons cache the local man handed in?',
    reports: ['7B156008-7C19-4FED-8752-B031A4021EDC'],
    holds: ['9x RPG'],
  },
  {
    question: 'What will be done with the weapons from the handed-in cache?',
    reports: ['7B156008-7C19-4FED-8752-B031A4021EDC'],
    holds: ['reissued to ANA or destroyed'],
  },
  {
    question: 'Why did the Humvee stop in the convoy?',
    reports: ['F8847C2A-9557-458F-B902-59DF7EC6A2DD'],
    holds: ['freshly dug earth'],
  },
  {
    question: 'What do the engineers plan to do with the suspected bomb by the road?',
    reports: ['F8847C2A-9557-458F-B902-59DF7EC6A2DD'],
    holds: ['blow the suspect IED in place'],
  },
  {
    question: 'Where did Dr Amin stay after he came back from North Korea?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['stayed in Helmand'],
  },
  {
    question: 'When is the weapons shipment expected to arrive?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['shortly after the new year'],
  },
  {
    question: 'How much money was the weapons deal worth?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['undetermined amount'],
  },
  {
    question: 'What did the helicopter pilots see passing in front of their aircraft?',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: ['tracers'],
  },
  {
    question: 'What did the Chinook helicopters do to get away from the gunfire?',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: ['turned south'],
  },
  {
    question: 'What did the electronic warfare squad do when they were attacked on the way back to Kunduz?',
    reports: ['GER-0103'],
    holds: ['drove trough the enemy fire'],
  },
  {
    question: 'How many Germans were wounded when the Fox jammer vehicle was hit at the river ford?',
    reports: ['GER-0058'],
    holds: ['ONE DEU ISAF WIA'],
  },
  { question: 'What hit the jamming vehicle at the river crossing?', reports: ['GER-0058'], holds: ['HIT BY ONE RPG'] },
  {
    question: 'How many children died in the suicide car bomb attack on the Kunduz team?',
    reports: ['GER-0023'],
    holds: [['5x LN Children', '5 killed LN']],
  },
  {
    question: 'What vehicle carried the mines in the suicide attack on the Kunduz team?',
    reports: ['GER-0023'],
    holds: ['Motorbike'],
  },
  {
    question: 'What kind of car was the car bomb that the German patrol hit?',
    reports: ['GER-0037'],
    holds: ['Toyota Corolla'],
  },
  {
    question: 'What injuries did the five Germans suffer from the car bomb?',
    reports: ['GER-0037'],
    holds: ['burn on hands and faces'],
  },
  {
    question: 'What happened to the damaged Dingo after the car bomb attack?',
    reports: ['GER-0037'],
    holds: ['towed to PRT Camp'],
  },
  {
    question: 'Who was attacked by insurgents on the march from Kunduz?',
    reports: ['GER-0122'],
    holds: ['march group RED'],
  },
  { question: 'Where did march group Red spend the night?', reports: ['GER-0122'], holds: ['PRT PEK'] },
  {
    question: 'What did the man in Qisilabad want in exchange for the rockets?',
    reports: ['GER-0041'],
    holds: ['timber'],
  },
  {
    question: 'What did the bomb disposal team do with the rocket from the backyard?',
    reports: ['GER-0041'],
    holds: ['transported the rocket(s) to a secure area'],
  },
  {
    question: 'What was damaged when B platoon hit a roadside bomb?',
    reports: ['GER-0027'],
    holds: ['FUCHS vehicle damaged'],
  },
  {
    question: 'Who was B platoon protecting when they hit the bomb?',
    reports: ['GER-0027'],
    holds: ['Liaison Monitoring Team'],
  },
  { question: 'How many armed men were seen planting landmines?', reports: ['GER-0050'], holds: ['6X ARMED MEN'] },
  {
    question: 'What was the enemy fighter near Kamdesh doing?',
    reports: ['539E7E7E-59EE-4BA6-B1D1-E56181FA1E06'],
    holds: ['rebuilding fighting position'],
  },
  {
    question: 'How did the reconnaissance squad fight back against the rocket attack?',
    reports: ['GER-0105'],
    holds: ['3x MG bursts'],
  },
  {
    question: 'Where did the insurgents go after the attack near Eskander?',
    reports: ['GER-0121'],
    holds: ['TURKMENISTAN'],
  },
  {
    question: 'How many American soldiers were wounded by the car bomb during the Hillsville operation?',
    reports: ['9A4E18E3-1517-911C-C5DBB13AFEDFC0F1'],
    holds: ['3X US MIL WIA'],
  },
  {
    question: 'What hit near the Kamdesh reconstruction team base?',
    reports: ['6922D2BA-80EA-42BA-A065-53CF71F27AB7'],
    holds: ['107mm rocket'],
  },
  {
    question: 'What did the soldier fire at the truck speeding toward the convoy?',
    reports: ['GER-0123'],
    holds: ['warning shot'],
  },
  {
    question: 'What did the German helicopter do after it was shot at?',
    reports: ['GER-0054'],
    holds: ['EMERGENCY LANDING'],
  },
  {
    question: 'Who investigated the shooting at the German helicopter?',
    reports: ['GER-0054'],
    holds: ['MILITARY POLICE'],
  },
  {
    question: 'What happened to the driver of the security vehicle that hit a bomb in Zharmi?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['driver was killed'],
  },
  {
    question: 'What was the roadside bomb in Zharmi made from?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['105mm rocket'],
  },
  {
    question: 'Who warned the recovery convoy about the bomb near Zormat?',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['civilians'],
  },
  {
    question: 'What happened to the Humvee near Naray when the road gave way?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['rolled onto its side'],
  },
  {
    question: 'What did the Afghan intelligence service give to the German bomb disposal team?',
    reports: ['GER-0040'],
    holds: ['handed over the ammunition'],
  },
  {
    question: 'What did the task force find while clearing compounds at Objective Midway?',
    reports: ['6221EF17-E098-4A38-BC58-7474018AC4B8'],
    holds: ['IED components'],
  },
  { question: 'How many Taliban were killed in the Dingo crash near Sheberghan?', reports: [], holds: [] },
  { question: 'What was the name of the driver of the Toyota car bomb?', reports: [], holds: [] },
  { question: 'Who fired the rockets at the two Afghan army camps?', reports: [], holds: [] },
  { question: 'How much were the Iranian agents paid?', reports: [], holds: [] },
  { question: 'How many civilians were killed when the Chinooks were shot at?', reports: [], holds: [] },
  { question: 'Which bridge did the Belgian engineers build in Kunduz?', reports: [], holds: [] },
  {
    question: 'What kind of aircraft was shot at near Altamur in Logar?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['rotary wing aircraft'],
  },
  {
    question: 'How many people were hurt when the Chinook crashed near Camp Arena?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: [['25 wounded', '11 US WIA']],
  },
  {
    question: 'Where did the medical evacuation flights for the helicopter crash come from?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['Camp Arena'],
  },
  {
    question: 'Why did Task Force Titan call for a medical evacuation of an American soldier with a knee problem?',
    reports: ['2952F214-4255-4D92-BFA9-8DAB5BE7AE9F'],
    holds: ['lesion on left knee'],
  },
  {
    question: 'What was wrong with the American soldier evacuated to Jalalabad?',
    reports: ['76BAD49C-CAF5-49B3-A9D1-0E818027BB55'],
    holds: ['Peridontal Absess'],
  },
  {
    question: 'How many enemy fighters were killed northeast of FOB Cobra?',
    reports: ['2ACFC14E-5AD9-4B5C-A691-9A41AAAD326A'],
    holds: ['3x EN KIA'],
  },
  {
    question: 'What kind of aircraft supported the troops northeast of FOB Cobra?',
    reports: ['2ACFC14E-5AD9-4B5C-A691-9A41AAAD326A'],
    holds: ['A-10'],
  },
  {
    question: 'What attacked the Afghan army checkpoint west of Sperwan Ghar?',
    reports: ['D5629D7A-B093-4982-8A22-DC49CE775094'],
    holds: ['SAF'],
  },
  {
    question: 'Who drove off the attack on the Afghan army checkpoint west of Sperwan Ghar?',
    reports: ['D5629D7A-B093-4982-8A22-DC49CE775094'],
    holds: ['ANA repulsed'],
  },
  {
    question: 'How many Afghan policemen were killed in the follow-up report?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['7 x ANP KIA'],
  },
  {
    question: 'Where were the wounded policemen taken?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['JBAD Hospital'],
  },
  {
    question: 'How many rockets hit FOB Orgun-E?',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['5 rockets'],
  },
  {
    question: 'What did FOB Orgun-E fire back at the launch site?',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['120mm HE mortar rounds'],
  },
  {
    question: 'Where were the three wounded taken after the mine blast?',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['US hospital on BAF'],
  },
  {
    question: 'How many enemy fighters did the helicopter teams kill during Operation The Island?',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['13 x EKIA'],
  },
  {
    question: 'What weapons did the insurgents fire at the Canadian patrol near Khers?',
    reports: ['4DC7F41E-DD85-4997-97FC-783B02D09979'],
    holds: ['SAF and PKM'],
  },
  {
    question: 'Where did the rockets fired at Hunter Base come from?',
    reports: ['0x080e00000120ed29b74b16d8702098e6'],
    holds: ['400m NE of Hunter Base'],
  },
  { question: 'How many enemy were killed when the rockets hit FOB Orgun-E?', reports: [], holds: [] },
  { question: 'Which unit fired the rockets at Hunter Base?', reports: [], holds: [] },
  {
    question: 'How close did the RPG come to the lead helicopter?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['300m'],
  },
  {
    question: 'How far from the aircraft did the RPG round hit the mountain?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['350m'],
  },
  {
    question: 'How many people were seen next to the motorcycles?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['3 personnel'],
  },
  {
    question: 'What speed were the helicopters flying at when the RPG was fired?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['110 knots'],
  },
  {
    question: 'How many of the people hurt in the Feyzabad bombing were under 18?',
    reports: ['GER-0024'],
    holds: ['3 of which'],
  },
  {
    question: 'How many locals did the hospital say were wounded in Feyzabad?',
    reports: ['GER-0024'],
    holds: ['8x LN'],
  },
  { question: 'Who shot down the helicopter near Camp Arena?', reports: [], holds: [] },
  {
    question: 'How many wounded did the second Chinook pick up at Camp Arena?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['25 wounded'],
  },
  {
    question: "Where was the crashed Chinook's medevac flown from?",
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['Camp Arena'],
  },
  {
    question: 'How many of the Camp Arena casualties were Afghans?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['14 Afghans'],
  },
  {
    question: 'Who reported the machine gun fire at Sperwan Ghar?',
    reports: ['2FF2B6AE-CEDD-486F-9EDB-157E12EA3B23'],
    holds: ['CB 6'],
  },
  { question: 'Who fired the machine gun at Sperwan Ghar?', reports: [], holds: [] },
  {
    question: 'What artillery was called in on the machine gun position?',
    reports: ['2FF2B6AE-CEDD-486F-9EDB-157E12EA3B23'],
    holds: ['155mm'],
  },
  { question: 'What were the insurgents setting up beside Route Archer?', reports: ['GER-0018'], holds: ['DFP'] },
  { question: 'Who attacked the German and Afghan patrol on Route Archer?', reports: ['GER-0018'], holds: ['ACF'] },
  { question: 'What was launched to support the patrol on Route Archer?', reports: ['GER-0018'], holds: ['Luna'] },
  {
    question: 'Where was the German field humint team going back to after the crash?',
    reports: ['GER-0020'],
    holds: ['RCC PRT FEY'],
  },
  { question: 'Which unit left the crash site with the injured?', reports: ['GER-0020'], holds: ['TASK UNIT TEZ 1'] },
  { question: 'Where did the German convoy hit the boy on the donkey?', reports: ['GER-0071'], holds: ['POL-E KUMRI'] },
  { question: 'What was the boy riding when the convoy hit him?', reports: ['GER-0071'], holds: ['donkey'] },
  { question: 'How fast was the German convoy going when it hit the boy?', reports: ['GER-0071'], holds: ['60km/h'] },
  {
    question: 'Who did TF 373 drop off at FOB Shank?',
    reports: ['0x080e0000012406d3b66c16d87c1cd39e'],
    holds: ['A LN'],
  },
  {
    question: 'Why was the local dropped off at FOB Shank?',
    reports: ['0x080e0000012406d3b66c16d87c1cd39e'],
    holds: ['MEDICAL ATTENTION'],
  },
  {
    question: 'How many detainees was TF 373 bringing back?',
    reports: ['0x080e0000012406d3b66c16d87c1cd39e'],
    holds: ['4X DETAINEES'],
  },
  {
    question: 'Where did the IED hit the convoy truck near PB Wilson?',
    reports: ['1029356', '9799EF40-1F7B-42CD-B738-3F943C6BA140'],
    holds: ['12KM South'],
  },
  {
    question: 'Which unit reported the truck hitting an IED south of PB Wilson?',
    reports: ['1029356', '9799EF40-1F7B-42CD-B738-3F943C6BA140'],
    holds: ['TF AEGIS'],
  },
  {
    question: 'Where was EOD waiting while the convoy truck was hit?',
    reports: ['1029356', '9799EF40-1F7B-42CD-B738-3F943C6BA140'],
    holds: ['MASUM GHAR'],
  },
  {
    question: 'What did the Taliban ask for in exchange for Bergdahl?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['15 OF THEIR TALIBAN BROTHERS'],
  },
  {
    question: 'Who did the elders meet with about Bergdahl?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['GREONIMO 3', 'GERONIMO 3']],
  },
  {
    question: 'What was in the blue containers on the white cargo truck?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['HME'],
  },
  {
    question: 'Who caught the fleeing cargo truck?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['C2-3'],
  },
  {
    question: 'How many bags of opium did TF 333 find?',
    reports: ['113A9187-E19A-1DCC-F5A5828D156878A7'],
    holds: ['90x bags'],
  },
  {
    question: 'How many persons of interest did TF 333 take?',
    reports: ['113A9187-E19A-1DCC-F5A5828D156878A7'],
    holds: ['5x Persons'],
  },
  {
    question: 'Who found the car full of explosives near the ring road?',
    reports: ['GER-0008'],
    holds: [['DEU EOD', 'THEY FOUND']],
  },
  { question: 'Who told PRT MES about the possible car bomb?', reports: ['GER-0008'], holds: ['NDS'] },
  {
    question: 'How many IEDs did TF Titan find along the road to the checkpoint?',
    reports: ['973C413A-50B8-4F6E-BA4B-3F42C743C03B'],
    holds: ['3-4x IEDs'],
  },
  {
    question: 'Who secured the IED site near the ANBP checkpoint?',
    reports: ['973C413A-50B8-4F6E-BA4B-3F42C743C03B'],
    holds: ['ANBP secured'],
  },
  {
    question: 'How far from FOB Naray did the Humvee roll over?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['19KM North'],
  },
  {
    question: 'What was the convoy from Naray resupplying?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['Kamdesh PRT'],
  },
  {
    question: 'Which sensitive item was not recovered from the rolled Humvee?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['DUKE'],
  },
  {
    question: 'How far from FOB Khakrez was the roadside bomb found?',
    reports: ['91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56', '1029454'],
    holds: ['11KM SE'],
  },
  {
    question: 'What animal helped find the bomb near Khakrez?',
    reports: ['91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56', '1029454'],
    holds: ['K-9'],
  },
  {
    question: 'Who killed the four ANA soldiers Aziz Ullah is linked to?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['suicide bomber'],
  },
  {
    question: 'Who is Aziz Ullah subordinate to?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['Saifullah'],
  },
  {
    question: 'How many children died in the SVBIED strike on the German patrol?',
    reports: ['GER-0023'],
    holds: [['5x LN Children', '5] killed LN', '5 killed LN']],
  },
  { question: 'What vehicle was damaged in the SVBIED strike at Kunduz?', reports: ['GER-0023'], holds: ['MUNGO'] },
  {
    question: 'How many Germans were hurt when the patrol tried to recover its broken vehicle?',
    reports: ['GER-0022'],
    holds: ['3x NATO/ISAF'],
  },
  {
    question: 'Where was the hurt German soldier in the Dingo rollover taken?',
    reports: ['GER-0014'],
    holds: ['ROLE 2'],
  },
  {
    question: 'How many ANA soldiers were hurt when the truck fell off the bridge near Keshem?',
    reports: ['GER-0088'],
    holds: ['1 (one) NBI'],
  },
  { question: 'Who poisoned the German soldiers in the tent?', reports: [], holds: [] },
  { question: 'How many German soldiers had carbon monoxide poisoning?', reports: ['GER-0065'], holds: ['5 SOLDIERS'] },
  {
    question: 'What did the motorcycle try to do to the German recce column?',
    reports: ['GER-0100'],
    holds: ['break into the column'],
  },
  { question: 'Which Iranian general ordered the Kandahar convoy?', reports: [], holds: [] },
  { question: 'Who took the wounded LVA soldier to Camp Marmal?', reports: ['GER-0121'], holds: ['B-412'] },
  {
    question: 'What vehicle did the Afghan police lose after the Meng Derakht fight?',
    reports: ['GER-0121'],
    holds: ['1x ANP vehicle'],
  },
  {
    question: 'Who observed the German withdrawal from the air near Kunduz?',
    reports: ['GER-0044'],
    holds: ['UAV LUNA'],
  },
  {
    question: 'How many insurgents were probably killed in the attack that flipped the Fox?',
    reports: ['GER-0044'],
    holds: [['3x INS probably killed', '3 X INS KIA']],
  },
  { question: 'Where did the protection company find a safe house?', reports: ['GER-0056'], holds: ['PHQ NAWABAD'] },
  {
    question: 'How many German soldiers were wounded in total in Operation Aragon?',
    reports: ['GER-0056'],
    holds: ['4X ISAF (DEU) WIA'],
  },
  {
    question: 'What did the QRF destroy in the fire fight near Nawabad?',
    reports: ['GER-0056'],
    holds: ['PICK UP TRUCK'],
  },
  {
    question: 'Who gave an impressive speech in Laswanday?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: [['ANP6', 'Gen Mulakhel', 'General Mulakhel']],
  },
  {
    question: 'How many MK19s does PRT Sharana have working?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['four of four MK19s'],
  },
  {
    question: 'Who attended the meeting with Governor Sherzai?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Lt Col Phillips'],
  },
  {
    question: 'How much money did the governor receive from OGA?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['$2000'],
  },
  {
    question: 'What did the district commissioner in OE build with his own money?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: [['municipal well project', 'water tower']],
  },
  {
    question: 'Who are the seven Arabs in Herat ready to attack?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['U.S. and Italian troops'],
  },
  {
    question: 'Where did Dr Amin stay after the trip to North Korea?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Helmand'],
  },
  {
    question: 'Where did the Iranians take injured Taliban?',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['TEHERAN'],
  },
  {
    question: 'Where will the weekly security meeting in Kapisa be held?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['different District Centers'],
  },
  { question: 'Who tried to recover the UAV near Haji Amanulla?', reports: ['GER-0060'], holds: ['US PMT'] },
  {
    question: 'How many Belgian soldiers were wounded at the Dutch compound?',
    reports: ['GER-0003'],
    holds: [['2 x BELGUIM', '2 X BELGIAN', '2 x BELGIUM']],
  },
  {
    question: 'Where did the suicide attack on the German convoy happen?',
    reports: ['GER-0007'],
    holds: [['BAGHLANI JADID', '42S VF 800 094', '31km NE']],
  },
  { question: 'How many Russian pilots were captured in Kunduz?', reports: [], holds: [] },
  {
    question: 'Why did the ANA truck fall near Keshem?',
    reports: ['GER-0088'],
    holds: [['bridge collapsed', 'bad road conditions']],
  },
  {
    question: 'When did the injured Afghan soldier from the Keshem crash die?',
    reports: ['GER-0088'],
    holds: ['142322D'],
  },
  {
    question: 'Who went back to PRT Kunduz with the wounded soldier from Keshem?',
    reports: ['GER-0088'],
    holds: ['Part of the convoy of 1st KANDAK'],
  },
  {
    question: 'What did the recovery team use to lift the Dingo after the rollover?',
    reports: ['GER-0079'],
    holds: ['crane and 7t truck'],
  },
  { question: 'What rifle went off while F Platoon cleaned weapons?', reports: ['GER-0077'], holds: ['HK G36'] },
  {
    question: 'Where was the soldier hurt in the negligent discharge flown to?',
    reports: ['GER-0077'],
    holds: ['Germany'],
  },
  {
    question: 'How many armed men were seen laying mines near Borya Baf?',
    reports: ['GER-0050'],
    holds: ['6X ARMED MEN'],
  },
  { question: 'Who told EUPOL about the bombs in Borya Baf?', reports: ['GER-0050'], holds: ['ANP INFORMED EUPOL'] },
  {
    question: 'Which helicopter spotted the insurgents emplacing the IED at the culvert?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['OH-58'],
  },
  {
    question: 'How did one insurgent escape from the culvert strike?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['motorcycle'],
  },
  {
    question: 'Who were the bodies from the culvert strike handed to?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['AUP'],
  },
  {
    question: 'What did the German trainers find near checkpoint Iman Bukri?',
    reports: ['GER-0116'],
    holds: ['mortar grenade'],
  },
  {
    question: 'What kind of car came too close to the German convoy on H7?',
    reports: ['GER-0111'],
    holds: ['white Jeep'],
  },
  {
    question: 'Where did the Apache team take off from for the KG Pass mission?',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['FOB Salerno'],
  },
  {
    question: 'What did Orgun-E fire back at the rocket launch point?',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['120mm HE mortar'],
  },
  { question: 'Which aircraft attacked the German recce squad near Chahar Dara?', reports: [], holds: [] },
  {
    question: 'Who provided air support for the German recce squad near Chahar Dara?',
    reports: ['GER-0105'],
    holds: ['F 15'],
  },
  { question: 'Why did the mortar team at the Feyzabad police HQ mark the rounds red?', reports: [], holds: [] },
  {
    question: 'How many insurgents attacked the Fennek recce squad with five RPGs?',
    reports: ['GER-0108', 'GER-0105'],
    holds: [['10-12 x INS', '10-12 x dismounted INS']],
  },
  {
    question: 'How many German soldiers were killed in the second ambush on Infantry Platoon F?',
    reports: ['GER-0096'],
    holds: ['1 x ISAF (DEU) KIA'],
  },
  {
    question: 'How many rounds did the electronic warfare squad fire back from the Dingo?',
    reports: ['GER-0103'],
    holds: ['180 rounds'],
  },
  {
    question: 'Which armoured vehicle was lightly damaged when march group RED was attacked?',
    reports: ['GER-0122'],
    holds: ['APC FOX'],
  },
  {
    question: 'What kind of injury did one of the wounded German soldiers in Operation Aragon have?',
    reports: ['GER-0056'],
    holds: [['broken leg', 'BURN']],
  },
  {
    question: 'What anti-tank weapon was used against the insurgents near Kharu Ti?',
    reports: ['GER-0060'],
    holds: ['MILAN'],
  },
  {
    question: 'How much money did the platoon give to repair the transformer building?',
    reports: ['GER-0060'],
    holds: ['$500'],
  },
  {
    question: 'Where did the walk-in source say the big cache brought to Naray was found?',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['Darkano'],
  },
  {
    question: 'How many mortar fuses were in the cache a local turned in to TF Titan in November 2006?',
    reports: ['7B156008-7C19-4FED-8752-B031A4021EDC'],
    holds: ['10x mortar fuses'],
  },
  {
    question: 'Who destroyed the BMP-1 rockets that were handed to the HUMINT unit?',
    reports: ['GER-0028'],
    holds: ['DEU EOD'],
  },
  {
    question: 'What did the construction workers use to mark the UXO near PRT Kunduz?',
    reports: ['GER-0031'],
    holds: ['stones'],
  },
  {
    question: 'How many 76mm shells did German EOD find on the Kunduz airfield?',
    reports: ['GER-0030'],
    holds: ['4x 76mm'],
  },
  {
    question: 'What was the ISN of the detainee whose age was checked at the hospital?',
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['20033'],
  },
  {
    question: 'How many detainees came to the BTIF when ISNs 4219 to 4225 were issued?',
    reports: ['B2B9012F-1517-911C-C57B3274B4131DFE'],
    holds: ['7 x Detainees'],
  },
  {
    question: 'What was the headcount when the detainee with ISN 4228 was transferred?',
    reports: ['B75B9009-1517-911C-C5B7CF00E60DBAB0'],
    holds: ['680 assigned'],
  },
  {
    question: 'Where was the B Company soldier missing from at roll call?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['Mest OP'],
  },
  { question: 'How many RPGs were fired at the ANA camps?', reports: ['GER-0117'], holds: ['2 x RPGs'] },
  { question: 'How many insurgents attacked the convoy?', reports: [], holds: [] },
  { question: 'What was found in the cache?', reports: [], holds: [] },
  {
    question: 'Where was the unexploded ordnance found by the observation team in Feyzabad?',
    reports: ['GER-0015'],
    holds: ['SHOOTING RANGE'],
  },
  {
    question: 'What were the Belgian trainers attacked with?',
    reports: ['GER-0051'],
    holds: ['MORTARS, RPGS, AND SAF'],
  },
  {
    question: 'What did the German quick reaction company fire to help the Belgians?',
    reports: ['GER-0051'],
    holds: ['ILLUMINATION'],
  },
  { question: 'What did the motorcyclist do after the warning shot?', reports: ['GER-0113'], holds: ['withdrew'] },
  {
    question: 'What did the German troops fire over the car that came too close?',
    reports: ['GER-0090'],
    holds: ['short bursts of MG'],
  },
  {
    question: 'What happened to the Fennek scout vehicle that hit the bomb?',
    reports: ['GER-0013'],
    holds: ['FENNEK vehicle damaged'],
  },
  { question: 'Where was the command-wire bomb hidden?', reports: ['GER-0013'], holds: ['under a small bridge'] },
  {
    question: 'What was the command-wire bomb near FOB Hunter made of?',
    reports: ['1379E3D6-1517-911C-C58AAB8734102D96'],
    holds: ['TC-6'],
  },
  {
    question: 'How many Soviet landmines were found in the cache?',
    reports: ['6B7BF928-1B44-473B-B807-E1D281B19EC3'],
    holds: ['20xUSSR'],
  },
  {
    question: 'What happened to the four villagers attacked in their home near Naray?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['killed'],
  },
  {
    question: 'Where were the wounded villagers from Shingar taken?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['FOB Naray'],
  },
  {
    question: 'What did the German helicopter crew hear over Dashte Archi?',
    reports: ['GER-0059'],
    holds: ['EXPLOSIONS'],
  },
  {
    question: 'Why did the support company fire a warning shot?',
    reports: ['GER-0091'],
    holds: ['white Toyota Corolla came near'],
  },
  {
    question: 'Who was killed by the roadside bomb near Kunduz aimed at the militia leader?',
    reports: ['GER-0062'],
    holds: ['SAID RAHMAN'],
  },
  {
    question: 'How many enemy fighters were killed moving into the overwatch position?',
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: ['3x EKIA'],
  },
  {
    question: 'What did the Kiowa helicopter see the insurgents doing?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['emplacing an IED'],
  },
  {
    question: 'How did the insurgent escape the helicopter attack?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['motorcycle'],
  },
  {
    question: 'What damage did the medevac helicopter have after being shot at?',
    reports: ['GER-0064'],
    holds: ['BULLET HOLES'],
  },
  {
    question: 'How many Germans were wounded by the car bomb while recovering the broken-down vehicle?',
    reports: ['GER-0022'],
    holds: ['3x NATO/ISAF'],
  },
  { question: 'Who paid the Arabs in Herat to carry out suicide attacks?', reports: [], holds: [] },
  { question: 'How many Italian soldiers were killed by the Arabs in Herat?', reports: [], holds: [] },
  {
    question: 'How many rockets hit near Hunter Base?',
    reports: ['0x080e00000120ed29b74b16d8702098e6'],
    holds: [['2 Rockets', '2 Rounds']],
  },
  {
    question: 'How far from Hunter Base was the rocket launch point?',
    reports: ['0x080e00000120ed29b74b16d8702098e6'],
    holds: ['400m NE'],
  },
  {
    question: 'How far away were the mortar rounds on Route Idaho from the trail truck?',
    reports: ['GER-0005'],
    holds: ['200M'],
  },
  { question: 'What did the convoy on Route Idaho fire back with?', reports: ['GER-0005'], holds: ['50. CAL'] },
  { question: 'What kind of mine did ANA shoot near Masum Ghar?', reports: ['1029604'], holds: [['IED', 'AT mine']] },
  {
    question: 'How many Taliban did the ANA catch laying bombs near Masum Ghar?',
    reports: ['1029604'],
    holds: ['two Taliban'],
  },
  { question: 'Who found the mines and HME jugs at the ambush site?', reports: ['GER-0034'], holds: ['FF discovered'] },
  {
    question: 'How many jugs of homemade explosive were found with the mines?',
    reports: ['GER-0034'],
    holds: ['2x 5 Gal'],
  },
  { question: 'Who saw the insurgents putting in the mines?', reports: ['GER-0034'], holds: ['A LN'] },
  {
    question: 'What killed the driver of the security vehicle in Zharmi?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['IED'],
  },
  {
    question: 'What was the bomb in Zharmi made of?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['105mm rocket'],
  },
  {
    question: 'Which commander threatened Governor Murad?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Qari Nejat'],
  },
  {
    question: 'How do the districts talk to the provincial center now?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Roshan cell phone'],
  },
  {
    question: 'Who is supposed to deliver the radio equipment to the districts?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['CSTC-A'],
  },
  {
    question: 'How many Germans died in the Kunduz SVBIED?',
    reports: ['GER-0023'],
    holds: [['2x DEU ISAF killed', '2x KIA (ISAF, DEU)']],
  },
  {
    question: 'Where were the wounded of the Char Dara Dingo strike taken?',
    reports: ['GER-0073'],
    holds: ['PRT Kunduz'],
  },
  { question: 'Who shot the German soldier on the shooting range?', reports: [], holds: [] },
  { question: "What color was the Taliban commander's car in Tagab?", reports: [], holds: [] },
  { question: 'How many insurgents attacked the German QRF with an RPG?', reports: ['GER-0124'], holds: ['seven INS'] },
  // The stop-40 batch (4 December 2026): 212 questions written over the 150 reports no earlier probe asked about (192
  // answerable, 1-2 a report; 20 the corpora cannot answer), all written before the answerer was run on any of them.
  // First run, before any rule was shaped on them (answerer at 9904632): right 73 of the 192 answerable (38 %), wrong
  // 20 (19 answerable, 1 unanswerable quoted), closest 100 (66 with the answer first), unanswerable declined 19/20;
  // eval:ask's tally (unanswerable declined counted right): 92 right, 20 wrong, 119 closest. Every `holds` was found
  // verbatim in its report before the run; none was changed after it (0 fixed).
  {
    question: 'How many prisoners did TF 373 hand over to the BTIF when ISNs 3814 through 3816 were given out?',
    reports: ['9E4BB5A3-C7C1-9B5E-68DA4CE742EBCC68'],
    holds: ['4x detainees'],
  },
  {
    question: 'What was the facility headcount after ISN 20004 was issued?',
    reports: ['05C703F2-1517-911C-C5EFB433DC71B8FF'],
    holds: ['625A/625P'],
  },
  {
    question: 'When were the detainees with ISNs 4127 and 20005 moved to the BTIF?',
    reports: ['29861D0A-1517-911C-C540324300546D6F'],
    holds: ['171750ZAUG09'],
  },
  {
    question: 'How many detainees did the facility hold once ISNs 20014 and 20015 were issued?',
    reports: ['5E2C766F-1517-911C-C51A67730A3EF28D'],
    holds: ['627 Assigned, 627 Present'],
  },
  {
    question: 'Which ISN did the TF 3-73 detainee get when the BTIF count reached 631?',
    reports: ['67864FE0-1517-911C-C557486995E3C7CB'],
    holds: ['4134'],
  },
  {
    question: 'How many detainees were actually present at the BTIF after ISNs 4181 and 4182 were assigned?',
    reports: ['0D03825A-1517-911C-C509594080657346'],
    holds: ['638 present'],
  },
  {
    question: 'When did TF 373 hand over the detainees numbered ISN 20010 and 20011?',
    reports: ['7714617B-1517-911C-C5E91D3BC83482DE'],
    holds: ['011930ZSEP09'],
  },
  {
    question: 'How many detainees did TF 373 bring in when ISN 4141 was issued?',
    reports: ['8263C1E9-1517-911C-C5210DBB7E21C0F8'],
    holds: ["4X detainee's"],
  },
  {
    question: 'Which detainee was in the hospital when ISNs 4144 to 4146 were issued?',
    reports: ['86DFFE08-1517-911C-C532EB3FDDD25B7C'],
    holds: ['ISN 3264'],
  },
  {
    question: 'What was the BTIF headcount after ISN 20017 was issued?',
    reports: ['AFB5C729-1517-911C-C50A2D2B5C7B684F'],
    holds: ['643 assigned and 643 present'],
  },
  {
    question: 'Which unit besides TF 373 sent a detainee to the BTIF when ISN 4155 was issued?',
    reports: ['BA7C04D7-1517-911C-C525A54AB3160F10'],
    holds: ['CJSOTF'],
  },
  {
    question: 'What was the detainee headcount after ISN 20019 was assigned?',
    reports: ['CE90E1FF-1517-911C-C567D18E1397659B'],
    holds: ['633 assigned and 633 present'],
  },
  {
    question: 'What ISN did the TF 373 detainee get when the facility count was 634?',
    reports: ['CF5F2538-1517-911C-C5FD9D001E4D2250'],
    holds: ['4161'],
  },
  {
    question: 'How many people were held at the facility after ISN 20022 came in?',
    reports: ['DE22FD4C-1517-911C-C5C1687CBC8E1A40'],
    holds: ['641 assigned and 641 present'],
  },
  {
    question: 'Where was the detainee who was not present when ISN 4170 was assigned?',
    reports: ['E3BEFC59-1517-911C-C5FBDC47A630B8B0'],
    holds: ['Bagram CSH'],
  },
  {
    question: 'What was the detainee count after TF 373 transferred ISN 20020?',
    reports: ['F2736FDF-1517-911C-C5535AABEF3015CF'],
    holds: ['643 assigned and 643 present'],
  },
  {
    question: 'Which ISNs were issued when the headcount went to 636 assigned and 636 present?',
    reports: ['F8965029-1517-911C-C563074065CA7323'],
    holds: ['4177, 4178 and 20026'],
  },
  {
    question: 'What was the facility headcount after ISN 4179 was issued?',
    reports: ['FD3CD4BE-1517-911C-C594DC6EE28B9048'],
    holds: ['637 assigned and 637 present'],
  },
  {
    question: 'How many detainees were present at the BTIF after ISNs 4183 and 20029 were assigned?',
    reports: ['1197A5EB-1517-911C-C55BD252DF21580E'],
    holds: ['640 present'],
  },
  {
    question: 'How many prisoners did TF 373 transfer with ISNs 4185 through 4188?',
    reports: ['1C829045-1517-911C-C5A2EC33D2D3868E'],
    holds: ['4x detainees'],
  },
  {
    question: 'What did the headcount come to after ISN 20028 was issued?',
    reports: ['2B574156-1517-911C-C5470E3112F7BAB7'],
    holds: ['637 assigned 637 present'],
  },
  {
    question: 'What was the head count at the facility when ISN 20027 was issued?',
    reports: ['3900EA17-1517-911C-C53958FD4B6F1A2F'],
    holds: ['642A/642P'],
  },
  {
    question: 'What new ISN was issued to the TF 373 detainee in October 2009 when the headcount stood at 643?',
    reports: ['3AC18868-1517-911C-C50B04435216BC88'],
    holds: ['20025'],
  },
  {
    question: 'How many detainees were assigned to the facility after ISN 20030?',
    reports: ['40A2F959-1517-911C-C5A021555E2FC771'],
    holds: ['644 assigned'],
  },
  {
    question: 'What was the facility headcount after ISN 4189 was issued?',
    reports: ['45B1F0E3-1517-911C-C5DF264EEAAA718C'],
    holds: ['645 assigned and 645 present'],
  },
  {
    question: 'What was the count at the BTIF after ISN 4195 was issued?',
    reports: ['4A4B78E2-1517-911C-C59D2C3F1648CEC8'],
    holds: ['646 assigned and 646 present'],
  },
  {
    question: 'How many detainees were at the facility after TF 373 transferred ISN 20034?',
    reports: ['6E6BEB9B-1517-911C-C560E4DFFDD9DCE9'],
    holds: ['645 assigned and 645 present'],
  },
  {
    question: 'How many detainees came in when ISNs 4200 and 4201 were issued?',
    reports: ['6F5D2312-1517-911C-C55BEF3FAA94398C'],
    holds: ['2X Detainees'],
  },
  {
    question: 'What was the facility headcount after ISNs 20037 and 20035 were issued?',
    reports: ['7884A04C-1517-911C-C54B876AFBD619B4'],
    holds: ['653 assigned and 653 present'],
  },
  {
    question: 'How many detainees did the BTIF hold after ISNs 20039 and 20036 were issued?',
    reports: ['83AF760E-1517-911C-C53B9B03F15FD39C'],
    holds: ['661 assigned and 661 present'],
  },
  {
    question: 'Which ISNs were given out when the headcount reached 666?',
    reports: ['8D5023E1-1517-911C-C559E2288AA6F3AA'],
    holds: ['20038 and 20007'],
  },
  {
    question: 'What ISN was issued when the headcount hit 667?',
    reports: ['93558CB5-1517-911C-C5153EE39B2FC1FD'],
    holds: ['20043'],
  },
  {
    question: 'How many detainees were present after ISNs 20041 and 4214 were issued?',
    reports: ['9D6E9B00-1517-911C-C5836DD8C5FA900F'],
    holds: ['669 present'],
  },
  {
    question: 'Which ISN did the TF 373 detainee get when the headcount was 708?',
    reports: ['09F4FA99-1517-911C-C582986DB2C5A7A7'],
    holds: ['2840'],
  },
  {
    question: 'How many detainees were received from TF 373 when ISNs 4252 to 4255 were assigned?',
    reports: ['0F1FB521-1517-911C-C5D4707B68044AA8'],
    holds: ['4 x Detainees'],
  },
  {
    question: 'Which task force sent detainee ISN 4257?',
    reports: ['18292240-1517-911C-C5DC703AA8E86D22'],
    holds: ['TF Paladin'],
  },
  {
    question: 'When were the detainees given ISNs 4358 and 4259 transferred?',
    reports: ['1A728CA5-1517-911C-C572BEB379503FBA'],
    holds: ['212300ZNOV09'],
  },
  {
    question: 'How many detainees did TF 373 transfer in the batch that got ISN 20052?',
    reports: ['23FCB507-1517-911C-C54F57F813A782A4'],
    holds: ['7 X Detainees'],
  },
  {
    question: 'What was the headcount after ISNs 20032 and 20018 were assigned?',
    reports: ['31E58255-1517-911C-C5E81281E3A73049'],
    holds: ['722 assigned / 722 present'],
  },
  {
    question: 'What was the new headcount once ISNs 20059 and 20060 were assigned?',
    reports: ['38546916-1517-911C-C52D382135B0C294'],
    holds: ['726 assigned / 726 present'],
  },
  {
    question: 'What was the headcount after ISN 20065 was assigned?',
    reports: ['4280D39D-1517-911C-C5DE7ADF01A5D359'],
    holds: ['731 assigned / 731 present'],
  },
  {
    question: 'How many detainees were held after ISN 20055 was issued?',
    reports: ['46F418EF-1517-911C-C53A1ACFA2B66299'],
    holds: ['703 assigned and 703 present'],
  },
  {
    question: 'Which ISNs did the two TF 373 detainees get when the head count was 679A / 679P?',
    reports: ['B4940763-1517-911C-C5F91126C2B1307B'],
    holds: ['4226 and 4227'],
  },
  {
    question: 'What kind of prisoner did TF 373 transfer when ISN 20024 was assigned?',
    reports: ['C103A493-1517-911C-C57DB7EAAB61AD08'],
    holds: ['UEC'],
  },
  {
    question: 'Which of the ISNs assigned when the count reached 684 was a recapture?',
    reports: ['C1BA88E3-1517-911C-C576F8B33ED99A3E'],
    holds: ['4010 (recapture)'],
  },
  {
    question: 'What was the headcount after ISN 20046 was issued?',
    reports: ['CBFAF35A-1517-911C-C59B5E6B1C0F40CF'],
    holds: ['689 assigned and 689 present'],
  },
  {
    question: 'What ISN was assigned when the headcount reached 690?',
    reports: ['D01BE55A-1517-911C-C51F89409044B597'],
    holds: ['20047'],
  },
  {
    question: 'Which ISN did the detainee get when the headcount went to 691?',
    reports: ['D1798C95-1517-911C-C57FE133D8731C27'],
    holds: ['20042'],
  },
  {
    question: 'What facility headcount was reported after ISNs 4235, 4236, 4237 and 20031 were assigned?',
    reports: ['D6C52944-1517-911C-C5750FE2DD186711'],
    holds: ['495 assigned / 495 present'],
  },
  {
    question: 'What was the headcount after ISNs 4239 and 4240 were issued?',
    reports: ['E0E2B883-1517-911C-C5F05B421A543FFB'],
    holds: ['698 assigned and 698 present'],
  },
  {
    question: 'How many detainees did TF 373 bring into the BTIF with ISNs 20049, 20050 and 4241?',
    reports: ['E6287809-1517-911C-C58AE2D3F75FCDF3'],
    holds: ['3 X Detainees'],
  },
  {
    question: 'Which ISN was assigned when the count hit 702?',
    reports: ['EB0A270A-1517-911C-C50AB45AE05AB2CC'],
    holds: ['20045'],
  },
  {
    question: 'What ISN was given out when the headcount reached 703 assigned / 703 present?',
    reports: ['EF015CC7-1517-911C-C56BFF8BFEFBF942'],
    holds: ['4242'],
  },
  {
    question: 'What was the headcount after ISN 20044 was assigned?',
    reports: ['F9195DD8-1517-911C-C5B450DA6037B32E'],
    holds: ['704 assigned / 704 present'],
  },
  {
    question: 'Which ISN was issued for the November 2009 detainee when the count stood at 698?',
    reports: ['FE884EC7-1517-911C-C5BECB7142C6310E'],
    holds: ['20048'],
  },
  {
    question: 'What was the facility headcount after ISNs 20066 and 20067 were issued?',
    reports: ['47C01238-1517-911C-C56A59197BCC0404'],
    holds: ['707 assigned and 707 present'],
  },
  {
    question: 'How many detainees got ISNs 20051, 20068, 20069 and 20070?',
    reports: ['4CD7D95F-1517-911C-C5F84B808F0932AA'],
    holds: ['4x detainees'],
  },
  {
    question: 'When were the detainees with ISNs 20071 and 20073 transferred into the BTIF?',
    reports: ['5366AC0F-1517-911C-C51B79A513E3A41A'],
    holds: ['0305014ZDEC09'],
  },
  {
    question: 'Which ISN was issued when the headcount reached 717 in December 2009?',
    reports: ['5BA93019-1517-911C-C52F77B00EF9E2AA'],
    holds: ['20058'],
  },
  {
    question: 'What was the headcount after ISNs 20072 and 20077 were assigned?',
    reports: ['604D5D41-1517-911C-C59194B830FC96A1'],
    holds: ['721 present / 721 assigned'],
  },
  {
    question: 'How many detainees arrived when ISNs 20078 to 20080 were issued?',
    reports: ['65758F2A-1517-911C-C5888C71B2CEAC1D'],
    holds: ['3X Detainees'],
  },
  {
    question: 'Which ISN was issued when the headcount reached 725?',
    reports: ['671B9F52-1517-911C-C55B307FB7603AAE'],
    holds: ['20081'],
  },
  {
    question: 'What was the headcount after ISNs 20082 and 20083 were issued?',
    reports: ['6BD5627A-1517-911C-C50CC763EB4C0278'],
    holds: ['728 assigned and 728 present'],
  },
  {
    question: 'Which ISNs were issued when the facility count reached 729?',
    reports: ['7007ADD3-1517-911C-C51D98A971E768D9'],
    holds: ['20084 and 20057'],
  },
  {
    question: 'How many detainees were at the facility after ISNs 20086 and 20085 came in?',
    reports: ['70B8CD16-1517-911C-C53FFCCD6EC97064'],
    holds: ['731 assigned and 731 present'],
  },
  {
    question: 'What ISN was issued when the headcount became 732?',
    reports: ['75D9A018-1517-911C-C53981F16CF76C50'],
    holds: ['20087'],
  },
  {
    question: 'How many detainees were at the BTIF after ISNs 20088 and 20090 were issued?',
    reports: ['8AF99EA1-1517-911C-C56F30DBBF635FC8'],
    holds: ['736 assigned / 736 present'],
  },
  {
    question: 'How many detainees were held at the USTIF-A in December 2009?',
    reports: ['9850466C-1517-911C-C576A31ACB35AA4D'],
    holds: ['103 assigned / 103 present'],
  },
  {
    question: 'What was the total detainee headcount after ISNs 20091 and 20092 were assigned?',
    reports: ['9850466C-1517-911C-C576A31ACB35AA4D'],
    holds: ['741 assigned / 741 present'],
  },
  {
    question: 'What was the US TIF-A head count after the detainees with ISNs 20093 through 20097 came in?',
    reports: ['9EB9A315-1517-911C-C5F91908735CC942'],
    holds: ['228A / 228P'],
  },
  {
    question: 'What was the new BTIF head count after ISNs 20089 and 20093 were issued?',
    reports: ['AC252551-1517-911C-C579936A3A5085D7'],
    holds: ['219A / 219P'],
  },
  {
    question: 'When did the detainee from TF373 arrive at the BTIF in July 2007?',
    reports: ['6A874C9E-914D-4789-A5AF-5221A9346C33'],
    holds: ['281837ZJUL07'],
  },
  {
    question: 'When was the one detainee transferred to the BTIF in August 2007?',
    reports: ['988509EF-D19A-4389-881C-03F40876519B'],
    holds: ['031900ZAUG07'],
  },
  {
    question: 'How many detainees did TF 373 transfer to the BTIF in September 2007?',
    reports: ['854565CA-E239-4981-B5B6-82E0D8C79BDA'],
    holds: ['2x detainees'],
  },
  {
    question: 'Who was killed when TF 373 and the Afghan forces shot at the speeding car?',
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: ['THE DRIVER'],
  },
  {
    question: 'What did the troops fire first to warn the car before the warning shots?',
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: ['PIN FLARE'],
  },
  {
    question: 'What helicopters were shot at near the Khowst Bowl?',
    reports: ['E5823F55-FB94-21F2-699B08A5882B25F6'],
    holds: ['CH-47s'],
  },
  {
    question: 'How many tracers did the Chinook pilots see in each burst?',
    reports: ['E5823F55-FB94-21F2-699B08A5882B25F6'],
    holds: ['3-6 tracers'],
  },
  {
    question: 'How many people were hurt when the victim-operated IED went off during the TF373 operation?',
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['injuring one'],
  },
  {
    question: 'How big was the blast crater from the TF373 VOIED?',
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['18" in dia x 12" deep'],
  },
  {
    question: 'How many men were seen digging in the road near COP Najil?',
    reports: ['CCBDAEAC-1517-911C-C5AA07331CA73BAA'],
    holds: ['6X MAM'],
  },
  {
    question: 'Which way did the men laying the IED near COP Najil leave?',
    reports: ['CCBDAEAC-1517-911C-C5AA07331CA73BAA'],
    holds: ['TO THE EAST'],
  },
  {
    question: 'How many Enfield rifles were in the cache found at the Kandahar textile factory?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['2000 X ENFIELD RIFLES'],
  },
  {
    question: 'Who found the weapons cache in the textile factory in Kandahar?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['TF 3-6 FA'],
  },
  {
    question: 'Which ODA was also in contact near C/3-71 by Gardesh?',
    reports: ['2FC368C6-1F2C-4543-BC7E-3182017D913E'],
    holds: ['ODA 773'],
  },
  {
    question: 'Where did the element head after the firefight near Bari Khowt ended?',
    reports: ['2FC368C6-1F2C-4543-BC7E-3182017D913E'],
    holds: ['Narray'],
  },
  {
    question: 'Who did TF Titan plan to hire to help recover the rolled vehicle?',
    reports: ['E5713E12-E4E2-4E29-BCFB-D9FEF32011ED'],
    holds: ['local national tow truck driver'],
  },
  {
    question: 'What was damaged when the TF Titan vehicle rolled over?',
    reports: ['E5713E12-E4E2-4E29-BCFB-D9FEF32011ED'],
    holds: ['1 M240'],
  },
  {
    question: 'Why was the medevac for the Afghan policeman in Kamdesh turned down?',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: ['due to weather'],
  },
  {
    question: 'How did the ANP officer in Kamdesh get shot?',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: ['negligent discharge'],
  },
  {
    question: 'How far did the 7-year-old boy fall near FOB Naray?',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['15-20m'],
  },
  {
    question: 'What condition was the ANA colonel transferred for?',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['sever hemeroids'],
  },
  {
    question: 'Which units were ambushed during Operation Hero Presence?',
    reports: ['4F5965B7-FBE0-4DFE-A143-48280AFE95CD'],
    holds: ['CB13 and Whiskey 36'],
  },
  {
    question: 'Where did CB 13 go after breaking contact in Zharmi?',
    reports: ['4F5965B7-FBE0-4DFE-A143-48280AFE95CD'],
    holds: ['PBW'],
  },
  {
    question: 'Who hit the man on a bike on Highway 1 near the Kandahar PRT?',
    reports: ['ABDA24CD-5529-4673-8566-F0A63C482B73'],
    holds: ['Mohawk'],
  },
  {
    question: 'How was the cyclist hit on Highway 1 taken to the hospital?',
    reports: ['ABDA24CD-5529-4673-8566-F0A63C482B73'],
    holds: ['in a car'],
  },
  {
    question: 'What did the enemy use to block the road in the ambush near Kamdesh?',
    reports: ['BB186731-1257-4839-901E-513B0BACF738'],
    holds: ['burned Mazdas'],
  },
  {
    question: 'How many enemy fighters did the unit run into again near FOB Naray?',
    reports: ['BB186731-1257-4839-901E-513B0BACF738'],
    holds: ['9 enemy personnel'],
  },
  {
    question: 'How many JDAMs were dropped on the bunker complex?',
    reports: ['8EBB5690-D463-4B12-B79B-2F6A9890327A'],
    holds: ['3x JDAMs'],
  },
  {
    question: 'Who called off the aircraft from bombing the cave complex?',
    reports: ['8EBB5690-D463-4B12-B79B-2F6A9890327A'],
    holds: ['Tombstone'],
  },
  {
    question: 'How did the gunman near Sperwan Ghar get away?',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['via a wadi'],
  },
  {
    question: 'Was the gunshot residue test done after the shooting near Sperwan Ghar?',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['no GSR testing was done'],
  },
  {
    question: 'What was the aid drop in Pitigal supposed to achieve?',
    reports: ['1478B5B3-E19C-4416-93C5-A8C265BBF1C8'],
    holds: ['Promote peace and good will'],
  },
  {
    question: 'How much was the Durnama High School contract?',
    reports: ['380CB1B2-C643-4BF2-B26F-72EFE5D2526B'],
    holds: ['$48,750.00'],
  },
  {
    question: 'When will the other six schools in Kapisa be contracted?',
    reports: ['380CB1B2-C643-4BF2-B26F-72EFE5D2526B'],
    holds: ['3 February'],
  },
  {
    question: 'What school supplies were dropped in Kamdish village?',
    reports: ['656349BD-0AE7-46A3-9FF4-64731EC1AC8F'],
    holds: ['Teacher Kits'],
  },
  {
    question: 'What was in the truck the police seized in Spin Boldak?',
    reports: ['BEBE317F-F06C-465D-BF1A-BA67A3EEA47E'],
    holds: ['2x Suicide Vests'],
  },
  {
    question: 'How many anti-tank mines did the police find in Spin Boldak?',
    reports: ['BEBE317F-F06C-465D-BF1A-BA67A3EEA47E'],
    holds: ['8xAT Mines'],
  },
  {
    question: 'What did coalition forces give the villager in Saw whose home flooded?',
    reports: ['452DBCBB-0CD2-4F53-8E15-4E2B85364160'],
    holds: ['tarps'],
  },
  {
    question: 'How many sheep were treated at the vet visit in Mulki Zay?',
    reports: ['FCA15E66-4636-4161-A32F-0622136458A2'],
    holds: ['Sheep 150'],
  },
  {
    question: 'Who helped carry out the VETCAP in Shinkai district?',
    reports: ['FCA15E66-4636-4161-A32F-0622136458A2'],
    holds: ['ANA CA TM'],
  },
  {
    question: 'Which town was Operation Mar Karardad meant to retake?',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['Musa Qaleh'],
  },
  {
    question: 'Which objective did TF 1 Fury plan to seize by air assault?',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['OBJ BROWNING'],
  },
  {
    question: 'Who turned out to be the driver the TF Commando soldiers wounded?',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['NDS employee'],
  },
  {
    question: 'Where was the NDS driver hit by the warning shot?',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['right forearm'],
  },
  {
    question: "Who made the list of items found in the suspect's truck in Feyzabad?",
    reports: ['GER-0002'],
    holds: ['DEU MP and BEL EOD'],
  },
  {
    question: 'Which way did the gunmen who fired on Apache 17 run?',
    reports: ['GER-0004'],
    holds: ['SOUTH OVER THE MOUNTAIN RANGE'],
  },
  { question: 'What mortar did the Apache element fire at the attackers?', reports: ['GER-0004'], holds: ['81MM'] },
  { question: 'What vehicle did the PRT Meymaneh patrol roll over?', reports: ['GER-0006'], holds: ['WOLF'] },
  {
    question: 'What injury did the child hit by the German Fuchs have?',
    reports: ['GER-0012'],
    holds: ['BROKEN THIGH'],
  },
  { question: 'Where will the injured child on the bike be flown?', reports: ['GER-0012'], holds: ['KDZ R2'] },
  {
    question: 'How many people attacked the language assistant working for the German OMLT?',
    reports: ['GER-0016'],
    holds: ['3x persons'],
  },
  { question: "What were the interpreter's attackers armed with?", reports: ['GER-0016'], holds: ['knives'] },
  { question: 'What broke down on location Uranus?', reports: ['GER-0017'], holds: ['APC DINGO II'] },
  {
    question: 'Where did the German troops fire a round when the civilian car drifted toward the convoy?',
    reports: ['GER-0017'],
    holds: ['INTO THE SANG'],
  },
  { question: 'Who gave the IED components to the German bomb squad?', reports: ['GER-0019'], holds: ['ANSF'] },
  { question: 'How many 20mm rounds did the security patrol find?', reports: ['GER-0025'], holds: ['2 20mm rounds'] },
  {
    question: 'Why was a car bomb suspected at the main gate of Camp Northern Lights?',
    reports: ['GER-0029'],
    holds: ['robbery of a garbage truck'],
  },
  { question: 'Was the suspicious truck at the gate a bomb?', reports: ['GER-0029'], holds: ['reported to be clean'] },
  {
    question: 'Where was the mortar shell found in Dehdadi?',
    reports: ['GER-0032'],
    holds: ['in front of the District Admin Office'],
  },
  {
    question: 'What was missing from the IED parts the Afghan forces found?',
    reports: ['GER-0033'],
    holds: ['the power source'],
  },
  { question: 'Who told the Afghan forces about the IED components?', reports: ['GER-0033'], holds: ['two LN'] },
  { question: 'What kind of trigger did the Feyzabad RCIED use?', reports: ['GER-0038'], holds: ['remote door bell'] },
  {
    question: 'Why did the bomb team blow up the command-wire IED in place?',
    reports: ['GER-0039'],
    holds: ['unable to PUCA'],
  },
  {
    question: 'Which vehicle did the IED near Cak-I-Abdul hit?',
    reports: ['GER-0042'],
    holds: ['medical support car'],
  },
  {
    question: 'How big was the charge that went off on the way to Cak-I-Abdul?',
    reports: ['GER-0042'],
    holds: ['5-7 kg'],
  },
  {
    question: 'How did the bomb team find the metal tube IED near the police checkpoint?',
    reports: ['GER-0043'],
    holds: ['by robot'],
  },
  { question: 'How did the unexploded shell end up near the runway?', reports: ['GER-0046'], holds: ['load of sand'] },
  {
    question: 'When will EOD look at the possible mine the recce patrol found?',
    reports: ['GER-0047'],
    holds: ['09JUN09'],
  },
  {
    question: 'What was the IED on the road to Yaftal-e Sofla made of?',
    reports: ['GER-0049'],
    holds: ['pressure cooker'],
  },
  { question: 'How was the man burying the IED spotted?', reports: ['GER-0049'], holds: ['camp eye'] },
  { question: 'Who arrested three insurgents near Darzab?', reports: ['GER-0052'], holds: ['NDS'] },
  {
    question: 'Where did all the units go back to after the Darzab firefight?',
    reports: ['GER-0052'],
    holds: ['DARZAB POLICE STATION'],
  },
  {
    question: 'What did the blast break when EOD destroyed the pressure plate IED near Sharana?',
    reports: ['GER-0055'],
    holds: ['THE WINDOWS'],
  },
  {
    question: 'How much explosive was in the pressure plate IED the police brought in?',
    reports: ['GER-0055'],
    holds: ['30LBS'],
  },
  {
    question: 'Who came to help after the car bomb hit the convoy on route Taurus?',
    reports: ['GER-0057'],
    holds: ['ANP'],
  },
  {
    question: 'Which vehicle was damaged when the SVBIED blew up next to the German convoy?',
    reports: ['GER-0057'],
    holds: ['Dingo'],
  },
  {
    question: 'Where was the German PRT shot at while searching a compound?',
    reports: ['GER-0061'],
    holds: ['CHAHAR DARRAH'],
  },
  {
    question: 'Who attacked the German PRT during the compound search in Konduz province?',
    reports: ['GER-0061'],
    holds: ['UNKNOWN AAF'],
  },
  {
    question: 'What size was the mortar round with wires found near the village?',
    reports: ['GER-0063'],
    holds: ['APPROX 150MM'],
  },
  {
    question: 'Which countries is FRAGO 68 released to?',
    reports: ['GER-0066'],
    holds: ['USA, CAN, DEU, FRA, NLD, NOR, NZL, and UAE'],
  },
  { question: 'Which operations order does FRAGO 156 change?', reports: ['GER-0069'], holds: ['OPORD 05-08'] },
  { question: 'Is FRAGO 199 releasable to Australia?', reports: ['GER-0070'], holds: ['AUS'] },
  {
    question: 'Which vehicle did the IED strike near Khanabad hit?',
    reports: ['GER-0072'],
    holds: ['the second patrol vehicle'],
  },
  {
    question: 'What was attacked with an RPG in Khanabad at the same time?',
    reports: ['GER-0072'],
    holds: ['ANP District HQ'],
  },
  {
    question: 'How many shots did the German MPs fire at the speeding cars at the checkpoint?',
    reports: ['GER-0074'],
    holds: ['1 x warning shot'],
  },
  { question: 'What type of rocket was in the cache near Ali Abad?', reports: ['GER-0075'], holds: ['OG9M'] },
  {
    question: 'How many mortar shells did EOD find near Ali Abad?',
    reports: ['GER-0075'],
    holds: ['1 x 82mm mortar shell'],
  },
  {
    question: 'What did the convoy set off after the SUVs near Kholm would not back off?',
    reports: ['GER-0078'],
    holds: ['smokepot'],
  },
  {
    question: 'How close did the SUVs get to the QRF convoy south of Kholm?',
    reports: ['GER-0078'],
    holds: ['up to five meters'],
  },
  {
    question: 'Where did the German soldier shoot himself during weapon maintenance?',
    reports: ['GER-0080'],
    holds: ['upper left leg'],
  },
  { question: 'What pistol did the soldier shoot himself with?', reports: ['GER-0080'], holds: ['P8'] },
  {
    question: 'What rifle fired the warning shot in the air near PRT Kunduz?',
    reports: ['GER-0081'],
    holds: ['HK G36'],
  },
  { question: 'What vehicle rolled over in the PRT Kunduz accident?', reports: ['GER-0083'], holds: ['APC Fuchs'] },
  {
    question: 'How many insurgents attacked infantry platoon E and the ANA?',
    reports: ['GER-0084'],
    holds: ['10 x INS'],
  },
  { question: 'Who treated the injured Afghan soldier?', reports: ['GER-0084'], holds: ['DEU doctor'] },
  {
    question: 'Which member of parliament was in the black SUV crash near Aqchah?',
    reports: ['GER-0085'],
    holds: ['FAHIMA SADAT'],
  },
  {
    question: "Why didn't the German convoy stop at the crash?",
    reports: ['GER-0085'],
    holds: ['due to security reasons'],
  },
  { question: 'What actually hit the DWHH office in Taloqan?', reports: ['GER-0086'], holds: ['one RPG round'] },
  { question: 'What weapon went off in Camp Feyzabad after cleaning?', reports: ['GER-0095'], holds: ['MP7'] },
  {
    question: 'How did the German QRF stop the person who ignored the roadblock?',
    reports: ['GER-0098'],
    holds: ['warning shot'],
  },
  {
    question: 'Who did the OMLT ask for support during the firefight near Meymaneh?',
    reports: ['GER-0099'],
    holds: ['NOR task unit'],
  },
  {
    question: 'Where was the engineer soldier hit on the shooting range?',
    reports: ['GER-0102'],
    holds: ['left hand'],
  },
  { question: 'What German vehicle was in the road accident near Camp Marmal?', reports: ['GER-0104'], holds: ['FOX'] },
  {
    question: 'Which team were the two lightly injured German soldiers from?',
    reports: ['GER-0104'],
    holds: ['EOD-Team'],
  },
  { question: 'What car was weaving through the QRF convoy?', reports: ['GER-0107'], holds: ['white TOYOTA COROLLA'] },
  {
    question: 'What did the gunner fire when the black Toyota closed on the German convoy?',
    reports: ['GER-0112'],
    holds: ['MG burst'],
  },
  { question: 'What car came too fast at the convoy at Camp Warehouse?', reports: ['GER-0115'], holds: ['white Jeep'] },
  { question: 'What was the UXO found near LOC Archer?', reports: ['GER-0118'], holds: ['122mm tank grenade'] },
  {
    question: 'What did EOD find when they picked up the tank grenade?',
    reports: ['GER-0118'],
    holds: ['empty cartridge case'],
  },
  {
    question: 'What did the EOD squad find near the old Russian tank?',
    reports: ['GER-0119'],
    holds: ['Warhead RPG 7'],
  },
  {
    question: 'What did the Belgian OMLT ask the German QRF company to fire?',
    reports: ['GER-0126'],
    holds: ['illumination'],
  },
  {
    question: 'How many illumination rounds were fired for the Belgians?',
    reports: ['GER-0126', 'GER-0051'],
    holds: [['3 rounds', '3X ROUNDS']],
  },
  {
    question: 'How many mortar rounds were fired at the protection company in Nawabad?',
    reports: ['GER-0127'],
    holds: ['four (4) rounds'],
  },
  {
    question: "Why couldn't the ANA hit back at the insurgents' mortar?",
    reports: ['GER-0127'],
    holds: ['out of range'],
  },
  { question: 'What vehicle came at the BSG patrol in PD-10?', reports: ['GER-0129'], holds: ['blue NISSAN PATROL'] },
  {
    question: 'How did the soldier try to stop the Nissan before shooting?',
    reports: ['GER-0129'],
    holds: ['shouting and flashing a torch'],
  },
  {
    question: 'What drone did the infantry company use to check on the police near the Kunduz river bridge?',
    reports: ['GER-0130'],
    holds: ['UAV KZO'],
  },
  { question: 'What tipped over during night vision driver training?', reports: ['GER-0131'], holds: ['7 ton truck'] },
  {
    question: 'How long did it take to recover the truck that fell over in the Blue Box?',
    reports: ['GER-0131'],
    holds: ['within three hours'],
  },
  {
    question: 'Do we know whether the North Korea deal actually happened?',
    reports: ['ws-commentary-02'],
    holds: ['actually happened'],
  },
  {
    question: 'Over how long were Iran and al Qaeda reported to be working together?',
    reports: ['ws-commentary-13'],
    holds: ['several years'],
  },
  { question: 'What was the name of the driver killed when TF 373 fired on the speeding car?', reports: [], holds: [] },
  { question: 'How many detainees did TF 373 transfer to the BTIF in January 2010?', reports: [], holds: [] },
  { question: 'Which insurgent group fired at the Chinooks near the Khowst Bowl?', reports: [], holds: [] },
  {
    question: 'How much was paid to the owner of the qalat near Sharana for the broken windows?',
    reports: [],
    holds: [],
  },
  { question: 'What was the name of the language assistant attacked with knives?', reports: [], holds: [] },
  { question: 'Who owned the textile factory where the Enfield rifles were found?', reports: [], holds: [] },
  { question: 'How much did the Afghanya road project cost?', reports: [], holds: [] },
  { question: 'Who was driving the black SUV that crashed near Aqchah?', reports: [], holds: [] },
  { question: 'How many insurgents were killed in the Operation Hero Presence ambush?', reports: [], holds: [] },
  { question: 'Which insurgent group planted the IED near Cak-I-Abdul?', reports: [], holds: [] },
  {
    question: 'How many people were in the white Toyota Corolla that drove through the QRF convoy?',
    reports: [],
    holds: [],
  },
  { question: 'What was the name of the 7-year-old boy who fell off the cliff near Naray?', reports: [], holds: [] },
  { question: 'How many sheep were vaccinated in Pitigal?', reports: [], holds: [] },
  { question: 'How many Afghan police were hurt when the truck was seized in Spin Boldak?', reports: [], holds: [] },
  { question: 'Which ISN was given to the detainee from TF Paladin in October 2009?', reports: [], holds: [] },
  { question: 'What was the BTIF headcount in June 2009?', reports: [], holds: [] },
  { question: 'How many civilians were killed in the fighting near the Kunduz river bridge?', reports: [], holds: [] },
  { question: 'Who commanded the insurgents that ambushed Whiskey 36?', reports: [], holds: [] },
  { question: 'How many insurgents were killed by the JDAM strike on the bunker complex?', reports: [], holds: [] },
  { question: 'Who was the Kapisa governor who backed the 13 schools?', reports: [], holds: [] },
  {
    question: 'Which of the detainees was in the hospital when ISNs 4144, 4145 and 4146 were issued?',
    reports: ['86DFFE08-1517-911C-C532EB3FDDD25B7C'],
    holds: ['ISN 3264'],
  },
  // The 5-December batch (5 December 2026): 120 questions in askers' own words (lower case, slang, paraphrase: "cops"
  // for ANP, "blew up" for destroyed), written over the reports the earlier probes asked least about (the 3 with none,
  // then those with one; 108 answerable, 1-2 a report; 12 the corpora cannot answer though they sound close to a report:
  // another village, unit or day), all before the answerer was run on any of them. First run, before any rule was
  // shaped on them (answerer at 8d47406): right 27 of the 108 answerable (25 %), wrong 8 (all answerable), closest 73
  // (38 with the answer first), unanswerable declined 12/12; fresh-style tally: 39 right, 8 wrong, 85 closest. Every
  // `holds` was found verbatim in its report before the run; one `reports` was fixed after it: the Masum Ghar event is
  // stored twice (45E23B3F… and 1029604), and a quote of the second was judged wrong, so both questions on it now name
  // both (with it: 28 right, 7 wrong, 39 closest with the answer first).
  {
    question: 'who was guarding the site after the bomb turned up in the tagab girls school',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['Police are securing site'],
  },
  {
    question: 'when is TF33 going into tagab after the school ied',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['on the 25th'],
  },
  {
    question: 'what kind of AT mine got left behind on route mule',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: ['TC-6 AT mine'],
  },
  {
    question: 'why did the enemy ditch the bomb parts on route mule?',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: [['detected the CF convoy approaching', 'did not want to have them in their possession']],
  },
  {
    question: 'which ISNs did the 4 prisoners tf 373 handed to bagram get',
    reports: ['9E4BB5A3-C7C1-9B5E-68DA4CE742EBCC68'],
    holds: ['ISN 3814 thru 3816'],
  },
  {
    question: 'what did bomb disposal do with the mines they found by camp apache',
    reports: ['473ED23F-CA1F-7CD1-BFA9668F5437D90A'],
    holds: ['BIP by EOD'],
  },
  {
    question: 'what isn did the tf 373 guy get on 19 feb 2009',
    reports: ['8EB8CA85-0B37-E810-4B614BF1E2246A2E'],
    holds: ['ISN 3951'],
  },
  {
    question: 'what isns were handed out on 17 june 2009',
    reports: ['F02F5D06-1517-911C-C59DFB97150E15CC'],
    holds: ['4057 and 4058'],
  },
  {
    question: 'which two detainees were at the hospital when the recaptured guy 1503 came in',
    reports: ['33EAEB3C-1517-911C-C53F2A603F99EDDF'],
    holds: ['ISN 3717, 4060'],
  },
  {
    question: 'when was isn 0831 let out of gitmo',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['in 2006'],
  },
  {
    question: 'where was the one prisoner who wasnt there after 4181 and 4182 were issued',
    reports: ['0D03825A-1517-911C-C509594080657346'],
    holds: ['in the CSH'],
  },
  {
    question: 'who kept the parts of the command wire bomb by fob hunter',
    reports: ['1379E3D6-1517-911C-C58AAB8734102D96'],
    holds: ['left with TF333'],
  },
  {
    question: 'where did the CIED 15 team set off from',
    reports: ['1379E3D6-1517-911C-C58AAB8734102D96'],
    holds: ['FOB Shank'],
  },
  {
    question: 'how old did the doctors decide detainee 20033 was',
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['APPROXIMATELY 16 YEARS'],
  },
  {
    question: "what scale did the hospital use to work out the kid's age",
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['GREULICH AN PYLE SCALE'],
  },
  {
    question: 'what was the assigned count after ISNs 20041 and 4214',
    reports: ['9D6E9B00-1517-911C-C5836DD8C5FA900F'],
    holds: ['229669 asigned'],
  },
  {
    question: 'what isn was given out on 30 oct 2009',
    reports: ['A5BDA382-1517-911C-C5213D2C660290DA'],
    holds: ['ISN 4217'],
  },
  {
    question: 'when did prisoner 4256 come in',
    reports: ['18292240-1517-911C-C5DC703AA8E86D22'],
    holds: ['212130LNOV09'],
  },
  {
    question: 'what was the head count after isns 4358 and 4259',
    reports: ['1A728CA5-1517-911C-C572BEB379503FBA'],
    holds: ['713A / 713 P'],
  },
  {
    question: 'what was the facility count after the seven tf 373 prisoners came in',
    reports: ['23FCB507-1517-911C-C54F57F813A782A4'],
    holds: ['717 assigned and 717 present'],
  },
  {
    question: 'when did the four detainees with isns 20093-20097 get there',
    reports: ['9EB9A315-1517-911C-C5F91908735CC942'],
    holds: ['180554ZDEC09'],
  },
  {
    question: 'what was the us tif-a count on 20 december 2009',
    reports: ['AC252551-1517-911C-C579936A3A5085D7'],
    holds: ['527A / 527P'],
  },
  {
    question: 'how many detainees were in the bagram hospital when isn 4176 was issued',
    reports: ['E8BBEA06-1517-911C-C58BB227BC751E37'],
    holds: ['1 X Detainee in Bagram CSH'],
  },
  {
    question: 'how many UECs did tf 373 send over when the count hit 684',
    reports: ['C1BA88E3-1517-911C-C576F8B33ED99A3E'],
    holds: ["3 x UEC's"],
  },
  {
    question: 'what was the bomb near zormat hidden in',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['in a burm'],
  },
  {
    question: 'where did the ied go after eod pulled it out near zormat',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['returned to FOB Zormat'],
  },
  {
    question: 'what mission number got approved for the titan medevac',
    reports: ['2952F214-4255-4D92-BFA9-8DAB5BE7AE9F'],
    holds: ['MM 08-15D'],
  },
  {
    question: 'what was the final enemy body count in the tf titan ridgeline fight',
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: ['Total BDA 14x EKIA'],
  },
  {
    question: 'what did tf titan hit the enemy 82mm position with',
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: ['counter-mortar fire'],
  },
  {
    question: 'where was one of the fighters near kamdesh shot',
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['to the shoulder'],
  },
  {
    question: 'where did the fighters west of kamdesh disappear to',
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['blended into the population center'],
  },
  {
    question: 'what did the ANA shoot at near masum ghar that then went off',
    reports: ['45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5', '1029604'],
    holds: ['shot one of the IEDs'],
  },
  {
    question: 'what kind of mine stack did eod find near masum ghar',
    reports: ['45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5', '1029604'],
    holds: ['triple stack AT mine'],
  },
  {
    question: 'how many mortar rounds were in the cache turned in at naray',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['4 82mm Mortar rounds'],
  },
  {
    question: 'what happens to the weapons cache a local brought to naray',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['distributed to ANA or destroyed'],
  },
  {
    question: 'what date was the aid drop in pitigal',
    reports: ['1478B5B3-E19C-4416-93C5-A8C265BBF1C8'],
    holds: ['01/20/2007'],
  },
  {
    question: 'when did they drop the teacher kits in kamdish',
    reports: ['656349BD-0AE7-46A3-9FF4-64731EC1AC8F'],
    holds: ['01/17/2007'],
  },
  {
    question: 'who is the sub governor at naray',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['Hajji Barhamadin'],
  },
  {
    question: 'how many radios went to naray',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['Radios 500'],
  },
  {
    question: "what happened to the villager's house in saw",
    reports: ['452DBCBB-0CD2-4F53-8E15-4E2B85364160'],
    holds: ['flooded'],
  },
  {
    question: 'what did the mandagal elders like seeing at the handout',
    reports: ['95192DDA-A477-44D1-AF65-24D7BE176A06'],
    holds: ['ANP and ANA in force'],
  },
  {
    question: 'how many detainees got to bagram on 12 july 2007',
    reports: ['891CAC81-6DBD-4E4A-8A20-FC147122F7A0'],
    holds: ['3x Detainees'],
  },
  {
    question: 'when did the two tf 373 detainees go into btif in sept 07',
    reports: ['854565CA-E239-4981-B5B6-82E0D8C79BDA'],
    holds: ['151940ZSEP07'],
  },
  {
    question: 'which task force did the two prisoners on 27 sept 2007 come from',
    reports: ['8D865A13-0D8D-4370-A972-0F5B3AFC7C7C'],
    holds: ['from TF 373'],
  },
  {
    question: 'how many were killed by the land mine near FB MF',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['2 KIA'],
  },
  {
    question: 'who drove the wounded cops from FB MF to bagram',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['ODA'],
  },
  {
    question: 'where did the kiowa take fire from during operation the island',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['from a compound'],
  },
  {
    question: 'what kind of helicopters were azreal 56 and 52',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['OH-58s'],
  },
  {
    question: 'what did tf 373 do with everything they found at obj midway',
    reports: ['6221EF17-E098-4A38-BC58-7474018AC4B8'],
    holds: ['destroyed all the findings'],
  },
  {
    question: 'how many fighters shot at C Coy near khers',
    reports: ['4DC7F41E-DD85-4997-97FC-783B02D09979'],
    holds: ['5 x INS'],
  },
  {
    question: 'what earlier attack used the same device as the LOC pluto bomb',
    reports: ['GER-0001'],
    holds: ['SAME DEVICE AS APRIL 18 ATTACK'],
  },
  {
    question: 'what vehicles were in the german patrol that got hit on pluto',
    reports: ['GER-0001'],
    holds: ['1 FENNEK and 1 DINGO'],
  },
  {
    question: 'where was the feyzabad bomb team sent on september 28th',
    reports: ['GER-0002'],
    holds: ['NDS office FEY'],
  },
  {
    question: 'where did the meymaneh patrol ask for a recovery truck from after rolling their wolf',
    reports: ['GER-0006'],
    holds: ['RECOVERY VEHICLE FROM PRT MEY'],
  },
  {
    question: 'was the attack on the convoy near pol-e-khumri really a suicide bomber',
    reports: ['GER-0007'],
    holds: ['no evidence of suicide activity'],
  },
  {
    question: 'what else did the bomb squad find beside the first IED on pluto',
    reports: ['GER-0007'],
    holds: ['second IED'],
  },
  {
    question: 'how badly hurt was the soldier in the dingo crash just outside kunduz',
    reports: ['GER-0014'],
    holds: ['MINOR INJURIES'],
  },
  { question: 'what does MOLT stand for', reports: ['GER-0015'], holds: ['MOBILE OBSERVATION LIASON TEAM'] },
  {
    question: 'how did the german bomb squad deal with the components the afghans handed over',
    reports: ['GER-0019'],
    holds: ['remote RSP actions'],
  },
  {
    question: 'how many germans were wounded in the nfo patrol ied strike in the end',
    reports: ['GER-0021'],
    holds: ['3x NATO/ISAF (DEU) WIA'],
  },
  {
    question: 'what size was the mortar shell the security patrol found',
    reports: ['GER-0025'],
    holds: ['80mm mortar shell'],
  },
  { question: 'how many fuses came with the BMP rockets', reports: ['GER-0028'], holds: ['5x fuses'] },
  { question: 'when did the german eod go back after the airfield sweep', reports: ['GER-0030'], holds: ['0830Z'] },
  { question: 'who picked up the mortar shell in dehdadi', reports: ['GER-0032'], holds: ['PRT MES EOD'] },
  { question: 'who tipped off EOD about the feyzabad rcied', reports: ['GER-0038'], holds: ['J2'] },
  { question: 'what colour was the UBE in the command wire ied', reports: ['GER-0039'], holds: ['yellow'] },
  { question: 'where did the germans blow up the RPGs from the NDS', reports: ['GER-0040'], holds: ['SR WADI'] },
  { question: 'how many rpgs did afghan intel find in chahar darreh', reports: ['GER-0040'], holds: ['6 x RPGs'] },
  {
    question: 'what was inside the metal tube bomb by the police checkpoint',
    reports: ['GER-0043'],
    holds: ['mobile phone'],
  },
  { question: 'which planes came to help the patrol at riverloop', reports: ['GER-0045'], holds: ['2x A10'] },
  { question: 'what vehicle got wrecked near riverloop', reports: ['GER-0045'], holds: ['1x Dingo vehicle destroyed'] },
  {
    question: 'where did the sand with the uxo in it come from',
    reports: ['GER-0046'],
    holds: ['nearby construction area'],
  },
  {
    question: 'how many vehicles were damaged when the OMLT hit the culvert bomb',
    reports: ['GER-0048'],
    holds: ['1x vehicle (APC Dingo) damaged'],
  },
  {
    question: 'where did the wires from the mortar bomb near the village lead',
    reports: ['GER-0063'],
    holds: ['INTO A BUSH'],
  },
  { question: 'where was the ch-53 shot at', reports: ['GER-0064'], holds: ['10KM NW OF ALIABAD'] },
  { question: 'why did the soldiers get CO poisoning', reports: ['GER-0065'], holds: ['GAS COOKER FOR HEATING'] },
  { question: 'how is frago 68 classified', reports: ['GER-0066'], holds: ['SECRET//REL TO USA'] },
  { question: 'which opord does change 1 to frago 203 amend', reports: ['GER-0067'], holds: ['OPORD 05-08'] },
  { question: 'is frago 203 cleared for the brits', reports: ['GER-0067', 'GER-0068'], holds: ['GBR'] },
  { question: 'is frago 199 releasable to bahrain', reports: ['GER-0070'], holds: ['BHR'] },
  {
    question: 'which direction did the two cars come from at the joint checkpoint',
    reports: ['GER-0074'],
    holds: ['western direction'],
  },
  {
    question: 'what was E plt doing when the motorbike came at them',
    reports: ['GER-0076'],
    holds: ['basic security patrol'],
  },
  {
    question: 'what was the QRF doing when their dingo rolled over',
    reports: ['GER-0079'],
    holds: ["QRF's deployment from Camp MARMAL to PRT KDZ"],
  },
  { question: 'when was the flipped fuchs back on its wheels', reports: ['GER-0083'], holds: ['150007D*'] },
  {
    question: 'where was the taloqan attack first thought to have hit',
    reports: ['GER-0086'],
    holds: ['civil airfield TALOQAN'],
  },
  { question: 'what damage did the DWHH office take', reports: ['GER-0086'], holds: ['windows shattered'] },
  {
    question: 'where was the german qrf headed when they fired over the car',
    reports: ['GER-0090'],
    holds: ['from KDZ to MES'],
  },
  { question: 'what op was the molt ii campsite recce for', reports: ['GER-0093'], holds: ['OP GHAZNA'] },
  {
    question: 'why did the dingo slide off the road on the way to zibak',
    reports: ['GER-0094'],
    holds: ['road broke down under the weight'],
  },
  {
    question: 'how badly was the guy next to the MP7 discharge hurt',
    reports: ['GER-0095'],
    holds: ['lightly injured'],
  },
  { question: 'where was the enemy shooting from near meymaneh', reports: ['GER-0099'], holds: ['41 SNV 602 588'] },
  {
    question: 'who recovered the dingo that tipped over on the way to mazar',
    reports: ['GER-0101'],
    holds: ['Log Bat'],
  },
  { question: 'which hand was the engineer shot in', reports: ['GER-0102'], holds: ['left hand'] },
  { question: 'which side did the dingo near marmal flip onto', reports: ['GER-0106'], holds: ['left side'] },
  { question: 'which way did the corolla go after the mg burst', reports: ['GER-0107'], holds: ['northern direction'] },
  {
    question: 'did they find anything in the green toyota',
    reports: ['GER-0109'],
    holds: ['Nothing suspect was found'],
  },
  {
    question: 'what did the motorcycle do after the mg burst at loc litschi',
    reports: ['GER-0110'],
    holds: ['withdrew immediately northwards'],
  },
  { question: 'what did the black toyota do after the gunner fired', reports: ['GER-0112'], holds: ['braked hard'] },
  {
    question: 'what color was the minivan that came up behind the convoy',
    reports: ['GER-0114'],
    holds: ['red mini van'],
  },
  {
    question: 'did they get the plate number of the white jeep at camp warehouse',
    reports: ['GER-0115'],
    holds: ['plate number UNK'],
  },
  { question: 'when did EOD blow up the mortar grenade near iman bukri', reports: ['GER-0116'], holds: ['201640D*'] },
  {
    question: 'who said the blasts at the ANA camps were rockets',
    reports: ['GER-0117'],
    holds: ['DynCorp and US PMT'],
  },
  {
    question: 'why was the german qrf out at the old russian tank',
    reports: ['GER-0119'],
    holds: ['pick up an old Rusian tank'],
  },
  {
    question: 'why did the qrf convoy have to stop on the way from CM',
    reports: ['GER-0123'],
    holds: ['technical problem'],
  },
  { question: 'what kind of vehicle did the BSG patrol warn off', reports: ['GER-0128'], holds: ['white 4 x 4'] },
  {
    question: 'how many insurgents were fighting the police by the kunduz bridge',
    reports: ['GER-0130'],
    holds: ['4 INS west of the destroyed bridge'],
  },
  {
    question: 'who keeps saying iranian arms turn up in afghanistan',
    reports: ['ws-commentary-07'],
    holds: ['American military officials'],
  },
  {
    question: 'which account was the september 2008 report consistent with',
    reports: ['ws-commentary-12'],
    holds: ['December 30, 2007 account'],
  },
  { question: 'who was the sub governor of kamdish', reports: [], holds: [] },
  { question: 'how many radios were dropped in pitigal', reports: [], holds: [] },
  { question: 'what isn did the tf paladin detainee get on 17 june 2009', reports: [], holds: [] },
  { question: 'how many german soldiers died in the april 18 bombing on loc pluto', reports: [], holds: [] },
  { question: 'what rifle did the norwegian qrf fire near meymaneh', reports: [], holds: [] },
  { question: 'what was the plate number of the green toyota at the roadblock', reports: [], holds: [] },
  { question: 'how many police were killed in the bomb near fob zormat', reports: [], holds: [] },
  { question: 'how many enemy did tf titan kill near naray on 1 december 2006', reports: [], holds: [] },
  { question: 'which country made the mines found near camp bastion', reports: [], holds: [] },
  { question: 'what was the facility headcount when isn 4068 came in', reports: [], holds: [] },
  { question: 'how many b-52s supported the patrol at riverloop', reports: [], holds: [] },
  { question: 'what did the french eod find on the feyzabad shooting range', reports: [], holds: [] },
  // Stop-45 firer questions (5 December 2026): "who fired on / shot at X" asks the firer — the subject of the firing
  // verb or its by/from agent — not X's own side, a responder, or a person named in another clause.
  { question: 'Who fired on the German PRT near Chahar Darrah?', reports: ['GER-0061'], holds: ['UNKNOWN AAF'] },
  { question: 'Where was the German PRT fired on?', reports: ['GER-0061'], holds: ['VICINITY OF CHAHAR DARRAH'] },
  { question: 'Who shot at the ANP officer near Kamdesh?', reports: [], holds: [] },
  { question: 'Who fired on Apache 17?', reports: [], holds: [] },
  { question: 'who shot at the convoy', reports: [], holds: [] },
  {
    question: 'who attacked the EW SQD on the way back to PRT KDZ',
    reports: ['GER-0103'],
    holds: ['attacked by UNK no of INS'],
  },
  // The probes35 batch (6 December 2026): 120 questions in askers' own words (lower case, slang, paraphrase: "guys" for
  // detainees, "headcount" and "how full" for the facility count, "47s" for CH-47s, "terp", "blowing the ppied"),
  // written over the reports the earlier probes asked least about: the TF 373 detainee transfers, GER reports and
  // articles with one probe each, then facts no probe had asked of reports with two (108 answerable, 1-2 a report; 12 the
  // corpora cannot answer though they sound close: another month, ISN or unit, or a detail no report gives), all before
  // the answerer was run on any of them. Wh-mix: who 24, what/which 32 (4 yes/no), where 16, when 14, how many/much 18,
  // why 10, how 6. First run, before any rule was shaped on them (answerer at b83013e): right 28 of the 108 answerable
  // (26 %), wrong 12 (7 answerable, 5 unanswerable quoted), closest 73 (50 with the answer first), silent 0,
  // unanswerable declined 7/12; eval:ask's tally (unanswerable declined counted right): 35 right, 12 wrong, 80 closest.
  // Every `holds` was found verbatim in its report before the run; none was changed after it (0 fixed: each wrong quote
  // was read against its report and none answers the question).
  {
    question: 'what isn did the one tf373 detainee get on 20 june 09',
    reports: ['0005EC01-1517-911C-C58C0373E1CDE68F'],
    holds: ['ISN 4068'],
  },
  {
    question: 'when did tf 373 send over the two guys who got 4059 and 4060',
    reports: ['F537579F-1517-911C-C5E62F91B11DDD0D'],
    holds: ['182032ZJUN09'],
  },
  {
    question: 'who sent the 4 detainees that got isns 3837 3838 3839',
    reports: ['05C703F2-1517-911C-C5EFB433DC71B8FF'],
    holds: ['from TF 373'],
  },
  {
    question: 'how many detainees came from tf 3-73 on 17 aug 09',
    reports: ['29861D0A-1517-911C-C540324300546D6F'],
    holds: ['2x detainee'],
  },
  {
    question: 'who brought in the guy that became isn 4134',
    reports: ['67864FE0-1517-911C-C557486995E3C7CB'],
    holds: ['TF 3-73'],
  },
  {
    question: 'whats the btif count after 20010 and 20011 came in',
    reports: ['7714617B-1517-911C-C5E91D3BC83482DE'],
    holds: ['635 assigned / 635 present'],
  },
  {
    question: 'what isns did the 4 guys in sept 09 get, the batch where the count went to 633',
    reports: ['8263C1E9-1517-911C-C5210DBB7E21C0F8'],
    holds: ['4141, 4142, 4143 20016'],
  },
  {
    question: 'where did tf 373 put the detainee who got isn 4149',
    reports: ['A57C1F3A-1517-911C-C5AF27CC4D881FAA'],
    holds: ['into BTIF'],
  },
  {
    question: 'how many people were in btif after isn 4154 and 4155 were handed out',
    reports: ['BA7C04D7-1517-911C-C525A54AB3160F10'],
    holds: ['646 assigned and 646 present'],
  },
  {
    question: 'when was isn 20021 brought to bagram',
    reports: ['C803A31F-1517-911C-C5BCAF509C2E3E4B'],
    holds: ['171130ZSEP09'],
  },
  {
    question: 'where did the prisoner numbered 4161 end up',
    reports: ['CF5F2538-1517-911C-C5FD9D001E4D2250'],
    holds: ['into BTIF'],
  },
  {
    question: 'why were only 645 present at btif after isn 4170 came in',
    reports: ['E3BEFC59-1517-911C-C5FBDC47A630B8B0'],
    holds: ['Bagram CSH'],
  },
  {
    question: 'where was isn 20020 transferred into',
    reports: ['F2736FDF-1517-911C-C5535AABEF3015CF'],
    holds: ['into BTIF'],
  },
  {
    question: 'who handed over 4177 4178 and 20026',
    reports: ['F8965029-1517-911C-C563074065CA7323'],
    holds: ['by TF 373'],
  },
  {
    question: 'why was btif one short of its assigned count after isns 4183 and 20029',
    reports: ['1197A5EB-1517-911C-C55BD252DF21580E'],
    holds: ['in the CSH'],
  },
  {
    question: 'how many were held at bagram after 4185 thru 4188 came in',
    reports: ['1C829045-1517-911C-C5A2EC33D2D3868E'],
    holds: ['646 assigned and 646 present'],
  },
  { question: 'where was isn 4189 sent', reports: ['45B1F0E3-1517-911C-C5DF264EEAAA718C'], holds: ['into BTIF'] },
  {
    question: 'how many detainees were in the facility after 4252 to 4255 showed up',
    reports: ['0F1FB521-1517-911C-C5D4707B68044AA8'],
    holds: ['710 assigned / 710 present'],
  },
  {
    question: 'which isns did the two tf 373 guys get when the count hit 722',
    reports: ['31E58255-1517-911C-C5E81281E3A73049'],
    holds: ['20032 and 20018'],
  },
  {
    question: 'which isns did the four detainees get in nov 09 when the count was 730',
    reports: ['3D31B048-1517-911C-C5F7CA058B9F5421'],
    holds: ['20061, 20062, 20063 and 20064'],
  },
  {
    question: 'what was the count at btif after those 7 detainees came in nov 09',
    reports: ['B2B9012F-1517-911C-C57B3274B4131DFE'],
    holds: ['677 Assigned / 677 Present'],
  },
  {
    question: 'was isn 4228 a regular detainee or something else',
    reports: ['B75B9009-1517-911C-C5B7CF00E60DBAB0'],
    holds: ['UEC'],
  },
  {
    question: 'where was isn 20047 transferred',
    reports: ['D01BE55A-1517-911C-C51F89409044B597'],
    holds: ['into BTIF'],
  },
  {
    question: 'where did tf 373 send the detainee who got 20042',
    reports: ['D1798C95-1517-911C-C57FE133D8731C27'],
    holds: ['to the BTIF'],
  },
  {
    question: 'how many detainees came over with isns 4235 4236 4237 and 20031',
    reports: ['D6C52944-1517-911C-C5750FE2DD186711'],
    holds: ['4 x detainees'],
  },
  { question: 'who handed over isn 4242', reports: ['EF015CC7-1517-911C-C56BFF8BFEFBF942'], holds: ['from TF 373'] },
  {
    question: 'headcount after isns 20071 and 20073',
    reports: ['5366AC0F-1517-911C-C51B79A513E3A41A'],
    holds: ['713A / 713P'],
  },
  { question: 'who brought isn 20058 in', reports: ['5BA93019-1517-911C-C52F77B00EF9E2AA'], holds: ['by TF 373'] },
  {
    question: 'how full was btif after 20078 20079 20080',
    reports: ['65758F2A-1517-911C-C5888C71B2CEAC1D'],
    holds: ['724 assigned and 724 present'],
  },
  {
    question: 'what isns did the 2 detainees get when the count hit 731 in december',
    reports: ['70B8CD16-1517-911C-C53FFCCD6EC97064'],
    holds: ['20086 and 20085'],
  },
  {
    question: 'what did the german recce patrol find next to the road that eod will look at',
    reports: ['GER-0047'],
    holds: ['UXO(possible Mine)'],
  },
  { question: 'is frago 203 releasable to bahrain', reports: ['GER-0068', 'GER-0067'], holds: ['BHR'] },
  { question: 'can the dutch see change 1 to frago 156', reports: ['GER-0069'], holds: ['NLD'] },
  {
    question: 'how did the driver react when the kdz qrf fired a warning shot on the way back',
    reports: ['GER-0081'],
    holds: ['reduced the speed'],
  },
  {
    question: 'why did the german qrf fire a warning shot at their maintenance halt',
    reports: ['GER-0098'],
    holds: ['ignored the roadblock'],
  },
  {
    question: 'what would be worth looking for to back up the north korea deal',
    reports: ['ws-commentary-02'],
    holds: ['corroborating evidence'],
  },
  {
    question: 'how sure is the writer that the vests had iranian explosives',
    reports: ['ws-commentary-09'],
    holds: ['almost certainly'],
  },
  {
    question: 'are there more reports of iran working with al qaeda in the leaked docs',
    reports: ['ws-commentary-13'],
    holds: ['more in the documents released thus far'],
  },
  {
    question: 'who picked up the body of the driver tm sal shot',
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: ['ANP HAVE RECOVERED THE BODY'],
  },
  {
    question: 'what is tf steel doing for the dead drivers family',
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: ['CONDOLENCES'],
  },
  {
    question: 'where were the chinooks flying when they saw the tracers',
    reports: ['E5823F55-FB94-21F2-699B08A5882B25F6'],
    holds: ['Khowst Bowl'],
  },
  {
    question: 'why do they think the guy was shooting at the 47s',
    reports: ['E5823F55-FB94-21F2-699B08A5882B25F6'],
    holds: ['audible signature'],
  },
  {
    question: 'what model were the italian at mines by camp apache',
    reports: ['473ED23F-CA1F-7CD1-BFA9668F5437D90A'],
    holds: ['TC-6'],
  },
  {
    question: 'who gave overhead cover for the infil at obj mckinnley',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['OVERDRIVE 43/46'],
  },
  {
    question: 'where did the voied bits from the tf373 op go for exploitation',
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['CEXC KAF'],
  },
  {
    question: 'why did they barely do any post blast on the tf373 voied',
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['time and tactical constraints'],
  },
  {
    question: 'what were the diggers near cop najil putting in the road',
    reports: ['CCBDAEAC-1517-911C-C5AA07331CA73BAA'],
    holds: ['AIMING MARKER'],
  },
  {
    question: 'where did 5 of the najil guys go after exfilling east',
    reports: ['CCBDAEAC-1517-911C-C5AA07331CA73BAA'],
    holds: ['WALKED INTO A COMPOUND'],
  },
  {
    question: 'when did 3-6 FA find the cache in the textile factory',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['281217ZMAR04'],
  },
  {
    question: 'where was the shooting coming from on the kamdesh gardesh road',
    reports: ['2FC368C6-1F2C-4543-BC7E-3182017D913E'],
    holds: ['Northern ridgeline'],
  },
  {
    question: 'when did the gcas get on station over C/3-71',
    reports: ['2FC368C6-1F2C-4543-BC7E-3182017D913E'],
    holds: ['1430z'],
  },
  {
    question: 'when was the flipped titan truck back at naray',
    reports: ['E5713E12-E4E2-4E29-BCFB-D9FEF32011ED'],
    holds: ['0827Z'],
  },
  {
    question: 'how much whole blood did they give the kamdesh cop who shot himself',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: ['2 units of whole blood'],
  },
  {
    question: 'what injuries did the 7 yr old who fell off the cliff have',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['skull fracture'],
  },
  {
    question: 'where did whiskey 36 get ambushed in zharmi',
    reports: ['4F5965B7-FBE0-4DFE-A143-48280AFE95CD'],
    holds: ['same location as a previous ambush'],
  },
  {
    question: 'how did the 120mm mission on the guy at kamdesh cop go',
    reports: ['539E7E7E-59EE-4BA6-B1D1-E56181FA1E06'],
    holds: ['target suppressed'],
  },
  {
    question: 'when did the medevac for the abscess guy land back at jaf',
    reports: ['76BAD49C-CAF5-49B3-A9D1-0E818027BB55'],
    holds: ['0911Z'],
  },
  {
    question: 'what is tf31 ready to pay the cyclist mohawk sideswiped',
    reports: ['ABDA24CD-5529-4673-8566-F0A63C482B73'],
    holds: ['solatia payment'],
  },
  {
    question: 'who is tf31 following up with about the guy on the bike',
    reports: ['ABDA24CD-5529-4673-8566-F0A63C482B73'],
    holds: ['ANP'],
  },
  {
    question: 'how far from kamdesh city was the ambush with the burnt mazdas',
    reports: ['BB186731-1257-4839-901E-513B0BACF738'],
    holds: ['28km'],
  },
  {
    question: 'who came on station at 1039 during the tf spartan fight',
    reports: ['BB186731-1257-4839-901E-513B0BACF738'],
    holds: ['AH QRF'],
  },
  {
    question: 'how far from the kamdesh prt did the 107 land',
    reports: ['6922D2BA-80EA-42BA-A065-53CF71F27AB7'],
    holds: ['500 meters east'],
  },
  {
    question: 'who scanned the old launch spots after the rocket at kamdesh',
    reports: ['6922D2BA-80EA-42BA-A065-53CF71F27AB7'],
    holds: ['A Troop'],
  },
  {
    question: 'why did titan want the bunker complex bombed',
    reports: ['8EBB5690-D463-4B12-B79B-2F6A9890327A'],
    holds: ['deny enemy use of this terrain'],
  },
  {
    question: 'what injuries did the 3 us guys in the tf36 ied strike have',
    reports: ['C4B191AE-B3B2-47B6-9A68-D256019065B9'],
    holds: ['bruised sternum'],
  },
  {
    question: 'where did the stuff from the tf31 cache go',
    reports: ['6B7BF928-1B44-473B-B807-E1D281B19EC3'],
    holds: ['transported to Firebase'],
  },
  {
    question: 'which road project did tf 33 back in kapisa',
    reports: ['380CB1B2-C643-4BF2-B26F-72EFE5D2526B'],
    holds: ['Afghanya Road project'],
  },
  {
    question: 'why is afghanya getting a road',
    reports: ['380CB1B2-C643-4BF2-B26F-72EFE5D2526B'],
    holds: ['extremely helpful to Coalition forces'],
  },
  {
    question: 'who called tfk about the truck full of ied stuff in spin boldak',
    reports: ['BEBE317F-F06C-465D-BF1A-BA67A3EEA47E'],
    holds: ['the Governor'],
  },
  {
    question: 'when was the cexc team at the spin boldak truck',
    reports: ['BEBE317F-F06C-465D-BF1A-BA67A3EEA47E'],
    holds: ['181114ZJAN07'],
  },
  {
    question: 'how many tarps did the saw villager get',
    reports: ['452DBCBB-0CD2-4F53-8E15-4E2B85364160'],
    holds: ['Tarps 6'],
  },
  {
    question: 'who could deworm animals in mulki zay later on',
    reports: ['FCA15E66-4636-4161-A32F-0622136458A2'],
    holds: ['a local who has recieved'],
  },
  {
    question: 'when does tf 1 fury air assault in for mar karardad',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['7 Dec 07'],
  },
  {
    question: 'what drove past the fresh dug earth before the humvee',
    reports: ['F8847C2A-9557-458F-B902-59DF7EC6A2DD'],
    holds: ['Two ANA vehicles'],
  },
  {
    question: 'how many insurgents died at obj midway',
    reports: ['6221EF17-E098-4A38-BC58-7474018AC4B8'],
    holds: ['11 Killed'],
  },
  {
    question: 'what did the tf commando warning shot actually hit',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['the radiator'],
  },
  {
    question: "who's giving air support to tf31 in the khers fight",
    reports: ['4DC7F41E-DD85-4997-97FC-783B02D09979'],
    holds: ['AH now supporting TF31'],
  },
  { question: 'where did the field humint team crash, which district', reports: ['GER-0020'], holds: ['ARGO'] },
  { question: 'when did eod show up in qisilabad for the rockets', reports: ['GER-0041'], holds: ['1422D'] },
  { question: 'who got the cak-i-abdul blast site after eod', reports: ['GER-0042'], holds: ['MP CSI Team'] },
  { question: 'when did nds grab the 3 insurgents near darzab', reports: ['GER-0052'], holds: ['1057D'] },
  {
    question: 'what got shot up on the ch-53 per the investigation',
    reports: ['GER-0054'],
    holds: ['BOTH ROTARY SYSTEMS'],
  },
  {
    question: 'why are sioux 6 going back out after blowing the ppied',
    reports: ['GER-0055'],
    holds: ['MAKE REPERATIONS'],
  },
  { question: 'which platoon got hit by the car bomb on rte taurus', reports: ['GER-0057'], holds: ['INF PLT H'] },
  { question: 'who told prt fey about the carbon monoxide guys', reports: ['GER-0065'], holds: ['THE DOCTOR'] },
  {
    question: 'how did the patrol find out about the second ied near khanabad',
    reports: ['GER-0072'],
    holds: ['local population informed'],
  },
  {
    question: 'who tipped off the german patrol about the stuff near ali abad',
    reports: ['GER-0075'],
    holds: ['informed by LN'],
  },
  { question: 'who investigated the p8 pistol accident', reports: ['GER-0080'], holds: ['PRT KDZ MP'] },
  {
    question: 'how many vehicles were in the german mp convoy heading to sheberghan',
    reports: ['GER-0085'],
    holds: ['9 (nine) armoured vehicles'],
  },
  {
    question: 'why did the black suv crash near aqchah, what was the road like',
    reports: ['GER-0085'],
    holds: ['snow and ice'],
  },
  {
    question: 'why did the mp dingo slip off the road',
    reports: ['GER-0092'],
    holds: ['bad weather and road conditions'],
  },
  {
    question: 'who got themselves out after the wolf rolled on the op ghazna recce',
    reports: ['GER-0093'],
    holds: ['driver and co-driver'],
  },
  {
    question: 'where are the bulgarians and germans back at after the corolla thing',
    reports: ['GER-0097'],
    holds: ['CAMP WAREHOUSE'],
  },
  {
    question: 'where were the locals and the two hurt germans from the fox crash taken',
    reports: ['GER-0104'],
    holds: ['CAMP MARMAL'],
  },
  { question: 'who linked up with the flipped dingo in bluebox', reports: ['GER-0106'], holds: ['HRV'] },
  {
    question: 'what did the qrf fire second at the corolla weaving through the convoy',
    reports: ['GER-0107'],
    holds: ['MG burst'],
  },
  {
    question: 'who was called out to the broken dingo at location uranus',
    reports: ['GER-0017'],
    holds: ['RECOVERY FORCES'],
  },
  {
    question: 'where did the terp get treated after the knife attack',
    reports: ['GER-0016'],
    holds: ['local hospital'],
  },
  { question: 'who patched up the kid on the bike the fuchs hit', reports: ['GER-0012'], holds: ['UNITS MEDIC'] },
  { question: 'who said the wolf rolled over several times', reports: ['GER-0009'], holds: ['DEU MILITARY POLICE'] },
  {
    question: 'when did the humint unit hand the bmp rockets to the belgians',
    reports: ['GER-0028'],
    holds: ['At 1425'],
  },
  { question: 'how did the qrf deal with the motorbike at litschi', reports: ['GER-0110'], holds: ['MG-burst'] },
  {
    question: 'how badly was the omlt dingo damaged going to zibak',
    reports: ['GER-0094'],
    holds: ['slightly damaged'],
  },
  {
    question: 'who told the joc about the mp7 going off in camp feyzabad',
    reports: ['GER-0095'],
    holds: ['Commander HQ COY'],
  },
  { question: 'when did the aaf on route idaho break contact', reports: ['GER-0005'], holds: [['1220Z', '1228Z']] },
  {
    question: "what's the date on the threat report about iran moving wounded taliban",
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['October 20, 2006'],
  },
  {
    question: 'how many wikileaks references to iranian arms are there',
    reports: ['ws-commentary-07'],
    holds: ['dozens of references'],
  },
  {
    question: 'what did american investigators find about the suicide belts',
    reports: ['ws-commentary-12'],
    holds: ['strong evidence'],
  },
  { question: 'what isn did the cjsotf detainee get in october 09', reports: [], holds: [] },
  { question: 'how many detainees were in the bagram hospital when 20088 came in', reports: [], holds: [] },
  { question: 'when exactly did tf 3-73 transfer isn 4134', reports: [], holds: [] },
  { question: 'what colour was the motorcycle at tanjar', reports: [], holds: [] },
  { question: 'which village was the 7 year old who fell near fob naray from', reports: [], holds: [] },
  { question: 'how much was the tagab clinic contract', reports: [], holds: [] },
  { question: 'how many camels were treated at the mulki zay vetcap', reports: [], holds: [] },
  { question: 'who was flying the ch-53 that put down at kdz airfield', reports: [], holds: [] },
  { question: 'what was the plate on the blue corolla at camp warehouse', reports: [], holds: [] },
  { question: 'how many italian troops were hurt near camp apache', reports: [], holds: [] },
  { question: 'how many insurgents did tf wildhorse kill near cop najil', reports: [], holds: [] },
  { question: 'what rifles did tm sal use for the disabling shots', reports: [], holds: [] },
  // The probes36 batch (6 December 2026): 116 questions in askers' own words (lower case, slang, paraphrase: "guys" and
  // "the 20027 guy" for detainees, "how full" for the headcount, "cops", "the brits", "blow" for demolish, "flipped"
  // for rolled over), about one in six wrapped as a channel question ("anyone know…", "quick q:", "need the grid for…",
  // "name the platoon that…"), written over the reports the earlier probes asked least about: the 38 with one probe
  // each (the TF 373 detainee transfers), then GER reports and articles with two, asking facts no probe had asked (106
  // answerable, 1-2 a report; 10 the corpora cannot answer though they sound close: another village's drop, another
  // headcount, a plate, unit, name or time no report gives), all before the answerer was run on any of them. Wh-mix:
  // who 26, what/which 25 (6 yes/no), where 17, when 14, how many/much/far 20, why 8, how 6. First run, before any
  // rule was shaped on them (answerer at 5b2599b): right 26 of the 106 answerable (25 %; 8 of them marking other
  // words), wrong 6 (4 answerable, 2 unanswerable quoted), closest 76 (55 with the answer first), silent 0,
  // unanswerable declined 8/10; eval:ask's tally (unanswerable declined counted right): 34 right, 6 wrong, 84 closest.
  // Every `holds` was found verbatim in its report before the run (FRAGO 203's change 1, GER-0067, answers with
  // GER-0068, so that question names both); none was changed after it (0 fixed: each wrong quote was read against its
  // report and none answers the question). Baseline answers of f97e6e3 recorded for them in ask-baseline.json.
  {
    question: 'how many guys did tf 373 drop off the day 20014 and 20015 got handed out',
    reports: ['5E2C766F-1517-911C-C51A67730A3EF28D'],
    holds: ['2X Detainee'],
  },
  {
    question: 'who sent in the detainee that got isn 20017',
    reports: ['AFB5C729-1517-911C-C50A2D2B5C7B684F'],
    holds: ['from TF 373'],
  },
  {
    question: 'where did the isn 20019 guy come from',
    reports: ['CE90E1FF-1517-911C-C567D18E1397659B'],
    holds: ['from TF 373'],
  },
  {
    question: 'sept 09 transfer that pushed the count to 641, what isn was that',
    reports: ['DE22FD4C-1517-911C-C5C1687CBC8E1A40'],
    holds: ['ISN 20022'],
  },
  {
    question: 'what number did they give the tf373 detainee when the headcount went to 637 in september',
    reports: ['FD3CD4BE-1517-911C-C594DC6EE28B9048'],
    holds: ['ISN 4179'],
  },
  { question: 'who brought in isn 20028', reports: ['2B574156-1517-911C-C5470E3112F7BAB7'], holds: ['by TF 373'] },
  {
    question: 'where was the 20027 guy moved to',
    reports: ['3900EA17-1517-911C-C53958FD4B6F1A2F'],
    holds: ['to the BTIF'],
  },
  {
    question: 'quick q: how many were at btif after they issued 20025',
    reports: ['3AC18868-1517-911C-C50B04435216BC88'],
    holds: ['643 assigned and 643 present'],
  },
  {
    question: 'which isn got handed out in oct 09 when the count got to 644',
    reports: ['40A2F959-1517-911C-C5A021555E2FC771'],
    holds: ['ISN 20030'],
  },
  {
    question: 'where did the isn 4195 detainee get transferred into',
    reports: ['4A4B78E2-1517-911C-C59D2C3F1648CEC8'],
    holds: ['into the BTIF'],
  },
  {
    question: "what isn did tf 373's october guy get when the headcount was 645",
    reports: ['6E6BEB9B-1517-911C-C560E4DFFDD9DCE9'],
    holds: ['ISN 20034'],
  },
  {
    question: 'whats the headcount after 4200 and 4201',
    reports: ['6F5D2312-1517-911C-C55BEF3FAA94398C'],
    holds: ['647 assigned and 647 present'],
  },
  {
    question: 'who moved in the detainees that got 20035 and 20037',
    reports: ['7884A04C-1517-911C-C54B876AFBD619B4'],
    holds: ['by TF 373'],
  },
  {
    question: 'which unit brought the detainees who got 20036 and 20039',
    reports: ['83AF760E-1517-911C-C53B9B03F15FD39C'],
    holds: ['by TF 373'],
  },
  {
    question: 'how full was btif after 20007 and 20038 were issued',
    reports: ['8D5023E1-1517-911C-C559E2288AA6F3AA'],
    holds: ['666 assigned and 666 present'],
  },
  {
    question: 'anyone know who handed over isn 20043',
    reports: ['93558CB5-1517-911C-C5153EE39B2FC1FD'],
    holds: ['by TF 373'],
  },
  {
    question: 'where did the detainee numbered 2840 go',
    reports: ['09F4FA99-1517-911C-C582986DB2C5A7A7'],
    holds: ['to the BTIF'],
  },
  {
    question: 'who sent over the two that got 20059 and 20060',
    reports: ['38546916-1517-911C-C52D382135B0C294'],
    holds: ['from TF 373'],
  },
  {
    question: 'any idea which isn went out when the count hit 731',
    reports: ['4280D39D-1517-911C-C5DE7ADF01A5D359'],
    holds: ['ISN 20065'],
  },
  {
    question: 'which isn did the nov 09 detainee get when btif went up to 703',
    reports: ['46F418EF-1517-911C-C53A1ACFA2B66299'],
    holds: ['ISN 20055'],
  },
  {
    question: 'where were the 4226 and 4227 guys transferred',
    reports: ['B4940763-1517-911C-C5F91126C2B1307B'],
    holds: ['into the BTIF'],
  },
  {
    question: 'headcount after isn 20024?',
    reports: ['C103A493-1517-911C-C57DB7EAAB61AD08'],
    holds: ['681 Assigned / 681 Present'],
  },
  {
    question: 'what was the facility count once 20049 20050 and 4241 were in',
    reports: ['E6287809-1517-911C-C58AE2D3F75FCDF3'],
    holds: ['701 assigned and 701 present'],
  },
  {
    question: 'whats the headcount after those 4 tf373 guys in december, 20051 20068 20069 20070',
    reports: ['4CD7D95F-1517-911C-C5F84B808F0932AA'],
    holds: ['711 assigned and 711 present'],
  },
  {
    question: 'who transferred isns 20088 and 20090',
    reports: ['8AF99EA1-1517-911C-C56F30DBBF635FC8'],
    holds: ['from TF 373'],
  },
  {
    question: 'where did the tf373 detainee get in-processed in july 07',
    reports: ['6A874C9E-914D-4789-A5AF-5221A9346C33'],
    holds: ['IN-PROCESSED INTO BTIF'],
  },
  {
    question: 'who sent the detainee over to btif in aug 07',
    reports: ['988509EF-D19A-4389-881C-03F40876519B'],
    holds: ['FROM TF 373'],
  },
  {
    question: 'which task force called in the car bomb at objective hillsville',
    reports: ['9A4E18E3-1517-911C-C5DBB13AFEDFC0F1'],
    holds: ['TF STEEL'],
  },
  {
    question: 'anyone know what time the titan medevac got approved',
    reports: ['2952F214-4255-4D92-BFA9-8DAB5BE7AE9F'],
    holds: ['0719z'],
  },
  {
    question: 'did the patrol ever find the ied near the anbp checkpoint',
    reports: ['973C413A-50B8-4F6E-BA4B-3F42C743C03B'],
    holds: ['unable to locate the IED'],
  },
  {
    question: 'anyone know how far south of pb sperwan the shooter was',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['5.3km S'],
  },
  {
    question: 'where is pitigal, district wise',
    reports: ['1478B5B3-E19C-4416-93C5-A8C265BBF1C8'],
    holds: ['District: Kamdish'],
  },
  {
    question: 'how many student kits got dropped in kamdish village',
    reports: ['656349BD-0AE7-46A3-9FF4-64731EC1AC8F'],
    holds: ['Student Kits: Kits: 40'],
  },
  {
    question: 'how many mens coats went to mandagal',
    reports: ['95192DDA-A477-44D1-AF65-24D7BE176A06'],
    holds: ["Men's Coats 50"],
  },
  { question: 'who went with the feyzabad eod team to the nds office', reports: ['GER-0002'], holds: ['DEU MP'] },
  {
    question: 'whose tent got hit by the rocket at the dutch compound',
    reports: ['GER-0003'],
    holds: ['IMP SOLDIERS (US) LIVED IN'],
  },
  { question: 'what time was cas overhead for apache 17', reports: ['GER-0004'], holds: ['0534Z'] },
  { question: 'anyone hurt when the mey patrol flipped the wolf', reports: ['GER-0006'], holds: ['NO INJURIES'] },
  {
    question: 'name the unit that took over the possible vbied by the nds compound',
    reports: ['GER-0008'],
    holds: ['DEU EOD TEAM'],
  },
  { question: 'where was the mur shek wolf crash, district?', reports: ['GER-0010'], holds: ['ALIABAD'] },
  {
    question: 'where was the dingo headed when it flipped just out of kdz',
    reports: ['GER-0014'],
    holds: ['LOC PLUTO'],
  },
  {
    question: 'what were the germans doing when they hit the ied that killed one of them',
    reports: ['GER-0021'],
    holds: ['NFO patrol'],
  },
  {
    question: "who's gonna blow the 20mm rounds and rpg bits the mes patrol found",
    reports: ['GER-0025'],
    holds: ['DEU EOD Team'],
  },
  { question: 'what was the submunition the patrol picked up near mes', reports: ['GER-0026'], holds: ['AO 2,5'] },
  {
    question: 'which gate did they use at cnl while the truck was checked',
    reports: ['GER-0029'],
    holds: ['spare gate'],
  },
  { question: 'what time was the cnl truck checked and called clean', reports: ['GER-0029'], holds: ['1000Z'] },
  {
    question: 'what happened to the 76mm shells after eod found them',
    reports: ['GER-0030'],
    holds: ['picked up by EOD for later demolition'],
  },
  {
    question: 'how many tries did it take to blow the uxo the workers found near the kdz prt',
    reports: ['GER-0031'],
    holds: ['second Controlled Detonation'],
  },
  {
    question: 'when was the area clear after the uxo by the kdz gate got blown',
    reports: ['GER-0031'],
    holds: ['1200Z'],
  },
  { question: 'who found the mortar shell in dehdadi', reports: ['GER-0032'], holds: ['PMT of DEU MP Trng Co ANP'] },
  { question: 'when did eod get to the dehdadi mortar shell', reports: ['GER-0032'], holds: ['0900Z'] },
  {
    question: 'how did eod get rid of the ied parts the ansf found',
    reports: ['GER-0033'],
    holds: ['controlled detonation'],
  },
  { question: 'how did eod deal with the feyzabad rcied', reports: ['GER-0038'], holds: ['render safe procedures'] },
  { question: 'when did they find the yellow command wire ied', reports: ['GER-0039'], holds: ['06 May'] },
  { question: 'who reported the tube bomb at the anp checkpoint', reports: ['GER-0043'], holds: ['ANP reported'] },
  {
    question: 'what did eod do with the uxo that came in with the sand by the runway',
    reports: ['GER-0046'],
    holds: ['EOD destroyed UXO'],
  },
  {
    question: 'who got asked to cordon the culvert ied site',
    reports: ['GER-0048'],
    holds: ['requested ANP to cordon'],
  },
  {
    question: 'did the german convoy still go out on the yaftal road that day',
    reports: ['GER-0049'],
    holds: ["didn't leave the camp"],
  },
  { question: 'where is chelgazi', reports: ['GER-0053'], holds: ['QEYSAR DISTRICT'] },
  {
    question: 'need the time eod got to the mortar with wires near the village',
    reports: ['GER-0063'],
    holds: ['1122L'],
  },
  {
    question: 'any idea where the ch-53 medevac was flying to when it took fire',
    reports: ['GER-0064'],
    holds: ['MAZAR-E SHARIF'],
  },
  {
    question: 'is frago 68 cleared for the brits',
    reports: ['GER-0066'],
    holds: ['REL TO USA, CAN, DEU, FRA, NLD, NOR, NZL, and UAE'],
  },
  {
    question: 'can someone tell me what opord frago 203 is under',
    reports: ['GER-0068', 'GER-0067'],
    holds: ['OPORD 05-08'],
  },
  {
    question: 'what unit was running the joint checkpoint with the cops when the two cars sped in',
    reports: ['GER-0074'],
    holds: ['2nd Plt DEU MP Training Coy'],
  },
  { question: 'why did e plt fire on the motorbike', reports: ['GER-0076'], holds: ['did not obey warning signals'] },
  {
    question: 'how did the negligent discharge patient get back to germany',
    reports: ['GER-0077'],
    holds: ['C-160 MEDEVAC'],
  },
  { question: 'name the platoon that popped smoke south of kholm', reports: ['GER-0078'], holds: ['C-Plt'] },
  {
    question: 'how many guys got hurt in the qrf dingo rollover on the way to kdz',
    reports: ['GER-0079'],
    holds: ['2x lightly injured soldier'],
  },
  { question: 'when was everyone back at kdz after the qrf dingo rolled', reports: ['GER-0079'], holds: ['0845D*'] },
  {
    question: 'how bad were the injuries when the fuchs flipped',
    reports: ['GER-0083'],
    holds: ['1x soldier lightly injured'],
  },
  { question: 'how many taliban did the ana kill in the inf plt e fight', reports: ['GER-0084'], holds: ['killing 1'] },
  {
    question: 'which country was the prt mes task force that showed up at fob hawk',
    reports: ['GER-0089'],
    holds: ['TF (SWE)'],
  },
  { question: 'when did the task force launch to back up fob hawk', reports: ['GER-0089'], holds: ['180016D*'] },
  {
    question: 'quick q: how many bursts did the qrf fire over the car at the maintenance hold',
    reports: ['GER-0090'],
    holds: ['2 x short bursts'],
  },
  { question: 'where was the css coy when they fired at the corolla', reports: ['GER-0091'], holds: ['IVO V3'] },
  {
    question: 'what did the guy do after the warning shot at the qrf roadblock',
    reports: ['GER-0098'],
    holds: ['stopped and left the area'],
  },
  {
    question: 'what was the nor task unit going to use to look at the area near meymaneh',
    reports: ['GER-0099'],
    holds: ['use planes'],
  },
  { question: 'how many people were on the tanjar motorbike', reports: ['GER-0100'], holds: ['driven by one man'] },
  {
    question: 'anyone know why the mp dingo slid off the road toward mazar',
    reports: ['GER-0101'],
    holds: ['bad road condition'],
  },
  { question: 'what time did log bn send the recovery for the mp dingo', reports: ['GER-0101'], holds: ['1408D*'] },
  {
    question: 'where did they hand over the engineer who got shot on the range',
    reports: ['GER-0102'],
    holds: ['field hospital'],
  },
  { question: 'how badly was the engineer hurt on the range', reports: ['GER-0102'], holds: ['CAT C'] },
  {
    question: 'why did the qrf shoot at the green toyota',
    reports: ['GER-0109'],
    holds: ['did not react to the stop signs'],
  },
  {
    question: 'can someone tell me who reported the white jeep on h7',
    reports: ['GER-0111'],
    holds: ['German S2 Officer'],
  },
  {
    question: 'need the grid for the black toyota chasing the german convoy',
    reports: ['GER-0112'],
    holds: ['42SWD 115 188'],
  },
  {
    question: 'why did they fire the warning shot at the red van',
    reports: ['GER-0114'],
    holds: ["didn't decrease its speed"],
  },
  { question: 'who called in the warning shot at camp warehouse', reports: ['GER-0115'], holds: ['SITE COMMANDER'] },
  { question: "where's checkpoint iman bukri", reports: ['GER-0116'], holds: ['DEHDADI district'] },
  {
    question: 'any idea who checked out the ana camps after the two blasts',
    reports: ['GER-0117'],
    holds: ['DEU OMLT and EOD PRT KDZ'],
  },
  {
    question: 'why arent they sure rpgs hit the ana camps',
    reports: ['GER-0117'],
    holds: ['No impacts have been detected inside the camp'],
  },
  {
    question: 'quick q - which squad found the tank grenade by loc archer',
    reports: ['GER-0118'],
    holds: ['RECCE SQUAD A1'],
  },
  {
    question: 'who did they report the rpg warhead by the russian tank to',
    reports: ['GER-0119'],
    holds: ['EOD-C AW MeS'],
  },
  {
    question: 'how close was the truck when the qrf fired the mg3',
    reports: ['GER-0123'],
    holds: ['approximately 70m'],
  },
  {
    question: 'why did the dingo crash near sheberghan',
    reports: ['GER-0125'],
    holds: ['reason of the accident was still unknown'],
  },
  {
    question: 'why was the qrf running a roadblock out near sheberghan',
    reports: ['GER-0125'],
    holds: ['in order to secure the place of RTA'],
  },
  { question: 'where was the german qrf coy firing the illum from', reports: ['GER-0126'], holds: ['PHQ KHANABAD'] },
  { question: 'who patched up the civilian hurt by the nawabad mortars', reports: ['GER-0127'], holds: ['MEPT DEU'] },
  {
    question: 'what time did the mortars hit the protection company at nawabad',
    reports: ['GER-0127'],
    holds: ['0805D*'],
  },
  {
    question: 'can someone tell me why the bsg top cover guy fired at the corolla',
    reports: ['GER-0128'],
    holds: ['fearing for his life'],
  },
  { question: 'which way did the blue nissan drive off', reports: ['GER-0129'], holds: ['towards North West'] },
  { question: 'what was the inf coy doing along loc kamins', reports: ['GER-0130'], holds: ['IED sweep'] },
  {
    question: 'need the dtg for when the 7 ton truck tipped over in the blue box',
    reports: ['GER-0131'],
    holds: ['132330D*'],
  },
  {
    question: 'does the writer think the north korea thing is a big deal',
    reports: ['ws-commentary-02'],
    holds: ['sensational'],
  },
  {
    question: 'are there more iran al qaeda docs still to come out on wikileaks',
    reports: ['ws-commentary-13'],
    holds: ['undoubtedly more in the WikiLeaks files yet to come'],
  },
  {
    question: 'when was the iranian president supposed to visit afghanistan',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: ['June visit'],
  },
  {
    question: 'how were the iranians helping the injured on the ground',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['organizing transports for injured people'],
  },
  { question: 'what isn did tf 373 give the detainee when the count hit 650', reports: [], holds: [] },
  { question: 'how many blankets went to mandagal', reports: [], holds: [] },
  { question: 'what unit was flying the ch-53 that got shot up near aliabad', reports: [], holds: [] },
  { question: 'what was the plate on the black toyota that chased the german convoy', reports: [], holds: [] },
  { question: 'how many insurgents were killed at fob hawk', reports: [], holds: [] },
  { question: 'which hand did the f plt soldier shoot himself in', reports: [], holds: [] },
  { question: 'how many teacher kits went to pitigal', reports: [], holds: [] },
  { question: 'when did eod blow up the 76mm shells from kdz airfield', reports: [], holds: [] },
  { question: 'how many ana were killed in the chelgazi fight', reports: [], holds: [] },
  { question: 'what was the name of the german killed in the nfo patrol ied', reports: [], holds: [] },
  // The probes37 batch (6 December 2026): 100 questions in askers' own words (lower case, slang, paraphrase: "guys",
  // "prisoners" and "the paladin guy" for detainees, "cops" for ANP, "arty" for artillery, "blow" for destroy,
  // "flipped" for rolled over, "let go" for released), 17 wrapped as a channel question ("any idea…", "quick q:", "need
  // the grid for…", "can someone tell me…", "name the element that…", "lads…"), written over the reports the earlier
  // probes asked least about: the 11 TF 373 transfer logs with one probe each, then the transfer logs, GER reports and
  // articles with two, then GER reports and articles with three, asking a detail no probe on that report had asked (the
  // sending unit, time, count present, a CSH patient, a grid, who helped or reported, a reason) rather than its
  // headline (90 answerable, 1-2 a report; 10 the corpora cannot answer though they sound close: another headcount, a
  // time, name, plate, speed, grid, sum or return fire no report gives), all before the answerer was run on any of
  // them. Wh-mix: who 20, what/which 25 (3 yes/no), where 15, when 12, how many/much/far/long 15, why 8, how 5. First
  // run, before any rule was shaped on them (answerer at 06b4241): right 23 of the 90 answerable (26 %; 7 of them
  // marking other words), wrong 8 (5 answerable, 3 unanswerable quoted), closest 62 (47 with the answer first), silent
  // 0, unanswerable declined 7/10; eval:ask's tally (unanswerable declined counted right): 30 right, 8 wrong, 69
  // closest. Every `holds` was found verbatim in its report before the run (the Belgian OMLT's position, GER-0051, is
  // given again in GER-0126, so that question names both); none was changed after it (0 fixed: each wrong quote was
  // read against its report and none answers the question). Baseline answers of f97e6e3 recorded for them in
  // ask-baseline.json.
  {
    question: 'how many guys did tf 373 hand over the day isn 20046 got issued',
    reports: ['CBFAF35A-1517-911C-C59B5E6B1C0F40CF'],
    holds: ['1 x Detainee'],
  },
  {
    question: 'who dropped off the 2 that got isns 4239 and 4240',
    reports: ['E0E2B883-1517-911C-C5F05B421A543FFB'],
    holds: ['TF 373'],
  },
  { question: 'where was isn 20045 sent', reports: ['EB0A270A-1517-911C-C50AB45AE05AB2CC'], holds: ['BTIF'] },
  {
    question: 'any idea who brought in isn 20044',
    reports: ['F9195DD8-1517-911C-C5B450DA6037B32E'],
    holds: ['TF 373'],
  },
  {
    question: 'how many were actually present after 20048 was handed out',
    reports: ['FE884EC7-1517-911C-C5BECB7142C6310E'],
    holds: ['698 present'],
  },
  {
    question: 'which task force sent over 20066 and 20067',
    reports: ['47C01238-1517-911C-C56A59197BCC0404'],
    holds: ['TF 373'],
  },
  {
    question: 'how many detainees came in with isns 20072 and 20077',
    reports: ['604D5D41-1517-911C-C59194B830FC96A1'],
    holds: ['2 x Detainee'],
  },
  {
    question: 'anyone got the present count for btif after isn 20081',
    reports: ['671B9F52-1517-911C-C55B307FB7603AAE'],
    holds: ['725 present'],
  },
  { question: 'who sent 20082 and 20083 in', reports: ['6BD5627A-1517-911C-C50CC763EB4C0278'], holds: ['TF 373'] },
  {
    question: 'where did the two prisoners that got 20084 and 20057 end up',
    reports: ['7007ADD3-1517-911C-C51D98A971E768D9'],
    holds: ['BTIF'],
  },
  {
    question: 'quick q: what was the headcount once isn 20087 went out',
    reports: ['75D9A018-1517-911C-C53981F16CF76C50'],
    holds: ['732 assigned'],
  },
  {
    question: 'what time did the paladin detainee get to btif on 19 feb 09',
    reports: ['8EB8CA85-0B37-E810-4B614BF1E2246A2E'],
    holds: ['191011ZFEB09'],
  },
  {
    question: 'which isns did the tf 3-73 pair get on 17 aug 09',
    reports: ['29861D0A-1517-911C-C540324300546D6F'],
    holds: ['4127, 20005'],
  },
  {
    question: 'when was isn 1503 let go the first time',
    reports: ['33EAEB3C-1517-911C-C53F2A603F99EDDF'],
    holds: ['01 may 2005'],
  },
  {
    question: 'which isn did the cjsotf detainee get',
    reports: ['BA7C04D7-1517-911C-C525A54AB3160F10'],
    holds: ['ISN 4155'],
  },
  {
    question: 'btif count after 20021 was assigned?',
    reports: ['C803A31F-1517-911C-C5BCAF509C2E3E4B'],
    holds: ['628A / 628P'],
  },
  {
    question: 'what isns did the paladin guys get the day 4176 came from tf 373',
    reports: ['E8BBEA06-1517-911C-C58BB227BC751E37'],
    holds: ['4171,4172,4173,4174,4175'],
  },
  {
    question: 'where was the one detainee who wasnt there after 4185 to 4188 came in',
    reports: ['1C829045-1517-911C-C5A2EC33D2D3868E'],
    holds: ['in the CSH'],
  },
  {
    question: 'when did the paladin prisoner 4257 show up',
    reports: ['18292240-1517-911C-C5DC703AA8E86D22'],
    holds: ['212230LNOV09'],
  },
  {
    question: 'who picked isn 2067 back up after he was let out',
    reports: ['590338B6-1517-911C-C58A6DADD54FB48F'],
    holds: ['recaptured by TF 373'],
  },
  {
    question: 'whats the btif only count (not the total) after 20091 and 20092',
    reports: ['9850466C-1517-911C-C576A31ACB35AA4D'],
    holds: ['638 assigned'],
  },
  {
    question: 'how many detainees showed up from tf373 on 28 jul 07',
    reports: ['6A874C9E-914D-4789-A5AF-5221A9346C33'],
    holds: ['1-DETAINEE ARRIVED'],
  },
  {
    question: 'can someone tell me where tf 373 sent the two on 15 sept 07',
    reports: ['854565CA-E239-4981-B5B6-82E0D8C79BDA'],
    holds: ['BTIF'],
  },
  {
    question: 'who actually moved the two detainees into bagram on 27 sep 07',
    reports: ['8D865A13-0D8D-4370-A972-0F5B3AFC7C7C'],
    holds: ['TF Guardian'],
  },
  { question: 'which molt team found the uxo on the fey range', reports: ['GER-0015'], holds: ['MOLT 3'] },
  {
    question: 'what did german eod get out of the components once the rsp was done',
    reports: ['GER-0019'],
    holds: ['recovered the evidence'],
  },
  {
    question: 'what time did rc north call in the possible mine the recce found',
    reports: ['GER-0047'],
    holds: ['1751Z'],
  },
  { question: 'is change 1 to frago 156 releasable to the kiwis', reports: ['GER-0069'], holds: ['NZL'] },
  { question: 'is frago 199 secret or just confidential', reports: ['GER-0070'], holds: ['SECRET'] },
  {
    question: 'why did the kdz qrf fire a warning shot on the way back to the prt',
    reports: ['GER-0081'],
    holds: ['did not hold the security distance'],
  },
  {
    question: 'where did the stuff in the suicide vests come from',
    reports: ['ws-commentary-09'],
    holds: ['Iranian provenance'],
  },
  {
    question: 'need the grid for the loc pluto bomb that hit the fennek and dingo',
    reports: ['GER-0001'],
    holds: ['42SVF892'],
  },
  { question: 'who searched the suspects truck after the arrest in fey', reports: ['GER-0002'], holds: ['NDS found'] },
  {
    question: 'what district was apache 17 in when they took small arms',
    reports: ['GER-0004'],
    holds: ['Waza Khawa'],
  },
  {
    question: 'who asked for clearance of fires for the apache 81mm mission',
    reports: ['GER-0004'],
    holds: ['GERONIMO 95'],
  },
  { question: 'how far from fob pol-e-khumri was the ew convoy hit', reports: ['GER-0007'], holds: ['31km NE'] },
  { question: 'when were they gonna pull the mur shek wolf out', reports: ['GER-0010'], holds: ['RECOVERED TOMORROW'] },
  {
    question: 'were any of the fuchs crew hurt when they hit the kid on the bike',
    reports: ['GER-0012'],
    holds: ['NO DAMAGES OR INJURIES TO ISAF TROOPS'],
  },
  {
    question: 'why did they threaten to kill the omlt terp',
    reports: ['GER-0016'],
    holds: ['if continue to work for CF'],
  },
  {
    question: 'what were the germans doing after the ied killed one of them on the nfo patrol',
    reports: ['GER-0021'],
    holds: ['searching for INS in a village'],
  },
  {
    question: 'need the grid for the 80mm mortar shell the mes patrol found',
    reports: ['GER-0025'],
    holds: ['24S UF 46760 73178'],
  },
  { question: 'who is looking over the b plt fuchs after the ied', reports: ['GER-0027'], holds: ['EOD and CSI'] },
  {
    question: 'why were german eod on the kdz airfield when they found the 76mm shells',
    reports: ['GER-0030'],
    holds: ['planned UXO sweep'],
  },
  { question: 'how many locals tipped off the ansf about the ied parts', reports: ['GER-0033'], holds: ['two LN'] },
  {
    question: 'when was the ambush at the spot where the hme jugs turned up',
    reports: ['GER-0034'],
    holds: ['01MAR09'],
  },
  {
    question: 'how did the scene commander handle the people filming the mazar car bomb',
    reports: ['GER-0036'],
    holds: ['took action against those who were filming'],
  },
  { question: 'where was the mazar car bomb scene being filmed', reports: ['GER-0036'], holds: ['Eastern cordon'] },
  { question: 'what parts of the feyzabad rcied did eod secure', reports: ['GER-0038'], holds: ['detonator cap'] },
  {
    question: 'what unit was doing the route search on little pluto with the belgian omlt',
    reports: ['GER-0039'],
    holds: ['SchuitzKP-E'],
  },
  { question: 'what was powering the metal tube bomb by the anp cp', reports: ['GER-0043'], holds: ['9v battery'] },
  {
    question: 'what was set up near the pressure cooker bomb on the yaftal road',
    reports: ['GER-0049'],
    holds: ['Jammer'],
  },
  { question: 'how big was the german recce patrol out in shulgareh', reports: ['GER-0050'], holds: ['22-25X PAX'] },
  {
    question: 'what grid were the belgian mentors at when they got hit with mortars and rpgs',
    reports: ['GER-0051', 'GER-0126'],
    holds: ['WF 092 611'],
  },
  { question: 'why did the omlt pull out of the darzab fight', reports: ['GER-0052'], holds: ['CORDON FOR NDS'] },
  {
    question: 'quick q: when did the wounded cop from chelgazi get to the fob',
    reports: ['GER-0053'],
    holds: ['200837D*'],
  },
  { question: 'who escorted eod out to the sharana ppied', reports: ['GER-0055'], holds: ['SIOUX6'] },
  {
    question: 'anyone know why sioux 6 couldnt sort out the qalat windows that day',
    reports: ['GER-0055'],
    holds: ['UNABLE TO FIND THE OWNER'],
  },
  {
    question: 'how bad was the terp hurt in the svbied on rte taurus',
    reports: ['GER-0057'],
    holds: ['TERP WIA (CAT D)'],
  },
  { question: 'where was nazgul 63 flying to', reports: ['GER-0059'], holds: ['PRT FAY'] },
  {
    question: 'can someone tell me where said rahmans bodyguards got taken',
    reports: ['GER-0062'],
    holds: [['HOSPITAL IN KONDOZ', 'KUNDUZ HOSPITAL']],
  },
  { question: 'what time did eod blow the mortar with the wires', reports: ['GER-0063'], holds: ['1350L'] },
  { question: 'how are the germans with co poisoning doing', reports: ['GER-0065'], holds: ['STABLE'] },
  {
    question: 'can someone tell me who gave first aid to the boy on the donkey',
    reports: ['GER-0071'],
    holds: ['HUN doctor'],
  },
  {
    question: 'any idea what the op was called for the joint anp patrol that got hit near khanabad',
    reports: ['GER-0072'],
    holds: ['OP MUDAWEN'],
  },
  {
    question: 'anyone know who fired the warning shot at the two speeding cars',
    reports: ['GER-0074'],
    holds: ['DEU MP fired'],
  },
  { question: 'lads how many fuzes were in the ali abad cache', reports: ['GER-0075'], holds: ['18 x fuzes'] },
  { question: 'what did the dingo shoot at the suvs near kholm', reports: ['GER-0078'], holds: ['fixed MG'] },
  { question: 'when was the p8 guy carried to the hospital', reports: ['GER-0080'], holds: ['041305D*'] },
  {
    question: 'who told the taloqan advisor team about the rockets in the first place',
    reports: ['GER-0086'],
    holds: ['DEU state department'],
  },
  {
    question: 'when did the qrf make it to marmal after the mg bursts over the car',
    reports: ['GER-0090'],
    holds: ['150925D*'],
  },
  {
    question: 'why couldnt the log support guys get the mp dingo out',
    reports: ['GER-0092'],
    holds: ['weather and road conditions'],
  },
  {
    question: 'how long did they try to bring back the soldier from the op ghazna crash',
    reports: ['GER-0093'],
    holds: ['55 minutes'],
  },
  {
    question: 'who got the omlt dingo back on the road on the way to zibak',
    reports: ['GER-0094'],
    holds: ['ANA mentored by OMLT'],
  },
  { question: 'what was the comms guy doing when his mp7 went off', reports: ['GER-0095'], holds: ['function check'] },
  {
    question: 'who waved the corolla down before the warning shots at the bulgarian escort',
    reports: ['GER-0097'],
    holds: ['Bulgarian soldier'],
  },
  { question: 'what was watching the ew squad drive back to kdz', reports: ['GER-0103'], holds: ['LUNA'] },
  {
    question: 'which way did the insurgents pull out after hitting the recce sqd',
    reports: ['GER-0105'],
    holds: ['eastern direction'],
  },
  {
    question: 'how badly was the fox smashed up in the crash with the local',
    reports: ['GER-0104'],
    holds: ['damaged so heavily'],
  },
  {
    question: 'what did the dingo fire first at the corolla zipping through the convoy',
    reports: ['GER-0107'],
    holds: ['signal pistol'],
  },
  {
    question: 'what was the qrf out doing when the green toyota ran their roadblock',
    reports: ['GER-0109'],
    holds: ['recce mission'],
  },
  {
    question: 'name the element that reported the black toyota tailing the german convoy',
    reports: ['GER-0112'],
    holds: ['DUE ELEMENT'],
  },
  { question: 'what did the red van do after the warning shot', reports: ['GER-0114'], holds: ['slowed down'] },
  { question: 'quick q: what district was iman bukri cp in', reports: ['GER-0116'], holds: ['DEHDADI district'] },
  { question: 'what shape was the tank grenade by loc archer in', reports: ['GER-0118'], holds: ['bad condition'] },
  { question: 'which plt was march group red built around', reports: ['GER-0122'], holds: ['DEU QRF A PLT'] },
  {
    question: 'why did the qrf convoy put up a roadblock on the way back to kdz',
    reports: ['GER-0123'],
    holds: ['technical problem'],
  },
  {
    question: 'what did the bsg top cover point at the corolla besides the torch',
    reports: ['GER-0128'],
    holds: ['green laser beam'],
  },
  {
    question: 'why were the ana and cops cordoning near j92',
    reports: ['GER-0130'],
    holds: ['installation of the new bridge'],
  },
  {
    question: 'what were the logsptbn drivers training with in the blue box',
    reports: ['GER-0131'],
    holds: ['night vision goggles'],
  },
  {
    question: 'who has been finding iranian arms per the wikileaks database',
    reports: ['ws-commentary-07'],
    holds: ['found by ISAF'],
  },
  { question: 'what isn did tf 373 give out when the count hit 700', reports: [], holds: [] },
  { question: 'what time did the cjsotf guy 4155 arrive at btif', reports: [], holds: [] },
  { question: 'any idea whats the name of the terp who got knifed for working with the omlt', reports: [], holds: [] },
  { question: 'how many rounds did the belgians fire back at khanabad', reports: [], holds: [] },
  { question: 'need the grid for where the dingo flipped in the bluebox', reports: [], holds: [] },
  { question: 'who was driving the wolf that went in the ditch from gur-e mar', reports: [], holds: [] },
  { question: 'how fast was the white jeep going on h7', reports: [], holds: [] },
  { question: 'what was the plate on the green toyota at the qrf roadblock', reports: [], holds: [] },
  { question: 'how much did sioux 6 pay the qalat owner for the windows', reports: [], holds: [] },
  { question: 'what time did tf 373 hand over the guy who got isn 20046', reports: [], holds: [] },
  // The probes38 batch (6 December 2026): 100 questions over the reports the earlier probes asked least about: the 36
  // TF 373 transfer logs with two probes each, then GER reports and older task-force reports with three, each asking a
  // detail no probe on that report had asked (the sending unit, count, time or facility count a log's other probes
  // left, who went out to a crash, what a driver ignored, where a patient was treated, how a part was wired, why a task
  // was called off) rather than its headline. Half (51) are written as a journalist or researcher asks, in plain full
  // sentences ("Which task force handed over the two detainees who received ISNs 20014 and 20015?"), half (49) in chat
  // style as the earlier batches (lower case, slang: "guys", "dudes", "terp", "poo", "flipped"; 9 wrapped as a channel
  // question: "quick q:", "anyone know…", "can someone tell me…", "any idea…", "name the unit that…", "lads…"). 90
  // answerable, one report each; 10 the corpora cannot answer though they sound close (an ISN or headcount no log
  // reaches, a driver's or hospital's name, a plate, a calibre, a repair date, Belgian dead where only wounded are
  // reported, anti-tank mines where the NDS found an anti-personnel mine), all written before the answerer was run on
  // any of them. Wh-mix: who 11, what/which 35 (and 8 yes/no), where 6, when 8, how many/much/close/badly 25, why 4,
  // how 3. First run, before any rule was shaped on them (answerer at 0668b7f, whose src/ is 8df64ac's): right 23 of
  // the 90 answerable (26 %; 3 of them marking other words), wrong 8 (6 answerable, 2 unanswerable quoted), closest 61
  // (50 with the answer first), silent 0, unanswerable declined 8/10; eval:ask's tally (unanswerable declined counted
  // right): 31 right, 8 wrong, 69 closest. Every `holds` was found verbatim in its report before the run, and no report
  // asked about has a twin stored; none was changed after it (0 fixed: each wrong quote was read against its report and
  // none answers the question: a count asked, the ISNs quoted; the transfer quoted for what followed it; the rounds'
  // impact distance quoted for their point of origin; the event's time for the military police's; the report's opening
  // for what the squad did; another report's for Operation Marlin's explosives). Baseline answers of f97e6e3 recorded
  // for them in ask-baseline.json.
  {
    question: 'Which unit transferred the detainees who were assigned ISNs 3814 through 3816?',
    reports: ['9E4BB5A3-C7C1-9B5E-68DA4CE742EBCC68'],
    holds: ['TF 373'],
  },
  {
    question: 'quick q: was the isn 4068 transfer just the one guy',
    reports: ['0005EC01-1517-911C-C58C0373E1CDE68F'],
    holds: ['1x detainee'],
  },
  {
    question: 'At what time on 17 June 2009 were the detainees given ISNs 4057 and 4058 moved into the facility?',
    reports: ['F02F5D06-1517-911C-C59DFB97150E15CC'],
    holds: ['172043ZJUN09'],
  },
  {
    question: 'how many detainees came in w/ isns 4059 and 4060',
    reports: ['F537579F-1517-911C-C5E62F91B11DDD0D'],
    holds: ['2x detainees'],
  },
  {
    question: 'How many detainees were brought into the internment facility in the transfer that included ISN 20004?',
    reports: ['05C703F2-1517-911C-C5EFB433DC71B8FF'],
    holds: ['4X Detainee'],
  },
  {
    question: 'can someone tell me whats the headcount after the khost recapture 0831 came in',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['623 assigned, 623 present'],
  },
  {
    question: 'Which task force handed over the two detainees who received ISNs 20014 and 20015?',
    reports: ['5E2C766F-1517-911C-C51A67730A3EF28D'],
    holds: ['TF 373'],
  },
  {
    question: 'how many were in btif after 4134 got his number',
    reports: ['67864FE0-1517-911C-C557486995E3C7CB'],
    holds: ['631 assigned and 631 present'],
  },
  {
    question: 'How many detainees were on the facility roll, present or not, after ISNs 4181 and 4182 were issued?',
    reports: ['0D03825A-1517-911C-C509594080657346'],
    holds: ['639 assigned'],
  },
  {
    question: 'how many guys came over with 20010 and 20011',
    reports: ['7714617B-1517-911C-C5E91D3BC83482DE'],
    holds: ['2 X Detainees'],
  },
  {
    question: 'How many detainees were physically at the BTIF once ISNs 4144, 4145 and 4146 had been issued?',
    reports: ['86DFFE08-1517-911C-C532EB3FDDD25B7C'],
    holds: ['635 present'],
  },
  { question: 'anyone know who sent in isn 4149', reports: ['A57C1F3A-1517-911C-C5AF27CC4D881FAA'], holds: ['TF 373'] },
  {
    question: 'What did the facility count stand at after the two detainees given ISNs 4150 and 4151 arrived?',
    reports: ['A7C6071C-1517-911C-C5D7AB21D701807A'],
    holds: ['641A / 641P'],
  },
  {
    question: 'how many prisoners did tf 373 hand over for isn 20019',
    reports: ['CE90E1FF-1517-911C-C567D18E1397659B'],
    holds: ['1X Detainee'],
  },
  {
    question: 'How many detainees did TF 373 transfer in September 2009 when ISN 20022 was assigned?',
    reports: ['DE22FD4C-1517-911C-C5C1687CBC8E1A40'],
    holds: ['1X Detainee'],
  },
  {
    question: 'what was the assigned number at btif after 4170, not the present one',
    reports: ['E3BEFC59-1517-911C-C5FBDC47A630B8B0'],
    holds: ['646 assigned'],
  },
  {
    question: 'Which unit handed over the detainees who were given ISNs 4183 and 20029?',
    reports: ['1197A5EB-1517-911C-C55BD252DF21580E'],
    holds: ['TF 373'],
  },
  {
    question: 'who brought in the 20027 detainee',
    reports: ['3900EA17-1517-911C-C53958FD4B6F1A2F'],
    holds: ['TF 373'],
  },
  {
    question: 'Who transferred the detainee who was issued ISN 20030 in October 2009?',
    reports: ['40A2F959-1517-911C-C5A021555E2FC771'],
    holds: ['TF 373'],
  },
  {
    question: 'anyone know which tf sent 4200 and 4201',
    reports: ['6F5D2312-1517-911C-C55BEF3FAA94398C'],
    holds: ['TF 373'],
  },
  {
    question: 'How many detainees arrived at the facility when ISNs 20041 and 4214 were issued?',
    reports: ['9D6E9B00-1517-911C-C5836DD8C5FA900F'],
    holds: ['2X Detainee'],
  },
  {
    question: 'headcount at btif after isn 4217?',
    reports: ['A5BDA382-1517-911C-C5213D2C660290DA'],
    holds: ['672A / 672P'],
  },
  {
    question: 'Which task force transferred the detainee who was assigned ISN 2840 in November 2009?',
    reports: ['09F4FA99-1517-911C-C582986DB2C5A7A7'],
    holds: ['TF 373'],
  },
  {
    question: 'who were the 4252-4255 detainees received from',
    reports: ['0F1FB521-1517-911C-C5D4707B68044AA8'],
    holds: ['TF 373'],
  },
  {
    question: 'How many detainees were transferred into the BTIF on 21 November 2009?',
    reports: ['1A728CA5-1517-911C-C572BEB379503FBA'],
    holds: ['2x detainees'],
  },
  {
    question: 'how many dudes got isns 20032 and 20018',
    reports: ['31E58255-1517-911C-C5E81281E3A73049'],
    holds: ['2 x Detainees'],
  },
  {
    question: 'Where was the UEC who received ISN 4228 transferred to?',
    reports: ['B75B9009-1517-911C-C5B7CF00E60DBAB0'],
    holds: ['BTIF'],
  },
  {
    question: 'what numbers did the 3 uecs get when btif went to 684',
    reports: ['C1BA88E3-1517-911C-C576F8B33ED99A3E'],
    holds: ['4229, 4230'],
  },
  {
    question: 'To which facility were the detainees with ISNs 4235, 4236, 4237 and 20031 transferred?',
    reports: ['D6C52944-1517-911C-C5750FE2DD186711'],
    holds: ['BTIF'],
  },
  {
    question: 'name the unit that dropped off 20049 20050 and 4241',
    reports: ['E6287809-1517-911C-C58AE2D3F75FCDF3'],
    holds: ['TF 373'],
  },
  {
    question: 'How many detainees received ISNs 20071 and 20073 in early December 2009?',
    reports: ['5366AC0F-1517-911C-C51B79A513E3A41A'],
    holds: ['2x detainees'],
  },
  {
    question: 'which unit brought in 20078 thru 20080',
    reports: ['65758F2A-1517-911C-C5888C71B2CEAC1D'],
    holds: ['TF 373'],
  },
  {
    question:
      'What was the BTIF head count, as distinct from TIF-A, after the detainees with ISNs 20094, 20095 and 20097 arrived?',
    reports: ['9EB9A315-1517-911C-C5F91908735CC942'],
    holds: ['520A / 520P'],
  },
  {
    question: 'when exactly did the pair with isn 20089 get to btif in dec 09',
    reports: ['AC252551-1517-911C-C579936A3A5085D7'],
    holds: ['201638LDEC09'],
  },
  {
    question:
      'What happened to the three detainees once they reached the Bagram Theater Internment Facility in July 2007?',
    reports: ['891CAC81-6DBD-4E4A-8A20-FC147122F7A0'],
    holds: ['processed into the BTIF'],
  },
  {
    question: 'how many detainees went to btif on 3 aug 07',
    reports: ['988509EF-D19A-4389-881C-03F40876519B'],
    holds: ['1x DETAINEE'],
  },
  {
    question:
      "Why might one wounded American's military ID never turn up after the rocket attack on the Dutch compound?",
    reports: ['GER-0003'],
    holds: ['TENT WAS DESTROYED BY THE ROCKET'],
  },
  {
    question: 'any idea where the poo was for the idf on rte idaho',
    reports: ['GER-0005'],
    holds: ['800M AWAY TO THE NORTH'],
  },
  {
    question: 'Who reported that a Meymaneh patrol had overturned its Wolf?',
    reports: ['GER-0006'],
    holds: ['NOR/QRF'],
  },
  {
    question: 'is the ring road still open after the car bomb find by the nds compound',
    reports: ['GER-0008'],
    holds: ['ROAD IS CLOSED'],
  },
  {
    question: 'Who went out to the scene after the German Wolf rolled over several times?',
    reports: ['GER-0009'],
    holds: ['QRF AND A MEDICAL TEAM'],
  },
  {
    question: 'what got sent out to the dingo rollover east of kdz',
    reports: ['GER-0014'],
    holds: ['RECOVERY VEHICLE AND MP'],
  },
  {
    question: 'What warnings did the local driver disregard before the German troops fired into the sand near Aybak?',
    reports: ['GER-0017'],
    holds: ['SIGNS GIVEN BY LEADING APC'],
  },
  {
    question: 'who was actually in the patrol that got hit on route archer',
    reports: ['GER-0018'],
    holds: ['DEU, NDS, ANP'],
  },
  {
    question: "When did the military police finish their work at the scene of the field HUMINT team's car crash?",
    reports: ['GER-0020'],
    holds: ['1905L'],
  },
  {
    question: 'was the ins kia from the svbied on the omlt ever confirmed',
    reports: ['GER-0022'],
    holds: ['not confirmed'],
  },
  {
    question: 'Who is going to destroy the fuseless mortar shells a security patrol from Mazar-e Sharif came across?',
    reports: ['GER-0026'],
    holds: ['DEU EOD Team'],
  },
  { question: 'when were the bmp-1 rockets finally blown', reports: ['GER-0028'], holds: ['0919Z on 05DEC08'] },
  {
    question: 'How many mortar shells did bomb disposal clear from the police headquarters in Feyzabad?',
    reports: ['GER-0035'],
    holds: ['48x 76mm'],
  },
  {
    question: 'where did nds hand the chahar darreh rpgs over to the german eod',
    reports: ['GER-0040'],
    holds: ['in OCCP'],
  },
  {
    question:
      'At what time did the civil-military cooperation team reach the backyard in Qisilabad where the rocket was found?',
    reports: ['GER-0041'],
    holds: ['1345D'],
  },
  { question: "what kind of ied hit molt 3's med car", reports: ['GER-0042'], holds: ['RCIED'] },
  {
    question: 'How many German soldiers were wounded in the bomb and gunfire attack near Riverloop?',
    reports: ['GER-0045'],
    holds: ['2x DEU WIA'],
  },
  {
    question: 'what did the recce guys do after finding the possible mine by the road',
    reports: ['GER-0047'],
    holds: ['marked position'],
  },
  {
    question: "why'd the omlt convoy keep going after the culvert bomb on banana",
    reports: ['GER-0048'],
    holds: ['Police Station Zar Kharid-I Sufa'],
  },
  {
    question: 'how many guys with an rpg did the ch-53 crew see before the hits',
    reports: ['GER-0054'],
    holds: ['3x UNK INDIVIDUALS'],
  },
  {
    question: 'Was anyone hurt when the CH-53 medevac helicopter took fire northwest of Aliabad?',
    reports: ['GER-0064'],
    holds: ['NO CASUALTIES'],
  },
  { question: 'can the french see frago 68', reports: ['GER-0066'], holds: ['FRA'] },
  { question: 'Is FRAGO 199 releasable to the United Arab Emirates?', reports: ['GER-0070'], holds: ['UAE'] },
  {
    question: "did the motorbike actually stop after e plt's warning shot",
    reports: ['GER-0076'],
    holds: ['motorbike stopped'],
  },
  {
    question: 'Where was the F Platoon soldier treated before he was flown home to Germany?',
    reports: ['GER-0077'],
    holds: ['MES Role 2E'],
  },
  {
    question: 'which event had the kdz qrf just wrapped up before the warning shot',
    reports: ['GER-0081'],
    holds: ['12-1326'],
  },
  {
    question: 'Which platoon recovered the overturned Fuchs by hitching it to a second vehicle?',
    reports: ['GER-0083'],
    holds: ['IRF (B-plt)'],
  },
  {
    question: 'was an ana soldier really hurt in the inf plt e fight or not',
    reports: ['GER-0084'],
    holds: ['no WIA ANA'],
  },
  {
    question: 'How badly was the Wolf damaged when it ran into a ditch on the way back from Gur-e Mar?',
    reports: ['GER-0087'],
    holds: ['heavily damaged'],
  },
  {
    question: 'what did the corolla do after the css coy fired',
    reports: ['GER-0091'],
    holds: ['drive on the right side of the road'],
  },
  {
    question: 'Why was the Dingo going to be destroyed where it stood after the second ambush on Infantry Platoon F?',
    reports: ['GER-0096'],
    holds: ['not recoverable'],
  },
  {
    question: 'Which vehicle in the Fennek column fired the warning shot at the motorcycle in Tanjar?',
    reports: ['GER-0100'],
    holds: ['Last car of the column'],
  },
  {
    question:
      "Why did the operations centre call off the logistic battalion's recovery of the Dingo that flipped in the Bluebox?",
    reports: ['GER-0106'],
    holds: [['lightly damaged but driveable', 'recovered successfully']],
  },
  {
    question: 'What did the motorcyclist fail to respond to at the temporary checkpoint on LOC LITSCHI?',
    reports: ['GER-0110'],
    holds: ['signs given from TCP personnel'],
  },
  {
    question: 'who in the convoy fired the mg burst at the white jeep on h7',
    reports: ['GER-0111'],
    holds: ['member of the last vehicle'],
  },
  {
    question:
      'Which unit fired a warning shot at the motorcyclist on the way back to the police headquarters in Chahar Dara?',
    reports: ['GER-0113'],
    holds: ['TASK UNIT A DEU QRF'],
  },
  {
    question: 'quick q: what did the white jeep do after the shot at camp warehouse',
    reports: ['GER-0115'],
    holds: ['stepped back to the appropriate distance'],
  },
  {
    question: 'What did the EOD squad do after finding the RPG warhead near the old Russian tank?',
    reports: ['GER-0119'],
    holds: [['Location is marked', 'taken some photos']],
  },
  { question: 'lads, how close was the nissan when the bsg guy fired', reports: ['GER-0129'], holds: ['20 to 30 m'] },
  {
    question: 'How were the switches connected to the battery in the bomb parts left behind on Route Mule?',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: [['Dual Strand Multi-Core', 'DSMC']],
  },
  {
    question: 'how many rounds did eddy 53 put down on pikes peak',
    reports: ['295F93E5-9911-8D76-CED90CD5C6F9FE8E'],
    holds: ['160 x 30mm'],
  },
  {
    question: 'How were the explosives found during Operation Marlin disposed of?',
    reports: ['113A9187-E19A-1DCC-F5A5828D156878A7'],
    holds: ['BIP'],
  },
  {
    question: 'what were they doing near camp apache when they found the 7 at mines',
    reports: ['473ED23F-CA1F-7CD1-BFA9668F5437D90A'],
    holds: ['Combat Reconnaissance Patrol'],
  },
  {
    question: 'At what time was the TF 373 detainee transferred to the BTIF on 19 February 2009?',
    reports: ['8EB8CA85-0B37-E810-4B614BF1E2246A2E'],
    holds: ['190803ZFEB09'],
  },
  {
    question: 'quick q: how many 107mm fuses were in the kandahar textile factory cache',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['7 X 107MM FUSES'],
  },
  {
    question: 'What was the roadside bomb found by the recovery convoy on the way to Zormat made of?',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['wires leading to ordinance'],
  },
  {
    question: 'when was titan planning to get the rolled truck pulled out',
    reports: ['E5713E12-E4E2-4E29-BCFB-D9FEF32011ED'],
    holds: ['after first light'],
  },
  {
    question: 'How many units of packed red blood cells was the wounded Afghan policeman from Kamdesh given?',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: ['3 units packed red blood cell'],
  },
  {
    question: 'where else was the kid who fell off the cliff hurt besides his head',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['left wrist'],
  },
  {
    question: 'During which operation were CB13 and Whiskey 36 ambushed in Zharmi district?',
    reports: ['4F5965B7-FBE0-4DFE-A143-48280AFE95CD'],
    holds: ['Operation Hero Presence'],
  },
  {
    question: 'how many more did titan kill on the ridgeline after the first 3',
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: ['additional 4x EKIA'],
  },
  {
    question: 'What was the name of the Afghan policeman who stayed with the wounded officer at the Kamdesh PRT?',
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['Nimitullah'],
  },
  {
    question: "how did the terp spell the captured guy's name",
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['Aly Mohmab'],
  },
  {
    question: 'What did TF Titan see after the JDAMs hit the bunker complex?',
    reports: ['8EBB5690-D463-4B12-B79B-2F6A9890327A'],
    holds: ['secondary explosions'],
  },
  { question: 'Which unit transferred the detainee who was assigned ISN 4300?', reports: [], holds: [] },
  { question: 'how many detainees came in when the btif count hit 750', reports: [], holds: [] },
  {
    question: 'What was the name of the driver of the Wolf that rolled over several times near Camp Marmal?',
    reports: [],
    holds: [],
  },
  { question: 'what caliber was the rifle the kamdesh cop shot himself with', reports: [], holds: [] },
  {
    question: 'Which hospital in Germany received the F Platoon soldier after the negligent discharge?',
    reports: [],
    holds: [],
  },
  { question: 'whats the plate on the blue nissan patrol in pd-10', reports: [], holds: [] },
  {
    question: 'How many Belgian soldiers were killed in the rocket attack on the Dutch compound?',
    reports: [],
    holds: [],
  },
  { question: 'when did the ch-53 get fixed at kdz airfield', reports: [], holds: [] },
  { question: 'How many anti-tank mines did the NDS find in Chahar Darreh district?', reports: [], holds: [] },
  { question: 'who was the eod team leader at the route mule site', reports: [], holds: [] },
  // The probes39 batch (6 December 2026): 100 questions over the reports the earlier probes asked least about: the 41
  // TF 373 transfer logs with two probes each (one question each, asking the one detail of the log its two probes left:
  // the sending unit, the facility, the count transferred or the headcount), then War Diary reports with three probes
  // each (TF 31, TF 3-71, TF 32, TF 33, TF 36, TF 333 and TF 373 reports, PRT Sharana's summary, GER reports), asking a
  // detail no probe on that report had asked (a distance, a time, who responded or relieved, what a device was made
  // of, an assessed weapon, a count in a cache or an aid drop, why a vehicle was down or a target out of reach) rather
  // than its headline. Half (50) are written as a journalist or researcher asks, in plain full sentences ("Which task
  // force handed over the detainee who was assigned ISN 4161?", "What was the German QRF doing when the civilian
  // ignored the roadblock?"), half (50) in chat style as the earlier batches (lower case, slang, paraphrase: "guys",
  // "prisoners", "the pair", "tf", "ff", "w/", "thru", "he rockets"; a few wrapped as a channel question: "quick q:",
  // "anyone know…", "any locals hurt…?"). 90 answerable; 10 the corpora cannot answer though they sound close (an ISN
  // no log reaches, the name of the man who turned in a cache, A-10 kills at the wrong base, an ISN for the wounded
  // bomb-layer, children hurt at the Tagab school, a headcount no log gives, a pilot's name, a reward paid, a VETCAP in
  // a village that had an aid drop, rockets on a FOB that reported none), all written before the answerer was run on
  // any of them. Where the same fact is told in a twin report, both are named (the Tagab school IED, TF33's two
  // copies; the two Taliban caught near Masum Ghar, TF31's two copies; the PRT's LMTV, the same line in three PRT
  // Sharana summaries). Wh-mix: who 12, what/which 37 (and 5 yes/no), where 8, when 3, how many/much/far/long/old 29, why
  // 3, how 3. First run, before any rule was shaped on them (answerer at 23bf58b): right 41 of the 90 answerable (46 %; 6
  // of them marking other words), wrong 7 (5 answerable, 2 unanswerable quoted), closest 44 (37 with the answer first),
  // silent 0, unanswerable declined 8/10; eval:ask's tally (unanswerable declined counted right): 49 right, 7 wrong, 52
  // closest. The journalist's sentences fared better than the chat: of the 45 answerable in each, 25 right, 2 wrong, 18
  // closest (16 with the answer first) against 16 right, 3 wrong, 26 closest (21). Every `holds` was found verbatim in
  // its report before the run; one was changed after it (1 fixed: asked who reported the ordnance found near the runway,
  // GER-0046 says both "RC North reported a UXO Find" and "FF reported they found a UXO near runway", and the latter,
  // quoted, answers too, so `holds` takes either). Each other wrong quote was read against its report and none answers
  // the question: the headcount quoted for the unit or the facility asked, the ISNs for how many came in, the transfer
  // for how many were present, the ANA "en route to detain" one man for who detained all three, the two Taliban caught
  // near Masum Ghar for A-10 kills, Mulki Zay's VETCAP for Mandagal's. Baseline answers of f97e6e3 recorded for them in
  // ask-baseline.json.
  {
    question: 'What did the facility headcount come to once ISNs 4141, 4142, 4143 and 20016 had been issued?',
    reports: ['8263C1E9-1517-911C-C5210DBB7E21C0F8'],
    holds: ['633 assigned and 633 present'],
  },
  {
    question: "where'd the isn 20017 guy get sent",
    reports: ['AFB5C729-1517-911C-C50A2D2B5C7B684F'],
    holds: ['into the BTIF'],
  },
  {
    question: 'Which task force handed over the detainee who was assigned ISN 4161?',
    reports: ['CF5F2538-1517-911C-C5FD9D001E4D2250'],
    holds: ['from TF 373'],
  },
  {
    question: 'how many detainees did tf 373 move over when 20020 was issued',
    reports: ['F2736FDF-1517-911C-C5535AABEF3015CF'],
    holds: ['1 X Detainee'],
  },
  {
    question: 'How many detainees were transferred in the batch that received ISNs 4177, 4178 and 20026?',
    reports: ['F8965029-1517-911C-C563074065CA7323'],
    holds: ['3 X Detainees'],
  },
  { question: 'who sent over isn 4179', reports: ['FD3CD4BE-1517-911C-C594DC6EE28B9048'], holds: ['from TF 373'] },
  {
    question: 'Into which facility was the detainee given ISN 20028 transferred?',
    reports: ['2B574156-1517-911C-C5470E3112F7BAB7'],
    holds: ['into BTIF'],
  },
  {
    question: 'quick q: which tf sent in the guy who got new isn 20025',
    reports: ['3AC18868-1517-911C-C50B04435216BC88'],
    holds: ['from TF 373'],
  },
  {
    question: 'Which unit transferred the detainee who received ISN 4189?',
    reports: ['45B1F0E3-1517-911C-C5DF264EEAAA718C'],
    holds: ['by TF 373'],
  },
  {
    question: 'was it just one detainee that came in with isn 4195',
    reports: ['4A4B78E2-1517-911C-C59D2C3F1648CEC8'],
    holds: ['1 X Detainee'],
  },
  {
    question: 'Where was the detainee who received ISN 20034 transferred to?',
    reports: ['6E6BEB9B-1517-911C-C560E4DFFDD9DCE9'],
    holds: ['into BTIF'],
  },
  {
    question: 'how many prisoners got isns 20035 and 20037',
    reports: ['7884A04C-1517-911C-C54B876AFBD619B4'],
    holds: ['2X Detainees'],
  },
  {
    question: 'To which facility were the detainees who received ISNs 20036 and 20039 sent?',
    reports: ['83AF760E-1517-911C-C53B9B03F15FD39C'],
    holds: ['into BTIF'],
  },
  {
    question: 'anyone know which unit handed over 20007 and 20038',
    reports: ['8D5023E1-1517-911C-C559E2288AA6F3AA'],
    holds: ['by TF 373'],
  },
  {
    question: 'where did the 20043 guy end up',
    reports: ['93558CB5-1517-911C-C5153EE39B2FC1FD'],
    holds: ['into BTIF'],
  },
  {
    question: 'Which ISNs were assigned to the seven detainees TF 373 transferred in November 2009 alongside ISN 4260?',
    reports: ['23FCB507-1517-911C-C54F57F813A782A4'],
    holds: ['20052, 20053,and 20054'],
  },
  {
    question: 'where did 20059 and 20060 go',
    reports: ['38546916-1517-911C-C52D382135B0C294'],
    holds: ['into the BTIF'],
  },
  {
    question: 'Which task force sent the four detainees who were assigned ISNs 20061 through 20064?',
    reports: ['3D31B048-1517-911C-C5F7CA058B9F5421'],
    holds: ['from TF 373'],
  },
  { question: 'who transferred isn 20065', reports: ['4280D39D-1517-911C-C5DE7ADF01A5D359'], holds: ['from TF 373'] },
  {
    question: 'Which unit brought in the detainee who received ISN 20055 in November 2009?',
    reports: ['46F418EF-1517-911C-C53A1ACFA2B66299'],
    holds: ['by TF 373'],
  },
  {
    question: 'who handed over the 7 that got 4219 thru 4225',
    reports: ['B2B9012F-1517-911C-C57B3274B4131DFE'],
    holds: ['from TF 373'],
  },
  {
    question: 'What was the new facility headcount after ISNs 4226 and 4227 were assigned?',
    reports: ['B4940763-1517-911C-C5F91126C2B1307B'],
    holds: ['679A / 679P'],
  },
  {
    question: 'which tf sent the uec that got 20024',
    reports: ['C103A493-1517-911C-C57DB7EAAB61AD08'],
    holds: ['from TF 373'],
  },
  {
    question: 'Which task force transferred the detainee who was issued ISN 20046?',
    reports: ['CBFAF35A-1517-911C-C59B5E6B1C0F40CF'],
    holds: ['by TF 373'],
  },
  {
    question: 'whats the btif count after 20047 got assigned',
    reports: ['D01BE55A-1517-911C-C51F89409044B597'],
    holds: ['690 assigned / 690 present'],
  },
  {
    question: 'How many detainees were assigned and present at the facility after ISN 20042 was assigned?',
    reports: ['D1798C95-1517-911C-C57FE133D8731C27'],
    holds: ['691 assigned / 691 present'],
  },
  {
    question: 'where did tf 373 put the guys with isns 4239 and 4240',
    reports: ['E0E2B883-1517-911C-C5F05B421A543FFB'],
    holds: ['into BTIF'],
  },
  {
    question: 'Which task force transferred the detainee who received ISN 20045?',
    reports: ['EB0A270A-1517-911C-C50AB45AE05AB2CC'],
    holds: ['from TF 373'],
  },
  {
    question: 'what was the headcount when 4242 got assigned',
    reports: ['EF015CC7-1517-911C-C56BFF8BFEFBF942'],
    holds: ['703 assigned / 703 present'],
  },
  {
    question: 'To which facility was the detainee assigned ISN 20044 transferred?',
    reports: ['F9195DD8-1517-911C-C5B450DA6037B32E'],
    holds: ['into BTIF'],
  },
  {
    question: 'who did the transfer for isn 20048',
    reports: ['FE884EC7-1517-911C-C5BECB7142C6310E'],
    holds: ['by TF 373'],
  },
  {
    question: 'How many detainees were transferred when ISNs 20066 and 20067 were issued?',
    reports: ['47C01238-1517-911C-C56A59197BCC0404'],
    holds: ['2x Detainees'],
  },
  {
    question: 'who brought in 20051 20068 20069 and 20070',
    reports: ['4CD7D95F-1517-911C-C5F84B808F0932AA'],
    holds: ['by TF 373'],
  },
  {
    question: 'Where was the detainee who received ISN 20058 transferred?',
    reports: ['5BA93019-1517-911C-C52F77B00EF9E2AA'],
    holds: ['into BTIF'],
  },
  {
    question: 'which task force sent isns 20072 and 20077',
    reports: ['604D5D41-1517-911C-C59194B830FC96A1'],
    holds: ['from TF 373'],
  },
  {
    question: 'Which unit handed over the detainee who was issued ISN 20081?',
    reports: ['671B9F52-1517-911C-C55B307FB7603AAE'],
    holds: ['by TF 373'],
  },
  {
    question: 'how many detainees in the 20082 / 20083 batch',
    reports: ['6BD5627A-1517-911C-C50CC763EB4C0278'],
    holds: ['2X Detainees'],
  },
  {
    question: 'Which task force transferred the two detainees who were issued ISNs 20057 and 20084?',
    reports: ['7007ADD3-1517-911C-C51D98A971E768D9'],
    holds: ['from TF 373'],
  },
  {
    question: 'where did tf 373 take the pair that got 20085 and 20086',
    reports: ['70B8CD16-1517-911C-C53FFCCD6EC97064'],
    holds: ['into the BTIF'],
  },
  {
    question: 'How many detainees did TF 373 transfer when ISN 20087 was issued?',
    reports: ['75D9A018-1517-911C-C53981F16CF76C50'],
    holds: ['1 X Detainee'],
  },
  {
    question: 'how many came over w/ 20088 and 20090',
    reports: ['8AF99EA1-1517-911C-C56F30DBBF635FC8'],
    holds: ['2xDetainees'],
  },
  {
    question: 'How far from FOB Surobi was the school where the bomb was discovered?',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['26km N of FOB SUROBI'],
  },
  {
    question: 'who did tf33 ask to send eod out to the tagab school',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['TF TIGER'],
  },
  {
    question: 'What did the task force intelligence section believe Objective McKinnley to be?',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['HQN training camp area'],
  },
  {
    question: 'Why did the Stryker JTAC ask for both sides of the ridgeline to be engaged?',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['suppressive fires for incoming MEDEVAC'],
  },
  {
    question: 'how many were actually present at btif when 1503 came back in',
    reports: ['33EAEB3C-1517-911C-C53F2A603F99EDDF'],
    holds: ['612 present'],
  },
  {
    question: 'Which unit transferred the former Guantanamo detainee ISN 0831 into the BTIF?',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['from TF 3-73'],
  },
  {
    question: 'What served as the initiator of the command-wire IED recovered for FOB Hunter?',
    reports: ['1379E3D6-1517-911C-C58AAB8734102D96'],
    holds: ['camera flash initiator'],
  },
  {
    question: 'Which ISN was issued to the detainee from TF 373 on the day CJSOTF also sent one in?',
    reports: ['BA7C04D7-1517-911C-C525A54AB3160F10'],
    holds: ['ISN 4154'],
  },
  {
    question: 'how many were physically present after 4176, not assigned',
    reports: ['E8BBEA06-1517-911C-C58BB227BC751E37'],
    holds: ['641 present'],
  },
  {
    question: 'How young was detainee ISN 20033 believed to be before the hospital examined him?',
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['under the age of 15'],
  },
  {
    question: 'What was the facility head count after the recaptured detainee ISN 2067 was brought back in?',
    reports: ['590338B6-1517-911C-C58A6DADD54FB48F'],
    holds: ['716A / 716P'],
  },
  {
    question: 'which unit sent 20091 and 20092 to btif',
    reports: ['9850466C-1517-911C-C576A31ACB35AA4D'],
    holds: ['from TF 373'],
  },
  {
    question: 'How many detainees arrived in the transfer logged at 180554ZDEC09?',
    reports: ['9EB9A315-1517-911C-C5F91908735CC942'],
    holds: ['4x detainees'],
  },
  {
    question: 'how many detainees came in on 20 dec 09 with 20089',
    reports: ['AC252551-1517-911C-C579936A3A5085D7'],
    holds: ['2x detainees'],
  },
  {
    question: 'At what time did TF Titan request the medevac for the soldier with the knee lesion?',
    reports: ['2952F214-4255-4D92-BFA9-8DAB5BE7AE9F'],
    holds: ['0657z'],
  },
  {
    question: 'what time did titan spot the guy rebuilding the fighting position',
    reports: ['539E7E7E-59EE-4BA6-B1D1-E56181FA1E06'],
    holds: ['1034z'],
  },
  {
    question: 'When was medevac 08-13C approved?',
    reports: ['76BAD49C-CAF5-49B3-A9D1-0E818027BB55'],
    holds: ['0518Z'],
  },
  {
    question: 'who responded to the ieds on the road to the anbp cp',
    reports: ['973C413A-50B8-4F6E-BA4B-3F42C743C03B'],
    holds: ['QRF/EOD responded'],
  },
  {
    question: 'Was EOD or Paladin asked to exploit the site of the IED strike west of PBW?',
    reports: ['C4B191AE-B3B2-47B6-9A68-D256019065B9'],
    holds: ['EOD/Paladin not requested'],
  },
  {
    question: 'how did tf 31 try to flush the gunners out at sperwan',
    reports: ['2FF2B6AE-CEDD-486F-9EDB-157E12EA3B23'],
    holds: ['using mortars'],
  },
  {
    question: 'did anyone get arrested for the shooting south of pb sperwan',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['no suspect persons in custody'],
  },
  {
    question: 'how many 100mm shells were in that tf31 soviet cache',
    reports: ['6B7BF928-1B44-473B-B807-E1D281B19EC3'],
    holds: ['3x100mm'],
  },
  {
    question: 'How many 82mm mortar rounds were in the cache a local man handed in to TF Titan?',
    reports: ['7B156008-7C19-4FED-8752-B031A4021EDC'],
    holds: ['7x 82mm mortar'],
  },
  {
    question: 'how far from masum ghar were the 2 taliban caught laying ieds',
    reports: ['45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5', '1029604'],
    holds: ['2.6km SW'],
  },
  {
    question: 'how many cases of dshk ammo were in the naray cache',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['25 cases of DSHKA ammo'],
  },
  { question: 'which province is pitigal in', reports: ['1478B5B3-E19C-4416-93C5-A8C265BBF1C8'], holds: ['Nuristan'] },
  {
    question: 'What was the MGRS grid of the aid drop in Kamdish village in January 2007?',
    reports: ['656349BD-0AE7-46A3-9FF4-64731EC1AC8F'],
    holds: ['42SYE1150022400'],
  },
  {
    question: 'how many prayer rugs did naray get',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['Prayer Rugs 50'],
  },
  {
    question: 'How did the villager in Saw respond to the help with his flooded home?',
    reports: ['452DBCBB-0CD2-4F53-8E15-4E2B85364160'],
    holds: ['thanked coalition forces'],
  },
  {
    question: 'how many first aid kits did mandagal get',
    reports: ['95192DDA-A477-44D1-AF65-24D7BE176A06'],
    holds: ['First Aid Kits 60'],
  },
  {
    question: 'How many goats were treated during the veterinary visit to Mulki Zay?',
    reports: ['FCA15E66-4636-4161-A32F-0622136458A2'],
    holds: ['Goats 50'],
  },
  {
    question: "Why was the PRT's only LMTV not mission capable?",
    reports: [
      '012F40C1-EC0C-4C3A-B3CF-7D536E3564E3',
      'AEC4ED32-3A90-4381-B62E-100094A33AB7',
      'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9',
    ],
    holds: ['faulty front drive shaft'],
  },
  {
    question: 'Which cell did TF 373 target in its raid on Objective Wolf?',
    reports: ['B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9'],
    holds: ['IED cell that operates along Route Viper'],
  },
  {
    question: 'why couldnt orgun-e hit back at the second poo',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['out of FOB Orgun-E 120mm range'],
  },
  {
    question: 'At whose request did the talking points say the troops had come to Musa Qaleh?',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['President Karzai and Governor Waffa'],
  },
  {
    question: 'how does 1 fury get out after mar karardad',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['via HELO to KAF'],
  },
  {
    question: 'Which task force reported the freshly dug earth near the road?',
    reports: ['F8847C2A-9557-458F-B902-59DF7EC6A2DD'],
    holds: ['TF Helmand'],
  },
  {
    question: 'how long was the wire on the fb mf bomb',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['300 meters of wire'],
  },
  {
    question: 'What weapon was assessed to have fired on the Kiowa southwest of FOB Robinson?',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['RPK'],
  },
  {
    question: 'how many he rockets did the swt put into the compound',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['7 x HE rockets'],
  },
  {
    question: 'any locals hurt at obj midway?',
    reports: ['6221EF17-E098-4A38-BC58-7474018AC4B8'],
    holds: ['Local Civilian'],
  },
  {
    question: 'Where was the wounded NDS driver taken after the warning shot?',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['local hospital'],
  },
  {
    question: 'what did the ff do once c coy got hit near khers',
    reports: ['4DC7F41E-DD85-4997-97FC-783B02D09979'],
    holds: ['set up a cordon'],
  },
  {
    question: 'Who reported the unexploded ordnance found near the runway?',
    reports: ['GER-0046'],
    holds: [['RC North', 'FF reported']],
  },
  {
    question: 'What was the German QRF doing when the civilian ignored the roadblock?',
    reports: ['GER-0098'],
    holds: ['maintenance halt'],
  },
  { question: 'which omlt was in the tic near meymaneh', reports: ['GER-0099'], holds: ['DEU OMLT'] },
  {
    question: 'who detained the 3 ins after the ied went off west of sperwan',
    reports: ['CF103899-97EC-45F6-A42B-C457B9505F69'],
    holds: ['ANA and F33'],
  },
  {
    question: 'did tf31 ever make contact with the guys who hit the ana cp west of sperwan',
    reports: ['D5629D7A-B093-4982-8A22-DC49CE775094'],
    holds: ['couldnt regain contact'],
  },
  {
    question: 'What did friendly forces first engage with after TF31 came under fire northeast of FOB Cobra?',
    reports: ['2ACFC14E-5AD9-4B5C-A691-9A41AAAD326A'],
    holds: ['155mm'],
  },
  { question: 'Which unit transferred the detainee who was assigned ISN 20099?', reports: [], holds: [] },
  { question: 'What was the name of the local man who turned in the cache at FB Naray?', reports: [], holds: [] },
  { question: 'How many Taliban were killed by the A-10 near FOB Masum Ghar?', reports: [], holds: [] },
  {
    question: 'What ISN was the 18-year-old insurgent who lost his hand near Sperwan Ghar given?',
    reports: [],
    holds: [],
  },
  { question: "How many children were hurt by the IED found in the girls' school at Tagab?", reports: [], holds: [] },
  { question: 'whats the btif headcount after isn 4310', reports: [], holds: [] },
  { question: 'who was flying azreal 52 when it took fire', reports: [], holds: [] },
  { question: 'how much cash did the local get for handing in the cache to titan', reports: [], holds: [] },
  { question: 'how many sheep got treated at the vetcap in mandagal', reports: [], holds: [] },
  { question: 'how many rockets hit fob sharana in oct 07', reports: [], holds: [] },
];
