/** The body of a report, per family of report, and the follow-up paragraphs that make long reports long. */
import {
  AIR,
  CACHE_ITEMS,
  CALLSIGNS,
  CIV_VEHICLES,
  DIRECTIONS,
  GIVEN,
  IED_INITIATOR,
  IED_MAIN_CHARGE,
  INJURIES,
  MEDEVAC_AIR,
  MEDEVAC_ROLE,
  OBJ_NAMES,
  OFFICIALS,
  OP_NAMES,
  SOURCES,
  SURNAME,
  TARGETS_THREAT,
  VEHICLES_FRIENDLY,
  VEHICLES_HN,
  type Family,
} from './tables.ts';
import { anyCasualty, p2, type Report } from './report.ts';

// ---------------------------------------------------------------------------
// Templates: the body of a report, per family
// ---------------------------------------------------------------------------

type Template = (c: Report) => string;

const iedDevice = (c: Report) => `${c.pick(IED_MAIN_CHARGE)} with a ${c.pick(IED_INITIATOR)}`;

export const TEMPLATES: Record<Family, readonly Template[]> = {
  directFire: [
    (c) =>
      `At ${c.at}, ${c.unit} reported a TIC ${c.where()}. ${c.hnForce} CP attacked by ${c.x(c.int(3, 20))} ${c.enemy()} with SAF${c.chance(0.5) ? ' and RPGs' : ''}. ${c.unit} moved to support and ${c.pick(['returned fire with 240B and 50 cal', 'engaged with 60mm mortars', 'engaged the enemy with SAF and 155mm', 'called for CAS', 'broke contact'])}. ${c.bda()} TIC closed at ${c.later(c.int(30, 240))}.`,
    (c) =>
      `At ${c.at} ${c.hq} reported that ${c.unit} was engaged by RPG and SAF from the ${c.pick(['northern ridgeline', 'tree line to the west', 'compounds to the south', 'high ground', 'grape rows'])} ${c.where()}. ${c.pick(['SAF was reported to be ineffective.', 'FF returned fire and PID enemy positions.', 'Element established a hasty defense.', 'AWT on station at ' + c.later(c.int(20, 60)) + '.'])} ${c.bda()} TIC was declared over at ${c.later(c.int(45, 200))} and the element continued to ${c.place.base}.`,
    (c) =>
      `${c.unit} REPORTS TIC WITH ${c.x(c.int(5, 30))} ${c.enemy().toUpperCase()} IVO ${c.place.village.toUpperCase()} AT ${c.at}. ENEMY ENGAGED FF WITH SAF AND PKM FROM ${c.int(200, 900)}M ${c.pick(DIRECTIONS)}. FF RETURNED FIRE. ${c.pick(['CAS ON STATION', 'AWT REQUESTED', 'ISR PUSHED TO THE AREA', 'QRF LAUNCHED FROM ' + c.place.base.toUpperCase()])}. ${c.bda().toUpperCase()}`,
    (c) =>
      `At ${c.at}, ${c.place.district} ${c.hnForce} reported ${c.enemy()} attacked the ${c.hnForce} checkpoint ${c.where()}. The attack lasted approx ${c.int(10, 90)} minutes. ${c.hnForce} requested support from ${c.unit}. ${c.bda()} ${c.close(c.int(60, 300))}`,
    (c) =>
      `S: ${c.x(c.int(4, 25))} ${c.enemy()}\nA: TAKING SAF${c.chance(0.4) ? ' AND RPG' : ''}\nL: ${c.grid()}\nT: ${c.atFull}\nU: ${c.unit}\nR: ${c.pick(['REQUESTING ISR', 'RETURNING FIRE, REQUESTING CAS', 'REQUESTING AWT', 'MANEUVERING TO CONTACT'])}\n\nTIMELINE: ${c.later(0)} ${c.unit} REPORTS TIC ${c.where().toUpperCase()}. ${c.bda()}`,
  ],
  indirectFire: [
    (c) =>
      `At ${c.at}, ${c.place.base} received ${c.x(c.int(1, 8))} ${c.pick(['107mm rockets', '82mm mortar rounds', 'rounds of IDF', '122mm rockets', '60mm mortar rounds'])}. Rounds impacted approx ${c.int(50, 1500)}m ${c.pick(DIRECTIONS)} of the ${c.pick(['ECP', 'TOC', 'HLZ', 'DFAC', 'perimeter', 'ANA compound'])}. POO assessed at ${c.grid()}. ${c.pick(['Counter-battery fire with 120mm mortars.', 'No POO identified.', 'AWT conducted a search of the POO site.', 'Q-36 acquired the POO; 155mm fired 4x rounds.'])} ${c.bda()} ${c.close(c.int(30, 180))}`,
    (c) =>
      `${c.unit} REPORTS IDF ON ${c.place.base.toUpperCase()} AT ${c.at}. ${c.x(c.int(1, 6))} ROUNDS ${c.pick(['IMPACTED INSIDE THE FOB', 'LANDED SHORT', 'IMPACTED OUTSIDE THE HESCO', 'WERE INEFFECTIVE'])}. ${c.enemy().toUpperCase()} POO IVO ${c.place.village.toUpperCase()}. ${c.bda().toUpperCase()} NFI ATT.`,
    (c) =>
      `At ${c.at} ${c.hq} reported ${c.place.base} was attacked with ${c.int(2, 12)} rockets. ${c.int(1, 3)} impacted inside the FOB IVO the ${c.pick(['OGA compound', 'motor pool', 'tower ' + c.int(1, 6), 'fuel point'])}. ${c.pick(['ISR tracked 2x MAM departing the POO on motorcycles.', 'ANA patrol moved to the suspected POO.', 'Unit declared imminent threat and requested JDAM on the POO bunker.'])} ${c.bda()}`,
  ],
  ambush: [
    (c) =>
      `At ${c.at}, ${c.unit} convoy was ambushed on ${c.place.route} ${c.where()} by an estimated ${c.int(10, 40)} ${c.enemy()} with RPG, PKM and SAF. Enemy used ${c.pick(['burned vehicles', 'a culvert', 'an IED', 'boulders'])} to block the road. Unit pushed through and broke contact. ${c.bda()} ${c.close(c.int(40, 200))}`,
    (c) =>
      `${c.unit} REPORTS AMBUSH ON ${c.place.route.toUpperCase()} AT ${c.at}, APPROX ${c.int(2, 28)}KM FROM ${c.place.base.toUpperCase()}. ${c.x(c.int(6, 30))} ${c.enemy().toUpperCase()} ENGAGED THE PATROL FROM BOTH SIDES OF THE WADI. TIC. ${c.bda().toUpperCase()}`,
  ],
  complexAttack: [
    (c) =>
      `At ${c.at}, ${c.x(c.int(8, 40))} ${c.enemy()} conducted a complex attack against ${c.pick([c.place.base, 'the ' + c.place.district + ' DC', 'the ANP HQ', 'a CF convoy'])} ${c.where()} using ${c.pick(['an SVBIED followed by RPG and SAF', 'IDF, RPG and PKM', 'an IED initiation followed by SAF', 'suicide bombers and SAF'])}. ${c.hnForce} and ${c.unit} repelled the attack. ${c.bda()} ${c.medevac(c.int(10, 40))}`,
  ],
  deliberateAttack: [
    (c) =>
      `At ${c.at}, ${c.enemy()} conducted a deliberate attack on the ${c.pick(['ANP CP', 'district center', 'ANA OP', 'COP'])} ${c.where()} with an estimated ${c.int(15, 80)} fighters. ${c.unit} ${c.pick(['responded with CAS', 'requested QRF', 'engaged with 120mm and CAS'])}. The TIC lasted ${c.int(1, 6)} hours. ${c.bda()}`,
  ],
  sniper: [
    (c) =>
      `At ${c.at}, ${c.unit} received a single shot of sniper fire ${c.where()} from an unknown position. ${c.pick(["Round impacted near the gunner's hatch.", 'FF could not PID the shooter.', 'FF suppressed the suspected position.'])} ${c.bda()}`,
  ],
  safire: [
    (c) =>
      `WHO: ${c.pick(CALLSIGNS)} ${c.int(10, 69)}/${c.int(10, 69)} (${c.pick(AIR)})\nWHEN: ${c.atFull}\nWHERE: ${c.grid()} (${c.int(100, 9000)} AGL, HDG ${p2(c.int(0, 35))}0, SPD ${c.int(60, 140)}KTS)\nWHAT: Aircraft were ${c.pick(['flying in support of ' + c.unit, 'conducting an aerial recon of ' + c.place.route, 'enroute to ' + c.place.base])} when the crew observed ${c.pick(['tracer fire', 'an RPG airburst', 'small arms fire', 'HMG/AAA tracers'])} originating from ${c.grid()}. Aircraft took evasive action. ${c.bda()}`,
    (c) =>
      `At ${c.at}, ${c.unit} (CH-47s) reported SAFIRE ${c.where()}. Both aircraft observed ${c.int(2, 4)} bursts with 3-6 tracers each. POO at ${c.grid()}. ${c.bda()} ${c.close(c.int(20, 90))}`,
  ],
  murder: [
    (c) =>
      `At ${c.at}, ${c.place.district} ${c.hnForce} reported that ${c.enemy()} ${c.pick(['shot and killed', 'abducted and killed', 'killed'])} ${c.cas.hKIA ? `${c.x(c.cas.hKIA)} off-duty ${c.hnForce}` : `${c.x(c.cas.cKIA)} LN`} ${c.where()}. The victim${(c.cas.hKIA || c.cas.cKIA) > 1 ? 's were' : ' was'} accused of ${c.pick(['working for CF', 'spying for GIRoA', 'supporting the ANP', 'working as an interpreter'])}. ${c.pick(['A night letter was left at the scene.', 'ANP are investigating.', 'NDS are investigating. No suspects.'])} ${c.bda()}`,
    (c) =>
      `${c.hnForce} REPORTS ${c.x(c.cas.cKIA || c.cas.hKIA)} ${c.cas.hKIA ? c.hnForce : 'LN'} FOUND DEAD IN ${c.place.village.toUpperCase()} AT ${c.at}. ${c.pick(['GSW TO THE HEAD', 'HANDS WERE TIED', 'BODY LEFT ON THE ROAD'])}. ${c.enemy().toUpperCase()} SUSPECTED. ${c.bda().toUpperCase()}`,
  ],
  iedFound: [
    (c) =>
      `At ${c.at}, ${c.unit} found an IED ${c.where()}. The IED consisted of ${iedDevice(c)}. ${c.pick(['EOD responded and conducted RSP.', 'EOD BIP the IED.', 'TF PALADIN conducted exploitation.', 'EOD interrogated the site with the robot and PUCA the components.'])} Components recovered for CEXC exploitation. ${c.bda()} ${c.isaf()}`,
    (c) =>
      `At ${c.at} ${c.hq} reported ${c.hnForce} discovered an IED ${c.km()} on ${c.place.route}. ${c.hnForce} secured the site. ${c.pick(['Convoy was tipped off by civilians.', 'A LN informed the ' + c.hnForce + ' of the IED location.', 'Freshly dug earth was observed on the road.'])} ${c.pick(['EOD blew the IED in place.', 'EOD recovered the IED and returned to ' + c.place.base + '.', 'Paladin and EOD deployed to the location.'])} ${c.close(c.int(60, 300))}`,
    (c) =>
      `${c.unit} FOUND IED ${c.where().toUpperCase()} AT ${c.at}. IED WAS A ${c.pick(IED_INITIATOR).toUpperCase()} WITH ${c.pick(IED_MAIN_CHARGE).toUpperCase()}. EOD CONDUCTED RSP. NO INJURIES OR DAMAGE. ${c.isaf().toUpperCase()}`,
    (c) =>
      `S:1X ${c.pick(['PPIED', 'RCIED', 'CWIED', 'IED'])}\nA:FOUND IED\nL:${c.grid()}\nT:${c.atFull}\nU:${c.unit}\nR:REQUESTING EOD\n\nTIMELINE: ${c.later(0)} THE ${c.hnForce} ${c.pick(['ARRIVED AT THE COMPOUND WITH AN IED THEY FOUND', 'REPORTED AN IED IVO THEIR CP', 'MARKED A SUSPECTED IED ON ' + c.place.route.toUpperCase()])}. ${c.later(c.int(30, 90))} EOD ON SITE. ${c.later(c.int(95, 200))} IED DESTROYED IN PLACE. NO INJURIES OR DAMAGE.`,
    (c) =>
      `At ${c.at}, ${c.regionName()} reported an IED find:\nFF reported that ${c.hnForce} found ${c.pick(['an IED', 'IED components', 'a possible IED', 'an AT mine'])} ${c.where()}. EOD ${c.pick(['took possession of the components and disposed of them in a controlled detonation', 'recovered the device for later disposal', 'BIP the device'])}. ${c.bda()} NFI att.`,
  ],
  iedStrike: [
    (c) =>
      `At ${c.at}, ${c.unit} struck an IED ${c.where()}. ${c.pick(VEHICLES_FRIENDLY)} ${c.pick(['sustained minor damage', 'was a catastrophic kill', 'lost the front axle', 'is non-mission capable', 'remained mobile'])}. ${c.bda()} ${anyCasualty(c.cas) ? c.medevac(c.int(5, 30)) : ''} ${c.pick(['EOD and QRF dispatched from ' + c.place.base + '.', 'TF PALADIN en route for PBA.', 'CEXC notified.', 'Recovery assets en route.'])}`,
    (c) =>
      `At ${c.at} ${c.hq} reported a local ${c.hnForce} patrol struck an IED near ${c.place.base} (${c.place.district} District, ${c.place.provinceName} Province). ${c.bda()} ${c.pick(['All patients were transported to hospitals (9-liner).', 'Patients were evacuated by ground.', 'UPDATE: In total: ' + c.x(c.cas.hWIA + c.cas.fWIA + 1) + ' persons treated.'])} Incident closed at ${c.later(c.int(60, 240))}.`,
    (c) =>
      `${c.unit} REPORTED AN IED STRIKE ON ${c.place.route.toUpperCase()} AT ${c.at}. ${c.pick(['THE IED WAS POSSIBLY PLACED IN A CULVERT', 'VEHICLE STRUCK A PRESSURE PLATE IED', 'RCIED DETONATED ON THE LEAD VEHICLE', 'IED DETONATED BETWEEN THE 2ND AND 3RD VEHICLE'])}. ${c.bda().toUpperCase()} QRF AND EOD ENROUTE.`,
    (c) =>
      `At ${c.at}, a ${c.pick(['security vehicle', 'jingle truck', 'civilian minibus', 'tractor', ...VEHICLES_HN])} struck an IED ${c.where()}. The IED consisted of ${iedDevice(c)}. ${c.bda()} ${c.hnForce} secured the site. ${c.close(c.int(60, 240))}`,
    (c) =>
      `FF reported an IED strike. ${c.hq} was informed by ${c.unit} that while doing a patrol the vehicle struck an IED.\n${c.bda()} ${c.pick(VEHICLES_FRIENDLY)} vehicle damaged. NFI, att. At ${c.at} strike reported; UPDATE ${c.later(c.int(30, 90))}: EOD and MP exploited the site.`,
  ],
  mineStrike: [
    (c) =>
      `At ${c.at}, ${c.unit} ${c.pick(VEHICLES_FRIENDLY)} struck an AT mine ${c.where()}. ${c.bda()} ${c.pick(['The area is a known Soviet-era minefield.', 'HALO Trust notified.', 'EOD cleared a lane for recovery.'])}`,
  ],
  uxo: [
    (c) =>
      `At ${c.at}, ${c.regionName()} reported a UXO Find:\nFF with EOD reported that while conducting a ${c.pick(['Combat Reconnaissance Patrol', 'dismounted patrol', 'route clearance', 'planned UXO sweep'])} ${c.where()} they discovered ${c.x(c.int(1, 12))} ${c.pick(['AT mines (Italian made TC-6)', '82mm mortar rounds', '76mm HE shells', 'BMP-1 rockets', 'RPG warheads', 'Soviet 122mm projectiles', 'submunitions'])}. ${c.pick(['The items were BIP by EOD.', 'UXOs were transportable and picked up by EOD for later demolition.', 'FF marked the UXO for later disposal.'])} ${c.bda()} NFTR. Event closed at ${c.later(c.int(30, 300))}.`,
    (c) =>
      `LN TURNED IN ${c.x(c.int(1, 30))} ${c.pick(['MORTAR ROUNDS', 'ROCKETS', 'AP MINES', 'RPG ROUNDS'])} TO ${c.place.base.toUpperCase()} AT ${c.at}. ${c.pick(['WALK-IN WAS PAID IAW THE SMALL REWARDS PROGRAM', 'ITEMS WILL BE DESTROYED BY EOD', 'ITEMS WILL BE REISSUED TO ANA OR DESTROYED'])}. NFTR.`,
  ],
  iedSuspected: [
    (c) =>
      `At ${c.at}, ${c.unit} observed a suspected IED ${c.where()} (freshly dug earth and wires). ${c.pick(['EOD investigated and found nothing.', 'Route was closed until EOD cleared it.', 'It was a false report; the item was trash.'])} ${c.bda()}`,
  ],
  eof: [
    (c) =>
      `At ${c.at}, ${c.unit} conducted an EOF at a ${c.pick(['TCP', 'checkpoint', 'VCP', 'roadblock', 'maintenance halt'])} ${c.where()} on a ${c.pick(CIV_VEHICLES)} that approached at a high rate of speed. FF used ${c.pick(['hand signals, a pen flare and a warning shot', 'a green laser, then warning shots', 'verbal warnings and a flare', 'the standard procedures of dissuasion'])}. ${c.pick(['The vehicle stopped and the driver was searched.', 'The vehicle did not stop; FF fired disabling shots into the engine block.', 'The driver did not react and FF fired ' + c.x(c.int(1, 3)) + ' warning shots.'])} ${c.bda()}`,
    (c) =>
      `INITIAL @ ${c.at} ${c.unit} NOTIFIES ${c.hq} THAT THERE WAS AN ESCALATION OF FORCE ON A CIVILIAN VEHICLE. VEHICLE WAS APPROACHING AT A HIGH RATE OF SPEED AND MANEUVERED AROUND OTHER TRAFFIC. ONE PIN FLARE WAS FIRED, VEHICLE DID NOT STOP, FF FIRED WARNING SHOTS, THEN DISABLING SHOTS. ${c.bda().toUpperCase()} BATTLEFIELD HANDOVER TO ${c.hnForce}.`,
    (c) =>
      `${c.unit} reported that at ${c.at} a ${c.pick(CIV_VEHICLES)} came too close to the rear of a convoy on ${c.place.route}. After the standard procedures of dissuasion the car didn't decrease its speed. A member of the last vehicle fired a MG burst in the air. The car stopped immediately. ${c.bda()}`,
  ],
  cache: [
    (c) =>
      `At ${c.at}, ${c.unit} found a cache ${c.where()}. The cache contained ${cacheList(c)}. ${c.pick(['EOD BIP the munitions.', 'All items transported to ' + c.place.base + '.', 'Items will be reissued to ANA or destroyed.', 'EOD cleared the cache and destroyed the munitions in place.'])} ${c.bda()}`,
    (c) =>
      `${c.unit} REPORTS CACHE FIND IVO ${c.place.village.toUpperCase()} AT ${c.at}. CACHE CONSISTED OF ${cacheList(c).toUpperCase()}. ${c.pick(['ITEMS DESTROYED BY EOD', 'CEXC NOTIFIED', 'SITE EXPLOITED'])}. NFI.`,
    (c) =>
      `At ${c.at}, a walk-in source led ${c.hnForce} and ${c.unit} to a cache in a ${c.pick(['qalat', 'karez', 'culvert', 'grape drying hut', 'cave'])} ${c.where()}. Cache: ${cacheList(c)}. ${c.enemy()} fighters are believed to use the site. ${c.isaf()}.`,
  ],
  detaineeTransfer: [
    (c) => {
      const n = c.int(1, 7);
      return `${c.x(n)} ${n > 1 ? 'detainees' : 'detainee'} ${c.pick(['were transferred into', 'transferred to', 'in-processed into'])} the BTIF from ${c.pick(['TF 373', 'TF 3-73', 'TF Paladin', 'CJSOTF', c.hq])} at ${c.at}. ${isns(c, n)} ${c.pick(['assigned', 'issued', 'were assigned'])}. ${headcount(c)}`;
    },
    (c) => {
      const n = c.int(1, 4);
      return `${c.at}, TF Guardian, ${c.x(n)} ${n > 1 ? 'Detainees were' : 'Detainee was'} transfered to the Bagram Theater Internment Facility from ${c.pick(['TF 373', c.hq])}. The ${n > 1 ? 'detainees were' : 'detainee was'} inprocessed into the BTIF. ${isns(c, n)} issued.`;
    },
  ],
  arrest: [
    (c) =>
      `At ${c.at}, ${c.pick(['NDS', c.hnForce, 'ANP and ' + c.unit])} arrested ${c.x(c.cas.eDet)} suspected ${c.enemy()} ${c.pick(['facilitators', 'IED emplacers', 'fighters', 'financiers'])} ${c.where()}. ${c.pick(['GSR testing was positive.', 'The suspects had IED components in their vehicle.', 'One of the suspects is a known associate of ' + c.cmdr() + '.'])} ${c.bda()} The detainees were transferred to ${c.place.base}.`,
  ],
  searchAttack: [
    (c) =>
      `At ${c.at}, ${c.unit} conducted OBJ ${c.pick(OBJ_NAMES)} ISO Operation ${c.pick(OP_NAMES)} ${c.where()}, a kill/capture mission against ${c.enemy()} commander ${c.cmdr()}. ${c.pick(['Cordon set; assault team searched the compound.', 'The assault force met light resistance.', 'Hard compromise on infil; firefight ensued.'])} ${c.bda()} ${c.pick(['JACKPOT.', 'The target was not on the objective.', 'Exfil complete at ' + c.later(c.int(90, 300)) + '.'])}`,
    (c) =>
      `${c.unit} CONDUCTED A CORDON AND SEARCH OF ${c.place.village.toUpperCase()} AT ${c.at} WITH ${c.hnForce}. ${c.pick(['TWO COMPOUNDS SEARCHED', 'SEVERAL INS COMPOUNDS CLEARED', 'BIOMETRICS ENROLLED ON ALL MAM'])}. ${c.bda().toUpperCase()}`,
  ],
  medevacLN: [
    (c) =>
      `At ${c.at}, ${c.unit} requested MEDEVAC for ${c.x(c.cas.cWIA)} LN ${c.pick(['male', 'child', 'female', 'elder', 'boy approx 10 y/o'])} with ${c.pick(INJURIES)} ${c.where()}. ${c.medevac(c.int(5, 25))} ${c.bda()}`,
    (c) =>
      `${c.unit} REQUESTS MEDEVAC FOR ${c.x(c.cas.cWIA)} LN AT ${c.at}. PT HAS ${c.pick(INJURIES).toUpperCase()} FROM ${c.pick(['CROSSFIRE DURING A TIC', 'AN IED BLAST', 'A VEHICLE ACCIDENT', 'A FALL'])}. ${c.medevac(c.int(5, 30)).toUpperCase()}`,
    (c) =>
      `At ${c.at}, an LN brought ${c.x(c.cas.cWIA)} wounded ${c.cas.cWIA > 1 ? 'family members' : 'family member'} to the gate of ${c.place.base} with ${c.pick(INJURIES)}. The ${c.pick(['FST', 'medics', 'BAS'])} treated the patient${c.cas.cWIA > 1 ? 's' : ''}. ${c.medevac(c.int(10, 50))}`,
  ],
  plannedEvent: [
    (c) =>
      `At ${c.at}, ${c.unit} conducted a ${c.pick(['shura', 'KLE', 'key leader engagement', 'MEDCAP', 'VETCAP', 'HA drop'])} with the elders of ${c.place.village} ${c.where()}. Topics discussed: ${c.pick(['security, ANP pay and the new road project', 'TB intimidation and night letters', 'the ANP checkpoint on ' + c.place.route, "the girls' school and the well project", 'poppy eradication'])}. The district governor and the ${c.hnForce} commander attended. ${c.pick(['The elders asked for more ANP.', 'The elders complained about CF night raids.', 'The elders were receptive.'])}`,
    (c) =>
      `District: ${c.place.district} Village: ${c.place.village} HCA Type: Non-CDS HCA MGRS Location of Drop: ${c.mgrs} at ${c.at}\n\nRice ${c.int(5, 60)}\nBeans ${c.int(5, 60)}\nBlankets ${c.int(5, 80)}\nTeacher Kits ${c.int(5, 50)}\nMen's Coats ${c.int(5, 50)}\nWomen's Shoes ${c.int(5, 50)}\n\nThe elders expressed thanks; ANP and ANA were present during the HA distro.`,
  ],
  friendlyOther: [
    (c) =>
      `At ${c.at}, ${c.unit} ${c.pick(['conducted a combined patrol with ' + c.hnForce, 'established a TCP', 'conducted route clearance', 'escorted a CLP', 'conducted a presence patrol'])} ${c.where()}. ${c.pick(['No enemy contact.', 'Locals reported ' + c.enemy() + ' movement in the area the previous night.', 'Patrol observed ' + c.x(c.int(2, 9)) + ' MAM who fled on motorcycles.'])} ${c.bda()}`,
    (c) =>
      `At ${c.at}, ${c.hq} reported ${c.unit} engaged ${c.x(c.int(1, 6))} ${c.enemy()} emplacing an IED ${c.where()} with ${c.pick(['indirect fire', '155mm', 'a Hellfire from Predator', 'CAS (GBU-12)'])}. ${c.pick(['No BDA.', 'BDA pending.', 'Post strike assessment not conducted due to terrain.'])}`,
  ],
  accident: [
    (c) =>
      `At ${c.at}, ${c.unit} reported a ${c.pick(VEHICLES_FRIENDLY)} rollover on ${c.place.route} ${c.where()} when the road gave way. ${c.bda()} Unit attempted to self-recover; vehicle recovered to ${c.place.base} at ${c.later(c.int(120, 600))}.`,
    (c) =>
      `${c.unit} REPORTS A TRAFFIC ACCIDENT INVOLVING A ${c.pick(VEHICLES_FRIENDLY).toUpperCase()} AND A ${c.pick(CIV_VEHICLES).toUpperCase()} IVO ${c.place.village.toUpperCase()} AT ${c.at}. ${c.bda().toUpperCase()} MP INVESTIGATING.`,
    (c) =>
      `At ${c.at}, ${c.hq} reported that one ${c.pick(VEHICLES_FRIENDLY)} slipped off the road and turned on its side due to bad road conditions ${c.where()}. The other vehicles of the convoy secured the scene. ${c.bda()} Recovery was finished at ${c.later(c.int(90, 400))}.`,
  ],
  nonCombatOther: [
    (c) =>
      `At ${c.at}, ${c.unit} reported a ${c.pick(['negligent discharge', 'heat casualty', 'fire in the DFAC', 'generator fire', 'fuel spill', 'dog bite', 'fall from a guard tower'])} at ${c.place.base}. ${c.bda()} NFTR.`,
    (c) =>
      `At ${c.at}, ${c.unit} reported ${c.pick(['flooding', 'a sandstorm', 'heavy snow'])} ${c.where()} closed ${c.place.route}. ${c.pick(['HA requested for the village.', 'Movement restricted until further notice.', 'ANP are assisting the locals.'])}`,
  ],
  attackThreat: [
    (c) =>
      `As of ${c.at}, ${lowerFirst(c.pick(SOURCES))} reports that ${c.enemy()} commander ${c.cmdr()} and ${c.x(c.int(5, 60))} fighters are planning to attack ${c.pick(TARGETS_THREAT)} ${c.where()} with ${c.pick(['IEDs', 'RPGs and PKMs', 'an SVBIED', 'suicide bombers', 'rockets'])} within the next ${c.int(2, 14)} days. ${c.pick(['The fighters are staging in ' + c.place.village + '.', 'Weapons were moved from Pakistan through ' + c.place.district + '.', 'The attack is in retaliation for a CF raid.'])} ${c.pick(['Reliability of the source is unknown.', 'This is consistent with previous reporting.', 'No further details.'])}`,
    (c) =>
      `THREAT REPORT (${c.at}): ${c.enemy().toUpperCase()} INTEND TO CONDUCT IED ATTACKS ALONG ${c.place.route.toUpperCase()} BETWEEN ${c.place.base.toUpperCase()} AND ${c.place.district.toUpperCase()} DC. ${c.enemy().toUpperCase()} COMMANDER ${c.cmdr().toUpperCase()} HAS RECEIVED ${c.int(5, 40)} IEDS FROM ${c.pick(['QUETTA', 'MIRAM SHAH', 'PESHAWAR', 'CHAMAN'])}. ANP AND CF ARE THE INTENDED TARGETS.`,
    (c) =>
      `At ${c.at}, ${lowerFirst(c.pick(SOURCES))} reported that ${c.pick(['HIG', 'TB', 'Haqqani Network', 'AQ-linked'])} fighters under ${c.cmdr()} are planning a complex attack on ${c.place.base}. ${c.x(c.int(2, 6))} suicide bombers reportedly arrived in ${c.place.district}. ${c.pick(['Force protection measures increased.', 'Reporting passed to ' + c.hq + '.', 'NDS informed.'])}`,
  ],
  assassinationThreat: [
    (c) =>
      `As of ${c.at}, ${c.enemy()} are planning to assassinate the ${c.place.district} ${c.pick(OFFICIALS)}. ${c.cmdr()} reportedly ordered the killing and ${c.x(c.int(2, 5))} gunmen are conducting surveillance of his residence ${c.where()}. ${c.pick(['The official has been informed.', 'ANP increased security at the residence.', 'No further details.'])}`,
    (c) =>
      `THREAT: ${c.enemy().toUpperCase()} HAVE PLACED A BOUNTY ON THE ${c.pick(OFFICIALS).toUpperCase()} OF ${c.place.district.toUpperCase()} (${c.at}). NIGHT LETTERS DISTRIBUTED IN ${c.place.village.toUpperCase()} THREATEN ANYONE WORKING FOR GIRoA, ANP OR CF.`,
  ],
  smallArmsThreat: [
    (c) =>
      `As of ${c.at}, ${c.x(c.int(3, 20))} ${c.enemy()} with small arms and RPGs plan to attack ${c.hnForce} patrols ${c.where()}. ${c.pick(['They are reportedly in ' + c.place.village + '.', 'The fighters are led by ' + c.cmdr() + '.'])}`,
  ],
  suspicious: [
    (c) =>
      `At ${c.at}, ${c.unit} observed ${c.x(c.int(1, 8))} MAM conducting surveillance of ${c.place.base} ${c.pick(['with binoculars', 'from a motorcycle', 'from the ridgeline', 'and taking photos'])} ${c.where()}. ${c.pick(['PID could not be established.', 'The MAM fled when approached.', 'ISR tracked them to a compound in ' + c.place.village + '.'])} NFI.`,
    (c) =>
      `${c.unit} REPORTS SUSPICIOUS ${c.pick(['VEHICLE', 'ACTIVITY', 'PACKAGE', 'DIGGING'])} IVO ${c.place.village.toUpperCase()} AT ${c.at}. ${c.hnForce} INVESTIGATED. NOTHING FOUND. NFTR.`,
  ],
  other: [
    (c) =>
      `At ${c.at}, ${c.hq} reported ${c.pick(['a power outage on', 'comms outage at', 'a demonstration of approx 200 LN at', 'a land dispute IVO', 'a tribal feud in'])} ${c.pick([c.place.base, c.place.village, c.place.district + ' DC'])}. ${c.pick(['ANP dispersed the crowd.', 'Elders resolved the dispute.', 'Service restored at ' + c.later(c.int(30, 300)) + '.'])} ${c.bda()}`,
    (c) =>
      `Event Title: ${c.at} ${c.pick(['PRT weekly', 'KLE', 'Project visit'])}\nZone: ${c.place.district} District\nPlacename: ${c.place.provinceName}\nOutcome: null\n\nThe ${c.place.provinceName} Team prepared contracts and requested payments for ${c.int(2, 12)} projects (schools, wells and a road). The governor and the Provincial Council approved the list.`,
  ],
  friendlyFire: [
    (c) =>
      `At ${c.at}, ${c.unit} and ${c.hnForce} were involved in a blue-on-blue engagement ${c.where()} when ${c.pick(['the ANP mistook the patrol for INS', 'CAS engaged the wrong compound', 'both elements fired on each other at night'])}. ${c.bda()} Investigation initiated.`,
  ],
};

