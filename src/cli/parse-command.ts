import fs from 'node:fs';
import type { Command } from 'commander';
import { DyadError, formatError } from '../core/errors.js';
import { formatConllu, parseConllu, type ConlluSentence } from '../parser/conllu.js';
import { loadParser, type Parser } from '../parser/parser.js';
import { checkParserModel } from '../resources/parser.js';
import { loadTagger } from '../resources/tagger.js';
import { readInputs, segment } from '../api.js';
import { PARSER_MODEL_HELP } from './resource-options.js';
import { maxArticleCharsOption } from './shared-options.js';

interface ParseCommandOptions { input?: string; maxArticleChars?: string; parserModel?: string }

/**
 * `dyad parse [--input text|conllu] [FILE...]`: prints CoNLL-U (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL filled).
 * Text inputs (every kind `dyad code` reads) are split into sentences and words exactly as `dyad code` does; CoNLL-U
 * inputs (--input conllu, or files ending in .conllu) keep their words and sentence breaks.
 */
export function registerParseCommand(program: Command, setStatus: (s: number) => void): void {
  program.command('parse')
    .description('dependency-parse text or CoNLL-U and print CoNLL-U (model trained on UD English EWT)')
    .option('--input <kind>', 'text (default; .conllu files are read as CoNLL-U) | conllu')
    .option('--max-article-chars <n>', 'skip (with an error) articles longer than this many characters (default 5000000)')
    .option('--parser-model <file>', PARSER_MODEL_HELP)
    .argument('[files...]', 'inputs: text kinds as for dyad code, .conllu files, - for standard input')
    .action(async (files: string[], opts: ParseCommandOptions) => {
      setStatus(await runParse(files, opts, process.stdout, process.stderr));
    });
}

export async function runParse(files: string[], opts: ParseCommandOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const kind = opts.input ?? 'text';
  if (kind !== 'text' && kind !== 'conllu') { err.write(`dyad: E_INPUT unknown --input ${kind} (use text or conllu)\n`); return 2; }
  const maxChars = maxArticleCharsOption(opts.maxArticleChars);
  if ('error' in maxChars) { err.write(maxChars.error + '\n'); return 2; }
  const maxArticleChars = maxChars.value;
  if (files.length === 0 && process.stdin.isTTY) { err.write('dyad: E_NO_INPUT no input: give FILE... (or - to read standard input)\n'); return 2; }
  let parser: Parser;
  try {
    if (opts.parserModel !== undefined) checkParserModel(opts.parserModel);
    parser = opts.parserModel === undefined ? loadParser() : loadParser(opts.parserModel);
  } catch (e) {
    err.write(e instanceof DyadError ? formatError(e) + '\n' : `dyad: E_MODEL ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
  let failed = 0;
  const list = files.length ? files : ['-'];
  const conlluFiles = list.filter((f) => kind === 'conllu' || f.endsWith('.conllu'));
  const textFiles = list.filter((f) => !conlluFiles.includes(f));
  for (const f of conlluFiles) {
    let text: string;
    try {
      text = f === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(f, 'utf8');
    } catch (e) {
      failed++;
      err.write(`dyad: E_READ ${f}: ${(e as Error).message.split('\n')[0]}\n`);
      continue;
    }
    const sentences = parseConllu(text, f, (e) => { failed++; err.write(`dyad: E_CONLLU ${e.message} (sentence skipped)\n`); });
    for (const s of sentences) parseConlluSentence(parser, s);
    if (!out.write(formatConllu(sentences))) await new Promise((r) => out.once('drain', r));
  }
  if (textFiles.length) {
    const tagger = loadTagger();
    for await (const item of readInputs(textFiles, { maxArticleChars })) {
      if (!item.ok) { failed++; err.write(formatError(item.error) + '\n'); continue; }
      const { article } = item.value;
      const seg = segment(article.text, tagger);
      const sentences: ConlluSentence[] = seg.sentences.map((s, k) => {
        const toks = seg.tokens.slice(s.firstToken, s.endToken);
        const words = toks.map((t, i) => ({
          id: i + 1, form: article.text.slice(t.start, t.end).replace(/\s/g, '_') || '_', lemma: '_', upos: '_', xpos: '_', feats: '_', head: -1, deprel: '_', deps: '_',
          misc: i + 1 < toks.length && toks[i + 1]!.start === t.end ? 'SpaceAfter=No' : '_',
        }));
        return { comments: [`# sent_id = ${article.id}-${k + 1}`, `# text = ${article.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`], words, extras: [], line: 0 };
      });
      for (const s of sentences) parseConlluSentence(parser, s, true);
      if (!out.write(formatConllu(sentences))) await new Promise((r) => out.once('drain', r));
    }
  }
  return failed ? 1 : 0;
}

/** Fills UPOS, XPOS, HEAD, DEPREL (and LEMMA where empty or when asked) of a sentence's words. */
export function parseConlluSentence(parser: Parser, s: ConlluSentence, lemmas = false): void {
  if (!s.words.length) return;
  const r = parser.parse(s.words.map((w) => w.form), { lemmas: true });
  s.words.forEach((w, i) => {
    w.upos = r.upos[i]!; w.xpos = r.xpos[i]!; w.head = r.heads[i]!; w.deprel = r.deprels[i]!;
    if (lemmas || w.lemma === '_' || w.lemma === '') w.lemma = r.lemmas![i]!;
  });
}
