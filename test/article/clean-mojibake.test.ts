import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/article/clean.ts';
import { parseArticle } from '../../src/article/load.ts';
import { attribute } from '../../src/attribution/index.ts';

describe('cleaning: UTF-8 read as Windows-1252 ("mojibake") is repaired', () => {
  it('turns each garbled run back into its characters, once or twice garbled', () => {
    expect(repairMojibake('PeÃ±a Nieto said')).toBe('Peña Nieto said');
    expect(repairMojibake('donâ€™t worry â€” ok')).toBe('don’t worry — ok');
    expect(repairMojibake('SarukhÃÂ¡n')).toBe('Sarukhán');
  });

  it('leaves real accents and lone capitals alone', () => {
    for (const text of ['naïve café Ångström', 'A Ã B', 'Dvořák and Ça va']) expect(repairMojibake(text)).toBe(text);
  });

  it('keeps a garbled name whole, so the speaker is the person named', () => {
    const article = parseArticle('Leaders meet\n\nPresident FranÃ§ois Hollande spoke on Friday.\n\n“France is strong,” said FranÃ§ois Hollande.', 'x');
    expect(attribute(article).quotes.map((q) => q.speaker)).toEqual(['François Hollande']);
  });
});
