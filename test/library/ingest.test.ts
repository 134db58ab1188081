import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/article/load.ts';
import { checkHtmlShape, formatOf, htmlToStory, ingest, markdownToText, MAX_HTML_DEPTH } from '../../src/library/ingest.ts';
import { BOT_LIMITS } from '../../src/constants.ts';

const enc = (text: string) => new TextEncoder().encode(text);

const STORY = [
  'Council approves new bridge after decade of delays',
  'The city council voted on Monday to approve a new bridge over the river, ending ten years of argument.',
  '“This is a day many people thought would never come,” said Maria Lopez, the council leader.',
  'Opponents said the cost was too high. “We will keep asking questions,” said Tom Reed, a local resident.',
].join('\n\n');

describe('formatOf', () => {
  it('reads the format from the extension first, then the media type', () => {
    expect(formatOf('story.TXT')).toBe('text');
    expect(formatOf('notes.md')).toBe('markdown');
    expect(formatOf('page.html')).toBe('html');
    expect(formatOf('page.htm')).toBe('html');
    expect(formatOf(null, 'text/html; charset=utf-8')).toBe('html');
    expect(formatOf('', 'text/markdown')).toBe('markdown');
    expect(formatOf('photo.png', 'text/plain')).toBeNull();
    expect(formatOf('archive.zip')).toBeNull();
    expect(formatOf(undefined, 'application/pdf')).toBeNull();
  });
});

describe('markdownToText', () => {
  it('keeps headings, paragraphs, quotes and list items as paragraphs and strips the markup', () => {
    const md = [
      '# A *big* headline',
      '',
      'First paragraph with a [link](https://example.com) and **bold** text',
      'that wraps onto a second line.',
      '',
      '> “A quoted remark,” said _Jane Doe_.',
      '',
      '![a photo](img.png)',
      '',
      '- item one',
      '- item two',
      '',
      '```',
      'code()',
      '```',
      '',
      '---',
      '',
      '[ref]: https://example.com',
      'snake_case_word stays',
    ].join('\n');
    expect(markdownToText(md).split('\n\n')).toEqual([
      'A big headline',
      'First paragraph with a link and bold text that wraps onto a second line.',
      '“A quoted remark,” said Jane Doe.',
      'item one',
      'item two',
      'snake_case_word stays',
    ]);
  });

  it('strips nested emphasis, closing heading marks and reference links', () => {
    const md = ['## A ~~rough~~ guide ##', '', '# C# for *everyone*', '', 'He was **very *very* sure** and __quite__ [right][1] about `it`.'].join('\n');
    expect(markdownToText(md).split('\n\n')).toEqual(['A rough guide', 'C# for everyone', 'He was very very sure and quite right about it.']);
  });

  it('leaves unclosed marks as they are, in time linear in the line (a run of 40,000 of each)', () => {
    for (const mark of ['[', '![', '**', '*', '__', '_', '~~', '<', '](', '#']) {
      const line = `# Head\n\nSome ${mark.repeat(40_000)} words`;
      const text = markdownToText(line);
      expect(text.startsWith('Head\n\nSome')).toBe(true);
    }
    expect(markdownToText('a ![b c **d** [e](f) _g')).toBe('a ![b c d e _g');
  });
});

