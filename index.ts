/**
 * `npm start`. With DISCORD_TOKEN set, log in to Discord and answer slash commands; without it,
 * answer the same commands in the terminal (typed at a prompt, or piped one per line).
 * Each mode is imported only when chosen: the terminal never loads discord.js.
 */
import { loadConfig, type AppConfig } from './src/config.ts';
import { describeError, redact } from './src/discord/log.ts';

async function main(): Promise<number> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  const { config } = loaded;
  if (!config.token) return runTerminal(config);
  // A shard started by the ShardingManager (discord.js sets SHARDING_MANAGER) runs the bot itself.
  // SHARD_IDS/SHARD_COUNT: this process runs just those shards itself (other machines run the rest).
  if (!process.env.SHARDING_MANAGER && !config.shardSet) {
    const shards = await import('./src/discord/shards.ts');
    const plan = shards.shardPlan(config, await shards.gatewayAdvice(config.apiUrl, config.token));
    if (plan.total > 1) return shards.runShardingManager(config, config.token, plan);
    // discord.js reads SHARDS from the environment as its own shard list: one process, no list.
    delete process.env.SHARDS;
  }
  if (config.shardSet) delete process.env.SHARDS;
  const { runBot } = await import('./src/discord/bot.ts');
  return runBot(config, config.token);
}

async function runTerminal(config: AppConfig): Promise<number> {
  // `npm start | head` closes the pipe early: stop quietly instead of dying on EPIPE with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.stderr.write(
    'No DISCORD_TOKEN set: answering in the terminal. To connect to Discord, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example), ' +
      'invite the bot with the URL from `npm run invite`, run `npm run deploy`, then `npm start` (README: "Add it to your server").\n',
  );
  const { runCli } = await import('./src/cli/run.ts');
  return runCli({
    argv: config.articlePath ? ['--article', config.articlePath] : [],
    input: process.stdin,
    output: process.stdout,
    errorOutput: process.stderr,
    isTTY: Boolean(process.stdin.isTTY),
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${redact(`Fatal: ${describeError(error, true)}`, [process.env.DISCORD_TOKEN ?? ''])}\n`);
    process.exit(1);
  },
);
