// `node scripts/parser-reported.mjs MODEL...` (after npm run build): how many of ten made-up news sentences with the
// reported clause before its reporting verb ("Rebels attacked the convoy, the army said.") each model parses so that
// Syntax.reportingVerb finds the reporting verb (the verb `said` heads as `ccomp`, or a `parataxis` child). A
// construction the events coder reads in most wire stories, and rarer in EWT's web text than in news; written for
// this check (issue 13, round 4), not taken from any suite.
import { loadParser } from '../dist/src/parser/parser.js';
import { Syntax } from '../dist/src/parser/syntax.js';
import { loadTagger } from '../dist/src/resources/tagger.js';
import { segment } from '../dist/src/stages/segment/segment.js';
const tagger = loadTagger();
const S = ['Rebels attacked the convoy, the army said.', 'Police arrested two men on Sunday, a spokesman said.', 'The ministry rejected the offer, officials told reporters.', 'Troops shelled the village overnight, residents said.', 'Iran will resume talks next week, the foreign minister said on Monday.', 'Protesters blocked the main road, witnesses said.', 'The government signed the agreement, state media reported.', 'Gunmen killed three soldiers near the border, the military said in a statement.', 'China has sent warships to the region, the Pentagon said.', 'The president met the delegation in Paris, his office said.'];
for (const m of process.argv.slice(2)) {
  const p = loadParser(m); let ok = 0;
  for (const t of S) {
    const seg = segment(t, tagger); const forms = seg.tokens.map((k) => t.slice(k.start, k.end));
    const r = p.parse(forms); const syn = new Syntax(r, forms);
    const v = forms.findIndex((f, i) => i > 0 && r.upos[i] === 'VERB'); // the reported clause's verb
    const rv = syn.reportingVerb(v); if (rv >= 0) ok++;
  }
  console.log(m, `${ok}/${S.length} reported clauses before the reporting verb found`);
}
