// Loaded with `node --import`: reports the process's peak resident memory when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nmaxrss-kib=${process.resourceUsage().maxRSS}\n`);
});
