/**
 * What every picture shares: its font and colours, its text made safe for
 * SVG, and the SVG turned into a PNG by resvg (no browser, no canvas).
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/**
 * Inter, from an npm package: resvg reads font files only, and a picture must
 * look the same on a fresh machine or in CI as here, whatever fonts it has.
 */
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/inter/${file}`),
);
export const FONT = 'Inter';

/** Every picture is this wide, in pixels: legible when Discord shows it, well under its attachment limit. */
export const PICTURE_WIDTH = 1200;

export const COLORS = { ink: '#1f2328', muted: '#57606a', rule: '#d0d7de', accent: '#2f6690' } as const;

// XML 1.0 forbids most C0 controls and U+FFFE/U+FFFF, and a lone surrogate is no character: any one of them
// makes the whole SVG unreadable.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Bidi embeddings, overrides and isolates: in a one-line label they would turn the rest of the label around.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A title or label as a picture shows it: one line of at most `max`
 * characters (cut with "…"), without the characters above. Only the picture
 * changes: the text it names is left as it is.
 */
export function pictureText(text: string, max = 140): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const line = head
    .replace(NOT_XML, '\ufffd')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length <= max && head === text) return line;
  const cut = line.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '');
  return `${cut.trimEnd()}…`;
}

/** "76,910" */
/** The SVG as a PNG PICTURE_WIDTH pixels wide, on white; rendered off the main thread. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT },
    fitTo: { mode: 'width', value: PICTURE_WIDTH },
    background: 'white',
  });
  return image.asPng();
}
