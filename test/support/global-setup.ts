/**
 * Vitest global set-up: one PostgreSQL server for the whole run (see postgres.ts), its URL handed
 * to the suites with `inject('postgresUrl')`. Where none can be started the PostgreSQL suites skip
 * with one line saying why — except in CI (CI=true), where that fails the run.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the test server, or null when none could be started. */
    postgresUrl: string | null;
    postgresSkipReason: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let server: PostgresServer | undefined;
  if (process.env.PG_TESTS === 'off' && process.env.CI !== 'true') {
    project.provide('postgresUrl', null);
    project.provide('postgresSkipReason', 'PG_TESTS=off');
    console.warn('PostgreSQL tests skipped: PG_TESTS=off');
  } else {
    try {
      server = await startPostgres();
      project.provide('postgresUrl', server.adminUrl);
      project.provide('postgresSkipReason', '');
    } catch (error) {
      const reason = (error as Error).message;
      if (process.env.CI === 'true') throw new Error(`CI=true but no PostgreSQL server could be started for the tests: ${reason}`);
      project.provide('postgresUrl', null);
      project.provide('postgresSkipReason', reason);
      console.warn(`PostgreSQL tests skipped: ${reason}`);
    }
  }
  return () => server?.stop();
}
