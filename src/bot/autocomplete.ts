/** Autocomplete answers: the desk's completions as choices (Discord gives them 3 s and no deferral). */
import type { CompletionField, Desk } from '../desk.ts';
import { LIMITS, renderChoices, type Choice } from '../render/discord.ts';

export async function choicesFor(desk: Desk, field: CompletionField, typed: string): Promise<Choice[]> {
  return renderChoices(field, await desk.complete({ field, typed, limit: LIMITS.choices }));
}
