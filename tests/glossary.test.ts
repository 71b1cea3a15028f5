import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGlossary, DEFAULT_GLOSSARY, loadGlossary, type Glossary } from '../src/search/glossary.ts';
import { MAX_QUERY_CHARS, MAX_QUERY_TOKENS, parseQuery } from '../src/search/query.ts';
import { stemOf, tokenize } from '../src/search/text.ts';

const glossary = loadGlossary();

/** The concepts named in `text`, as [concept id, the words that name it]. */
function conceptsIn(text: string, g: Glossary = glossary): [string, string][] {
  const tokens = tokenize(text, g.protectedTerms);
  return g.find(tokens).map((m) => [m.concept.id, text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end)]);
}

describe('loadGlossary: the shipped glossary', () => {
  it('loads from src/search/glossary.yaml with the concepts the reports need', () => {
    expect(DEFAULT_GLOSSARY).toMatch(/glossary\.yaml$/);
    for (const id of [
      'taliban',
      'al-qaeda',
      'hezb-e-islami-gulbuddin',
      'islamic-revolutionary-guard-corps',
      'osama-bin-laden',
      'tehran',
      'lashkar-gah',
    ]) {
      expect(glossary.byId(id), id).toBeDefined();
    }
  });

  it('gives every concept a unique id', () => {
    const ids = glossary.concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds every form of every entry as its own concept, whole', () => {
    const misses: string[] = [];
    for (const concept of glossary.concepts) {
      for (const form of concept.forms) {
        const tokens = tokenize(form, glossary.protectedTerms);
        const found = glossary.find(tokens);
        const whole =
          found.length === 1 &&
          found[0]!.concept.id === concept.id &&
          found[0]!.from === 0 &&
          found[0]!.to === tokens.length;
        if (!whole) misses.push(`${concept.name}: "${form}" → ${JSON.stringify(found.map((m) => m.concept.id))}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every form inside a sentence, between other words', () => {
    for (const concept of glossary.concepts) {
      for (const form of concept.forms) {
        expect(
          conceptsIn(`report says ${form} today`).map(([id]) => id),
          form,
        ).toContain(concept.id);
      }
    }
  });
});

describe('Glossary.find: how forms match', () => {
  it('matches multi-word forms', () => {
    expect(conceptsIn('members of the Revolutionary Guard')).toEqual([
      ['islamic-revolutionary-guard-corps', 'Revolutionary Guard'],
    ]);
    expect(conceptsIn('tied to Osama bin Laden')).toEqual([['osama-bin-laden', 'Osama bin Laden']]);
    expect(conceptsIn('a suicide belt was found')).toEqual([['suicide-vest', 'suicide belt']]);
  });

  it("reaches the War Diary's field words from the plain ones people ask in", () => {
    expect(conceptsIn('the command wire bomb')).toEqual([['command-wire-ied', 'command wire bomb']]);
    expect(conceptsIn('CWIED')).toEqual([['command-wire-ied', 'CWIED']]);
    expect(conceptsIn('a remote-controlled bomb')).toEqual([['remote-controlled-ied', 'remote-controlled bomb']]);
    expect(conceptsIn('the bomb squad came')).toEqual([['explosive-ordnance-disposal', 'bomb squad']]);
    expect(conceptsIn('OBJ WOLF')).toEqual([['objective', 'OBJ']]);
    expect(conceptsIn('the Chinook went down')).toEqual([['ch-47-chinook', 'Chinook']]);
    expect(conceptsIn('1 X CH-47 destroyed')).toEqual([['ch-47-chinook', 'CH-47']]);
    expect(conceptsIn('the Kiowa helicopters')).toEqual([['oh-58-kiowa', 'Kiowa']]);
    expect(conceptsIn('DUDE 21 REPORTS SEEING 17 PAX')).toEqual([['people', 'PAX']]);
    expect(conceptsIn('how many people did they see')).toEqual([['people', 'people']]);
    expect(conceptsIn('Q-36 acquired POO')).toEqual([['point-of-origin', 'POO']]);
    expect(conceptsIn('where was the launch site')).toEqual([['point-of-origin', 'launch site']]);
    expect(conceptsIn('1x soldier DOW')).toEqual([['died-of-wounds', 'DOW']]);
    expect(conceptsIn('resulting in 1 x NBI')).toEqual([['non-battle-injury', 'NBI']]);
    expect(conceptsIn('engaged by an UNK number of INS')).toEqual([
      ['unknown', 'UNK'],
      ['insurgent', 'INS'],
    ]);
    expect(conceptsIn('the Latvian soldier')).toEqual([['latvia', 'Latvian']]);
    expect(conceptsIn('OMLT (GER) reported')).toEqual([
      ['operational-mentor-and-liaison-team', 'OMLT'],
      ['germany', 'GER'],
    ]);
    expect(conceptsIn('the TOC was informed')).toEqual([['tactical-operations-center', 'TOC']]);
    expect(conceptsIn('the AWT reported')).toEqual([['air-weapons-team', 'AWT']]);
    expect(conceptsIn('landed at Altamur HLZ')).toEqual([['helicopter-landing-zone', 'HLZ']]);
    expect(conceptsIn('2x CIV wounded')).toEqual([
      ['civilian', 'CIV'],
      ['wounded-in-action', 'wounded'],
    ]);
  });

  it('prefers the longest match: "Afghan National Police" is the ANP, not Afghanistan', () => {
    expect(conceptsIn('the Afghan National Police arrived')).toEqual([
      ['afghan-national-police', 'Afghan National Police'],
    ]);
    expect(conceptsIn('the Afghan National Army and Afghan villagers')).toEqual([
      ['afghan-national-army', 'Afghan National Army'],
      ['afghanistan', 'Afghan'],
    ]);
    expect(conceptsIn('Hezb-e-Islami Gulbuddin Hekmatyar')).toEqual([
      ['hezb-e-islami-gulbuddin', 'Hezb-e-Islami Gulbuddin'],
      ['gulbuddin-hekmatyar', 'Hekmatyar'],
    ]);
  });

  it('ignores case and hyphens', () => {
    for (const text of ['Hezb-e-Islami', 'HEZB E ISLAMI', 'hezb e islami', 'HEZB-E-ISLAMI']) {
      expect(
        conceptsIn(text).map(([id]) => id),
        text,
      ).toEqual(['hezb-e-islami-gulbuddin']);
    }
    for (const text of ['Lashkar Gah', 'Lashkar-Gah', 'LASHKARGAH', 'LashKarGah', 'lashkargah']) {
      expect(
        conceptsIn(text).map(([id]) => id),
        text,
      ).toEqual(['lashkar-gah']);
    }
    for (const text of ['al Qaeda', 'Al-Qaeda', 'AL QAEDA', 'al-qaida']) {
      expect(
        conceptsIn(text).map(([id]) => id),
        text,
      ).toEqual(['al-qaeda']);
    }
    expect(conceptsIn('TALIBAN').map(([id]) => id)).toEqual(['taliban']);
  });

  it('ignores accents', () => {
    expect(conceptsIn('Tehrān').map(([id]) => id)).toEqual(['tehran']);
    expect(conceptsIn('TEHRAN and Teheran').map(([id]) => id)).toEqual(['tehran', 'tehran']);
    expect(conceptsIn('Kandahār').map(([id]) => id)).toEqual(['kandahar']);
    expect(conceptsIn('Hérat').map(([id]) => id)).toEqual(['herat']);
  });

  it('matches plural endings of words and acronyms', () => {
    expect(conceptsIn('Talibans').map(([id]) => id)).toEqual(['taliban']);
    expect(conceptsIn('two Afghans').map(([id]) => id)).toEqual(['afghanistan']);
    expect(conceptsIn('three caches').map(([id]) => id)).toEqual(['weapons-cache']);
    expect(conceptsIn('the Haqqanis').map(([id]) => id)).toEqual(['haqqani-network']);
    expect(conceptsIn('IEDs and RPGs').map(([id]) => id)).toEqual([
      'improvised-explosive-device',
      'rocket-propelled-grenade',
    ]);
    expect(conceptsIn('two ANPs').map(([id]) => id)).toEqual(['afghan-national-police']);
    expect(conceptsIn('HIGs').map(([id]) => id)).toEqual(['hezb-e-islami-gulbuddin']);
  });

  it('reads an acronym\'s own capital S as its letter, not a plural: "in" is no INS, "me" no MES, "ca" no CAS', () => {
    expect(conceptsIn('an IED in the road').map(([id]) => id)).toEqual(['improvised-explosive-device']);
    expect(conceptsIn('tell me about ca 1200')).toEqual([]);
    expect(conceptsIn('3x INS').map(([id]) => id)).toEqual(['insurgent']);
    expect(conceptsIn('FSB MES').map(([id]) => id)).toContain('mazar-e-sharif');
    expect(conceptsIn('requested CAS').map(([id]) => id)).toEqual(['close-air-support']);
  });

  // glossary.yaml promises plural endings are ignored, and "ANPs" or "HIGs" do match; but a
  // two-letter acronym's plural ("TBs", "CFs") is too short to stem and is not a listed form.
  it('matches the plural of a two-letter acronym ("TBs" is Taliban)', () => {
    expect(conceptsIn('2x TBs KIA').map(([id]) => id)).toContain('taliban');
    expect(conceptsIn('CFs').map(([id]) => id)).toEqual(['coalition-forces']);
  });

  it('does not match a form inside a longer word or across a part of one', () => {
    expect(conceptsIn('Tabriz TBX Iranistan Heratis')).toEqual([]);
    expect(conceptsIn('North Carolina')).toEqual([]);
  });
});

describe('acronyms are not stemmed', () => {
  it('keeps IED, VBIED whole and stems their plurals to them', () => {
    const stems = (text: string) => tokenize(text, glossary.protectedTerms).map((t) => t.stem);
    expect(stems('IED IEDs VBIED VBIEDs RCIED PBIED')).toEqual(['ied', 'ied', 'vbied', 'vbied', 'rcied', 'pbied']);
  });

  it('protects exactly the acronyms Porter would mangle', () => {
    // Without the glossary's protection the stemmer turns "vbied" into "vbi": a different, meaningless term.
    expect(stemOf('vbied', new Set())).not.toBe('vbied');
    expect(stemOf('vbied', glossary.protectedTerms)).toBe('vbied');
    expect(glossary.protectedTerms.has('ied')).toBe(true);
    expect(glossary.protectedTerms.has('isaf')).toBe(true);
  });

  it('brings irregular verb forms to their base, but not forms that are other words too', () => {
    const stem = (word: string) => stemOf(word, glossary.protectedTerms);
    for (const [form, base] of [
      ['went', 'go'],
      ['gone', 'go'],
      ['fled', 'flee'],
      ['fought', 'fighting'],
      ['thrown', 'throws'],
      ['shot', 'shooting'],
    ]) {
      expect(stem(form!), form).toBe(stem(base!));
    }
    // A noun and its plural stay together: "shot" finds "warning shots".
    expect(stem('shots')).toBe(stem('shot'));
    for (const noun of ['thought', 'spoke', 'fed', 'felt', 'drove']) expect(stem(`${noun}s`), noun).toBe(stem(noun));
    // "left" is a side of the road, "SAW" a machine gun, "wound" an injury.
    expect(stem('left')).not.toBe(stem('leave'));
    expect(stem('saw')).not.toBe(stem('see'));
    expect(stem('wound')).not.toBe(stem('wind'));
  });

  it('still stems plain words', () => {
    expect(tokenize('bombers weapons', glossary.protectedTerms).map((t) => t.stem)).toEqual(['bomber', 'weapon']);
  });

  it('treats a one-word capitalised form of up to 8 letters as an acronym, in a built glossary too', () => {
    const g = buildGlossary([{ id: 'x', name: 'Example', forms: ['Example', 'EXPLOSIVE', 'XYZ'] }]);
    expect(g.protectedTerms.has('xyz')).toBe(true);
    expect(g.protectedTerms.has('explosive')).toBe(false); // nine letters: a word, not an acronym
    expect(g.byId('x')?.name).toBe('Example');
    expect(g.byId('nope')).toBeUndefined();
  });
});

describe('loadGlossary: malformed files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-desk-glossary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('loads a well-formed file, with the name as a form', () => {
    const g = loadGlossary(
      file('ok.yaml', '- name: Widget Corps\n  forms: [WC, widgets]\n- name: Gadget\n  forms: []\n'),
    );
    expect(g.concepts.map((c) => c.id)).toEqual(['widget-corps', 'gadget']);
    expect(g.byId('widget-corps')?.forms).toEqual(['Widget Corps', 'WC', 'widgets']);
    expect(conceptsIn('the widget corps and WC', g).map(([id]) => id)).toEqual(['widget-corps', 'widget-corps']);
  });

  it.each([
    ['not-a-list.yaml', 'name: Taliban\nforms: [TB]\n', /expected a list/],
    ['no-forms.yaml', '- name: Taliban\n', /entry 1 needs a "name" and a list of "forms"/],
    ['forms-not-list.yaml', '- name: Taliban\n  forms: TB\n', /entry 1 needs/],
    ['no-name.yaml', '- name: Taliban\n  forms: [TB]\n- forms: [AQ]\n', /entry 2 needs/],
    ['empty-entry.yaml', '- name: Taliban\n  forms: [TB]\n-\n', /entry 2 needs/],
    ['object-form.yaml', '- name: Taliban\n  forms: [{a: 1}]\n', /entry 1 needs/],
    ['broken.yaml', '- name: Taliban\n  forms: [TB, Taleban\n- name: x\n', /glossary .*broken\.yaml/],
    ['empty.yaml', '', /expected a list/],
  ])('rejects %s with an Error naming the file', (name, text, says) => {
    const path = file(name, text);
    let error: unknown;
    try {
      loadGlossary(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(says);
  });

  it('rejects a missing file with an Error naming it', () => {
    const path = join(dir, 'missing.yaml');
    expect(() => loadGlossary(path)).toThrow(path);
  });
});

describe('parseQuery', () => {
  it('turns words into units, a multi-word concept into one unit', () => {
    const q = parseQuery('Afghan National Police near Lashkar Gah', glossary);
    expect(q.units.map((u) => [u.conceptId ?? null, u.tokens.map((t) => t.norm)])).toEqual([
      ['afghan-national-police', ['afghan', 'national', 'police']],
      [null, ['near']],
      ['lashkar-gah', ['lashkar', 'gah']],
    ]);
  });

  it('drops stopwords and lone letters', () => {
    const q = parseQuery('What is the Hezb-e-Islami doing?', glossary);
    expect(q.units.map((u) => u.conceptId ?? u.tokens[0]!.norm)).toEqual(['hezb-e-islami-gulbuddin', 'doing']);
    expect(q.units[0]!.tokens.map((t) => t.norm)).toEqual(['hezb', 'islami']);
  });

  it('deduplicates units: the same word or concept twice counts once', () => {
    expect(parseQuery('Taliban taliban TB Taleban', glossary).units).toHaveLength(1);
    expect(parseQuery('iran Iran Iranian', glossary).units).toHaveLength(1);
    expect(parseQuery('bomb bomb bomb', glossary).units).toHaveLength(1);
  });

  it(`caps a query at ${MAX_QUERY_TOKENS} words`, () => {
    const words = Array.from(
      { length: 100 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const q = parseQuery(words.join(' '), glossary);
    expect(q.units).toHaveLength(MAX_QUERY_TOKENS);
    expect(q.units.map((u) => u.tokens[0]!.norm)).toEqual(words.slice(0, MAX_QUERY_TOKENS));
  });

  it('extracts quoted phrases, straight or curly, and ignores one-word quotes', () => {
    expect(parseQuery('"Iranian C4" vests', glossary).phrases).toEqual([['iranian', 'c4']]);
    expect(parseQuery('“suicide bombers” and «Iranian C4»', glossary).phrases).toEqual([
      ['suicide', 'bombers'],
      ['iranian', 'c4'],
    ]);
    expect(parseQuery('"Taliban" attack', glossary).phrases).toEqual([]);
    expect(parseQuery('an "unclosed quote', glossary).phrases).toEqual([]);
  });

  it('keeps the words of a phrase as units too', () => {
    const q = parseQuery('"Iranian C4"', glossary);
    expect(q.units.map((u) => u.conceptId ?? u.tokens[0]!.norm)).toEqual(['iran', 'c4']);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \t\n '],
    ['punctuation only', '!!! ??? ... ,,, ;;'],
    ['search operators', 'AND OR NOT - + * ( ) : ~ ^'],
    ['a lone quote', '"'],
    ['emoji', '🎉🔥💣'],
    ['null bytes', '\0\0\0'],
  ])('has no units for %s, without throwing', (_, input) => {
    const q = parseQuery(input, glossary);
    expect(q.units).toEqual([]);
    expect(q.phrases).toEqual([]);
  });

  it('reads words around operators, null bytes and RTL marks', () => {
    expect(parseQuery('+Taliban -IRGC title:Herat Iran*', glossary).units.map((u) => u.conceptId)).toEqual([
      'taliban',
      'islamic-revolutionary-guard-corps',
      undefined, // "title"
      'herat',
      'iran',
    ]);
    // A null byte separates words: "Tali ban" is one of the Taliban's forms.
    expect(
      parseQuery('Tali\0ban\0Herat\0bombers', glossary).units.map((u) => u.conceptId ?? u.tokens[0]!.norm),
    ).toEqual(['taliban', 'herat', 'bombers']);
    expect(parseQuery('\u202eHerat\u202c', glossary).units.map((u) => u.conceptId)).toEqual(['herat']);
  });

  it('reads right-to-left text as words', () => {
    expect(parseQuery('طالبان في هرات', glossary).units.map((u) => u.tokens[0]!.norm)).toEqual([
      'طالبان',
      'في',
      'هرات',
    ]);
  });

  it(`cuts the text at ${MAX_QUERY_CHARS} characters`, () => {
    expect(parseQuery('Herat '.repeat(400), glossary).text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    const huge = parseQuery('a'.repeat(100_000), glossary);
    expect(huge.text.length).toBe(MAX_QUERY_CHARS);
    expect(huge.units).toHaveLength(1);
  });

  it('never throws on any string, and never exceeds its caps', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ maxLength: 3000 }),
        ),
        (input) => {
          const q = parseQuery(input, glossary);
          expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
          expect(q.units.length).toBeLessThanOrEqual(MAX_QUERY_TOKENS);
          for (const unit of q.units) expect(unit.conceptId !== undefined || unit.tokens.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
