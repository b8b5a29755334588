import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTagger } from '../../src/resources/tagger.js';
import { attributeQuotes } from '../../src/stages/quotes/attribute-quotes.js';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { quoteDoc } from '../helpers/docs.js';

// Golden records, one per construction: the text, and every quote expected in it as
// "D|I  content  <cue>  [speaker span]" (D = direct, inside quotation marks; I = reported speech).
// The sentences are made up for these tests. Speakers here are spans; actor resolution is in actors.test.ts.

interface GoldenRecord {
  why: string;
  text: string;
  quotes: string[];
  /** `all`: coded with `attributions: 'all'`, and each quote ends with its kind in braces. */
  mode?: 'all';
}

const RECORDS: GoldenRecord[] = [
  {
    why: 'straight marks, quotation before an inverted cue: said + NAME',
    text: '"We will rebuild the bridge before the rains," said Mayor Helen Ortiz.',
    quotes: ['D  We will rebuild the bridge before the rains  <said>  [Mayor Helen Ortiz]'],
  },
  {
    why: 'curly marks, quotation before NAME + cue, a description as speaker',
    text: '\u201cTalks will resume in the spring,\u201d the Nordlandian foreign minister said on Friday.',
    quotes: ['D  Talks will resume in the spring  <said>  [the Nordlandian foreign minister]'],
  },
  {
    why: 'cue before the quotation, with a hearer and a colon',
    text: 'Ortiz told reporters: "The budget is final and it will not change."',
    quotes: ['D  The budget is final and it will not change.  <told>  [Ortiz]'],
  },
  {
    why: 'cue in the middle of a quotation: the two halves are one statement, its content running over the attribution',
    text: '"We are ready to sign," he said, "but the ministry needs another week."',
    quotes: ['D  We are ready to sign," he said, "but the ministry needs another week.  <said>  [he]'],
  },
  {
    why: 'a quotation of several sentences',
    text: '"The troops left the valley. The border is calm. Farmers are back in the fields," General Amir Haddad said.',
    quotes: ['D  The troops left the valley. The border is calm. Farmers are back in the fields  <said>  [General Amir Haddad]'],
  },
  {
    why: 'a quotation over two paragraphs: no closing mark on the first, an opening mark on the second',
    text: '"The harvest failed in the north. Prices of grain have doubled since May.\n\n"We ask our neighbours for help," the agriculture minister said.',
    quotes: ['D  The harvest failed in the north. Prices of grain have doubled since May.\n\n"We ask our neighbours for help  <said>  [the agriculture minister]'],
  },
  {
    why: 'partial quotations inside reported speech take the speaker of the reported clause',
    text: 'The governor said that the new tax was "dead on arrival" and that lawmakers would reject it.',
    quotes: [
      'I  the new tax was "dead on arrival" and that lawmakers would reject it  <said>  [The governor]',
      'D  dead on arrival  <said>  [The governor]',
    ],
  },
  {
    why: 'a nested quotation in single marks stays inside the outer quotation',
    text: '"The inspectors told us \'come back on Monday,\' so we waited three days," said the farmer.',
    quotes: ['D  The inspectors told us \'come back on Monday,\' so we waited three days  <said>  [the farmer]'],
  },
  {
    why: 'a floating quotation (a quoted sentence without a cue) inherits the speaker of the statement before it',
    text: '"We did not start this dispute," the spokeswoman said. She then held up a chart of the fines. "Our exporters have lost a year of sales."',
    quotes: [
      'D  We did not start this dispute  <said>  [the spokeswoman]',
      'D  Our exporters have lost a year of sales.  <>  [the spokeswoman]',
    ],
  },
  {
    why: 'reported speech with a that-clause after a hearer: told Y that ...',
    text: 'The envoy told his Kestrian counterpart, Ivo Bran, that the embargo would end in June.',
    quotes: ['I  the embargo would end in June  <told>  [The envoy]'],
  },
  {
    why: 'reported speech without "that": said + clause',
    text: 'The company said its profits fell by a third last year.',
    quotes: ['I  its profits fell by a third last year  <said>  [The company]'],
  },
  {
    why: 'according to X at the start of a sentence: the content is the rest of the sentence',
    text: 'According to the central bank, inflation will slow down next year.',
    quotes: ['I  inflation will slow down next year  <According to>  [the central bank]'],
  },
  {
    why: 'according to X at the end of a sentence: the content is what comes before',
    text: 'Fourteen villages were flooded, according to local officials.',
    quotes: ['I  Fourteen villages were flooded  <according to>  [local officials]'],
  },
  {
    why: 'X accused Y of ...: the content is the charge',
    text: 'The opposition accused the government of hiding the true cost of the dam.',
    quotes: ['I  hiding the true cost of the dam  <accused>  [The opposition]'],
  },
  {
    why: 'a clause followed by its attribution: CLAUSE, X said',
    text: 'Fuel prices will rise again in the winter, the energy regulator said.',
    quotes: ['I  Fuel prices will rise again in the winter  <said>  [the energy regulator]'],
  },
  {
    why: 'an attribution inside the clause: the statement is the whole sentence',
    text: 'The ceasefire, the envoy said, would hold through the holidays.',
    quotes: ['I  The ceasefire, the envoy said, would hold through the holidays  <said>  [the envoy]'],
  },
  {
    why: 'a participle cue takes the speaker of its main clause: ..., adding that ...',
    text: 'The minister praised the deal, adding that more talks would follow.',
    quotes: ['I  more talks would follow  <adding>  [The minister]'],
  },
  {
    why: 'scare quotes and a title in quotation marks, with no cue, are not statements',
    text: 'The so-called "reform" angered farmers. She read "The Long Winter" twice.',
    quotes: [],
  },
  {
    why: 'beliefs and plans are not statements unless presented as said',
    text: 'The minister hopes that talks will resume. The company plans to open a new plant. Analysts believe the deal is weak.',
    quotes: [],
  },
  {
    why: 'two apostrophes as quotation marks (some newswire text)',
    text: "''Nobody expected this result,'' said Mr. Alder.",
    quotes: ['D  Nobody expected this result  <said>  [Mr. Alder]'],
  },
  {
    why: 'a quotation signed with a dash',
    text: '\u201cThe river is our only road.\u201d \u2015 Maria Lenz\n\nOther voices followed.',
    quotes: ['D  The river is our only road.  <\u2015>  [Maria Lenz]'],
  },
  {
    why: 'a transcript: a paragraph opening with a name in capitals and a colon',
    text: 'Part of the interview follows.\n\nHOST: Will you run again next year?\n\nLAMBERT: I have not decided yet.',
    quotes: ['I  Will you run again next year  <:>  [HOST]', 'I  I have not decided yet  <:>  [LAMBERT]'],
  },
  {
    why: 'a demand of a thing (called for a strike) states nothing true or false: no statement (the event coder reads the act)',
    text: 'The union called for a national strike in March.',
    quotes: [],
  },
  {
    why: 'with --attributions all, a demand of a thing is an attribution of kind intention',
    text: 'The union called for a national strike in March.',
    mode: 'all',
    quotes: ['I  a national strike in March  <called>  [The union]  {intention}'],
  },
  {
    why: 'a demand with a clause (called for X to do Y) is a statement: the content is what was demanded',
    text: 'The union called for the government to raise wages in March.',
    quotes: ['I  the government to raise wages in March  <called>  [The union]'],
  },
  {
    why: 'a commitment: vowed to ... (the to-infinitive is what was said)',
    text: 'The new mayor vowed to close the coal plant within a year.',
    quotes: ['I  to close the coal plant within a year  <vowed>  [The new mayor]'],
  },
  {
    why: 'a judgement by naming: called X Y, with a partial quotation inside',
    text: 'The senator called the merger "a disaster for farmers" on Tuesday.',
    quotes: [
      'I  the merger "a disaster for farmers" on Tuesday  <called>  [The senator]',
      'D  a disaster for farmers  <called>  [The senator]',
    ],
  },
  {
    why: 'a claim named by a noun with a that-clause: X\'s claim that ...',
    text: 'The ministry rejected the rebels\' claim that the airport had fallen.',
    quotes: ['I  the airport had fallen  <claim>  [the rebels]'],
  },
  {
    why: 'a finding published by a document: the poll shows ... (but not "the team shows")',
    text: 'A new poll shows that most voters oppose the tax. The team shows great promise.',
    quotes: ['I  most voters oppose the tax  <shows>  [A new poll]'],
  },
  {
    why: 'an attribution in the middle introduced by "as": the statement is the whole sentence',
    text: 'The dam, as the engineers pointed out, was never inspected.',
    quotes: ['I  The dam, as the engineers pointed out, was never inspected  <pointed out>  [the engineers]'],
  },
  {
    why: 'an inverted cue opening the sentence: Said X: "..."',
    text: 'Said Ms. Varga: "Nobody asked the teachers."',
    quotes: ['D  Nobody asked the teachers.  <Said>  [Ms. Varga]'],
  },
  {
    why: 'a speaker whose title the sentence splitter cut after an abbreviation (D-Mass.)',
    text: 'Rep. Jo Lindqvist (D-Mass.) said the bill would pass easily.',
    quotes: ['I  the bill would pass easily  <said>  [Rep. Jo Lindqvist]'],
  },
  {
    why: 'a subject with an appositive before the cue is not an inverted speaker after it',
    text: "Ortiz, the city's mayor, stressed that the budget was final.",
    quotes: ['I  the budget was final  <stressed>  [Ortiz]'],
  },
  {
    why: 'a subject with prepositional phrases and a time phrase before the cue: the whole phrase names the speaker',
    text: 'The head of the farmers union in Valdora on Tuesday said the strike would continue.',
    quotes: ['I  the strike would continue  <said>  [The head of the farmers union in Valdora]'],
  },
  {
    why: 'a participle right after a quotation takes the speaker of that quotation',
    text: 'The mayor said: "The bridge is safe," adding that inspections would continue monthly.',
    quotes: ['D  The bridge is safe  <said>  [The mayor]', 'I  inspections would continue monthly  <adding>  [The mayor]'],
  },
  {
    why: 'according to a long phrase (a document filed by someone) opening the sentence, up to its comma',
    text: 'According to a complaint filed by the port authority last year, the company hid its losses.',
    quotes: ['I  the company hid its losses  <According to>  [a complaint filed by the port authority last year]'],
  },
  {
    why: 'a reported clause whose subject has an insertion between commas',
    text: 'Supporters say the program, run by the housing agency, has built four thousand homes.',
    quotes: ['I  the program, run by the housing agency, has built four thousand homes  <say>  [Supporters]'],
  },
  {
    why: 'a title in quotation marks before the speaker does not block the clause after the cue',
    text: 'On "Morning Report," Senator Ana Ruiz said the budget would pass.',
    quotes: ['I  the budget would pass  <said>  [Senator Ana Ruiz]'],
  },
  {
    why: 'a clause with a partial quotation in two-apostrophe marks, then its attribution',
    text: "Cutting the tax on small farms ''will pay for itself,'' Ana B. Ruiz said.",
    quotes: ["I  Cutting the tax on small farms ''will pay for itself  <said>  [Ana B. Ruiz]", 'D  will pay for itself  <said>  [Ana B. Ruiz]'],
  },
  {
    why: 'two clauses joined by "and", then an inverted cue: the comma before the cue is not an appositive',
    text: 'The talks stalled on Monday, and the delegates went home, said one diplomat in the room.',
    quotes: ['I  The talks stalled on Monday, and the delegates went home  <said>  [one diplomat]'],
  },
  {
    why: 'a verb that is a cue only next to a quotation ("continue") is no cue in an ordinary clause',
    text: 'Those discussions are continuing, he said.',
    quotes: ['I  Those discussions are continuing  <said>  [he]'],
  },
  {
    why: 'a participle hanging on an event ("a news conference announcing that") takes the speaker of the main clause',
    text: 'The minister spoke at a news conference announcing that the border would reopen.',
    quotes: ['I  the border would reopen  <announcing>  [The minister]'],
  },
  {
    why: 'a name with a party tag and an appositive before "said Friday": the day is not the speaker',
    text: 'Attorney General Rosa Diaz (D), a candidate for governor, said Friday that the audit was complete.',
    quotes: ['I  the audit was complete  <said>  [Attorney General Rosa Diaz]'],
  },
  {
    why: 'the cue between two halves of a quotation, with a participle phrase after it: still one statement',
    text: '"Every delay costs us," the engineer said, pointing at the cracks, "and the river keeps rising."',
    quotes: ['D  Every delay costs us," the engineer said, pointing at the cracks, "and the river keeps rising.  <said>  [the engineer]'],
  },
  {
    why: 'a quotation going on in the next sentence right after its attribution is the same statement',
    text: '"The dam will hold," the engineer said. "We checked every joint twice."',
    quotes: ['D  The dam will hold," the engineer said. "We checked every joint twice.  <said>  [the engineer]'],
  },
  {
    why: 'a speech act judging its object states something when it gives the reason: criticized X for Y',
    text: 'The governor criticized the mayor for the delays in the flood defences.',
    quotes: ['I  the mayor for the delays in the flood defences  <criticized>  [The governor]'],
  },
  {
    why: 'without a reason, a name or a quotation, "criticized X" is an act the writer describes (an event), not a quote',
    text: 'The governor criticized the new budget of the city.',
    quotes: [],
  },
  {
    why: 'a speech act with what it was about as object: cited X',
    text: 'The senator cited a recent audit of the port authority.',
    quotes: ['I  a recent audit of the port authority  <cited>  [The senator]'],
  },
  {
    why: 'declining to comment is a statement; its content is the infinitive',
    text: 'The ministry declined to comment on the report.',
    quotes: ['I  to comment on the report  <declined>  [The ministry]'],
  },
  {
    why: 'a question reported with whether: asked Y whether ...',
    text: 'The judge asked the prosecutor whether the witness had been paid.',
    quotes: ['I  whether the witness had been paid  <asked>  [The judge]'],
  },
  {
    why: 'speaking about something: the object of the preposition is what was said',
    text: 'The bishop spoke about the cost of the new cathedral roof.',
    quotes: ['I  the cost of the new cathedral roof  <spoke about>  [The bishop]'],
  },
  {
    why: 'a newsroom reporting what it found: "has learned that"',
    text: 'The Harbour Times has learned that the port will close in May.',
    quotes: ['I  the port will close in May  <learned>  [The Harbour Times]'],
  },
  {
    why: 'a headline "Speaker: words" on a first line of capitalised words, even when it ends with a period',
    text: 'Ortiz: Bridge Tolls Will Rise Next Year.\n\nThe mayor spoke on Monday.',
    quotes: ['I  Bridge Tolls Will Rise Next Year  <:>  [Ortiz]'],
  },
  {
    why: 'a finding given "in" a poll is published by the poll, as with "according to"',
    text: 'In the Harbour Times poll, the mayor leads her rival by nine points.',
    quotes: ['I  the mayor leads her rival by nine points  <In>  [the Harbour Times poll]'],
  },
  {
    why: 'a question put "Asked by X whether ..." at the head of a sentence',
    text: 'Asked by reporters whether the bridge would open, the mayor smiled.',
    quotes: ['I  whether the bridge would open  <Asked by>  [reporters]'],
  },
  {
    why: 'a quotation ending in a question mark, with its attribution after it as a new sentence',
    text: 'The hearing went on. "Did you sign the contract?" the judge asked.',
    quotes: ['D  Did you sign the contract?  <asked>  [the judge]'],
  },
  {
    why: 'a participle cue takes the subject of its clause even after an opening phrase with no comma',
    text: 'At the rally she attacked the council, saying that the budget was a fraud.',
    quotes: ['I  the budget was a fraud  <saying>  [she]'],
  },
  {
    why: 'a speech cue past a time adverb and a colon, the quotation in the next paragraph',
    text: 'The mayor said back in the spring of 2015:\n\n"The bridge will never be built."',
    quotes: ['D  The bridge will never be built.  <said>  [The mayor]'],
  },
  {
    why: 'a paragraph opening with a name and a colon is that person speaking (an interview transcript)',
    text: 'The interview ran long.\n\nMatthews: Well, speculation about the bridge is bad for the town.',
    quotes: ['I  Well, speculation about the bridge is bad for the town  <:>  [Matthews]'],
  },
  {
    why: 'a label before a colon ("Note:") names no speaker',
    text: 'The interview ran long.\n\nNote: The bridge was closed for repairs on Monday.',
    quotes: [],
  },
  {
    why: 'beliefs are not quotes by default: "X believes that ..."',
    text: 'The mayor believes that the bridge will be finished in May.',
    quotes: [],
  },
  {
    why: 'with --attributions all, a belief is an attribution of kind belief',
    text: 'The mayor believes that the bridge will be finished in May.',
    mode: 'all',
    quotes: ['I  the bridge will be finished in May  <believes>  [The mayor]  {belief}'],
  },
  {
    why: 'with --attributions all, an intention with its to-infinitive',
    text: 'The mayor wants to rebuild the old bridge.',
    mode: 'all',
    quotes: ['I  to rebuild the old bridge  <wants>  [The mayor]  {intention}'],
  },
  {
    why: 'with --attributions all, an evaluation with its object',
    text: 'The farmers union supports the new water tax.',
    mode: 'all',
    quotes: ['I  the new water tax  <supports>  [The farmers union]  {evaluation}'],
  },
  {
    why: 'with --attributions all, an appearance: the whole clause seems, and no one holds it',
    text: 'The ceasefire seemed to hold on Sunday.',
    mode: 'all',
    quotes: ['I  The ceasefire seemed to hold on Sunday  <seemed>  []  {evidence}'],
  },
  {
    why: 'with --attributions all, a noun of attribution with its possessor as holder: X\'s support for Y',
    text: 'The union\'s support for the strike surprised the owners.',
    mode: 'all',
    quotes: ['I  the strike  <support for>  [The union]  {evaluation}'],
  },
  {
    why: 'with --attributions all, a verb of saying is still speech and a criticism without reason an evaluation',
    text: 'The governor criticized the new budget of the city. She said the council would vote in June.',
    mode: 'all',
    quotes: ['I  the new budget of the city  <criticized>  [The governor]  {evaluation}', 'I  the council would vote in June  <said>  [She]  {speech}'],
  },
  {
    why: 'an object goes on over a comma into its relative clause (PolNeAR gives the whole phrase as content)',
    text: 'The governor praised the new harbour manager, who took office in March.',
    mode: 'all',
    quotes: ['I  the new harbour manager, who took office in March  <praised>  [The governor]  {evaluation}'],
  },
  {
    why: 'an object goes on over a colon into the list that names it',
    text: 'The senator talked about two issues: the harbour tax and the bridge.',
    mode: 'all',
    quotes: ['I  two issues: the harbour tax and the bridge  <talked about>  [The senator]  {speech}'],
  },
  {
    why: 'a reported clause whose subject is a pronoun coordinated with a name',
    text: 'The mayor said she and Ortiz differ on the harbour tax.',
    quotes: ['I  she and Ortiz differ on the harbour tax  <said>  [The mayor]'],
  },
  {
    why: 'a one-word surname the tagger reads as a verb ("Cook") opening the sentence is the speaker',
    text: 'The review began in May. Cook said the council stopped the practice.',
    quotes: ['I  the council stopped the practice  <said>  [Cook]'],
  },
  {
    why: 'a quotation ending in a comma belongs to the cue right after it, even when a that-clause follows that cue',
    text: '"It has not gone well for him," he said, just before the announcement that the mayor would resign.',
    quotes: ['D  It has not gone well for him  <said>  [he]'],
  },
  {
    why: 'a quotation interrupted by its attribution and a place phrase goes on in the next sentence (one statement)',
    text: '"Hate destroys those who harbor it," she said on stage at the national convention. "I refuse to let hate win."',
    quotes: ['D  Hate destroys those who harbor it," she said on stage at the national convention. "I refuse to let hate win.  <said>  [she]'],
  },
  {
    why: 'a verb of aspect or success before a to-infinitive is no intention ("began to", "managed to")',
    text: 'The harbour board managed to sell the old ferry.',
    mode: 'all',
    quotes: [],
  },
  {
    why: 'with --attributions all, a noun of intention with its to-infinitive, the possessor holding it',
    text: 'The mayor\'s refusal to sell the ferry angered the board.',
    mode: 'all',
    quotes: ['I  to sell the ferry  <refusal to>  [The mayor]  {intention}'],
  },
  {
    why: 'a cue inside a relative clause ("a probe the ministry said was under way"): the statement runs over the attribution',
    text: 'The agency opened a probe the ministry said was still under way.',
    quotes: ['I  a probe the ministry said was still under way  <said>  [the ministry]'],
  },
  {
    why: 'a short quoted sentence right after the sentence attributing the quotation before it goes on with it',
    text: '"I would," Melanie said. "I would, Donald."',
    quotes: ['D  I would," Melanie said. "I would, Donald.  <said>  [Melanie]'],
  },
  {
    why: 'an attribution with a long appositive between two quotations still joins them (no other verb between)',
    text: '"The bridge is safe," said Dana Holt, the chief engineer of the regional transport authority and a member of its board. "We checked every cable."',
    quotes: ['D  The bridge is safe," said Dana Holt, the chief engineer of the regional transport authority and a member of its board. "We checked every cable.  <said>  [Dana Holt]'],
  },
  {
    why: 'a closing mark typed for the opening one at the start of a paragraph still opens the quotation',
    text: 'Readers wrote to us.\n\n\u201dThe harvest failed twice this year.\u201d \u2015 Ana Ruiz',
    quotes: ['D  The harvest failed twice this year.  <\u2015>  [Ana Ruiz]'],
  },
  {
    why: 'verbs coordinated after the reported subject stay in the reported clause ("he posed a threat and refused ...")',
    text: 'Police say the driver posed a threat and refused to leave the car.',
    quotes: ['I  the driver posed a threat and refused to leave the car  <say>  [Police]'],
  },
  {
    why: '"according to X, head of Y" after the clause: the clause before is the statement, not the appositive after',
    text: 'When the training is tailored to the veteran, it can reduce suicide, according to Craig Bryan, head of the veterans centre.',
    quotes: ['I  When the training is tailored to the veteran, it can reduce suicide  <according to>  [Craig Bryan]'],
  },
  {
    why: 'a phrase after a cue that can take a hearer is its object when nothing said follows it ("promised lower taxes")',
    text: 'The mayor promised lower taxes and new parks.',
    quotes: ['I  lower taxes and new parks  <promised>  [The mayor]'],
  },
  {
    why: '"called half of the proposals \"dead on arrival\"": the naming is the statement, the quoted words inside it',
    text: 'The senator called half of the proposals "dead on arrival."',
    quotes: ['I  half of the proposals "dead on arrival."  <called>  [The senator]', 'D  dead on arrival.  <called>  [The senator]'],
  },
  {
    why: '"In the NBC News/Wall Street Journal poll, conducted in May, ...": names joined by a slash, a participle phrase on the poll',
    text: 'In the previous NBC News/Wall Street Journal poll, conducted in early May, the mayor led by five points.',
    quotes: ['I  the mayor led by five points  <In>  [the previous NBC News/Wall Street Journal poll]'],
  },
  {
    why: 'a paragraph ending in "X said:" introduces the whole next paragraph',
    text: 'In a statement, the governor said:\n\nThe bridge will reopen in May. Nobody was hurt.\n\nTraffic was light.',
    quotes: ['I  The bridge will reopen in May. Nobody was hurt  <said>  [the governor]'],
  },
  {
    why: 'a cue the tagger reads as a noun right after a name ("China and Russia support/NOUN the government")',
    text: 'The talks ended. China and Russia support the government.',
    mode: 'all',
    quotes: ['I  the government  <support>  [China and Russia]  {evaluation}'],
  },
];