/** "A walk-in source" → "a walk-in source"; acronyms ("NDS") stay. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** "ISN 4182" or "ISN's 4219, 4220 and 20031": one internment serial number per detainee. */
function isns(c: Report, n: number): string {
  const numbers: number[] = [];
  let next = c.int(3000, 4400);
  for (let i = 0; i < n; i++) {
    numbers.push(c.chance(0.3) ? c.int(20000, 20100) : next);
    next += c.int(1, 3);
  }
  if (n === 1) return `ISN ${numbers[0]}`;
  return `${c.pick(["ISN's", 'ISNs', "ISN's"])} ${numbers.slice(0, -1).join(', ')} and ${numbers[n - 1]}`;
}

function headcount(c: Report): string {
  const assigned = c.int(480, 760);
  const present = assigned - (c.chance(0.8) ? 0 : c.int(1, 2));
  return c.pick([
    `New facility headcount is ${assigned} assigned / ${present} present.`,
    `New facility headcount is ${assigned} assigned and ${present} present.`,
    `The new facility head count is ${assigned}A / ${present}P.`,
  ]);
}

function cacheList(c: Report): string {
  const n = c.int(2, 6);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`${c.x(c.int(1, 200))} ${c.pick(CACHE_ITEMS)}`);
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

type Update = (c: Report, m: number) => string;

