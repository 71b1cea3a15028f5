import { isObject, type Json } from './checks.ts';
import { messageViolations } from './limits.ts';

/**
 * What every reply of the bot must satisfy beyond Discord's own rules: it can never ping anyone
 * (`allowed_mentions: { parse: [] }` with no user/role allow-lists), and it stays within Discord's limits.
 * Returns human-readable violations; an empty list means the payload is fine.
 */
export function checkMessageInvariants(payload: Json): string[] {
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
  for (const violation of messageViolations(payload)) {
    problems.push(`${violation.path.join('.') || '(message)'}: ${violation.message}`);
  }
  return problems;
}
