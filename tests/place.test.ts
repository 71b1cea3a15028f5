/** Where a report is: its coordinates, else its MGRS square; anything else is no place. */
import fc from 'fast-check';
import mgrs from 'mgrs';
import { describe, expect, it } from 'vitest';
import { pointOf, pointOfMgrs } from '../src/desk/place.ts';

describe('pointOf', () => {
  it('takes latitude and longitude when they are a place on Earth', () => {
    expect(pointOf({ coordinates: { lat: 31.61, lon: 65.71 }, mgrs: '42SWB1234567890' })).toEqual({
      lat: 31.61,
      lon: 65.71,
    });
    expect(pointOf({ coordinates: { lat: -90, lon: 180 } })).toEqual({ lat: -90, lon: 180 });
  });

  it('falls back to the MGRS square when the coordinates are missing or out of range', () => {
    const kandahar = pointOf({ mgrs: '41RQR0000000000' })!;
    expect(kandahar.lat).toBeCloseTo(31.62, 2);
    expect(kandahar.lon).toBeCloseTo(65.11, 2);
    for (const coordinates of [
      { lat: 91, lon: 65 },
      { lat: 31, lon: -181 },
      { lat: NaN, lon: 65 },
      { lat: Infinity, lon: 0 },
    ]) {
      expect(pointOf({ coordinates, mgrs: '41RQR0000000000' })).toEqual(kandahar);
    }
    expect(pointOf({ coordinates: { lat: '31' as unknown as number, lon: 65 } })).toBeNull();
  });

  it('is no place without either', () => {
    expect(pointOf({})).toBeNull();
    expect(pointOf({ coordinates: { lat: 100, lon: 0 } })).toBeNull();
  });
});

describe('pointOfMgrs', () => {
  it('reads MGRS in any case, with spaces, at 10 km to 1 m precision', () => {
    const exact = pointOfMgrs('42SWB1234567890')!;
    for (const form of ['42swb1234567890', '42S WB 12345 67890', ' 42SWB 1234567890 '])
      expect(pointOfMgrs(form)).toEqual(exact);
    // The same place written to 10 km, 1 km, 100 m and 10 m: each the centre of a square holding it.
    for (const digits of ['16', '1267', '123678', '12346789']) {
      const p = pointOfMgrs(`42SWB${digits}`)!;
      expect(Math.abs(p.lat - exact.lat)).toBeLessThan(0.1);
      expect(Math.abs(p.lon - exact.lon)).toBeLessThan(0.1);
    }
  });

  it('round-trips the points the mgrs package writes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 29, max: 39, noNaN: true }),
        fc.double({ min: 60, max: 75, noNaN: true }),
        (lat, lon) => {
          const p = pointOfMgrs(mgrs.forward([lon, lat], 5))!;
          expect(Math.abs(p.lat - lat)).toBeLessThan(0.0001);
          expect(Math.abs(p.lon - lon)).toBeLessThan(0.0001);
        },
      ),
    );
  });

  it('refuses malformed, empty, hostile and huge references', () => {
    const refused = [
      '',
      ' ',
      '42S',
      '42SWB',
      '42SWB123',
      '42SWB1234567',
      '42SWB123456789012',
      '61XWB1234567890',
      '0SWB1234567890',
      '42IWB1234567890',
      '42SOB1234567890',
      '42SWW1234567890',
      '99ZZZ1234567890',
      '42SWB1234567890<script>',
      '<script>alert(1)</script>',
      '42SWB١٢٣٤٥٦٧٨٩٠',
      '42SWB12345\u202E67890',
      '42SWB\u000012345678',
      'A'.repeat(1_000_000),
      `42SWB${'1'.repeat(100_000)}`,
      '42SWB12345678901234567890123456789012',
    ];
    for (const text of refused) expect(pointOfMgrs(text), JSON.stringify(text.slice(0, 30))).toBeNull();
    expect(pointOfMgrs(null as unknown as string)).toBeNull();
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const p = pointOfMgrs(s);
        expect(p === null || (Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)).toBe(true);
      }),
    );
  });
});
