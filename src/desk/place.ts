/** Where a report happened, as a point on a map: its latitude and longitude, or else its MGRS square. */
import mgrs from 'mgrs';

export interface Point {
  lat: number;
  lon: number;
}

/** What a report may say of its place: the War Diary gives latitude and longitude, MGRS, or both. */
export interface Placed {
  coordinates?: { lat: number; lon: number };
  mgrs?: string;
}

/**
 * MGRS as the War Diary writes it ("42SWB1234567890"): zone 1–60, a latitude
 * band (C–X without I and O), a 100 km square (column A–Z and row A–V, without
 * I and O), then easting and northing of 1 to 5 digits each. A bare square
 * (100 km across) is no place on a map of one country.
 */
const MGRS = /^(0?[1-9]|[1-5]\d|60)[C-HJ-NP-X][A-HJ-NP-Z][A-HJ-NP-V](\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$/;
/** Longer than any MGRS reference, even one written with spaces: refused before it is read. */
const MGRS_MAX_CHARS = 32;

export const isPoint = (lat: unknown, lon: unknown): boolean =>
  typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** The centre of an MGRS square, or null for anything that is not a well-formed MGRS reference. */
export function pointOfMgrs(text: string): Point | null {
  if (typeof text !== 'string' || text.length > MGRS_MAX_CHARS) return null;
  const compact = text.replace(/ /g, '').toUpperCase();
  if (!MGRS.test(compact)) return null;
  try {
    const [lon, lat] = mgrs.toPoint(compact);
    return isPoint(lat, lon) ? { lat, lon } : null;
  } catch {
    // The pattern admits a few squares that exist in no zone: the package says so by throwing.
    return null;
  }
}

/** The report's latitude and longitude when they are a place on Earth, else its MGRS square's centre, else null. */
export function pointOf(place: Placed): Point | null {
  const c = place.coordinates;
  if (c && isPoint(c.lat, c.lon)) return { lat: c.lat, lon: c.lon };
  return place.mgrs === undefined ? null : pointOfMgrs(place.mgrs);
}