const tagger = loadTagger();

function render(text: string, mode?: 'all'): string[] {
  const quotes = attributeQuotes(quoteDoc(text, tagger), mode ? { attributions: mode } : {});
  const t = (s: { start: number; end: number } | null): string => (s ? text.slice(s.start, s.end) : '');
  return quotes.map((q) => `${q.direct ? 'D' : 'I'}  ${t(q.content)}  <${t(q.cue)}>  [${t(q.speakerSpan)}]${mode ? `  {${q.kind}}` : ''}`);
}

for (const r of RECORDS) {
  test(r.why, () => {
    assert.deepEqual(render(r.text, r.mode), r.quotes);
  });
}

test('by default every quote is of kind speech', () => {
  const text = RECORDS.map((r) => r.text).join('\n\n');
  const doc = quoteDoc(text, tagger);
  const quotes = attributeQuotes(doc);
  assert.ok(quotes.length > 0 && quotes.every((q) => q.kind === 'speech'));
  const all = attributeQuotes(doc, { attributions: 'all' });
  assert.ok(new Set(all.map((q) => q.kind)).size >= 4);
});

test('quote ids run q1, q2, ... in text order and every span lies inside the text', () => {
  const text = RECORDS.map((r) => r.text).join('\n\n');
  const quotes = attributeQuotes(quoteDoc(text, tagger));
  assert.ok(quotes.length >= RECORDS.filter((r) => !r.mode && r.quotes.length).length);
  quotes.forEach((q, i) => {
    assert.equal(q.id, `q${i + 1}`);
    if (i > 0) assert.ok(quotes[i - 1]!.content.start <= q.content.start);
    for (const s of [q.content, q.cue, q.speakerSpan]) if (s) assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
  });
});

