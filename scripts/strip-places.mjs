// Removes the contract 1.1 place fields (`places`, `events[].place`, `placeRule`, `sourcePlace`, `targetPlace`) from `dyad code` JSONL on
// stdin, so output from before the places stage can be compared byte for byte with `cmp`.
import readline from 'node:readline';
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line) { process.stdout.write('\n'); continue; }
  const a = JSON.parse(line);
  delete a.places;
  for (const e of a.events ?? []) { delete e.place; delete e.placeRule; delete e.sourcePlace; delete e.targetPlace; }
  process.stdout.write(JSON.stringify(a) + '\n');
}
