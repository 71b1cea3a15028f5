/**
 * Questions whose right passage came first but a gate declined (task D of issue 11): "which way / which direction"
 * answered by a compass word, what "what size / what colour" asks of a noun, and nouns the reports call otherwise.
 * Each rule answers one and keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"which direction" and "which way" answered by a compass word', () => {
  it('marks the adjective of a compass point ("from western direction")', () => {
    expect(marked('From which direction did the speeding cars approach the joint checkpoint?')).toBe(
      'western direction',
    );
  });

  it('still marks the compass point named as a place', () => {
    expect(marked('Which direction was the squad of TF patrolling to?')).toBe('West');
    expect(marked('Which police checkpoint did the TF squad reinforce?') ?? '').not.toBe('West');
  });
});

describe('"what size X" asks the modifier of X', () => {
  it('marks the measure before the thing ("1x [107mm rocket]"), not the count', () => {
    expect(marked('What size rocket did the recce patrol find in Qisilabad?')).toBe('107mm rocket');
  });

  it('quotes no other thing found in a list where X has no size', () => {
    expect(marked('What size mortar shell did the Mazar patrol find?') ?? '').not.toMatch(/RPG|rounds/);
  });
});

describe('a phrasal verb whose first word the tagger read as a noun', () => {
  it('reads "detainee 2067 let go" as let_go, released', () => {
    expect(marked('When was detainee 2067 let go from the BTIF?')).toBe('on 03JUL06');
  });

  it("still answers in the report's own verb", () => {
    expect(marked('When was ISN 2067 released from the BTIF?')).toBe('on 03JUL06');
  });
});

describe('a participle and its "by" that only pick out the noun asked about', () => {
  it('is not the act whose means is asked ("the local man hit by Mohawk")', () => {
    expect(marked('How did the local man hit by Mohawk get to the hospital?') ?? '').not.toMatch(/Mohawk/);
  });

  it("still tells the means of the question's own verb", () => {
    expect(marked('How did the workers mark the UXO?')).toBe('with stones');
  });
});
