/** Why a report is related to another in words: "shares 'PRESSURE PLATE IED'", "same place, 2 h later". */
import type { Reason } from '../desk.ts';

/** Hours as a person says them: "2 h", "1.5 h", "45 min". */
function duration(hours: number): string {
  const h = Math.abs(hours);
  if (h < 1) return `${Math.round(h * 60)} min`;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

export function reasonText(reason: Reason): string {
  if (reason.kind === 'phrase') return `shares '${reason.phrase}'`;
  const where = reason.km < 0.05 ? 'same place' : `same place (${Math.round(reason.km * 1000)} m away)`;
  if (reason.hours === 0) return `${where}, same time`;
  return `${where}, ${duration(reason.hours)} ${reason.hours > 0 ? 'later' : 'earlier'}`;
}

/** Every reason of a related report, in one line. */
export const reasonsText = (reasons: Reason[]) => reasons.map(reasonText).join('; ');
