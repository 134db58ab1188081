/**
 * Failure kind 5 — embedded posts and written statements: a post ("body — Name (@handle) date")
 * is the account holder's direct quote; "X issued this statement:", "X posted:", "In a text
 * message, X wrote:" make the words after them X's, quoted or not.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/load.ts';
import { attribute } from '../../src/attribution/index.ts';
import { findPosts, publishedStatement } from '../../src/attribution/sieves/posts.ts';
import { run, setup, summary } from './helpers.ts';

const compact = (...paragraphs: string[]) => summary(run(...paragraphs)).map(([speaker, kind, ps, quote]) => `${ps.join(',')}:${speaker}:${kind}:${quote}`);

describe('embedded posts', () => {
  it('a post paragraph is a direct quote of its author, without the signature', () => {
    expect(compact(
      'Dana Whitlock, the mayor, closed the bridge on Wednesday.',
      'Nobody crosses that bridge until our engineers say it is safe. No exceptions. — Dana Whitlock (@MayorWhitlock) 9:31 AM · Mar 12, 2025',
    )).toEqual(['2:Dana Whitlock:direct:Nobody crosses that bridge until our engineers say it is safe. No exceptions.']);
  });

  it('an account the article never names otherwise is still the author', () => {
    const { doc, registry } = setup('The operator posted an update.', '"All routes are diverted." — Calder Connect (@CalderConnect) March 12, 2025');
    const posts = findPosts(doc, registry);
    expect(posts.statements.map((s) => [s.phrase.text, s.quote])).toEqual([['Calder Connect', 'All routes are diverted.']]);
    expect([...posts.paragraphs]).toEqual([2]);
  });

  it('a folded post card ("Name @handle body date") is its author\'s too', () => {
    expect(compact('Dana Whitlock, the mayor, closed the bridge.', 'Dana Whitlock @MayorWhitlock Nobody crosses until it is safe. 9:31 AM · Mar 12, 2025'))
      .toEqual(['2:Dana Whitlock:direct:Nobody crosses until it is safe.']);
  });

  it('a verified badge after the display name and a long handle do not hide the author', () => {
    const text = ['Bridge closed after crack found', 'The bridge will stay shut, the council said on Wednesday.',
      'Dana Whitlock ✓\n@mayorwhitlock.bsky.social\nNobody crosses until it is safe.\nMarch 12, 2025 at 9:31 AM'].join('\n\n');
    const quotes = attribute(parseArticle(text, 'badge')).quotes;
    expect(quotes.filter((q) => q.paragraphs[0] === 2).map((q) => [q.speaker, q.kind, q.quote])).toEqual([['Dana Whitlock', 'direct', 'Nobody crosses until it is safe.']]);
  });

  it('a handle mentioned in a sentence is no post', () => {
    const { doc, registry } = setup('Follow him at @MayorWhitlock for the latest on the bridge.');
    expect(findPosts(doc, registry).statements).toEqual([]);
  });

  it('a dash in ordinary prose is no signature', () => {
    const { doc, registry } = setup('The bridge — built in 1902 (@ the old ford) — is closed.');
    expect(findPosts(doc, registry).statements).toEqual([]);
  });

  it('a post card scraped as separate lines keeps its author through cleaning', () => {
    const text = [
      'Bridge closed after crack found',
      'The Harrow Street bridge will stay shut, Calder City Council said on Wednesday.',
      'Dana Whitlock\n@MayorWhitlock\nNobody crosses that bridge until our engineers say it is safe.\n9:31 AM · Mar 12, 2025',
      'Traffic is backed up for two miles, the traffic service said.',
    ].join('\n\n');
    const quotes = attribute(parseArticle(text, 'post-card')).quotes;
    expect(quotes.map((q) => [q.paragraphs, q.speaker, q.kind])).toContainEqual([[2], 'Dana Whitlock', 'direct']);
  });
});

describe('statements introduced by a colon', () => {
  it('"X issued this statement:" then a quoted paragraph', () => {
    expect(compact('The bridge belongs to Calder City Council. The council issued this statement:', '"The bridge is closed to vehicles. We will update residents."'))
      .toEqual(['2:Calder City Council:direct:The bridge is closed to vehicles. We will update residents.']);
  });

  it('an unquoted statement runs while it speaks in the first person', () => {
    expect(compact(
      'Ann Lee, the mayor, responded on social media:',
      'I know this is hard for commuters.',
      'We will reopen the bridge as soon as it is safe.',
      'Traffic built up on the ring road.',
    )).toEqual(['2,3:Ann Lee:direct:I know this is hard for commuters. We will reopen the bridge as soon as it is safe.']);
  });

  it('"In a text message, X wrote: “…”" and "X posted: “…”" within a paragraph', () => {
    expect(compact('In a text message, the managing director, Helen Achebe, wrote: "We flagged the bearings in 2022."'))
      .toEqual(['1:Helen Achebe:direct:We flagged the bearings in 2022.']);
    const { contexts, registry } = setup('Later that day Helen Achebe posted: "We are ready to help."');
    expect(publishedStatement(contexts[0]!, registry)?.phrase?.text).toBe('Helen Achebe');
  });

  it('a colon with no author verb before it introduces nothing', () => {
    const { contexts, registry } = setup('The sign on the door read: "Closed until further notice."');
    expect(publishedStatement(contexts[0]!, registry)).toBeNull();
  });
});

describe('more shapes of posts and statements', () => {
  it('an unquoted statement after "said in a statement:" within its paragraph', () => {
    expect(compact('Ann Lee left the club on Friday. Harbour Rovers said in a statement: We thank Ann for ten years and wish her well.'))
      .toEqual(['1:Harbour Rovers:direct:We thank Ann for ten years and wish her well.']);
  });

  it('a bare "said:" before unquoted words is not made a written statement', () => {
    const { doc, registry } = setup('The mayor said: the bridge will reopen next week.');
    expect(findPosts(doc, registry).statements).toEqual([]);
  });

  it('an image-sharing embed ("A post shared by Name (@handle)") keeps its author', () => {
    const text = ['Bridge closed after crack found', 'The bridge will stay shut, the council said on Wednesday.',
      'Nobody crosses until it is safe.', 'A post shared by Dana Whitlock (@mayor.whitlock)'].join('\n\n');
    const quotes = attribute(parseArticle(text, 'insta')).quotes;
    expect(quotes.map((q) => [q.paragraphs, q.speaker, q.quote])).toContainEqual([[2], 'Dana Whitlock', 'Nobody crosses until it is safe.']);
  });
});

describe('a statement headed with its author', () => {
  it('"Statement from X:" then the statement', () => {
    expect(compact('The bridge was closed overnight.', 'Statement from Calder City Council:', '"The bridge is closed until further notice. We are sorry for the disruption."')
      .map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['3:Calder City Council']);
  });
});