/** Follow-up paragraphs that make long reports long; none of them adds casualties. */
export const COMBAT_UPDATES: readonly Update[] = [
  (c, m) => `UPDATE ${c.later(m)}: QRF arrived on site and established a cordon. NFI ATT.`,
  (c, m) => `At ${c.later(m)}, ${c.unit} reported all personnel accounted for and RTB ${c.place.base}.`,
  (c, m) =>
    `UPDATE: ${c.later(m)} ${c.pick(CALLSIGNS)} ${c.int(10, 69)} (${c.pick(AIR)}) on station, conducting a search of the area. No PID of ${c.enemy()}.`,
  (c, m) =>
    `${c.later(m)}: ISR reports ${c.x(c.int(2, 9))} MAM moving ${c.pick(DIRECTIONS)} from the site toward ${c.place.village}; PID not confirmed.`,
  (c, m) =>
    `At ${c.later(m)}, EOD completed RSP and recovered components for exploitation at ${c.pick(['CEXC-KAF', 'CEXC-BAF', 'CEXC'])}.`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.hnForce} took over the site. ${c.unit} continued the mission.`,
  (c, m) => `${c.later(m)}- ${c.unit} confirms ${c.x(c.int(2, 12))} ${c.enemy()} observed digging IVO ${c.grid()}.`,
  (c, m) =>
    `At ${c.later(m)}, the district chief of police reported that ${c.enemy()} had warned villagers in ${c.place.village} not to cooperate with ${c.hnForce} or CF.`,
  (c, m) =>
    `UPDATE ${c.later(m)}\n${c.unit} conducted a BDA of the POO site and found ${c.pick(['spent casings', 'a rocket rail', 'a firing point with aiming stakes', 'nothing of note'])}.`,
  (c, m) => `${c.later(m)}: ${c.hq} requests the unit submit a storyboard NLT ${c.later(m + 240)}.`,
  (c, m) =>
    `At ${c.later(m)}, ${c.hnForce} reported that ${c.enemy()} fighters had moved into ${c.place.village} and were demanding food and shelter from the locals.`,
  (c, m) =>
    `UPDATE ${c.later(m)}: Recovery assets SP from ${c.place.base}. Route ${c.pick(['open', 'closed to civilian traffic', 'being cleared by RCP'])}.`,
  (c, m) =>
    `${c.later(m)} ${c.pick(['Weather', 'Illum', 'Terrain'])} ${c.pick(['delayed the recovery', 'limited ISR coverage', 'prevented the AWT from landing'])}; unit remained in overwatch positions.`,
  (c, m) =>
    `At ${c.later(m)}, ${lowerFirst(c.pick(SOURCES))} reported that ${c.cmdr()} was present during the attack and has since fled toward ${c.place.district}.`,
  (c, m) =>
    `UPDATE ${c.later(m)}: ${c.unit} conducted a KLE with the elders of ${c.place.village}; the elders denied any knowledge of ${c.enemy()} activity.`,
  (c, m) =>
    `${c.later(m)}: ANSF and CF continue to search compounds along ${c.place.route}. ${c.pick(['Nothing found.', 'Several military-aged males questioned and released.', 'Biometrics collected on ' + c.int(3, 30) + ' MAM.'])}`,
  (c, m) =>
    `UPDATE ${c.later(m)}: ${c.x(c.int(1, 4))} ${c.pick(VEHICLES_FRIENDLY)} returned to ${c.place.base} for maintenance; ${c.pick(['the rest of the patrol continued', 'convoy halted for the night', 'the element RON in place'])}.`,
  (c, m) =>
    `At ${c.later(m)}, the ${c.place.district} district governor requested CF assistance to secure the bazaar after the incident.`,
  (c, m) =>
    `${c.later(m)} TOC directed the unit to collect ${c.pick(['photos', 'GSR samples', 'biometrics', 'witness statements'])} and forward them to ${c.hq}.`,
  (c, m) =>
    `UPDATE ${c.later(m)}: FF pushed ISR to the ${c.pick(DIRECTIONS)} of ${c.place.village}; no further enemy activity observed. Event remains open.`,
];

const MEDICAL_UPDATES: readonly Update[] = [
  (c, m) =>
    `UPDATE ${c.later(m)}: Patient is stable and was transferred to ${c.pick(MEDEVAC_ROLE[c.place.province.region])}.`,
  (c, m) =>
    `At ${c.later(m)}, the ${c.pick(['FST', 'BAS', 'medics', 'MTF'])} reported the patient's condition as ${c.pick(['stable', 'serious', 'critical', 'urgent surgical'])}.`,
  (c, m) => `${c.later(m)}: PT has been given ${c.int(1, 6)} units of packed red blood cells.`,
  (c, m) =>
    `UPDATE ${c.later(m)}: MP completed the investigation; ${c.pick(['speed and road conditions', 'driver fatigue', 'a mechanical failure', 'the weather'])} assessed as the cause.`,
  (c, m) => `At ${c.later(m)}, the recovery team SP from ${c.place.base} with a wrecker.`,
  (c, m) =>
    `${c.later(m)}: Vehicle recovered to ${c.place.base}. ${c.pick(['Sensitive items accounted for.', 'All SI accounted for.', '1x M240 damaged.'])}`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.hq} notified the CIVCAS cell and the district governor.`,
  (c, m) => `At ${c.later(m)}, the family was paid IAW the condolence payment SOP.`,
  (c, m) => `${c.later(m)}: Weather at ${c.pick(MEDEVAC_AIR[c.place.province.region])} is red; MEDEVAC delayed.`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.hnForce} escorted the family to ${c.place.base}; interpreter present.`,
];