describe('htmlToStory', () => {
  it('reduces a page to its headline and story paragraphs, leaving navigation, scripts and captions out', () => {
    const paragraphs = STORY.split('\n\n').slice(1);
    const html = `<!doctype html><html><head><title>Council approves new bridge after decade of delays</title>
      <meta property="og:site_name" content="The Riverside Courier"><script>var tracking = 1;</script></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council approves new bridge after decade of delays</h1>
      ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
      <figure><img src="a.jpg"><figcaption>The river at dawn. Photograph: Someone</figcaption></figure>
      <p>Work is expected to begin next spring and to last about three years, the council said in a statement.</p>
      </article><footer>© Riverside Courier</footer></body></html>`;
    const story = htmlToStory(html);
    const blocks = story.text.split('\n\n');
    expect(blocks[0]).toBe('Council approves new bridge after decade of delays');
    expect(blocks.slice(1, 4)).toEqual(paragraphs);
    expect(story.text).not.toMatch(/tracking|Home|Photograph/);
    expect(story.siteName).toBe('The Riverside Courier');
  });

  it('keeps the page\'s byline as the article\'s author, out of the story paragraphs', () => {
    const column = [
      'I have lived on Carver Street for twenty years, and I have never seen the council treat a bus route so carelessly as it has this winter.',
      'When I spoke to the transport committee last spring, I told them the route was a lifeline for older residents who cannot drive.',
      'I believe the council is making a mistake it will regret for years, and the people of this street will pay for it first.',
    ];
    const html = `<!doctype html><html><head><title>Our town cannot afford to lose its last bus</title></head>
      <body><article><h1>Our town cannot afford to lose its last bus</h1>
      <p class="byline">Nadia Brennan</p>
      ${column.map((p) => `<p>${p}</p>`).join('\n')}
      </article></body></html>`;
    const { article } = ingest(enc(html), 'html', 'col');
    expect(article.author).toBe('Nadia Brennan');
    expect(article.paragraphs.map((p) => p.text)).toEqual(column);
  });

  it('refuses a page with no story in it', () => {
    expect(() => htmlToStory('<html><body></body></html>')).toThrow(ArticleError);
  });
});

describe('ingest', () => {
  it('reads a plain-text upload into an article with the same paragraphs as a file would give', () => {
    const { article, text } = ingest(enc(STORY), 'text', 'x');
    expect(text).toBe(STORY);
    expect(article.title).toBe('Council approves new bridge after decade of delays');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('takes the publisher from the page metadata when the text names none', () => {
    const html = `<html><head><meta property="og:site_name" content="The Riverside Courier"></head><body><article>
      <h1>Council approves new bridge after decade of delays</h1>${STORY.split('\n\n').slice(1).map((p) => `<p>${p}</p>`).join('')}
      </article></body></html>`;
    expect(ingest(enc(html), 'html', 'x').article.publisher).toBe('The Riverside Courier');
  });

  it('refuses empty, binary and oversized uploads with a clear message', () => {
    expect(() => ingest(new Uint8Array(), 'text', 'x')).toThrow(/empty/);
    expect(() => ingest(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'text', 'x')).toThrow(/binary/);
    expect(() => ingest(new Uint8Array(BOT_LIMITS.articleMaxBytes + 1).fill(97), 'text', 'x')).toThrow(/larger than the 2 MB limit/);
    expect(() => ingest(enc('   \n\n  '), 'markdown', 'x')).toThrow(ArticleError);
  });
});

describe('checkHtmlShape', () => {
  it('passes ordinary pages, with unclosed paragraphs and list items, void and self-closed elements', () => {
    const page = `<html><head><meta charset="utf-8"><link rel="x"></head><body>${'<div><section>'.repeat(20)}<p>One<p>Two<br><img src=a /><ul><li>a<li>b</ul>${'</section></div>'.repeat(20)}</body></html>`;
    expect(() => checkHtmlShape(page)).not.toThrow();
    expect(() => checkHtmlShape(`<body>${'<p>para '.repeat(5000)}</body>`)).not.toThrow();
  });

  it('refuses, in plain words, a page nested deeper than the limit or with too many elements', () => {
    const deep = (n: number) => `<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;
    expect(() => checkHtmlShape(deep(MAX_HTML_DEPTH - 5))).not.toThrow();
    expect(() => checkHtmlShape(deep(MAX_HTML_DEPTH + 5))).toThrow(/too complex to read: its HTML nests \d+ levels deep/);
    expect(() => checkHtmlShape(`<body>${'<b><i>x'.repeat(1000)}</body>`)).toThrow(/too complex/);
    expect(() => checkHtmlShape(`<body>${'<span>a</span>'.repeat(70_000)}</body>`)).toThrow(/too complex to read: it has 70001 HTML elements|too complex to read: it has \d+ HTML elements/);
  });

  it('is what htmlToStory meets first: 100,000 nested divs are refused at once', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>Words.</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(() => htmlToStory(html)).toThrow(ArticleError);
    expect(() => htmlToStory(html)).toThrow(/too complex/);
  });
});
