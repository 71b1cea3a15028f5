import { isObject, type Json } from './checks.ts';
import type { Violation } from './errors.ts';
import { messageViolations } from './limits.ts';
import type { FakeConfig } from './state.ts';

/**
 * What every reply of the bot must satisfy beyond Discord's own rules: it can never ping anyone
 * (`allowed_mentions: { parse: [] }` with no user/role allow-lists), and it stays within Discord's limits.
 * Returns human-readable violations; an empty list means the payload is fine.
 */
export function checkMessageInvariants(payload: Json): string[] {
  const problems = pingProblems(payload);
  for (const violation of messageViolations(payload)) {
    problems.push(`${violation.path.join('.') || '(message)'}: ${violation.message}`);
  }
  return problems;
}

/** A fake set to refuse pings (`refusePings`) answers 50035 with these. */
export function pingViolations(payload: Json): Violation[] {
  return pingProblems(payload).map((message) => ({ path: ['allowed_mentions'], code: 'PINGS_REFUSED', message }));
}

function pingProblems(payload: Json): string[] {
  const problems: string[] = [];
  const mentions = payload.allowed_mentions;
  if (!isObject(mentions)) {
    problems.push('allowed_mentions is missing; set allowed_mentions: { parse: [] }');
  } else {
    if (!Array.isArray(mentions.parse) || mentions.parse.length > 0) {
      problems.push(`allowed_mentions.parse must be [] (got ${JSON.stringify(mentions.parse)})`);
    }
    for (const kind of ['users', 'roles'] as const) {
      const ids = mentions[kind];
      if (Array.isArray(ids) && ids.length > 0) problems.push(`allowed_mentions.${kind} would ping ${ids.join(', ')}`);
    }
    if (mentions.replied_user === true) problems.push('allowed_mentions.replied_user would ping the replied-to user');
  }
  return problems;
}

/** What Discord refuses in a message the bot sends, plus pings when the fake is set to refuse them. */
export function sendViolations(config: Pick<FakeConfig, 'refusePings'>, payload: Json, flags?: number): Violation[] {
  return [...messageViolations(payload, flags), ...(config.refusePings ? pingViolations(payload) : [])];
}
