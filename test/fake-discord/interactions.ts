/**
 * INTERACTION_CREATE payloads as Discord sends them (API v10), for the fake gateway to dispatch.
 */
import { snowflake, type FakeDiscord } from './server.ts';

export interface FakeUser {
  id: string;
  username: string;
}

export function fakeUser(username: string): FakeUser {
  return { id: snowflake(), username };
}

/** A chat-input option as Discord sends it (type 3 string, 4 integer). */
export interface SentOption {
  name: string;
  type: number;
  value?: string | number;
  focused?: boolean;
  /** A subcommand's own options (type 1). */
  options?: SentOption[];
}

export const stringOption = (name: string, value: string, focused = false): SentOption =>
  focused ? { name, type: 3, value, focused } : { name, type: 3, value };
export const integerOption = (name: string, value: number): SentOption => ({ name, type: 4, value });
export const subcommand = (name: string, options: SentOption[] = []): SentOption => ({ name, type: 1, options });
/** An attachment option (type 11): its value is the id of an entry in `resolved.attachments`. */
export const attachmentOption = (name: string, attachmentId: string): SentOption => ({ name, type: 11, value: attachmentId });

/** Permission bits of a member who may manage the server (the default member may not). */
export const MANAGER_PERMISSIONS = (2248473465835073n | (1n << 5n)).toString();

/** `resolved.attachments` for one uploaded file the fake serves at `url`. */
export function resolvedAttachment(file: { id: string; filename: string; size: number; url: string; contentType?: string }) {
  return {
    attachments: {
      [file.id]: {
        id: file.id,
        filename: file.filename,
        size: file.size,
        url: file.url,
        proxy_url: file.url,
        ...(file.contentType ? { content_type: file.contentType } : {}),
      },
    },
  };
}

interface Sent {
  id: string;
  token: string;
}

function base(fake: FakeDiscord, user: FakeUser, type: number): Record<string, unknown> & Sent {
  const id = snowflake();
  return {
    id,
    token: `fake-interaction-token-${id}`,
    type,
    application_id: fake.applicationId,
    guild_id: fake.guildId,
    channel_id: fake.channelId,
    channel: { id: fake.channelId, type: 0, guild_id: fake.guildId, name: 'general', permissions: '2248473465835073', flags: 0 },
    member: {
      user: { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null },
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '2248473465835073',
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    },
    locale: 'en-US',
    guild_locale: 'en-US',
    version: 1,
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': fake.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** The same interaction sent from a DM: `user` instead of `member`, no guild, a DM channel. */
function directMessage(fake: FakeDiscord, payload: ReturnType<typeof base>): ReturnType<typeof base> {
  const { member, guild_id: _guild, ...rest } = payload as Record<string, unknown> & Sent & { member: { user: unknown } };
  const dmChannelId = snowflake();
  return {
    ...rest,
    user: member.user,
    channel_id: dmChannelId,
    channel: { id: dmChannelId, type: 1, flags: 0, last_message_id: null, recipients: [member.user] },
    context: 1,
    authorizing_integration_owners: { '1': fake.applicationId },
  } as ReturnType<typeof base>;
}

/** Dispatch a slash command; returns its id and token. `refuse`: the fake answers its callback with 10062. */
export function sendChatInput(
  fake: FakeDiscord,
  user: FakeUser,
  name: string,
  options: SentOption[] = [],
  behaviour: { refuse?: boolean; directMessage?: boolean; permissions?: string; resolved?: Record<string, unknown>; guildId?: string } = {},
): Sent {
  let common = behaviour.directMessage ? directMessage(fake, base(fake, user, 2)) : base(fake, user, 2);
  if (behaviour.permissions !== undefined && 'member' in common) {
    common = { ...common, member: { ...(common.member as object), permissions: behaviour.permissions } };
  }
  if (behaviour.guildId !== undefined && !behaviour.directMessage) common = { ...common, guild_id: behaviour.guildId };
  const data = { id: snowflake(), name, type: 1, options, ...(behaviour.resolved ? { resolved: behaviour.resolved } : {}) };
  const payload = { ...common, data };
  if (behaviour.refuse) fake.refuse(payload.id);
  fake.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id, token: payload.token };
}

/** Dispatch an autocomplete request; one option should be `focused`. */
export function sendAutocomplete(fake: FakeDiscord, user: FakeUser, name: string, options: SentOption[]): Sent {
  const payload = { ...base(fake, user, 4), data: { id: snowflake(), name, type: 1, options } };
  fake.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id, token: payload.token };
}

/**
 * Dispatch a button press on a message the bot sent. `messageId` is a snowflake, so its timestamp
 * is when the page was posted.
 */
export function sendButton(
  fake: FakeDiscord,
  user: FakeUser,
  customId: string,
  message: { id?: string; ownerId: string; components?: unknown[] },
): Sent {
  const payload = {
    ...base(fake, user, 3),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: message.id ?? snowflake(),
      type: 20,
      channel_id: fake.channelId,
      author: fake.botUser,
      content: '',
      embeds: [],
      components: message.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      application_id: fake.applicationId,
      webhook_id: fake.applicationId,
      interaction_metadata: { id: snowflake(), type: 2, user: { id: message.ownerId, username: 'owner', discriminator: '0', avatar: null }, authorizing_integration_owners: {} },
    },
  };
  fake.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id, token: payload.token };
}

/** A message in a channel as Discord sends it inside an interaction (`resolved.messages`, `message`). */
export function channelMessage(fake: FakeDiscord, author: FakeUser, content: string, extra: Record<string, unknown> = {}) {
  return {
    id: snowflake(),
    type: 0,
    channel_id: fake.channelId,
    author: { id: author.id, username: author.username, discriminator: '0', global_name: author.username, avatar: null },
    content,
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...extra,
  };
}

/**
 * Dispatch a message command (right-click a message → Apps → `name`): an application command
 * interaction (type 2) whose data is of type 3, with the target message in `resolved.messages`.
 */
export function sendMessageCommand(
  fake: FakeDiscord,
  user: FakeUser,
  name: string,
  message: ReturnType<typeof channelMessage>,
): Sent {
  const payload = {
    ...base(fake, user, 2),
    data: { id: snowflake(), name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: message } } },
  };
  fake.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id, token: payload.token };
}
