// Build step: reads the office-holder data of ../shared/data/office-holders (CIA World Factbook heads of state and
// government, US presidents, vice presidents and Congress, UK ministers; see its SOURCE.md) and writes
// dictionaries/office-holders/office-holders.jsonl, one person of one source per line with every term. The file is
// committed, so a checkout without ../shared builds the same dictionaries; with ../shared the build rewrites it
// (the output is deterministic). compile-dictionaries.mjs then merges it with the Phoenix person entries.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { factbookHolders } from '../dist/src/resources/office-holders/factbook.js';
import { usHolders } from '../dist/src/resources/office-holders/us.js';
import { ukHolders } from '../dist/src/resources/office-holders/uk.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.resolve(root, '../shared/data/office-holders');
const out = path.join(root, 'dictionaries/office-holders/office-holders.jsonl');
if (!fs.existsSync(src)) {
  console.log(`compile-office-holders: ${path.relative(root, src)} is absent; ${path.relative(root, out)} kept as committed`);
  process.exit(0);
}
const read = (f) => fs.readFileSync(path.join(src, f), 'utf8');
const fb = factbookHolders(read('cia-factbook/heads.csv'));
// the US data run to 2026-06-15 (SOURCE.md): terms ending later are being served
const us = usHolders([read('us-congress-legislators/executive.yaml'), read('us-congress-legislators/legislators-current.yaml')], '2026-06-15');
const uk = ukHolders({ person: read('ifg-uk-ministers/person.csv'), appointment: read('ifg-uk-ministers/appointment.csv'),
  post: read('ifg-uk-ministers/post.csv'), organisation: read('ifg-uk-ministers/organisation.csv') });
const lines = [...fb.holders, ...us, ...uk].map((h) => JSON.stringify(h));
fs.mkdirSync(path.dirname(out), { recursive: true });
const text = lines.join('\n') + '\n';
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
const r = fb.report;
console.log(`compile-office-holders: factbook ${r.holders} people (${r.coded} rows of coded entities, ${r.repaired} names repaired, ${r.dropped} rows naming no one dropped, ${r.foreignHeads} rows of a head listed for another entity); US ${us.length}; UK ${uk.length} -> ${path.relative(root, out)}`);
