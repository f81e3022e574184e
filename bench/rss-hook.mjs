// Loaded with `node --import`: reports the process's peak resident memory and its CPU time (all
// threads, DuckDB's included) when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nmaxrss-kib=${usage.maxRSS}\ncpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
