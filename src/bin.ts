// The program, bundled into dist/philosophy.js and started by dist/bin.js (src/launch.ts): hands
// the process's world to main() and sets the exit code it returns. In a worker thread of
// `validate` it checks its share of the files instead.
import { isMainThread } from 'node:worker_threads';
import { main } from './cli.js';

if (isMainThread) {
  // A closed pipe (`philosophy catalog kpis | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  void main({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    // The one place the process is ended by hand: a signal to the wizard (commands return codes).
    exit: (code) => process.exit(code),
  }).then((code) => {
    process.exitCode = code;
  });
} else {
  void import('./lint/lint-worker.js').then((worker) => worker.run());
}
