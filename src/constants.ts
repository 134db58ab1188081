/** Discord's hard limits, in one place so every renderer stays inside them by construction. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  autocompleteChoiceLength: 100,
  optionStringLength: 6000,
  /** Discord drops an interaction that is not acknowledged within 3 s. */
  interactionAckMs: 3000,
  /** Interaction tokens (follow-ups, button pages) stay valid for 15 minutes. */
  interactionTokenMs: 15 * 60 * 1000,
} as const;

/** The bot's own limits. */
export const BOT_LIMITS = {
  queryLength: 300,
  whoSaidAnswers: 3,
  askPassages: 3,
  summaryDefault: 5,
  summaryMin: 1,
  summaryMax: 10,
  quotesPerPage: 5,
  suggestions: 3,
  /** Per-user cooldown: at most `cooldownBurst` commands per `cooldownWindowMs`. */
  cooldownBurst: 5,
  cooldownWindowMs: 10_000,
  /** Articles larger than this are refused (a news story is tens of kilobytes). */
  articleMaxBytes: 2 * 1024 * 1024,
} as const;
