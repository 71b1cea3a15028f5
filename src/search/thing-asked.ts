/**
 * "What drone…", "what kind of vehicle…": a question naming a thing asks for a thing. A phrase WordNet or the glossary
 * surely knows as someone or somewhere ("ANP patrol", "DEU", "Germany") is of another kind, however near the
 * question's words it stands: "B Plt (*DEU*)" names the platoon's country, not the vehicle hit.
 */
import type { Glossary } from './glossary.ts';
import type { Lexicon } from './lexicon.ts';
import { tokenize } from './text.ts';

/**
 * WordNet's classes of physical things that are no one: a noun whose commonest sense is filed under one names a thing
 * ("vehicle" an artifact, "drone" first the bee), though a rarer sense may be a person ("drone", an idler).
 */
const THINGS = new Set(['noun.artifact', 'noun.animal', 'noun.object', 'noun.substance', 'noun.food', 'noun.plant']);
/** WordNet's classes of who and where: people, groups and units, places and countries. */
const SOMEONE_OR_SOMEWHERE = new Set(['noun.person', 'noun.group', 'noun.location']);

/** Whether a "what/which X" question's X names a thing: its commonest sense is a physical thing, not someone. */
export const asksThing = (noun: string, lexicon: Lexicon): boolean =>
  THINGS.has(lexicon.filedUnder(noun, 'noun') ?? '');

/** A name whose first word is a model's code, letters and a number: "OH-58 Kiowa". */
const MODEL_NAME = /^(?=\S*\d)(?=\S*[A-Z])[A-Z\d-]{3,}\s/;

/**
 * The head word of a phrase as WordNet may know it: the glossary's name for the thing it ends in ("DEU" is Germany,
 * "ANP" the Afghan National Police: the name's last word before "of", in base form), else its own last word.
 */
export function headOf(phrase: string, glossary: Glossary, lexicon: Lexicon): string | undefined {
  const tokens = tokenize(phrase, glossary.protectedTerms);
  const match = glossary.find(tokens).find((m) => m.to === tokens.length);
  // A name opening with a model's code ("OH-58 Kiowa", "CH-47 Chinook") names one model: its last word is the model's
  // nickname, no class WordNet knows it by (a Kiowa is a people), so the phrase has no head to judge it by.
  if (match && MODEL_NAME.test(match.concept.name)) return undefined;
  const name = match
    ? match.concept.name
        .split(/\s+of\s+/i)[0]!
        .split(/\s+/)
        .at(-1)
    : tokens.at(-1)?.norm;
  if (!name) return undefined;
  const lower = name.toLowerCase();
  return lexicon.baseForms(lower, 'noun')[0]?.lemma ?? lower;
}

/**
 * Whether a phrase is surely someone or somewhere, not the thing `noun` a question asks for: its head is filed first
 * under people, groups or places, or no sense of it is a thing while one is a group ("FF", the glossary's "friendly
 * forces", is no car), and it is no kind of the thing. A name WordNet and the glossary lack may be the thing's (a
 * model's name): it stands.
 */
export function otherThanThing(phrase: string, noun: string, glossary: Glossary, lexicon: Lexicon): boolean {
  const head = headOf(phrase, glossary, lexicon);
  if (!head || lexicon.isA(head, noun)) return false;
  const senses = lexicon.senses(head, 'noun');
  // Nor is a head no sense of which is a thing, one being people: the glossary's "friendly forces" ("FF") are no car.
  const never = !senses.some((s) => THINGS.has(s.lexname)) && senses.some((s) => s.lexname === 'noun.group');
  return never || SOMEONE_OR_SOMEWHERE.has(senses[0]?.lexname ?? '');
}

/**
 * Whether a phrase is a place's own name ended by the natural feature it names, "Shigal Valley", "Helmand River": a
 * word WordNet lacks (the place's own name) before a head whose commonest sense is a natural object (a valley, a river,
 * a ridge). It is somewhere, no thing a "what weapon" asks, nor a make ("Darkano (*Shigal Valley*)" is no model),
 * unless the thing asked is of the feature's kind or the feature of its ("which river"). A feature with no name before
 * it ("rocks") may be the thing, and stands.
 */
