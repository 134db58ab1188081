/**
 * Discord messages for the library's results: a library-wide /who-said (each answer cites its
 * article as well as its paragraph) and /articles. Same escaping and limits as render.ts.
 */
import type { APIEmbed } from 'discord.js';
import type { ArticlesResult, LibraryWhoSaidResult } from '../library/types.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../constants.ts';
import { fitEmbeds, fitText } from './fit.ts';
import { escapeText, formatParagraphs, type RenderedPage } from './render.ts';

const COLOR = 0x3b82f6;
const TITLE_IN_CITATION = 80;

function page(embeds: APIEmbed[]): RenderedPage {
  return { embeds: fitEmbeds(embeds) };
}

function articleLabel(article: { id: number; title: string; publisher: string | null }): string {
  const title = escapeText(fitText(article.title, TITLE_IN_CITATION));
  return `#${article.id} “${title}”${article.publisher ? ` (${escapeText(article.publisher)})` : ''}`;
}

export function renderLibraryWhoSaid(result: LibraryWhoSaidResult): RenderedPage[] {
  const query = escapeText(fitText(result.query.replace(/\s+/g, ' ').trim(), BOT_LIMITS.queryLength));
  const footer = { text: 'Searched every article in this server’s library' };
  if (result.answers.length === 0) {
    const reason = escapeText(result.note ?? 'Nobody in this library is quoted saying that.');
    return [page([{ title: `Who said “${query}”?`, description: reason, footer, color: COLOR }])];
  }
  const embeds = result.answers.map((answer, index): APIEmbed => {
    const who = answer.description ? `**${escapeText(answer.speaker)}**, ${escapeText(answer.description)}` : `**${escapeText(answer.speaker)}**`;
    const words = answer.kind === 'indirect' ? escapeText(answer.quote) : `“${escapeText(answer.quote)}”`;
    const via = answer.via ? ` · via ${escapeText(answer.via)}` : '';
    return {
      ...(index === 0 ? { title: `Who said “${query}”?` } : {}),
      color: COLOR,
      description: `${words}\n— ${who}\n${formatParagraphs([answer.paragraph])}${via} in ${articleLabel(answer.article)}`,
      ...(index === result.answers.length - 1 ? { footer } : {}),
    };
  });
  return [page(embeds)];
}

export function renderArticles(result: ArticlesResult): RenderedPage[] {
  const lines = result.articles.map((a) => {
    const marks = [a.bundled ? 'bundled' : null, a.id === result.defaultArticle ? '**default**' : null].filter(Boolean);
    return `\`#${a.id}\` ${articleLabel(a).replace(/^#\d+ /, '')}${marks.length > 0 ? ` · ${marks.join(' · ')}` : ''}`;
  });
  const max = DISCORD_LIMITS.embedDescription - 100;
  const shown: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > max) break;
    shown.push(line);
    length += line.length + 1;
  }
  const more = lines.length - shown.length;
  return [
    page([
      {
        title: `Articles in this server’s library (${result.articles.length})`,
        color: COLOR,
        description: `${shown.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`,
        footer: { text: 'Ask about one with the article option, e.g. /summary article:#2 · /article use sets the default' },
      },
    ]),
  ];
}
