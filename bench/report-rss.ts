import fs from 'node:fs';

/**
 * Preloaded (`node --import`) into a `dyad code` child by the bench: at exit, writes the process's peak resident set
 * size (`process.resourceUsage().maxRSS`, MB) to the file named by DYAD_BENCH_RSS_FILE. The command itself is the
 * one users run, unchanged.
 */
const file = process.env.DYAD_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    fs.writeFileSync(file, JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb: process.memoryUsage().heapTotal / 2 ** 20 }));
  });
}
