import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dyad } from './run-dyad.js';

const ARTICLE = 'China pledges support for Russia\n\nThe Chinese defense minister said Beijing would back Moscow.\n';
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

// Why: a folder of mixed files used to be coded without a word about the files dyad passed over, so a user could not
// tell that their .pdf and .docx files were never read.
test('a folder input reports each file it skipped, with why, and still codes the rest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-skip-'));
  try {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'paper.pdf'), PDF);
    fs.writeFileSync(path.join(dir, 'sub', 'notes.docx'), 'not read');
    fs.writeFileSync(path.join(dir, 'README'), 'no extension');
    fs.writeFileSync(path.join(dir, '.DS_Store'), 'hidden');
    const r = dyad(['code', '--format', 'jsonl', '--date', '2024-01-02', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1, 'the one text file is coded');
    const skipped = r.stderr.trim().split('\n').filter((l) => l.startsWith('dyad warning W_SKIPPED '));
    assert.deepEqual(skipped.map((l) => path.basename(l.slice('dyad warning W_SKIPPED '.length).split(': ')[0]!)), ['README', 'paper.pdf', 'notes.docx']);
    assert.match(skipped[1]!, /PDF is not supported: extract its text first/);
    assert.match(skipped[2]!, /\.docx files are not read \(dyad reads \.txt /);
    assert.doesNotMatch(r.stderr, /DS_Store/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Why: a PDF given to dyad was decoded as text and refused as "not English" (or binary), which does not tell the
// user what to do.
test('a PDF input, by name or on standard input, gets a clear one-line error', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-pdf-'));
  try {
    const file = path.join(dir, 'paper.pdf');
    fs.writeFileSync(file, PDF);
    const r = dyad(['code', file]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim(), `dyad: E_PDF ${file}: PDF is not supported: extract its text first (for example with pdftotext) and give dyad the .txt file`);
    const stdin = dyad(['code', '-'], { input: PDF });
    assert.equal(stdin.status, 1);
    assert.match(stdin.stderr.trim(), /^dyad: E_PDF -: PDF is not supported/);
    // the check can fail: the same bytes after a text line are not a PDF
    const text = path.join(dir, 'about-pdf.txt');
    fs.writeFileSync(text, ARTICLE + '%PDF-1.4 is the header of a PDF file.\n');
    assert.equal(dyad(['code', '--date', '2024-01-02', text]).status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
