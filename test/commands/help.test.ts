import { describe, expect, it } from 'vitest';
import { commandDefinitions, findCommand } from '../../commands/index.ts';
import { describeCommands } from '../../commands/help.ts';
import type { HelpResult } from '../../src/answers/types.ts';

describe('/help', () => {
  const help = findCommand('help')!.answer(undefined as never, {}) as HelpResult;

  it('lists every registered command, with one line per subcommand', () => {
    const names = help.commands.map((c) => c.name);
    for (const definition of commandDefinitions()) {
      const subcommands = ('options' in definition ? (definition.options ?? []) : []).filter((o) => o.type === 1).map((o) => `${definition.name} ${o.name}`);
      if (subcommands.length > 0) expect(names).toEqual(expect.arrayContaining(subcommands));
      else expect(names).toContain(definition.name);
    }
    expect(names).toEqual(expect.arrayContaining(['article add', 'article remove', 'article use', 'articles', 'Who said this?']));
  });

  it('says how to reach the message command, which has no slash', () => {
    const line = help.commands.find((c) => c.name === 'Who said this?')!;
    expect(line.usage).toMatch(/Right-click a message → Apps/);
  });

  it('writes usage as typed: required bare, optional in brackets, attachments named', () => {
    const usage = Object.fromEntries(help.commands.map((c) => [c.name, c.usage]));
    expect(usage['who-said']).toMatch(/^\/who-said query:<text>/);
    expect(usage['summary']).toContain('[sentences:<1–10>]');
    expect(usage['article add']).toBe('/article add [file:<attachment>] [url:<text>]');
  });

  it('describes a command without subcommands as itself', () => {
    const result = describeCommands([{ data: { name: 'x', toJSON: () => ({ name: 'x', description: 'X.', options: [] }) } }]);
    expect(result.commands).toEqual([{ name: 'x', usage: '/x', description: 'X.' }]);
  });
});
