/**
 * Keeping messages inside Discord's limits by construction: every string that reaches an embed or
 * a message passes through here, so no input — however long — can produce a payload Discord rejects.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS } from '../constants.ts';

const ELLIPSIS = '…';
/** Discord rejects empty field names and values; this renders as nothing. */
export const BLANK = '\u200b';

/** Cut `text` to at most `max` UTF-16 units, ending with an ellipsis when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  // A cut just after an escaping backslash would escape the ellipsis; drop the backslash too.
  while (end > 0 && text[end - 1] === '\\') end -= 1;
  return text.slice(0, Math.max(0, end)).trimEnd() + ELLIPSIS;
}

/** A non-empty string of at most `max` characters. */
export function fitText(text: string, max: number): string {
  const cut = truncate(text, max);
  return cut.trim() === '' ? BLANK : cut;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

export function messageEmbedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

/** Apply the per-part limits of one embed. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = fitText(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = fitText(embed.description, DISCORD_LIMITS.embedDescription);
  if (embed.author) fitted.author = { ...embed.author, name: fitText(embed.author.name, DISCORD_LIMITS.embedAuthorName) };
  if (embed.footer) fitted.footer = { ...embed.footer, text: fitText(embed.footer.text, DISCORD_LIMITS.embedFooter) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.embedFields).map(
      (field): APIEmbedField => ({
        ...field,
        name: fitText(field.name, DISCORD_LIMITS.embedFieldName),
        value: fitText(field.value, DISCORD_LIMITS.embedFieldValue),
      }),
    );
  }
  return fitted;
}

/**
 * Fit a message's embeds: at most 10, each within its own limits, and all together within the
 * 6000-character total — shortening the longest description or field value until they fit.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed);
  let excess = messageEmbedsLength(fitted) - DISCORD_LIMITS.embedTotal;
  while (excess > 0) {
    const longest = longestText(fitted);
    if (!longest || longest.length() <= 1) break;
    const target = Math.max(1, longest.length() - excess);
    longest.set(fitText(longest.get(), target));
    excess = messageEmbedsLength(fitted) - DISCORD_LIMITS.embedTotal;
  }
  // Only titles, names and footers left to shrink: drop trailing embeds until it fits.
  while (messageEmbedsLength(fitted) > DISCORD_LIMITS.embedTotal && fitted.length > 1) fitted.pop();
  return fitted;
}

interface TextSlot {
  length(): number;
  get(): string;
  set(value: string): void;
}

/** The longest shrinkable text (description or field value) across the embeds. */
function longestText(embeds: APIEmbed[]): TextSlot | undefined {
  let best: TextSlot | undefined;
  for (const embed of embeds) {
    const slots: TextSlot[] = [];
    if (embed.description !== undefined) {
      slots.push({ length: () => embed.description!.length, get: () => embed.description!, set: (v) => (embed.description = v) });
    }
    for (const field of embed.fields ?? []) {
      slots.push({ length: () => field.value.length, get: () => field.value, set: (v) => (field.value = v) });
    }
    for (const slot of slots) if (!best || slot.length() > best.length()) best = slot;
  }
  return best;
}

export function fitContent(content: string): string {
  return truncate(content, DISCORD_LIMITS.content);
}
