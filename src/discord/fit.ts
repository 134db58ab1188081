/**
 * Keeping messages inside Discord's limits by construction: every string that reaches an embed or
 * a message passes through here, so no input — however long — can produce a payload Discord rejects,
 * and none can carry invisible or text-reordering characters into a reply.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { neutraliseInvisible } from '../article/clean.ts';
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
  const cut = truncate(neutraliseInvisible(text), max);
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
 * 6000-character total. Bodies (descriptions, field values) are shortened first, longest first;
 * titles, names and footers only if that is not enough.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed);
  const excess = () => messageEmbedsLength(fitted) - DISCORD_LIMITS.embedTotal;
  const slots = fitted.flatMap(textSlots);
  shrinkLongest(slots.filter((slot) => slot.body), BODY_FLOOR, excess);
  shrinkLongest(slots, 1, excess);
  while (excess() > 0 && fitted.length > 1) fitted.pop();
  return fitted;
}

/** Bodies are not cut below this while labels are still long: a quote needs room more than a footer. */
const BODY_FLOOR = 80;

interface TextSlot {
  body: boolean;
  get(): string;
  set(value: string): void;
}

function shrinkLongest(slots: TextSlot[], floor: number, excess: () => number): void {
  for (let over = excess(); over > 0; over = excess()) {
    let longest: TextSlot | undefined;
    for (const slot of slots) if (slot.get().length > floor && (!longest || slot.get().length > longest.get().length)) longest = slot;
    if (!longest) return;
    longest.set(fitText(longest.get(), Math.max(floor, longest.get().length - over)));
  }
}

function textSlots(embed: APIEmbed): TextSlot[] {
  const slots: TextSlot[] = [];
  if (embed.description !== undefined) slots.push({ body: true, get: () => embed.description!, set: (v) => (embed.description = v) });
  for (const field of embed.fields ?? []) {
    slots.push({ body: true, get: () => field.value, set: (v) => (field.value = v) });
    slots.push({ body: false, get: () => field.name, set: (v) => (field.name = v) });
  }
  if (embed.title !== undefined) slots.push({ body: false, get: () => embed.title!, set: (v) => (embed.title = v) });
  if (embed.author) slots.push({ body: false, get: () => embed.author!.name, set: (v) => (embed.author!.name = v) });
  if (embed.footer) slots.push({ body: false, get: () => embed.footer!.text, set: (v) => (embed.footer!.text = v) });
  return slots;
}

export function fitContent(content: string): string {
  return truncate(neutraliseInvisible(content), DISCORD_LIMITS.content);
}
