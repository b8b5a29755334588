import fs from 'node:fs';

/**
 * Preloaded (`node --import`) into a `dyad code` child by the bench: at exit, writes the process's peak resident set
 * size (`process.resourceUsage().maxRSS`, MB) and CPU seconds (user + system, all threads) to the file named by DYAD_BENCH_RSS_FILE. The command itself is the
 * one users run, unchanged.
 */
const file = process.env.DYAD_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({ maxRssMb: u.maxRSS / 1024, heapMb: process.memoryUsage().heapTotal / 2 ** 20, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
  });
}