const THREAT_UPDATES: readonly Update[] = [
  (c) =>
    `Additional reporting indicates that ${c.cmdr()} has ${c.x(c.int(5, 60))} fighters staging in ${c.place.village}.`,
  (c) =>
    `${c.pick(SOURCES)} stated the fighters are armed with ${c.pick(['AK-47s and RPGs', 'PKMs and RPGs', 'IED materials', 'a DShK', 'suicide vests'])}.`,
  (c) => `The source has reported ${c.pick(['reliably', 'once before', 'with mixed results'])} in the past.`,
  (c) =>
    `COMMENT: This reporting is consistent with ${c.enemy()} intent to disrupt ${c.pick(['the elections', 'GIRoA governance', 'CF freedom of movement on ' + c.place.route, 'the ANP recruiting drive'])} in ${c.place.district}.`,
  (c) =>
    `${c.hq} assessment: the threat is ${c.pick(['credible', 'possible', 'unconfirmed'])}; units are advised to vary routes and times.`,
  (c) =>
    `Previous reporting (${c.isaf()}) identified ${c.cmdr()} as responsible for IED attacks along ${c.place.route}.`,
  (c) => `${c.enemy()} have reportedly been moving weapons at night from ${c.place.village} to ${c.place.district}.`,
  (c) => `Night letters in ${c.place.village} warn locals against working with the ${c.hnForce} and CF.`,
  (c) =>
    `${c.enemy()} reportedly pay fighters ${c.int(5, 20)},000 PKR a month; several LN in ${c.place.village} have joined.`,
];