test('regression: a token wink leaves without a lemma ("cannot" before a comma) does not crash the stage', () => {
  assert.deepEqual(render('Because we cannot, we do not have tools, the scientist said.'),
    ['I  Because we cannot, we do not have tools  <said>  [the scientist]']);
});

// Why: with --attributions all, any verb whose complement is a to-infinitive states what its subject aims at (not only a
// listed cue), when the subject is an actor dyad knows (so it runs through the real pipeline, mentions included).
// Why: PolNeAR attributes the object of most verbs with a person or organisation as subject; with --attributions all
// dyad does too for an actor it knows, except for verbs of action (stance-verbs.ts), so it runs through the real pipeline.
test('the object of any other verb with an actor subject is a stance, not of a verb of action (--attributions all)', () => {
  const text = 'Mayor Helen Ortiz has pitched a new stadium to the council. Mayor Helen Ortiz launched a website.';
  const out = codeArticle({ id: 't', text }, loadResources(), { attributions: 'all' });
  const got = out.quotes.map((q) => `${text.slice(q.content.start, q.content.end)} <${q.cue ? text.slice(q.cue.start, q.cue.end) : ''}> {${q.kind}}`);
  assert.deepEqual(got, ['a new stadium to the council <pitched> {evaluation}']);
});

test('any verb with a to-infinitive complement and an actor subject is an intention (--attributions all)', () => {
  const text = 'Mayor Helen Ortiz has been trying to sell the old ferry. The plan was designed to save money.';
  const out = codeArticle({ id: 't', text }, loadResources(), { attributions: 'all' });
  const got = out.quotes.map((q) => `${text.slice(q.content.start, q.content.end)} <${q.cue ? text.slice(q.cue.start, q.cue.end) : ''}> {${q.kind}}`);
  assert.deepEqual(got, ['to sell the old ferry <trying> {intention}']);
});
