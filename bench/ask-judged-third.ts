/**
 * A third judged question set for `npm run eval:ask`, written apart on 3 December 2026 (stop 19) by a helper who had
 * read only the corpora, and never ran the answerer on it, while five others changed the answerer: 150 questions as a
 * journalist or a hobbyist in a Discord server asks after reading a report once (120 on the War Diary sample, 15 on the
 * article's reports, 15 the corpora cannot answer), some in lower case or with typos.
 *
 * It measures the answerer on questions nobody tuned it for. Its first run showed what the first two sets no longer do:
 * on fresh questions the answerer quotes wrongly more often than 3 % and declines many it could answer. Every other
 * question (the first, third…) was looked at once, its wrong quotes and its declines read; the others are held out:
 * only their totals are read. `holds` and `reports` mean what they mean in ask-judged.ts.
 */
import type { AskCase } from './ask-judged.ts';

const WRITTEN_APART: Omit<AskCase, 'holdout'>[] = [
  {
    question: 'how many people were seen planting a bomb near panjwayi?',
    reports: ['1029296', 'D25FC90E-6EB2-40E9-8846-336695252899'],
    holds: ['3x persons'],
  },
  {
    question: 'What was the remote-controlled bomb near FOB Khakrez wrapped in to keep it dry?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['plastic bag'],
  },
  {
    question: 'Was a dog used to find the suspicious item in the road SE of Khakrez?',
    reports: ['1029454', '91EC7EE7-29FF-44E3-BA0F-05D0B3FC9D56'],
    holds: ['K-9 unit'],
  },
  {
    question: 'Which truck in the convoy to FOB MSG got hit by the IED south of PB Wilson?',
    reports: ['1029356', '9799EF40-1F7B-42CD-B738-3F943C6BA140'],
    holds: ['truck #3'],
  },
  {
    question: 'how many Afghan soldiers were hurt in total when their patrol hit a bomb near FOB Sweeney',
    reports: ['1029426', '47CB93DE-8DEF-46BD-98AB-A8DF3FB4DF58'],
    holds: ['6x ANA WIA'],
  },
  {
    question: 'where in Tagab was the IED discovered',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ["girl's school"],
  },
  {
    question: 'How many Taliban did the Afghan army catch laying IEDs near Masum Ghar?',
    reports: ['1029604', '45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5'],
    holds: ['two Taliban'],
  },
  {
    question: 'How many rounds of indirect fire landed near Hunter Base?',
    reports: ['0x080e00000120ed29b74b16d8702098e6'],
    holds: ['2 Rounds IDF'],
  },
  {
    question: 'Who was killed when TF 373 and the Afghan forces shot at the speeding civilian car?',
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: [['KILLING THE DRIVER', '1 X KIA (LN)', '1x LN KIA']],
  },
  {
    question: 'Which objective did TF 373 raid near Hunter Base in October 2009?',
    reports: ['0x080e0000012406d3b66c16d87c1cd39e'],
    holds: ['OBJ WRENTHAM'],
  },
  {
    question: 'Why did the enemy leave the bomb parts behind on Route Mule?',
    reports: ['AF87810F-B2C0-5608-882E2BBF4CE09A51'],
    holds: ['did not want to have them in their possession'],
  },
  {
    question: 'When did the Apaches leave station because of the weather during the Pikes Peak op?',
    reports: ['295F93E5-9911-8D76-CED90CD5C6F9FE8E'],
    holds: ['1445Z'],
  },
  {
    question: 'what weapon do the analysts think really shot at the MH-47s in Ghazni',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: [['DShK or possibly a ZGU', 'possible DShK or ZPU/ZGU']],
  },
  {
    question: 'Why did the MH-47s have to divert to a new location?',
    reports: ['94C02CA4-F238-A8AE-5C6712734A8CE420'],
    holds: ['close proximity of threatening fire'],
  },
  {
    question: 'what misile did eddie 57 fire at the building above spera DC',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['N-Model Hellfire'],
  },
  {
    question: 'When did Operation Rad U Barq kick off?',
    reports: ['635CC856-CDE0-66B0-3F727F1EF0A9C3A9'],
    holds: ['25JUL08'],
  },
  {
    question: 'How close did the RPG come to the lead helicopter near Altamur?',
    reports: ['689C4737-E99C-A2FD-E763FB344AF90077'],
    holds: ['within 300m'],
  },
  {
    question: 'When was the last SAFIRE before the Chinooks were shot at over the Khowst Bowl?',
    reports: ['E5823F55-FB94-21F2-699B08A5882B25F6'],
    holds: ['21 SEP 08'],
  },
  {
    question: 'Which ISNs were given to the 4 detainees TF 373 sent to the BTIF in Nov 2008?',
    reports: ['9E4BB5A3-C7C1-9B5E-68DA4CE742EBCC68'],
    holds: ['3814 thru 3816'],
  },
  {
    question: 'How much opium did TF 333 find during OP Marlin?',
    reports: ['113A9187-E19A-1DCC-F5A5828D156878A7'],
    holds: ['90x bags of Opium'],
  },
  {
    question: 'which other task force handed a detainee to the BTIF on 19 Feb 09 besides TF 373',
    reports: ['8EB8CA85-0B37-E810-4B614BF1E2246A2E'],
    holds: ['TF Paldin'],
  },
  {
    question: "What's the name of the US soldier who went missing from Mest OP?",
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['BERGDAHL'],
  },
  {
    question: 'What did the Taliban want in exchange for the captured American?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['15 TALIBAN', '15 OF THEIR TALIBAN BROTHERS']],
  },
  {
    question: 'whats the license plate of the white station wagon seen near shin cha',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['7534'],
  },
  {
    question: 'What was OBJ McKinnley believed to be?',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['HQN training camp'],
  },
  {
    question: 'When had ISN 1503 been released before he was recaptured?',
    reports: ['33EAEB3C-1517-911C-C53F2A603F99EDDF'],
    holds: ['01 may 2005'],
  },
  {
    question: "how big was the crater from the VOIED that injured one during TF373's operation",
    reports: ['4B4A6821-1372-51C0-595E37D51FE01EAA'],
    holds: ['18" in dia'],
  },
  {
    question: 'Which of the TF 3-73 detainees was a recapture from a Guantanamo release?',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['0831'],
  },
  {
    question: 'What set off the command wire IED recovered at FOB Hunter?',
    reports: ['1379E3D6-1517-911C-C58AAB8734102D96'],
    holds: ['camera flash initiator'],
  },
  {
    question: 'How old did the doctors at the CSH decide ISN 20033 was?',
    reports: ['696F6581-1517-911C-C56F14BAF22DF11C'],
    holds: ['APPROXIMATELY 16 YEARS'],
  },
  {
    question: 'how many americans died in the chinook crash near camp arena',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: [['10 US KIA', '10 US were KIA']],
  },
  {
    question: 'How will the 12 most seriously wounded be moved to Bagram?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: ['via MC130'],
  },
  {
    question: 'What was the total detainee headcount after ISNs 20091 and 20092 came in?',
    reports: ['9850466C-1517-911C-C576A31ACB35AA4D'],
    holds: ['741 assigned'],
  },
  {
    question: 'When was ISN 2067 first released from the BTIF?',
    reports: ['590338B6-1517-911C-C58A6DADD54FB48F'],
    holds: ['03JUL06'],
  },
  {
    question: 'How many men were digging in the road near COP Najil?',
    reports: ['CCBDAEAC-1517-911C-C5AA07331CA73BAA'],
    holds: [['6X MAM', '6X AAF', '6X ENEMY']],
  },
  {
    question: 'Who found the weapons cache in the textile factory?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['TF 3-6 FA'],
  },
  {
    question: 'Which special forces team was working with 3-71 CAV near Gardesh?',
    reports: ['2FC368C6-1F2C-4543-BC7E-3182017D913E'],
    holds: ['ODA 773'],
  },
  {
    question: 'Who tipped off the TF 37 convoy about the bomb on the road to Zormat?',
    reports: ['01E93704-F35D-4568-BD9F-7772039ED645'],
    holds: ['civilians'],
  },
  {
    question: 'Who is TF Titan going to hire to help get the rolled vehicle back?',
    reports: ['E5713E12-E4E2-4E29-BCFB-D9FEF32011ED'],
    holds: ['local national tow truck driver'],
  },
  {
    question: 'how did the ANP guy in Kamdesh get shot',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: [['negligent discharge', 'self inflicted']],
  },
  {
    question: 'Why was the first medevac for the wounded policeman in Kamdesh turned down?',
    reports: ['0481845F-9CF2-43DB-BA11-85D6A8AF5340'],
    holds: ['due to weather'],
  },
  {
    question: 'how far did the 7 yr old boy near fob naray fall',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['15-20m'],
  },
  {
    question: 'Which two elements got ambushed during Operation Hero Presence?',
    reports: ['4F5965B7-FBE0-4DFE-A143-48280AFE95CD'],
    holds: ['CB13 and Whiskey 36'],
  },
  {
    question: "What was TF Titan's total enemy body count from the overwatch fight?",
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: ['14x EKIA'],
  },
  {
    question: "What's the name of the ANP officer who stayed at the Kamdesh PRT with the wounded cop?",
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['Nimitullah'],
  },
  {
    question: 'How many of the four villagers attacked in Shingar died?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['Three of the four'],
  },
  {
    question: 'was there any motive for the shooting in shingar village',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['no apparent motive'],
  },
  {
    question: 'What did the enemy use to block the road in the ambush 28km from Kamdesh?',
    reports: ['BB186731-1257-4839-901E-513B0BACF738'],
    holds: ['burned Mazdas'],
  },
  {
    question: "what do TF 31 think the captured insurgent's name really is",
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['Ali Mohammed'],
  },
  {
    question: 'How far from the Kamdesh PRT did the 107mm rocket hit?',
    reports: ['6922D2BA-80EA-42BA-A065-53CF71F27AB7'],
    holds: ['500 meters east'],
  },
  {
    question: 'Who called the aircraft off before the bunker strike?',
    reports: ['8EBB5690-D463-4B12-B79B-2F6A9890327A'],
    holds: ['Tombstone'],
  },
  {
    question: 'What artillery was called in on the machine gun fire at Sperwan Ghar?',
    reports: ['2FF2B6AE-CEDD-486F-9EDB-157E12EA3B23'],
    holds: ['155mm'],
  },
  {
    question: 'How did the gunman who fired on Sperwan Ghar Base get away?',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['via a wadi'],
  },
  {
    question: 'did they ever do the GSR testing after the shooting near sperwan ghar?',
    reports: ['4D2B7FBC-B8EB-480C-80D5-24CC7EAF7B60'],
    holds: ['no GSR testing was done'],
  },
  {
    question: 'Why did the M1114 roll onto its side north of FOB Naray?',
    reports: ['F7118CC4-F98D-4072-8369-6684C8B9D72C'],
    holds: ['road gave way'],
  },
  {
    question: 'Where did the walk-in source say the big cache turned in at FB Naray came from?',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['Darkano'],
  },
  {
    question: 'who has been threatning governor murad?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['Qari Nejat'],
  },
  {
    question: 'What aircraft backed up TF31 when they took fire NE of FOB Cobra?',
    reports: ['2ACFC14E-5AD9-4B5C-A691-9A41AAAD326A'],
    holds: ['A-10'],
  },
  {
    question: 'Why did the Naray sub governor want so many radios?',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['hear the good News'],
  },
  {
    question: 'What did the police in Spin Boldak find in the truck?',
    reports: ['BEBE317F-F06C-465D-BF1A-BA67A3EEA47E'],
    holds: ['Suicide Vests'],
  },
  {
    question: "what happened to the 18 year old's hand when the IED went off near Sperwan Ghar",
    reports: ['CF103899-97EC-45F6-A42B-C457B9505F69'],
    holds: ['blew off right hand'],
  },
  {
    question: 'who was TF 373 trying to kill or capture on OBJ Carbon',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Qari Ur-Rahman'],
  },
  {
    question: 'Who was made chief of police in Gomal?',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['Tefhan'],
  },
  {
    question: 'according to general miakhel why did the workers at the mata khan school leave',
    reports: ['012F40C1-EC0C-4C3A-B3CF-7D536E3564E3'],
    holds: ['get home for EID'],
  },
  {
    question: 'How many people died in the TF 373 raid on Objective Wolf?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['1 child, 1 woman, 5 males'],
  },
  {
    question: 'Which detainee was released back to his village the week before?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['Musa Khan'],
  },
  {
    question: 'Where was Governor Khpalwak while he was away for the Hajj?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7', 'A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['Mecca'],
  },
  {
    question: "What was TF 373's raid in Wazi Khwa going after?",
    reports: ['B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9'],
    holds: ['IED cell'],
  },
  {
    question: 'How many rockets hit FOB Orgun-E on 10 October?',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['5 rockets'],
  },
  {
    question: "Who is Aziz Ullah's boss?",
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['subordinate to Saifullah'],
  },
  {
    question: 'Was Akeeb Khan on Objective White when they hit it?',
    reports: ['7889EE35-105B-41D3-837A-15DD20843878'],
    holds: ['NOT ON OBJECTIVE WHITE'],
  },
  {
    question: 'At whose request does the Musa Qaleh plan say coalition troops are there?',
    reports: ['8A66F2EF-7533-48CD-AC71-094C233A9C41'],
    holds: ['President Karzai and Governor Waffa'],
  },
  {
    question: 'How many ANP were killed by the land mine near FB MF?',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['2 KIA'],
  },
  {
    question: 'What was the bomb that killed the Sayeda security driver made of?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['105mm rocket'],
  },
  {
    question: 'What gun do they think was fired at AZ 52?',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['RPK'],
  },
  {
    question: 'Who did the wounded driver shot by TF Commando turn out to be?',
    reports: ['2448FCDC-BABE-40A3-BCE8-144B32767070'],
    holds: ['NDS employee'],
  },
  {
    question: 'how many insurgents were killed in the final BDA near shah wali kot',
    reports: ['1A75A581-9BE5-4A20-91E5-EB415A91039A'],
    holds: [['26x INS killed', '26 Killed']],
  },
  {
    question: 'How did the fourth insurgent at the culvert get away?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['on a motorcycle'],
  },
  {
    question: 'What was the IED used against the German patrol on LOC Pluto probably made from?',
    reports: ['GER-0001'],
    holds: ['2 artillery shells'],
  },
  { question: 'What did the rocket hit at the Dutch compound in KAF?', reports: ['GER-0003'], holds: ['IMP TENT'] },
  {
    question: 'which way did the attackers run after shooting at apache 17',
    reports: ['GER-0004'],
    holds: ['SOUTH OVER THE MOUNTAIN RANGE'],
  },
  {
    question: 'Was the attack on the German convoy in Baghlan really a suicide bombing?',
    reports: ['GER-0007'],
    holds: ['no evidence of suicide activity'],
  },
  {
    question: 'Where was the car full of explosives found near Mazar?',
    reports: ['GER-0008'],
    holds: ['100M N FROM RING ROAD'],
  },
  {
    question: 'where was the command wire bomb that hit the Fennek hidden',
    reports: ['GER-0013'],
    holds: ['under a small bridge'],
  },
  {
    question: 'how many kids were killed in the suicide car bomb on the PRT Kunduz patrol',
    reports: ['GER-0023'],
    holds: [['5x LN Children', '5 killed LN (children)', '5x killed LN (children)']],
  },
  {
    question: 'What car was the VBIED that hit the German Dingo?',
    reports: ['GER-0037'],
    holds: ['silver-grey Toyota Corolla'],
  },
  {
    question: 'What did the man in Qisilabad want for the rockets in his backyard?',
    reports: ['GER-0041'],
    holds: ['for timber'],
  },
  {
    question: 'How did one of the three German soldiers killed near Little Pluto die?',
    reports: ['GER-0044'],
    holds: ['DROWNED'],
  },
  {
    question: 'How many illumination rounds did the German QRF fire for the Belgian OMLT?',
    reports: ['GER-0051', 'GER-0126'],
    holds: [['3X ROUNDS OF ILLUMINATION', '3 rounds of illumination']],
  },
  {
    question: "Why didn't the B1B bomb the abandoned vehicle?",
    reports: ['GER-0056'],
    holds: ['RESIDENTIAL COMPOUND'],
  },
  {
    question: 'Which vehicle did the RPG hit at the Konduz river ford?',
    reports: ['GER-0058'],
    holds: ['TACTICAL FOX VEHICLE'],
  },
  {
    question: 'what anti tank weapon did they use on the insurgents by the rocket launchers',
    reports: ['GER-0060'],
    holds: ['MILAN'],
  },
  {
    question: 'who was killed in the IED strike the German foreign office reported near Kunduz?',
    reports: ['GER-0062'],
    holds: ['SAID RAHMAN'],
  },
  { question: 'Where did the CH-53 medevac take fire?', reports: ['GER-0064'], holds: ['10KM NW OF ALIABAD'] },
  {
    question: 'Why did the five German soldiers get carbon monoxide poisoning?',
    reports: ['GER-0065'],
    holds: ['GAS COOKER FOR HEATING'],
  },
  { question: 'who gave the injured boy first aid at PRT PEK', reports: ['GER-0071'], holds: ['HUN doctor'] },
  {
    question: 'Which member of parliament was in the SUV crash south of Aqchah?',
    reports: ['GER-0085'],
    holds: ['FAHIMA SADAT'],
  },
  { question: 'why didnt the german convoy stop at the crash', reports: ['GER-0085'], holds: ['security reasons'] },
  { question: 'What really hit the DWHH office in Taloqan?', reports: ['GER-0086'], holds: ['one RPG round'] },
  {
    question: 'Why did the 1st Kandak vehicle fall off the bridge near Keshem?',
    reports: ['GER-0088'],
    holds: ['bad road conditions'],
  },
  {
    question: 'How did the back-seat soldier die in the Wolf accident during OP Ghazna?',
    reports: ['GER-0093'],
    holds: [['car rolled over on him', 'vehicle tumbled down on him']],
  },
  { question: 'what made the dingo flip over in the bluebox', reports: ['GER-0106'], holds: ['heavy terrain'] },
  {
    question: 'What happened to the Afghan civilian hit by the warning shot near Meng Derakht?',
    reports: ['GER-0121'],
    holds: ['has DOW'],
  },
  {
    question: 'how many soldiers got hurt when the dingo crashed near sheberghan',
    reports: ['GER-0125'],
    holds: [['6 soldiers were injured', '6 x Cat C']],
  },
  {
    question: "What time did the escalation of force on the civilian car in TF Steel's area start?",
    reports: ['0x080e000001217885d9b4160d7dec0e9e'],
    holds: ['0830Z'],
  },
  {
    question: 'when did TF 373 hand over the 2 detainees who got ISNs 20089 and 20093',
    reports: ['AC252551-1517-911C-C579936A3A5085D7'],
    holds: ['201638LDEC09'],
  },
  {
    question: 'When are the coalition and the Kapisa NDS meeting Hafizullah?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['28 January 2007'],
  },
  {
    question: 'When will the other 6 Kapisa schools be contracted?',
    reports: ['380CB1B2-C643-4BF2-B26F-72EFE5D2526B'],
    holds: ['3 February'],
  },
  {
    question: 'what time was the all clear given after the rocket attack on orgun-e',
    reports: ['F5B17E63-A0AE-451D-9471-4F53E67E8C7F'],
    holds: ['1222z'],
  },
  { question: 'When did the IED hit the German Dingo in Char Dara?', reports: ['GER-0073'], holds: ['261930Z'] },
  {
    question: 'When is the Yaya Khel district center ribbon cutting supposed to happen?',
    reports: [
      '012F40C1-EC0C-4C3A-B3CF-7D536E3564E3',
      'AEC4ED32-3A90-4381-B62E-100094A33AB7',
      'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9',
    ],
    holds: ['18 OCT 07'],
  },
  {
    question: 'When did Geronimo start DUSTWUN procedures for the missing soldier?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['0535Z'],
  },
  { question: 'When did they finally pull the damaged FOX out of the river?', reports: ['GER-0044'], holds: ['1702D'] },
  {
    question: 'when was ISN 4217 transferred into the BTIF',
    reports: ['A5BDA382-1517-911C-C5213D2C660290DA'],
    holds: ['301143ZOCT09'],
  },
  {
    question: 'Did the B1B end up dropping a bomb on the abandoned vehicle?',
    reports: ['GER-0056'],
    holds: ['DID NOT DROP A BOMB'],
  },
  {
    question: 'was anybody injured when the 7 ton truck tipped over during night vision driver training',
    reports: ['GER-0131'],
    holds: ['No injuries'],
  },
  {
    question: 'Did the first controlled detonation of the UXO found by the construction workers near PRT KDZ work?',
    reports: ['GER-0031'],
    holds: ['not successful'],
  },
  {
    question: 'Could the Dingo still be driven after it flipped over in the Bluebox?',
    reports: ['GER-0106'],
    holds: ['driveable'],
  },
  {
    question: 'Is the CH-53 that made the emergency landing still at Kunduz airfield?',
    reports: ['GER-0054'],
    holds: ['STILL ON KDZ AIRFIELD'],
  },
  {
    question: 'Did investigators find any impacts inside the ANA camp after the two detonations?',
    reports: ['GER-0117'],
    holds: ['No impacts have been detected inside the camp'],
  },
  {
    question: 'What were the two Iranian agents supposed to get local Afghans to do?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['making propaganda'],
  },
  {
    question: 'how did the iranian agents get into afghanistan without being noticed',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['assumed identities'],
  },
  {
    question: 'Which forces were the Iranian agents especially helping attacks against?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['American forces'],
  },
  {
    question: 'Where were the Iranians takeing the injured people?',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['TEHERAN'],
  },
  {
    question: 'who were the injured people the iranians were transporting',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['Taliban members'],
  },
  {
    question: 'Why did the Afghan foreign ministry want to keep the Iranian weapons find quiet?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: [['June visit of the Iranian President', 'impending trip']],
  },
  {
    question: 'How likely was it that the explosive in the vests was Iranian C4?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['92% probability'],
  },
  {
    question: 'Which city were the two suicide bombers told to go to?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['LashKarGah City'],
  },
  {
    question: 'how many men were in the terror cell the afghans rolled up',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['four-man'],
  },
  {
    question: "When did the American investigators visit the Interior Ministry's counterterrorism unit?",
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['December 30, 2007'],
  },
  {
    question: 'Which branch of the Iranian military do the four Iranians seen in Herat belong to?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['SEPAH-E-PASDARAN'],
  },
  {
    question: 'Who were the seven Arabs in Herat linked to?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['AL MANSOUR'],
  },
  {
    question: 'where did hekmatyar go after coming back from north korea',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Konar'],
  },
  {
    question: 'When is the North Korean weapons shipment expected to arrive?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['shortly after the new year'],
  },
  {
    question: 'How many references to Iranian arms found by ISAF does the WikiLeaks database have?',
    reports: ['ws-commentary-07'],
    holds: ['dozens of references'],
  },
  { question: 'What was the name of the driver killed when TF 373 fired on the speeding car?', reports: [], holds: [] },
  { question: 'How much money did the Taliban ask for in exchange for Bergdahl?', reports: [], holds: [] },
  { question: 'What caused the CH-47 to crash near Camp Arena?', reports: [], holds: [] },
  { question: 'Who was flying the Chinook that went down in October 2009?', reports: [], holds: [] },
  { question: 'How old was Ali Mohammed, the insurgent ODB 330 captured?', reports: [], holds: [] },
  { question: 'what was the license plate of the white corolla that sped at the BSG patrol', reports: [], holds: [] },
  { question: 'How many insurgents were killed by the JDAM strike on the bunker complex?', reports: [], holds: [] },
  { question: 'Who killed the three villagers in Shingar?', reports: [], holds: [] },
  { question: 'Which group planted the IED that killed Said Rahman?', reports: [], holds: [] },
  { question: 'What was the name of the HUN doctor who treated the boy?', reports: [], holds: [] },
  { question: "What was the name of the cyclist Mohawk's vehicle hit on Highway 1?", reports: [], holds: [] },
  { question: 'Which company is building the Provincial Attorneys building in Sharana?', reports: [], holds: [] },
  { question: 'when was akeeb khan finally captured', reports: [], holds: [] },
  { question: 'What was the name of the ANA colonel medevaced with the little boy?', reports: [], holds: [] },
  { question: 'When did Dr Amin and Hekmatyar fly to North Korea?', reports: [], holds: [] },
];

/** Every other question is held out (see above). */
export const THIRD_SET: AskCase[] = WRITTEN_APART.map((c, i) => ({ ...c, holdout: i % 2 === 1 }));