const ADMIN_UPDATES: readonly Update[] = [
  (c) =>
    `Governance: The ${c.place.district} district governor held a security shura with ${c.int(8, 60)} elders; topics included ANP recruiting and land disputes.`,
  (c) =>
    `Development: The ${c.place.village} ${c.pick(['well', 'school', 'clinic', 'road', 'micro-hydro', 'bridge'])} project is ${c.int(5, 95)}% complete; the contractor requested payment.`,
  (c) => `Security: ${c.hnForce} conducted ${c.int(2, 30)} patrols in ${c.place.district}; no significant activity.`,
  (c) => `Logistics: ${c.int(5, 12)} of 17 UAH FMC; ${c.int(1, 4)} NMC awaiting parts.`,
  (c) =>
    `KLE: ${c.unit} met with Haji ${c.pick(GIVEN)} ${c.pick(SURNAME)} of ${c.place.village}, who asked for ${c.pick(['more ANP', 'a new well', 'compensation for crop damage', 'a school', 'the release of a detainee'])}.`,
  (c) => `Information operations: ${c.int(20, 500)} radios distributed in ${c.place.village}.`,
  (c) => `Detainee ops: ${c.int(1, 9)} detainees awaiting transfer; ${c.int(0, 5)} released after the review board.`,
  (c) => `Medical: ${c.int(20, 400)} patients seen at the MEDCAP in ${c.place.village}.`,
  (c) => `Agriculture: wheat seed distribution in ${c.place.district} is ${c.int(5, 95)}% complete.`,
  (c) => `Personnel: ${c.int(1, 9)} soldiers on R&R; ${c.int(1, 9)} returned.`,
  (c) => `Commanders Summary: CAT-A Team B traveled to ${c.place.district} to conduct QA/QC and leader engagements.`,
];

export const UPDATES_FOR: Partial<Record<Family, readonly Update[]>> = {
  medevacLN: MEDICAL_UPDATES,
  accident: MEDICAL_UPDATES,
  nonCombatOther: MEDICAL_UPDATES,
  attackThreat: THREAT_UPDATES,
  assassinationThreat: THREAT_UPDATES,
  smallArmsThreat: THREAT_UPDATES,
  detaineeTransfer: ADMIN_UPDATES,
  plannedEvent: ADMIN_UPDATES,
  other: ADMIN_UPDATES,
};
