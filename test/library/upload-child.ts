/**
 * Child process for the crash tests: uploads articles into the library at argv[2] (a SQLite path
 * or a postgres:// URL).
 * - `hold`: one upload that stops just before its transaction commits and waits to be killed.
 * - `loop`: uploads renamed copies, printing each committed id, until killed (or a safety limit,
 *   so a parent that dies first never leaves it running).
 */
import { Library } from '../../src/library/library.ts';
import { loadFixtures, renamedCopy } from '../../scripts/generate-articles.ts';

const [where, mode] = process.argv.slice(2);
const location = where!.startsWith('postgres') ? { url: where } : { path: where };
const library = await Library.open({ ...location, maxArticlesPerGuild: Number.MAX_SAFE_INTEGER });
const fixtures = loadFixtures();
process.stdout.write('ready\n');

if (mode === 'hold') {
  await library.add(
    { guildId: 'g1', addedBy: 'u', source: 'upload:held.txt', text: renamedCopy(fixtures[0]!, 1).text },
    {
      insideTransaction: () => {
        process.stdout.write('inside-transaction\n');
        // Block inside the open transaction until the parent kills us.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
      },
    },
  );
} else {
  const stopAt = Date.now() + 60_000;
  for (let i = 0; i < 5_000 && Date.now() < stopAt; i++) {
    const copy = renamedCopy(fixtures[i % fixtures.length]!, 1 + Math.floor(i / fixtures.length));
    const added = await library.add({ guildId: 'g1', addedBy: 'u', source: `upload:${copy.name}`, text: copy.text });
    process.stdout.write(`committed ${added.id}\n`);
  }
}
await library.close();
