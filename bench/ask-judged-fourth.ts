/**
 * A fourth judged question set for `npm run eval:ask`, written apart on 4 December 2026 (stop 20) by a helper who had
 * read only the corpora and never ran the answerer on it: questions as a journalist or a hobbyist in a Discord server
 * asks after reading a report once, some in lower case or with typos. Of its 120, the six that an earlier set already
 * asks word for word were left out: 114 remain (91 on the War Diary sample, 11 on the article's reports, 12 the corpora
 * cannot answer). A checker verified that every report id exists and every phrase `holds` names is in one of the
 * question's reports.
 *
 * All of it is held out: nobody has read its questions against the answerer's output, only its totals. It is the
 * check that changes tuned on the other sets hold on questions written apart. `holds` and `reports` mean what they
 * mean in ask-judged.ts.
 */
import type { AskCase } from './ask-judged.ts';

const WRITTEN_APART: Omit<AskCase, 'holdout'>[] = [
  {
    question: 'How many Afghan soldiers were hurt in total when the ANA patrol hit an IED near FOB Sweeney?',
    reports: ['1029426', '47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58'],
    holds: ['6x ANA WIA'],
  },
  {
    question: 'what two mines were stacked in the remote-control IED found SE of FOB Khakrez?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['TC-6 AT mine', 'P3 MK1 AT mine'],
  },
  {
    question: 'Which truck in the convoy to FOB MSG hit the IED south of PB Wilson?',
    reports: ['1029356', '9799EF40-1F7B-42CD-B738-3F943C6BA140'],
    holds: ['truck #3'],
  },
  {
    question: 'Where in Tagab was the IED discovered in November 2006?',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ["girl's school"],
  },
  {
    question: 'When was TF33 planning to move on the Tagab area after the school IED?',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['on the 25th'],
  },
  {
    question: 'when did the guns fire on the 3 guys laying an IED southwest of Panjwayi?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['1535Z'],
  },
  {
    question: 'What happened to the driver of the car that sped at Team SAL and the Afghan forces?',
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: ['KILLING THE DRIVER'],
  },
  {
    question: 'What explosive filler does the TC-6 anti-tank mine use?',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: ['RDX and TNT'],
  },
  {
    question: 'What switches were wired to the 9-volt battery in the IED components found on Route Mule?',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: ['doorbell switches'],
  },
  {
    question: 'What gun do the analysts think actually fired at the MH-47s in Ghazni, rather than a ZU-23?',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: ['more likely a DShK'],
  },
  {
    question: 'What missile did the Apache fire at the building above the Spera district center?',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['N-Model Hellfire'],
  },
  {
    question: 'How close did the RPG come to the lead helicopter near Altamur in Logar?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['within 300m'],
  },
  {
    question: 'When was the detainee who got ISN 4217 brought into the BTIF?',
    reports: ['A5BDA382-1517-911C-C5213D2C660290DA'],
    holds: ['301143ZOCT09'],
  },
  {
    question: 'What did the troops find on the back seat of the car during OP Marlin?',
    reports: ['113A9187-E19A-1DCC-F5A5828D156878A7'],
    holds: ['RPG warhead'],
  },
  {
    question: 'how many italian AT mines did they find near camp apache',
    reports: ['473ED23F-CA1F-7CD1-BFA9668F5437D90A'],
    holds: ['7x AT Mines'],
  },
  {
    question: 'What is the name of the US soldier who went missing from Mest OP?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['BERGDAHL'],
  },
  {
    question: 'How many Taliban prisoners did the Taliban want to swap for the captured American?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['15 TALIBAN', '15 OF THEIR TALIBAN']],
  },
  {
    question: 'What was the license plate of the station wagon seen near Shin Cha village?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['7534'],
  },
  {
    question: 'When did TF 1 Geronimo start the DUSTWUN procedures for the missing soldier?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['0535Z'],
  },
  {
    question: 'Who did Romeo 01 detain for having circuit boards and black powder?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['TAJ MUHHAMED'],
  },
  {
    question: 'which of the four detainees brought in by TF 3-73 was a former gitmo release?',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['0831 Re-capture'],
  },
  {
    question: 'How big was the crater left by the VOIED in the TF373 operation?',
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['18" in dia x 12" deep'],
  },
  {
    question: 'What set off the command wire IED recovered near FOB Hunter?',
    reports: ['1379E3D6-1517-911C-C58AAB8734102D96'],
    holds: ['camera flash initiator'],
  },
  {
    question: 'How old did the hospital decide detainee ISN 20033 was?',
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['APPROXIMATELY 16 YEARS'],
  },
  {
    question: 'How many Americans were killed in the CH-47 crash near Camp Arena?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: [['10 US KIA', '10 US were KIA']],
  },
  {
    question: 'How many US troops were wounded by the car bomb on OBJ Hillsville?',
    reports: ['9A4E18E3-1517-911C-C5DBB13AFEDFC0F1'],
    holds: ['3X US MIL WIA'],
  },
  {
    question: 'How many men did COP Najil see digging in the road?',
    reports: ['CCBDAEAC-1517-911C-C5AA07331CA73BAA'],
    holds: ['6X MAM'],
  },
  {
    question: 'When did TF 3-6 find the cache at the textile factory?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['281217ZMAR04'],
  },
  {
    question: 'Which special forces team was also in contact near C/3-71 on the Kamdesh-Gardesh road?',
    reports: ['2FC368C6-1F2C-4543-BC7E-3182017D913E'],
    holds: ['ODA 773'],
  },
  {
    question: 'who tipped off the TF 37 convoy about the IED on the way to Zormat?',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['tipped off by civilians'],
  },
  {
    question: 'How did the ANP officer in Kamdesh get shot?',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: [['negligent discharge', 'self inflicted gunshot wound']],
  },
  {
    question: 'How far did the 7 year old boy fall near FOB Naray?',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['15-20m'],
  },
  {
    question: 'Who was the ANP officer that stayed at the Kamdesh PRT with the wounded policeman?',
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['Nimitullah'],
  },
  {
    question: 'How many of the four locals attacked in their home in Shingar died?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['Three of the four'],
  },
  {
    question: 'What did the Mohawk element hit on Highway 1 near the Kandahar PRT?',
    reports: ['ABDA24CD-5529-4673-8566-F0A63C482B73'],
    holds: ['LN pedestrian'],
  },
  {
    question: "What does TF 31 believe the captured insurgent's real name is?",
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['Ali Mohammed'],
  },
  {
    question: 'Was GSR testing ever done after the single shooter fired near Sperwan Ghar?',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['no GSR testing was done'],
  },
  {
    question: 'Where did the walk-in source say the big cache turned in at FB Naray was found?',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['Darkano'],
  },
  {
    question: 'who has been threatning governor murad over his support for the coalition?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Qari Nejat'],
  },
  {
    question: 'How often does the ANA unit at FOB Tagab rotate?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['every 6 weeks'],
  },
  {
    question: 'When were CF and the Kapisa NDS going to meet Hafizullah?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['28 January 2007'],
  },
  {
    question: 'How much was the contract for Durnama High School?',
    reports: ['380CB1B2-C643-4BF2-B26F-72EFE5D2526B'],
    holds: ['$48,750.00'],
  },
  {
    question: 'Why did the sub governor in Naray want so many radios?',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['hear the good News'],
  },
  {
    question: 'Why did the villager in Saw need tarps?',
    reports: ['452DBCBB-0CD2-4F53-8E15-4E2B85364160'],
    holds: ['flooded in'],
  },
  {
    question: 'how many sheep got treated at the vetcap in mulki zay',
    reports: ['FCA15E66-4636-4161-A32F-0622136458A2'],
    holds: ['Sheep 150'],
  },
  {
    question: 'Who was TF 373 trying to kill or capture on OBJ Carbon?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Qari Ur-Rahman'],
  },
  {
    question: 'How many Afghan police were killed in the OBJ Carbon friendly fire incident?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['7 x ANP KIA'],
  },
  {
    question: 'How much of his own money did Governor Sherzai give for funeral expenses?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['$10,000'],
  },
  {
    question: 'Who died in the TF 373 operation on Objective Wolf?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['1 child, 1 woman, 5 males'],
  },
  {
    question: 'Who was agreed on as the new Chief of Police in Gomal?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['Tefhan'],
  },
  {
    question: 'Which detainee from the TF 373 operations was released back to his village?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['Musa Khan'],
  },
  {
    question: 'What IED cell did TF 373 go after in the raid on OBJ Wolf?',
    reports: ['B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9'],
    holds: ['Route Viper'],
  },
  {
    question: 'Why was the Paktika governor gone in early October 2007?',
    reports: [
      '012F40C1-EC0C-4C3A-B3CF-7D536E3564E3',
      'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9',
      'A6CE8E85-6B84-4826-B5D1-81AF76F465D2',
      'AEC4ED32-3A90-4381-B62E-100094A33AB7',
    ],
    holds: ['Hajj'],
  },
  {
    question: 'How many rockets were fired at FOB Orgun-E on 10 October?',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['5 rockets'],
  },
  {
    question: 'Who were the two targets of Operation Jackal Snare?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['Aziz Ullah', 'Akeeb Khan'],
  },
  {
    question: 'Was Akeeb Khan caught on Objective White?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['AKEEB KHAN WAS NOT ON OBJECTIVE WHITE'],
  },
  {
    question: 'Who searched the women and children in Faqiran village?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['AFGHAN WOMAN'],
  },
  {
    question: 'What town were TF 32 and the ANA trying to seize in Operation Mar Karardad?',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['Musa Qaleh'],
  },
  {
    question: 'How many policemen died in the land mine explosion near FB MF?',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['2 KIA'],
  },
  {
    question: 'how long was the wire on the command wire IED near FB MF',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['300 meters'],
  },
  {
    question: 'What was the IED that killed the Sayeda security driver made of?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['105mm rocket'],
  },
  {
    question: 'What weapon do they think fired at the OH-58 near FOB Robinson?',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['RPK'],
  },
  {
    question: 'Who was the driver wounded by the TF Commando warning shot?',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['NDS employee'],
  },
  {
    question: 'What was the final count of insurgents killed in the fight near Shah Wali Kot?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['26x INS killed'],
  },
  {
    question: 'How much opium was collected in the Shah Wali Kot operation?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['35kg of Opium'],
  },
  {
    question: 'What kind of wounds did the 13 admitted civilians have?',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: ['gun shot wounds'],
  },
  {
    question: 'Who were the bodies of the three insurgents handed to?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['handed over to the AUP'],
  },
  {
    question: 'What vehicles made up the German patrol hit by the IED on LOC Pluto?',
    reports: ['GER-0001'],
    holds: ['1 FENNEK and 1 DINGO'],
  },
  {
    question: 'How many Belgians were wounded by the rocket at the Dutch compound?',
    reports: ['GER-0003'],
    holds: [['2 x BELGUIM WIA', '2 X BELGIAN WIA']],
  },
  {
    question: "Where did the Danish team's two vehicles get stuck?",
    reports: ['GER-0011'],
    holds: ['RIVERBED IN THE VAKHAN AREA'],
  },
  {
    question: 'What injury did the child on the bike suffer after the Fuchs hit him?',
    reports: ['GER-0012'],
    holds: ['BROKEN THIGH'],
  },
  {
    question: 'where was the command wire ied hidden that hit the fennek',
    reports: ['GER-0013'],
    holds: ['under a small bridge'],
  },
  { question: "How was the German OMLT's language assistant attacked?", reports: ['GER-0016'], holds: ['with knives'] },
  {
    question: 'How many Afghan children were killed in the SVBIED attack on the Germans near Kunduz?',
    reports: ['GER-0023'],
    holds: [['5x LN Children', '5 killed LN', '5x killed LN']],
  },
  {
    question: 'Why did PRT MES suspect a car bomb at the main gate of Camp Northern Lights?',
    reports: ['GER-0029'],
    holds: ['robbery of a garbage truck'],
  },
  {
    question: 'What car was used as the VBIED that hit the Dingo on the NFO patrol out of PRT KDZ?',
    reports: ['GER-0037'],
    holds: ['silver-grey Toyota Corolla'],
  },
  {
    question: 'How many German soldiers died when the Fox vehicle flipped into the river?',
    reports: ['GER-0044'],
    holds: [['3 X ISAF/NATO (DEU) KIA', '3 Killed in Action']],
  },
  {
    question: 'What was the IED found on the road toward Yaftal-E Sofla built from?',
    reports: ['GER-0049'],
    holds: ['pressure cooker'],
  },
  {
    question: 'Did the B1B bomb the vehicle left behind after OP Aragon?',
    reports: ['GER-0056'],
    holds: ['DID NOT DROP A BOMB'],
  },
  {
    question: 'Who was the militia leader killed by the IED near Kunduz?',
    reports: ['GER-0062'],
    holds: ['SAID RAHMAN'],
  },
  {
    question: 'Where was the CH-53 medevac helicopter hit by the small arms fire?',
    reports: ['GER-0064'],
    holds: ['EXTERNAL FUEL TANKS'],
  },
  {
    question: 'How did the five German soldiers sleeping in the tent get carbon monoxide poisoning?',
    reports: ['GER-0065'],
    holds: ['GAS COOKER FOR HEATING'],
  },
  {
    question: 'How did the German convoy injure the local boy near Pol-e Khumri?',
    reports: ['GER-0071'],
    holds: ['hit by mirror'],
  },
  {
    question: 'How much explosive was in the pressure plate IED that hit the Dingo in Char Dara?',
    reports: ['GER-0073'],
    holds: ['10-12 kg'],
  },
  {
    question: 'What pistol did the soldier at PRT KDZ shoot himself in the leg with?',
    reports: ['GER-0080'],
    holds: ['P8'],
  },
  {
    question: 'Which member of parliament was in the black SUV that crashed near Aqchah?',
    reports: ['GER-0085'],
    holds: ['FAHIMA SADAT'],
  },
  {
    question: 'Did the German MP convoy stop after the crash near Aqchah?',
    reports: ['GER-0085'],
    holds: ["didn't stop"],
  },
  {
    question: 'what was actually hit in taloqan, the airfield or somthing else?',
    reports: ['GER-0086'],
    holds: ['office of the DWHH'],
  },
  {
    question: 'Why did the Dingo flip over on its left side according to the investigation?',
    reports: ['GER-0106'],
    holds: ['lack of experience of the driver'],
  },
  {
    question: 'How many Afghan police went missing after the fight near Meng Derakht?',
    reports: ['GER-0121'],
    holds: [['2 x ANP MIA', '2x ANP are missing', '2 Missing in Action']],
  },
  {
    question: 'How fast was the motorcycle going at the checkpoint on LOC Litschi?',
    reports: ['GER-0110'],
    holds: ['40 mph'],
  },
  {
    question: 'Who were the two Iranian agents helping to carry out attacks?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['HIG and TB members'],
  },
  {
    question: 'Where did the Iranians organize transports for injured people to?',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['TEHERAN'],
  },
  {
    question: 'Why did the Afghan foreign ministry want the Iranian weapons found in Kandahar kept quiet?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: ['visit of the Iranian President'],
  },
  {
    question: "How close was the match between the suicide vests' explosive and Iranian C4?",
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['92% probability'],
  },
  {
    question: 'which city were the two suicide bombers sent to?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['LashKarGah'],
  },
  {
    question: 'How many Arabs and Iranians were seen in the village in Herat?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['seven Arabs and four Iranians'],
  },
  {
    question: 'What unit do the four Iranians in Herat belong to?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['SEPAH-E-PASDARAN'],
  },
  {
    question: 'Where did Hekmatyar go after getting back from North Korea?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Konar'],
  },
  {
    question: 'Does the author know whether the North Korea weapons deal really happened?',
    reports: ['ws-commentary-02'],
    holds: ['if this actually happened'],
  },
  {
    question: 'How often are Iranian arms found inside Afghanistan?',
    reports: ['ws-commentary-07'],
    holds: ['regularly discovered'],
  },
  {
    question: 'If the Herat report is true, what does it say about Iranian intelligence?',
    reports: ['ws-commentary-12'],
    holds: ['cooperating with al Qaeda'],
  },
  {
    question: 'What was the name of the driver TF 373 killed in the escalation of force in May 2009?',
    reports: [],
    holds: [],
  },
  {
    question: 'How much solatia did TF31 end up paying for the pedestrian Mohawk 6 hit on Highway 1?',
    reports: [],
    holds: [],
  },
  { question: 'Who was the "jackpot" detained on OBJ Wrentham?', reports: [], holds: [] },
  {
    question: 'What were the names of the German soldiers who died when the Fox flipped into the river near Kunduz?',
    reports: [],
    holds: [],
  },
  { question: 'How much money did Hekmatyar and Dr Amin pay North Korea for the weapons?', reports: [], holds: [] },
  {
    question: 'What were the names of the two Iranian agents who infiltrated Afghanistan in 2006?',
    reports: [],
    holds: [],
  },
  { question: 'Who fired the rockets at FOB Orgun-E on 10 October 2007?', reports: [], holds: [] },
  { question: 'How much ransom money did the Taliban ask for Bergdahl?', reports: [], holds: [] },
  { question: 'what was the name of the boy on the donkey hit by the german convoy', reports: [], holds: [] },
  {
    question: 'How many people did the A-10 strike on the IED maker near the Gwashta bazaar kill?',
    reports: [],
    holds: [],
  },
  { question: 'What types of Iranian-made weapons were found in Kandahar in April 2007?', reports: [], holds: [] },
  { question: 'Did Hafizullah reconcile with the government after the 28 January meeting?', reports: [], holds: [] },
];

/** Every question is held out (see above). */
export const FOURTH_SET: AskCase[] = WRITTEN_APART.map((c) => ({ ...c, holdout: true }));
