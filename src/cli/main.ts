import fs from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { CodeCommandOptions } from './code-command.js';
import { DICTIONARIES_ONLY_HELP, PARSER_MODEL_HELP } from './resource-options.js';

type SetStatus = (s: number) => void;

/**
 * The subcommands other than `code`, in help order, each loaded only when it is the one run (or for the full help):
 * `dyad code` never loads the store, queue, HTTP, evaluation or parser modules (test/cli/lazy-modules.test.ts).
 */
const COMMANDS: ReadonlyArray<readonly [string, (program: Command, setStatus: SetStatus) => Promise<void>]> = [
  ['ingest', async (p, s) => (await import('./ingest-command.js')).registerIngestCommand(p, s)],
  ['query', async (p, s) => (await import('./query-command.js')).registerQueryCommand(p, s)],
  ['worker', async (p, s) => (await import('./worker-command.js')).registerWorkerCommand(p, s)],
  ['export', async (p, s) => (await import('./export-command.js')).registerExportCommand(p, s)],
  ['serve', async (p, s) => (await import('./serve-command.js')).registerServeCommand(p, s)],
  ['watch', async (p, s) => (await import('./watch-command.js')).registerWatchCommand(p, s)],
  ['demo', async (p, s) => (await import('./demo-command.js')).registerDemoCommand(p, s)],
  ['eval', async (p, s) => (await import('./eval-command.js')).registerEval(p, s)],
  ['parse', async (p, s) => (await import('./parse-command.js')).registerParseCommand(p, s)],
];

/** The `dyad` command line: a thin adapter over the programmatic API. Returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const setStatus: SetStatus = (s) => { status = s; };
  const program = new Command('dyad')
    .description('Who did what to whom: actors, quotes and CAMEO/PLOVER events from news text, with evidence spans.')
    .version(packageVersion(), '-V, --version', 'print the version of dyad')
    .exitOverride();
  program.command('code')
    .description('code articles and print contract JSON (one line per article)')
    .option('--format <format>', 'jsonl | pretty | text | gdelt | plover (text: one line per event, quote and actor, for people)')
    .option('--date <YYYY-MM-DD>', 'publication date for articles that have none')
    .option('--dictionaries <dir>', 'PETRARCH/TABARI dictionaries added to the bundled ones')
    .option('--dictionaries-only [dir]', DICTIONARIES_ONLY_HELP)
    .option('--parser-model <file>', PARSER_MODEL_HELP)
    .option('--max-article-chars <n>', 'skip (with an error) articles longer than this many characters (default 5000000)')
    .option('--attributions <which>', 'speech (default): quotes are statements said or published; all: also beliefs, intentions, evaluations, evidence')
    .option('--budget-ms <ms>', 'CPU time one article may take before it is skipped with E_BUDGET (default 10000 + 1 per 50 characters; 0: none)')
    .argument('[files...]', 'inputs: .txt .html .jsonl .csv .xml/.rss/.atom, directories, - for standard input')
    .action(async (files: string[], opts: CodeCommandOptions) => {
      const { runCode } = await import('./code-command.js');
      status = await runCode(files, opts, process.stdout, process.stderr);
    });
  // the command named first; any other first word (help, an unknown command, an option) registers them all
  const named = argv.find((a) => !a.startsWith('-'));
  const only = COMMANDS.some(([name]) => name === named) || named === 'code' ? named : undefined;
  for (const [name, register] of COMMANDS) if (only === undefined || name === only) await register(program, setStatus);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return status;
}

/** The version in the package's package.json. */
function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
