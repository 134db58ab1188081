import { describe, expect, it } from 'vitest';
import type { VoicesResult } from '../../src/answers/types.ts';
import { CHART_MAX_ROWS, clip, voicesPng, voicesSvg } from '../../src/discord/voices-chart.ts';
import { renderVoices } from '../../src/discord/render.ts';
import { renderResult } from '../../src/cli/render.ts';

const kinds = ['person', 'organisation', 'unnamed'] as const;
function voices(count: number, name = (i: number) => `Speaker ${i}`): VoicesResult {
  const words = Array.from({ length: count }, (_, i) => 100 - i * 3);
  const total = words.reduce((a, b) => a + b, 0);
  return {
    command: 'voices',
    speakers: words.map((w, i) => ({ name: name(i), kind: kinds[i % 3]!, statements: 1 + (i % 4), words: w, share: w / total })),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the /voices chart', () => {
  it('escapes names for SVG and cuts long names and titles with an ellipsis', () => {
    const svg = voicesSvg(voices(2, (i) => (i === 0 ? '<script>&"Ann"</script>' : 'Professor Alexandra Konstantinopoulou-Smithson of Somewhere')), 'T & <b>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;&#38;&#34;Ann&#34;');
    expect(svg).toContain('Professor Alexandra Konst…');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });

  it(`draws at most ${CHART_MAX_ROWS} bars and counts the rest`, () => {
    const svg = voicesSvg(voices(CHART_MAX_ROWS + 5), 'Title');
    expect(svg.match(/<rect [^>]*height="24"/g)).toHaveLength(CHART_MAX_ROWS);
    expect(svg).toContain('and 5 more speakers');
  });

  it('renders a PNG of sane size with the shipped font, the same bytes every time', () => {
    const png = voicesPng(voices(10), 'A headline');
    const { width, height } = pngSize(png);
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(900);
    expect(png.length).toBeGreaterThan(5_000); // text was drawn: an empty chart is far smaller
    expect(png.length).toBeLessThan(250_000);
    expect(voicesPng(voices(10), 'A headline').equals(png)).toBe(true);
  });

  it('Discord gets the chart as an attachment shown in the embed, with the figures as text', () => {
    const [page] = renderVoices(voices(3), { title: 'A headline', publisher: null });
    expect(page!.files).toHaveLength(1);
    expect(page!.files![0]!.name).toBe('voices.png');
    expect(page!.embeds[0]!.image!.url).toBe('attachment://voices.png');
    expect(page!.embeds[0]!.description).toContain('**Speaker 0** (person)');
    const [empty] = renderVoices({ command: 'voices', speakers: [] }, { title: 'A headline', publisher: null });
    expect(empty!.files).toBeUndefined();
    expect(empty!.embeds[0]!.description).toContain('Nobody is quoted');
  });

  it('the terminal prints the same figures as a table', () => {
    const text = renderResult(voices(3));
    expect(text.split('\n')[0]).toBe('Who is heard (3 speakers; share of the attributed words):');
    expect(text).toMatch(/Speaker 0\s+person\s+1\s+100\s+34%\s+█{20}$/m);
    expect(text).toMatch(/Speaker 1\s+organisation\s+2\s+97\s+33%\s+█{19}$/m);
  });
});
