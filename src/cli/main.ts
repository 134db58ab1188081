/** `npm run -s cli -- [--article PATH] [--json] [COMMAND]`: the command-line tool on process streams. */
import { runCli } from './run.ts';

// `… | head -1` closes the pipe early: stop quietly instead of dying on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli({
  argv: process.argv.slice(2),
  input: process.stdin,
  output: process.stdout,
  errorOutput: process.stderr,
  isTTY: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
