#!/usr/bin/env node
// The executable: hands the process's world to main() and sets the exit code it returns.
import { main } from './cli.js';

// A closed pipe (`philosophy catalog kpis | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
