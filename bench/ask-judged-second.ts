/**
 * A second judged question set for `npm run eval:ask`, written by another
 * person who had read only the corpora: not the answerer, not the first set
 * (bench/ask-judged.ts). It asks as people do who have read a report once:
 * long, specific, in their own words, and with questions that look answerable
 * but are not (the agents' names, the village's name, what the shipment held).
 *
 * Half of it (every other question) was looked at while the answerer was
 * tuned; the other half is held out: only its totals were read, and its wrong
 * answers once. `holds` and `reports` mean what they mean in ask-judged.ts.
 */
import type { AskCase } from './ask-judged.ts';

const WRITTEN_APART: Omit<AskCase, 'holdout'>[] = [
  // ───────────── Article corpus: reports ─────────────
  {
    question: 'Who were the Iranian agents helping to carry out attacks?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['HIG and TB members'],
  },
  {
    question: 'which troops in particular were the iranian agents going after',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['especially against the American forces'],
  },
  {
    question: 'What were the Iranian spies trying to get ordinary Afghans to do?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['making propaganda'],
  },
  {
    question: 'Who was the propaganda stirred up by the Iranian operatives aimed at?',
    reports: ['ws-2006-06-03-iranian-agents'],
    holds: ['propaganda against the AFG governmental authorities'],
  },
  {
    question: 'where did the iranians take wounded taliban?',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['TEHERAN'],
  },
  {
    question: 'How did Iranians reportedly help insurgents who got hurt in the fighting?',
    reports: ['ws-2006-10-20-transports-to-teheran'],
    holds: ['organizing transports for injured people'],
  },
  {
    question: 'Which Afghan ministry wanted the discovery of Iranian weapons kept quiet?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: ['Ministry of Foreign Affairs'],
  },
  {
    question: 'In what city were the Iranian-made arms found in spring 2007?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: ['Kandahar'],
  },
  // The article says the reason too: "…wanted to keep a then recent discovery of Iranian arms quiet because of Iranian
  // president Mahmoud Ahmadinejad’s impending trip."
  {
    question: 'Why did Kabul want to keep the Iranian arms find under wraps?',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: [['June visit of the Iranian President', 'impending trip']],
  },
  {
    question: 'when was ahmadinejad supposed to come to afghanistan',
    reports: ['ws-2007-04-22-iranian-weapons-kandahar'],
    holds: ['June visit'],
  },
  {
    question: 'Who sent the suicide bombers to Lashkar Gah?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['Taliban/Al-Qaeda leaders'],
  },
  {
    question: 'what were the bombers supposed to hit in lashkargah?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['high level officials and Coalition forces'],
  },
  {
    question: 'How many would-be suicide bombers were heading to Lashkar Gah?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['two suicide bombers'],
  },
  {
    question: 'How long did the Interior Ministry keep the suspected bomb cell under surveillance?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['several months'],
  },
  {
    question: 'what did the afghans turn up after watching the suspects?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['located their cache'],
  },
  {
    question: 'How close was the match between the explosive in the vests and Iranian C4?',
    reports: ['ws-2007-12-30-iranian-c4'],
    holds: ['92% probability'],
  },
  {
    question: 'Where did the explosives packed into the suicide vests come from?',
    reports: ['ws-2007-12-30-iranian-c4', 'ws-commentary-09', 'ws-commentary-12'],
    holds: [['Iranian C4', 'Iranian provenance', 'Iranian explosives']],
  },
  {
    question: 'who were the seven arabs in herat linked to?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['AL MANSOUR'],
  },
  {
    question: 'Who is Al Mansour?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['OSAMA BIN LADEN Deputies'],
  },
  {
    question: 'Which foreign soldiers were the Arab fighters in Herat planning to attack?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['Italian troops'],
  },
  {
    question: 'Apart from American and Italian troops, who else might the Arabs have gone after?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['whatever foreigners'],
  },
  {
    question: 'how many iranians were with the arab group in herat',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['four Iranians'],
  },
  {
    question: 'Were the Revolutionary Guards involved with the Arabs spotted in Herat?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: ['SEPAH-E-PASDARAN'],
  },
  {
    question: 'In what way were the four Iranians supporting the Arab group?',
    reports: ['ws-2008-09-arabs-and-iranians-in-herat'],
    holds: [['through intelligence', 'coordinating']],
  },
  {
    question: 'Did the North Korea weapons deal actually go through?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['deal was closed'],
  },
  {
    question: 'how much was the north korean arms deal worth',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['undetermined amount of money'],
  },
  {
    question: 'When were the North Korean weapons expected to arrive?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['shortly after the new year'],
  },
  {
    question: 'Where did Hekmatyar go after he got back from North Korea?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Konar'],
  },
  {
    question: 'where did dr amin stay after the trip?',
    reports: ['ws-north-korea-weapons-deal'],
    holds: ['Helmand'],
  },

  // ───────────── Article corpus: commentary ─────────────
  {
    question: 'Is there any proof the North Korea weapons deal really happened?',
    reports: ['ws-commentary-02'],
    holds: [['if this actually happened', 'corroborating evidence']],
  },
  {
    question: 'how often do iranian weapons turn up in afghanistan?',
    reports: ['ws-commentary-07'],
    holds: ['regularly discovered'],
  },
  {
    question: 'Is Iranian intelligence working hand in hand with al Qaeda?',
    reports: ['ws-commentary-12', 'ws-2008-09-arabs-and-iranians-in-herat'],
    holds: [['cooperating with al Qaeda', 'SEPAH-E-PASDARAN']],
  },
  {
    question: 'Which two reports does the author say back each other up?',
    reports: ['ws-commentary-12'],
    holds: ['consistent with the December 30, 2007 account'],
  },
  {
    question: 'Over the years, how many reports were there of Iran and al Qaeda working together?',
    reports: ['ws-commentary-13'],
    holds: ['numerous reports of collaboration'],
  },
  {
    question: 'Have US military officials said anything about Iranian weapons showing up in Afghanistan?',
    reports: ['ws-commentary-07'],
    holds: ['repeatedly said so'],
  },

  // ───────────── War Diary sample ─────────────
  // "THE CACHE CONTAINED 2000 X ENFIELD RIFLES, 50-70 X 82MM &amp;amp; 120MM MORTAR ROUNDS, 1 X DSHK, ..."
  {
    question: 'how many old Enfield rifles were in the weapons stash found at a textile factory in Kandahar?',
    reports: ['C714209D-7A29-428C-B4D6-ECE9999250FF'],
    holds: ['2000 X ENFIELD RIFLES'],
  },
  // "(DELAYED REPORT) At 211517ZNOV06, TF33 reported IED discovered in a girl's school in TAGAB, 26km N of FOB SUROBI."
  {
    question: 'Where was a bomb found inside a girls school in November 2006?',
    reports: ['1029494', '68237365-BBDD-4F60-85F1-1DF35F04F6F3'],
    holds: ['TAGAB'],
  },
  // "At 110559ZDEC06, ANA reported apprehending two Taliban laying IEDs 2.6km SW of FOB MASUM GHAR."
  {
    question: 'How many Taliban did Afghan soldiers catch planting bombs near Masum Ghar?',
    reports: ['1029604', '45E23B3F-5B22-47D0-B2BF-CAB78A15F4C5'],
    holds: ['apprehending two Taliban'],
  },
  // "However, TF 31 personnel suspect that the real spelling of his name is Ali Mohammed."
  {
    question: 'What did the task force think the real name of the wounded prisoner flown to Kandahar airfield was?',
    reports: ['F75C127E-1A86-432C-A071-E386747E2BB9'],
    holds: ['Ali Mohammed'],
  },
  // "Cache consisted of the following: 23 Type 52mm HEAT recoilless rifle rounds, 4 82mm Mortar rounds, 25 cases of DSHKA ammo, 8 cases of ZuK ammo, 200 20mm SAPHEI rounds."
  {
    question: 'how many cases of dushka ammo were in the cache from the Shigal Valley?',
    reports: ['4BD724E6-97BA-48AA-A022-3599A82A0FA6'],
    holds: ['25 cases of DSHKA ammo'],
  },
  // "TF Titan reports 7 year old male fell 15-20m off a cliff or steep incline."
  {
    question: 'how far did the 7 year old boy fall off the cliff near Naray?',
    reports: ['2B90ADED-F243-4697-B35B-4E6E8B731F42'],
    holds: ['15-20m'],
  },
  // "Total BDA 14x EKIA."
  {
    question:
      'What was the total enemy death toll when TF Titan hit fighters moving into an overwatch position with small arms and mortars?',
    reports: ['510DBE62-5721-4020-A7D0-1D7EE84108E7'],
    holds: ['14x EKIA'],
  },
  // "After arriving at the PRT, 4x of the officers immediately left the area, leaving only Nimitullah and the wounded ANP officer."
  {
    question: 'whats the name of the afghan cop who brought a wounded colleague to the Kamdesh PRT?',
    reports: ['5C125662-8B11-4BF3-A82E-CA072D9DF3C8'],
    holds: ['Nimitullah'],
  },
  // "Three of the four local nationals were killed and the other wounded."
  {
    question: 'How many people died when gunmen attacked a family home in Shingar village?',
    reports: ['F3A3B1A2-7912-4D70-9418-297B5D94F205'],
    holds: ['Three of the four'],
  },
  // "He wanted a lot of radios because he wanted his people to hear the good News that CFs put out everyday."
  {
    question: 'Why did the sub-governor in Naray ask for so many radios?',
    reports: ['0DB4A802-A5AD-4462-9946-7DF04B397ED9'],
    holds: ['hear the good News'],
  },
  // "According to Dr. Monavar, Hafizullah attempted to immigrate to Iran but has not been able to do it legally."
  {
    question: 'Which country did Hafizullah, the Tagab Valley insurgent commander, try to move to?',
    reports: ['144775AB-8D5C-4F8F-84EA-5DE01A84E11D'],
    holds: ['immigrate to Iran'],
  },
  // "- Mission was a kill / capture of the senior TB commander (Qari Ur-Rahman) for attacks and planning in Nangarhar, and a cousin of Anwar al-Haqs"
  {
    question: 'who was TF 373 going after in the June 2007 raid southwest of Jalalabad?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['Qari Ur-Rahman'],
  },
  // "The governor indicated that he had received $2000 from OGA and he, himself, donated an additional $10,000 to Families/Elders for initial funeral expenses."
  {
    question: 'How much of his own money did Governor Sherzai give the families for funerals?',
    reports: ['35C17E54-C611-4F39-8C39-553F5927AC96'],
    holds: ['$10,000'],
  },
  // "... a TF 373 operation on Objective Wolf (42 SVA 34591 80079) which resulted in the death of 1 child, 1 woman, 5 males and the wounding of 3 others (1 small boy, 2 teenage girls of which one was medevacd earlier)."
  {
    question: 'Who died in the night raid on Objective Wolf in Paktika?',
    reports: ['A6CE8E85-6B84-4826-B5D1-81AF76F465D2'],
    holds: ['1 child, 1 woman, 5 males'],
  },
  // "One detainee, Musa Khan, was released back to his village last week."
  {
    question: 'which detainee picked up in the Yaya Khel operations was let go and sent home?',
    reports: ['AEC4ED32-3A90-4381-B62E-100094A33AB7'],
    holds: ['Musa Khan'],
  },
  // "(S//REL) Construction of the IED consisted of three battery packs, one cassette player and approximately 300 meters of wire."
  {
    question: 'What was the command wire bomb that hit the police near FB MF built from?',
    reports: ['A96791A5-E532-415C-9BF9-B706C016B752'],
    holds: ['cassette player'],
  },
  // "The IED consisted of 1x 105mm rocket, buried in the hard pack."
  {
    question: 'What was the roadside bomb that killed the driver of the Sayeda security vehicle in Zharmi made from?',
    reports: ['EDC22673-A26F-4E08-82BF-E2873E3D0A78'],
    holds: ['105mm rocket'],
  },
  // "Due to the rate of fire observed by the pilot as well as the bi-pod it is assessed that the weapon used in the engagement was a RPK."
  {
    question: 'what gun do they think was used to shoot at the Kiowa helicopters near FOB Robinson?',
    reports: ['F0BB4231-97BA-47E3-8379-F44E88410840'],
    holds: ['RPK'],
  },
  // "THE TALIBAN TREMS ARE 15 OF THEIR TALIBAN BROTHERS IN U.S. JAIL AND SOME MONEY IN EXCHANGE FOR PVT BERGDAHL." / "... THEY WANT TO TRADE 15 TALIBAN FOR THE AMERICAN."
  {
    question: 'How many prisoners did the Taliban want in return for the captured American soldier?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: [['TRADE 15 TALIBAN', '15 OF THEIR TALIBAN']],
  },
  // "UPDATE: UPDATE: 1-40 CAV HAS INTEL THAT TALIBAN IS PLANNING TO MOVE THE U.S. PAX TO GARDEZ"
  {
    question: 'where were the taliban planning to move the missing US soldier?',
    reports: ['36261792-F927-5439-D51D126F3051823D'],
    holds: ['GARDEZ'],
  },
  // "BDA: 1 X CH-47 destroyed, 10 US KIA, 11 US WIA, 14 X ANA WIA." / "Casualty Report RC (W) TOC DCHIEF reported that 10 US were KIA in addition to the 25 wounded (14 ANA and 11 US)."
  {
    question: 'How many Americans were killed when the Chinook went down in western Afghanistan in October 2009?',
    reports: ['94B745AF-1372-51C0-5991501A247DDA5E'],
    holds: [['10 US KIA', '10 US were KIA']],
  },
  // "TF3-09 BG (PPCLI) C/S 63 and 57B conducted ground BDA and VPS of the two locations and confirmed 3 x INS KILLED, the bodies were taken to DDC and handed over to the AUP, ..."
  {
    question: 'Who got the bodies of the three insurgents killed while planting a bomb at a culvert?',
    reports: ['cfc0fb06-5a75-43d5-90f9-3982399d9b80'],
    holds: ['handed over to the AUP'],
  },
  // "TF EAGLE LIFT S2 Assessment: OBJ McKINNLEY was believed to be an HQN training camp area."
  {
    question: 'what was objective McKinnley in southern Paktya believed to be?',
    reports: ['2B92BE46-1517-911C-C5E9C2F50E882922'],
    holds: ['HQN training camp'],
  },
  // "4x Detainee's were transferred into the BTIF from TF 3-73, ISN 20008, 20009, 4133, and 0831 (0831 Re-capture from prior GTMO Release that was in 2006) Province of capture Khost."
  {
    question: 'Which detainee brought to Bagram by TF 3-73 had already been released from Guantanamo once?',
    reports: ['4DF91E38-1517-911C-C5638E3BF52E3DF6'],
    holds: ['0831'],
  },
  // "2X US MIL FROM BCO AFT NORTH BN, HEIDELBURG, GER:"
  {
    question:
      'Where in Germany were the two badly hurt US soldiers from the rocket hit on the Dutch compound at Kandahar based?',
    reports: ['GER-0003'],
    holds: ['HEIDELBURG'],
  },
  // "BDA: 2x DEU ISAF killed, 2x DEU ISAF (CAT C) wounded, 1x LN (CAT UNK) wounded, 5x LN Children (CAT UNK) killed, ..."
  {
    question: 'how many kids died in the suicide car bomb attack on the German patrol from Kunduz?',
    reports: ['GER-0023'],
    holds: [['5x LN Children', '5 killed LN', '5x killed LN']],
  },
  // "BDA: 3 X ISAF/NATO (DEU) KIA (1 X DROWNED), 3 X INS KIA (UNCONFIRMED)."
  {
    question: 'Did any of the Germans drown when their vehicle flipped into the river after the ambush?',
    reports: ['GER-0044'],
    holds: ['DROWNED'],
  },
  // "SAID RAHMAN THE REGIONAL ARABAKI MILITIA LEADER WAS KIA IN THE ATTACK, AND TWO OF HIS BODY GUARDS WERE INJURED AND TRANSPORTED TO THE HOSPITAL IN KONDOZ."
  {
    question: 'which arbaki militia commander was killed by a roadside bomb near Kunduz?',
    reports: ['GER-0062'],
    holds: ['SAID RAHMAN'],
  },
  // "THE SOLDIERS REPORTEDLY SLEPT THE NIGHT IN A TENT, USING A GAS COOKER FOR HEATING."
  {
    question: 'What gave five German soldiers carbon monoxide poisoning?',
    reports: ['GER-0065'],
    holds: ['GAS COOKER'],
  },
  // "The boy was riding his donkey and donkey was hit by mirror of one of the armored GER vehicles (speed was 60km/h)."
  {
    question: 'what was the boy riding when a German convoy knocked him down near Pol-e Khumri?',
    reports: ['GER-0071'],
    holds: ['donkey'],
  },
  // "PRT MES reported that a black SUV, manned by several LN, amongst them AFG member of parliament FAHIMA SADAT, was on RR(N) from SHEBERGAN to MAZAR-E-SHARF."
  {
    question: 'Which Afghan MP was in the SUV that crashed on the icy road south of Aqchah?',
    reports: ['GER-0085'],
    holds: ['FAHIMA SADAT'],
  },
  // "\"The man wanted to hand over the rockets for timber, for a construction site.'"
  {
    question: 'What did the man in Qisilabad want in exchange for the rockets in his backyard?',
    reports: ['GER-0041'],
    holds: ['for timber'],
  },
  // "WHEN THE MAIN CHARGE DETONATED  IT BLEW OUT THE WINDOWS OF A  NEARBY QALAT."
  {
    question: 'what damage did blowing up the pressure plate bomb near Sharana cause?',
    reports: ['GER-0055'],
    holds: ['BLEW OUT THE WINDOWS'],
  },
  // "COP ESKANDER reported that INS have pulled out of the area towards WEST to TURKMENISTAN border."
  {
    question: 'Toward which border did the insurgents withdraw after attacking the police near Meng Derakht?',
    reports: ['GER-0121'],
    holds: ['TURKMENISTAN'],
  },
  // "0037D* PRT FEY TU reported that the  seriously injured DEU ISAF soldier died after approx. 55 minutes of reanimation."
  {
    question:
      'how long did medics try to revive the German soldier thrown from the vehicle during the Op Ghazna recce?',
    reports: ['GER-0093'],
    holds: ['55 minutes'],
  },

  // ───────────── Not answerable from either corpus ─────────────
  {
    question: 'What were the names of the two Iranian agents who slipped into Afghanistan in 2006?',
    reports: [],
    holds: [],
  },
  { question: 'What kind of weapons were in the North Korean shipment for Hekmatyar?', reports: [], holds: [] },
  { question: 'How many Iranian-made weapons were found in Kandahar?', reports: [], holds: [] },
  {
    question: 'Who were the two American investigators that tested the suicide vests in Lashkar Gah?',
    reports: [],
    holds: [],
  },
  {
    question: "what's the name of the village in Herat where the Arabs and Iranians were seen?",
    reports: [],
    holds: [],
  },
  { question: 'Did Ahmadinejad actually go through with his June 2007 trip to Afghanistan?', reports: [], holds: [] },
  { question: 'How many injured Taliban fighters were taken to Tehran?', reports: [], holds: [] },
  { question: 'When did Hekmatyar travel to North Korea?', reports: [], holds: [] },
  { question: 'Where was Al Mansour, the bin Laden deputy, hiding in 2008?', reports: [], holds: [] },
  {
    question: "Why was the owner's son found in the rubble at Objective Wolf with his hands tied behind his back?",
    reports: [],
    holds: [],
  },
  {
    question: 'How much compensation did the families in Laswanday get for the Objective Wolf deaths?',
    reports: [],
    holds: [],
  },
  { question: 'When did the Taliban finally release Bergdahl?', reports: [], holds: [] },
  {
    question: 'What was the license plate of the black Toyota Corolla the captured US soldier was moved in?',
    reports: [],
    holds: [],
  },
  { question: 'What caused the CH-47 crash near Camp Arena?', reports: [], holds: [] },
  { question: 'How old was Ali Mohammed, the insurgent captured by ODB 330?', reports: [], holds: [] },
  {
    question: 'What was the name of the German soldier killed by the IED while on patrol near Kunduz in 2008?',
    reports: [],
    holds: [],
  },
  {
    question: 'What was the name of the interpreter for the German OMLT who was attacked with knives?',
    reports: [],
    holds: [],
  },
  {
    question: 'what did Hafizullah end up deciding at the January 28 meeting at the governors compound?',
    reports: [],
    holds: [],
  },
  {
    question: 'How many civilians died in the September 2009 Kunduz airstrike on the hijacked fuel tankers?',
    reports: [],
    holds: [],
  },
  { question: 'What was the BTIF detainee headcount at the end of 2010?', reports: [], holds: [] },
];

/** Every other question is held out (see above). */
export const SECOND_SET: AskCase[] = WRITTEN_APART.map((c, i) => ({ ...c, holdout: i % 2 === 1 }));
