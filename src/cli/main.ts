/** `npm run -s cli -- [--article PATH] [--json] [COMMAND]`: the command-line tool on process streams. */
import { runCli } from './run.ts';

const code = await runCli({
  argv: process.argv.slice(2),
  input: process.stdin,
  output: process.stdout,
  errorOutput: process.stderr,
  isTTY: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
