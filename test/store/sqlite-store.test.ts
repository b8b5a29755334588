import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { storeContract } from './store-contract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-store-'));
let n = 0;
after(() => fs.rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', async () => openSqliteStore(path.join(dir, `c${++n}.sqlite`)));
