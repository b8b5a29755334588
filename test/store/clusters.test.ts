import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignCluster, clusterKey, dayNumber } from '../../src/store/clusters.js';

const ev = { sourceCode: 'CHN', targetCode: 'RUS', root: '05', modality: 'asserted' };
const key = clusterKey(ev);
const at = (pk: number, date: string, k = key) => ({ pk, key: k, day: dayNumber(date) });

// Why: both stores cluster by this one rule; its edges (window inclusive, nearest first, then the lower key, same
// dyad/root/modality only, no date no cluster) are what the store contract tests see through SQL on each backend.
test('assignCluster: the nearest cluster of the same key within the window, ties to the lower key', () => {
  assert.equal(assignCluster(key, '2024-01-10', [at(7, '2024-01-12'), at(3, '2024-01-09')], 2), 3);
  assert.equal(assignCluster(key, '2024-01-10', [at(7, '2024-01-11'), at(3, '2024-01-09')], 2), 3, 'equal distance: the lower key');
  assert.equal(assignCluster(key, '2024-01-10', [at(7, '2024-01-12')], 2), 7, 'the window is inclusive');
  assert.equal(assignCluster(key, '2024-01-10', [at(7, '2024-01-13')], 2), null, 'outside the window');
  assert.equal(assignCluster(key, '2024-01-10', [at(7, '2024-01-10', clusterKey({ ...ev, modality: 'negated' }))], 2), null, 'another modality');
  assert.equal(assignCluster(key, null, [at(7, '2024-01-10')], 2), null, 'an event with no date opens its own cluster');
  assert.equal(assignCluster(key, '2024-1-10', [at(7, '2024-01-10')], 2), null, 'nor does a malformed date');
});
