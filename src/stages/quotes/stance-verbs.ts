/**
 * Verbs that do not state a stance towards their object, for the `--attributions all` rule that attributes the
 * object of any other verb to an actor subject ("Trump has questioned the very need for moderators").
 *
 * Two lists. `LIGHT_VERBS`: verbs whose object is what the subject has or does, not what it holds a view about
 * (written by hand). `ACTION_VERBS`: verbs of physical or institutional action, derived from PolNeAR's training split
 * (`../shared/data/polnear/train.jsonl`, never the dev split the figures are reported on): run
 * `node dist/src/eval/stance-verb-stats.js` to see, for every verb the rule fires on, how often its object is an
 * attribution there; a verb with at least 4 firings and fewer than a quarter of them attributions is listed here.
 * Lemmas as wink-nlp gives them.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'get', 'go', 'come', 'become', 'make', 'take', 'give', 'put', 'let', 'keep', 'seem', 'use', 'win',
  'lose', 'lead', 'hold', 'run', 'spend', 'pay', 'cost', 'include',
]);

export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'anger', 'assault', 'attract', 'avoid', 'await', 'award', 'base', 'cancel', 'capture', 'carry', 'chair', 'clinch',
  'coin', 'conduct', 'control', 'convene', 'cross', 'crush', 'defeat', 'disrupt', 'dominate', 'earn', 'encounter',
  'engage', 'enter', 'exit', 'flee', 'found', 'gather', 'head', 'host', 'incite', 'interview', 'invest', 'launch',
  'lend', 'lock', 'manage', 'marry', 'navigate', 'oversee', 'participate', 'pick', 'prepare', 'replace', 'result',
  'retain', 'rise', 'roll', 'score', 'secure', 'select', 'serve', 'shake', 'shoot', 'spark', 'stake', 'step',
  'survive', 'suspend', 'sweep', 'tap', 'teach', 'top', 'trade', 'trail', 'try', 'unleash', 'walk', 'wear', 'work',
]);