export function namesFeature(phrase: string, noun: string, glossary: Glossary, lexicon: Lexicon): boolean {
  const head = headOf(phrase, glossary, lexicon);
  if (!head || head === noun || lexicon.filedUnder(head, 'noun') !== 'noun.object') return false;
  if (lexicon.isA(head, noun) || lexicon.isA(noun, head)) return false;
  const before = tokenize(phrase).slice(0, -1);
  return before.some((t) => /^\p{L}+$/u.test(t.norm) && !lexicon.senses(t.norm.toLowerCase()).length);
}

/** Whether the glossary names the whole of a phrase: "FF", "IDF", "PRT KDZ". */
export function glossaryNamed(phrase: string, glossary: Glossary): boolean {
  const tokens = tokenize(phrase, glossary.protectedTerms);
  return glossary.find(tokens).some((m) => m.from === 0 && m.to === tokens.length);
}

/**
 * Whether a phrase names a country, by the glossary's name for it or its own ("DEU" is Germany), where a "which X"
 * question asks a place X that no country is: "5 SOLDIERS (*DEU*)" says whose the soldiers are, not the village they
 * slept in. A country is no village, town or province; it may be a district or a region to WordNet, and is one of the
 * nouns that name a country ("which *nation*").
 */
export function countryForPlace(phrase: string, noun: string, glossary: Glossary, lexicon: Lexicon): boolean {
  const head = headOf(phrase, glossary, lexicon);
  // A compass point ("North") tells which way, though a rarer sense of it is a country.
  if (!head || !lexicon.isA(head, 'country') || lexicon.isA(head, noun) || lexicon.isA(head, 'compass_point'))
    return false;
  return !lexicon.senses(noun, 'noun').some((s) => s.words.includes('country'));
}

/** WordNet's classes of a weapon and of what it does: a device, a round, the fire. */
const WEAPON_OR_FIRE = new Set(['noun.artifact', 'noun.event']);

/**
 * Whether a phrase naming someone for a "who" or "which X" question is all one thing the glossary names, and that a
 * weapon or its fire: "engaged by *RPG* and SAF" says what engaged C/3-71 ("rocket-propelled grenade", "small arms
 * fire"), not who. A unit named with it ("EW Coy") or a name the glossary lacks stands, and so does a kind of the X a
 * "which X" asks.
 */
export function weaponForSomeone(phrase: string, glossary: Glossary, lexicon: Lexicon, noun?: string): boolean {
  if (!glossaryNamed(phrase, glossary)) return false;
  const head = headOf(phrase, glossary, lexicon);
  // One of the kind a "which X" asks stands: a "which weapon" is answered by one.
  if (!head || (noun && lexicon.isA(head, noun))) return false;
  return WEAPON_OR_FIRE.has(lexicon.filedUnder(head, 'noun') ?? '');
}

/**
 * Whether a phrase is all one thing the glossary names, and that thing is none of the X a "which X" asks: the
 * glossary's word for the class X itself ("the *AAA* gun" is an anti-aircraft gun, which says of no gun which it was,
 * and "*MIL VEH* OVERTURNED" of no vehicle), or a thing WordNet files under another class than X, neither a kind of the
 * other ("another *RPG*" is a rocket-propelled grenade, no aircraft; "*UAV*", an unmanned aerial vehicle, may be one,
 * an aircraft being a vehicle, and stands).
 */
export function glossaryNamesNone(phrase: string, noun: string, glossary: Glossary, lexicon: Lexicon): boolean {
  if (!glossaryNamed(phrase, glossary)) return false;
  const head = headOf(phrase, glossary, lexicon);
  if (!head) return false;
  if (head === noun) return true;
  const filed = lexicon.filedUnder(head, 'noun') ?? '';
  // An event the glossary names, "attacked by *SAF*" (small arms fire), is the fire, never a thing a "which X" asks.
  if (filed === 'noun.event') return !lexicon.isA(head, noun);
  if (!THINGS.has(filed)) return false;
  return !lexicon.isA(head, noun) && !lexicon.isA(noun, head);
}
