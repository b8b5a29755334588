import { Command, CommanderError } from 'commander';
import { runCode } from './code-command.js';
import { registerDemoCommand } from './demo-command.js';
import { registerEval } from './eval-command.js';
import { registerExportCommand } from './export-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerQueryCommand } from './query-command.js';
import { registerWorkerCommand } from './worker-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerParseCommand } from './parse-command.js';
import { registerWatchCommand } from './watch-command.js';

/** The `dyad` command line: a thin adapter over the programmatic API. Returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = new Command('dyad')
    .description('Who did what to whom: actors, quotes and CAMEO/PLOVER events from news text, with evidence spans.')
    .exitOverride();
  program.command('code')
    .description('code articles and print contract JSON (one line per article)')
    .option('--format <format>', 'jsonl | pretty | gdelt | plover')
    .option('--date <YYYY-MM-DD>', 'publication date for articles that have none')
    .option('--dictionaries <dir>', 'PETRARCH/TABARI dictionaries replacing the bundled ones')
    .option('--max-article-chars <n>', 'skip (with an error) articles longer than this many characters (default 5000000)')
    .option('--attributions <which>', 'speech (default): quotes are statements said or published; all: also beliefs, intentions, evaluations, evidence')
    .option('--budget-ms <ms>', 'CPU time one article may take before it is skipped with E_BUDGET (default 10000 + 1 per 50 characters; 0: none)')
    .argument('[files...]', 'inputs: .txt .html .jsonl .csv .xml/.rss/.atom, directories, - for standard input')
    .action(async (files: string[], opts: { format?: string; date?: string; dictionaries?: string; maxArticleChars?: string; attributions?: string; budgetMs?: string }) => {
      status = await runCode(files, opts, process.stdout, process.stderr);
    });
  registerIngestCommand(program, (s) => { status = s; });
  registerQueryCommand(program, (s) => { status = s; });
  registerWorkerCommand(program, (s) => { status = s; });
  registerExportCommand(program, (s) => { status = s; });
  registerServeCommand(program, (s) => { status = s; });
  registerWatchCommand(program, (s) => { status = s; });
  registerDemoCommand(program, (s) => { status = s; });
  registerEval(program, (code) => { status = code; });
  registerParseCommand(program, (s) => { status = s; });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return status;
}
