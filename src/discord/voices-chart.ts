/**
 * The /voices chart: an SVG bar chart of each speaker's share of the article's attributed words,
 * rasterised to PNG by resvg with a font shipped in node_modules (dejavu-fonts-ttf), never the
 * system's, so it renders the same on every machine. A light card with dark text and saturated
 * bars reads on Discord's dark and light themes alike.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { VoicesResult } from '../answers/types.ts';

type Voice = VoicesResult['speakers'][number];

export const CHART_MAX_ROWS = 12;
const WIDTH = 800;
const PAD = 24;
const ROW = 40;
const HEADER = 86;
const FOOTER = 56;
const LABEL_WIDTH = 230;
const BAR_X = PAD + LABEL_WIDTH + 12;
const BAR_MAX = 300;
/** DejaVu Sans at 15 px averages a little under 9 px a character. */
const LABEL_CHARS = 26;
const TITLE_CHARS = 60;

export const KIND_COLOURS: Record<Voice['kind'], string> = {
  person: '#2563eb',
  organisation: '#d97706',
  unnamed: '#64748b',
};
const KIND_LABELS: Record<Voice['kind'], string> = { person: 'person', organisation: 'organisation', unnamed: 'unnamed source' };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Cut to `max` characters with an ellipsis, on a code-point boundary. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function percent(share: number): string {
  const value = share * 100;
  return value > 0 && value < 1 ? '<1%' : `${Math.round(value)}%`;
}

/** The chart as SVG text: at most CHART_MAX_ROWS speakers, the rest counted in one line. */
export function voicesSvg(result: VoicesResult, title: string): string {
  const shown = result.speakers.slice(0, CHART_MAX_ROWS);
  const hidden = result.speakers.length - shown.length;
  const rows = Math.max(shown.length, 1);
  const height = HEADER + rows * ROW + (hidden > 0 ? 24 : 0) + FOOTER;
  const maxShare = Math.max(...shown.map((s) => s.share), 0.0001);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans">`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" rx="14" fill="#ffffff"/>`,
    `<text x="${PAD}" y="36" font-size="20" font-weight="bold" fill="#0f172a">${escapeXml(clip(`Who is heard: ${title}`, TITLE_CHARS))}</text>`,
    `<text x="${PAD}" y="62" font-size="14" fill="#475569">Share of the article’s attributed words (quoted and reported), by speaker</text>`,
  ];
  if (shown.length === 0) {
    parts.push(`<text x="${PAD}" y="${HEADER + 26}" font-size="15" fill="#0f172a">No one is quoted in this article.</text>`);
  }
  shown.forEach((speaker, i) => {
    const y = HEADER + i * ROW;
    const barWidth = Math.max(3, Math.round((speaker.share / maxShare) * BAR_MAX));
    const detail = `${percent(speaker.share)} · ${speaker.statements} stmt${speaker.statements === 1 ? '' : 's'} · ${speaker.words} words`;
    parts.push(
      `<text x="${PAD + LABEL_WIDTH}" y="${y + 25}" font-size="15" text-anchor="end" fill="#0f172a">${escapeXml(clip(speaker.name, LABEL_CHARS))}</text>`,
      `<rect x="${BAR_X}" y="${y + 8}" width="${barWidth}" height="24" rx="4" fill="${KIND_COLOURS[speaker.kind]}"/>`,
      `<text x="${BAR_X + barWidth + 8}" y="${y + 25}" font-size="13" fill="#334155">${escapeXml(detail)}</text>`,
    );
  });
  let y = HEADER + rows * ROW;
  if (hidden > 0) {
    parts.push(`<text x="${PAD}" y="${y + 16}" font-size="13" fill="#475569">and ${hidden} more speaker${hidden === 1 ? '' : 's'} (see the table)</text>`);
    y += 24;
  }
  let x = PAD;
  for (const kind of ['person', 'organisation', 'unnamed'] as const) {
    parts.push(
      `<rect x="${x}" y="${y + 22}" width="14" height="14" rx="3" fill="${KIND_COLOURS[kind]}"/>`,
      `<text x="${x + 20}" y="${y + 34}" font-size="13" fill="#334155">${KIND_LABELS[kind]}</text>`,
    );
    x += 40 + KIND_LABELS[kind].length * 8;
  }
  parts.push('</svg>');
  return parts.join('');
}

const require = createRequire(import.meta.url);
let fontFiles: string[] | undefined;
function shippedFonts(): string[] {
  if (!fontFiles) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
  }
  return fontFiles;
}

/** The chart as PNG bytes. resvg is loaded on first use: the terminal never needs it. */
export function voicesPng(result: VoicesResult, title: string): Buffer {
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const resvg = new Resvg(voicesSvg(result, title), {
    font: { fontFiles: shippedFonts(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: 'rgba(0,0,0,0)',
  });
  return resvg.render().asPng();
}
