/**
 * Hand-built coded articles for the store, query, export and page tests: plain contract-valid JSON whose spans are
 * found in the text by the words they cover, so each fixture reads like the article it describes.
 */
import type { Actor, ActorKind, CodedArticle, CodedEvent, Modality, Place, Quote, Span } from '../../src/core/types.js';

export interface ActorSpec {
  name: string;
  code: string;
  kind: ActorKind;
  /** Surface forms; every occurrence of each in the text becomes a mention. */
  mentions: string[];
  role?: string;
}

export interface QuoteSpec {
  speaker: string | null; // actor name
  content: string;
  cue?: string;
  direct?: boolean;
}

export interface EventSpec {
  source: string; // actor name
  target: string | null;
  cameo: string;
  /** Words that carry the event (first occurrence at or after `after`). */
  evidence: string;
  after?: string;
  modality?: Modality;
  date?: string;
  quote?: number; // index into quotes
}

export interface ArticleSpec {
  id: string;
  date?: string;
  title?: string;
  url?: string;
  text: string;
  actors: ActorSpec[];
  quotes?: QuoteSpec[];
  events?: EventSpec[];
}

/** CAMEO root -> [quad class, Goldstein of the root code] (from the CAMEO tables; enough for fixtures). */
const ROOTS: Record<string, [number, number, string | null]> = {
  '01': [1, 0, null], '02': [1, 3, null], '03': [1, 4, 'AGREE'], '04': [1, 1, 'CONSULT'], '05': [1, 3.5, 'SUPPORT'],
  '06': [2, 6, 'COOPERATE'], '07': [2, 7, 'AID'], '08': [2, 5, 'CONCEDE'], '09': [3, -2, 'ACCUSE'], '10': [3, -5, 'REQUEST'],
  '11': [3, -2, 'ACCUSE'], '12': [3, -4, 'REJECT'], '13': [3, -6, 'THREATEN'], '14': [4, -6.5, 'PROTEST'],
  '15': [4, -7.2, 'MOBILIZE'], '16': [4, -4, 'SANCTION'], '17': [4, -7, 'COERCE'], '18': [4, -9, 'ASSAULT'],
  '19': [4, -10, 'ASSAULT'], '20': [4, -10, 'ASSAULT'],
};

export function rootInfo(root: string): [number, number, string | null] {
  const r = ROOTS[root];
  if (!r) throw new Error(`fixture: unknown CAMEO root ${root}`);
  return r;
}

function allSpans(text: string, words: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length)) out.push({ start: i, end: i + words.length });
  return out;
}

function spanOf(text: string, words: string, from = 0): Span {
  const i = text.indexOf(words, from);
  if (i < 0) throw new Error(`fixture: "${words}" not in text`);
  return { start: i, end: i + words.length };
}

function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]*["”]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m.index + lead;
    const e = m.index + m[0].trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/** Builds a contract-valid CodedArticle from a readable spec. */
export function buildArticle(spec: ArticleSpec): CodedArticle {
  const { text } = spec;
  const sentences = sentencesOf(text);
  const actors: Actor[] = spec.actors.map((a, i) => {
    const mentions = a.mentions.flatMap((m) => allSpans(text, m)).sort((x, y) => x.start - y.start);
    if (!mentions.length) throw new Error(`fixture: no mention of ${a.name}`);
    const country = /^[A-Z]{3}/.test(a.code) ? a.code.slice(0, a.code.startsWith('IGO') ? 9 : 3) : null;
    const sectors = a.code.startsWith('IGO') ? [] : (a.code.slice(3).match(/.{3}/g) ?? []);
    return {
      id: `a${i + 1}`, name: a.name, kind: a.kind, code: a.code, country, sectors,
      ...(a.role ? { role: { title: a.role, evidence: spanOf(text, a.role.split(' ').at(-1)!) } } : {}),
      mentions, mentionIds: mentions.map((_, j) => `m${i + 1}.${j + 1}`),
      codeEvidence: { rule: 'fixture', span: mentions[0]! },
    };
  });
  const byName = new Map(actors.map((a) => [a.name, a]));
  const actorOf = (n: string | null): Actor | null => {
    if (n === null) return null;
    const a = byName.get(n);
    if (!a) throw new Error(`fixture: unknown actor ${n}`);
    return a;
  };
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const sp = actorOf(q.speaker);
    return {
      id: `q${i + 1}`, speaker: sp?.id ?? null, content: spanOf(text, q.content), cue: q.cue ? spanOf(text, q.cue) : null,
      direct: q.direct ?? true, speakerSpan: sp ? sp.mentions[0]! : null, rule: 'fixture',
    };
  });
  const events: CodedEvent[] = (spec.events ?? []).map((e, i) => {
    const src = actorOf(e.source)!;
    const tgt = actorOf(e.target);
    const root = e.cameo.slice(0, 2);
    const [quad, goldstein, plover] = rootInfo(root);
    const evidence = spanOf(text, e.evidence, e.after ? spanOf(text, e.after).start : 0);
    const sentence = Math.max(0, sentences.findIndex((s) => s.start <= evidence.start && evidence.start < s.end));
    return {
      id: `e${i + 1}`, source: src.id, target: tgt?.id ?? null, sourceCode: src.code, targetCode: tgt?.code ?? '',
      cameo: e.cameo, root, quad, goldstein, plover: { event: plover, mode: null }, modality: e.modality ?? 'asserted',
      sentence, evidence, ...(e.date ? { date: e.date } : {}), ...(e.quote !== undefined ? { quote: quotes[e.quote]!.id } : {}),
      rule: `fixture:${e.cameo}`,
    };
  });
  return {
    id: spec.id, ...(spec.date ? { date: spec.date } : {}), ...(spec.title ? { title: spec.title } : {}),
    ...(spec.url ? { url: spec.url } : {}), text, sentences, actors, quotes, events,
  };
}

const CHN: ActorSpec = { name: 'China', code: 'CHN', kind: 'country', mentions: ['China', 'Beijing'] };
const RUS: ActorSpec = { name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Russia', 'Moscow'] };
const USA: ActorSpec = { name: 'United States', code: 'USA', kind: 'country', mentions: ['the United States', 'Washington'] };
const UKR: ActorSpec = { name: 'Ukraine', code: 'UKR', kind: 'country', mentions: ['Ukraine', 'Kyiv'] };

/** A small corpus: the same China-Russia meeting told by two outlets, plus conflict and quotes around it. */
export function sampleCorpus(): CodedArticle[] {
  return [
    buildArticle({
      id: 'wire-1', date: '2024-01-31', title: 'China and Russia pledge closer military ties', url: 'https://wire.example/a1',
      text: 'China and Russia pledge closer military ties\n\nDefense Minister Dong Jun met Sergei Shoigu by video call. '
        + 'Beijing praised Moscow for its support. "We support them on the Ukrainian issue," said Dong. '
        + 'Dong also criticized the United States for its sanctions.',
      actors: [CHN, RUS, USA,
        { name: 'Dong Jun', code: 'CHNGOVMIL', kind: 'person', mentions: ['Dong Jun', 'Dong'], role: 'Defense Minister' },
        { name: 'Sergei Shoigu', code: 'RUSGOVMIL', kind: 'person', mentions: ['Sergei Shoigu'] }],
      quotes: [{ speaker: 'Dong Jun', content: 'We support them on the Ukrainian issue,', cue: 'said' }],
      events: [
        { source: 'Dong Jun', target: 'Sergei Shoigu', cameo: '040', evidence: 'met' },
        { source: 'China', target: 'Russia', cameo: '051', evidence: 'praised' },
        { source: 'Dong Jun', target: 'United States', cameo: '111', evidence: 'criticized' },
        { source: 'Dong Jun', target: 'Russia', cameo: '051', evidence: 'support', quote: 0, after: '"We' },
      ],
    }),
    buildArticle({
      id: 'paper-2', date: '2024-02-01', title: 'Beijing backs Moscow', url: 'https://www.paper.example/news/2',
      text: 'Beijing backs Moscow\n\nChina praised Russia on Wednesday. Later, Dong Jun met Sergei Shoigu again, officials said.',
      actors: [CHN, RUS,
        { name: 'Dong Jun', code: 'CHNGOVMIL', kind: 'person', mentions: ['Dong Jun'] },
        { name: 'Sergei Shoigu', code: 'RUSGOVMIL', kind: 'person', mentions: ['Sergei Shoigu'] }],
      events: [
        { source: 'China', target: 'Russia', cameo: '051', evidence: 'praised' },
        { source: 'Dong Jun', target: 'Sergei Shoigu', cameo: '040', evidence: 'met' },
      ],
    }),
    buildArticle({
      id: 'wire-3', date: '2024-02-20', title: 'Russia shells Kyiv', url: 'https://wire.example/a3',
      text: 'Russia shells Kyiv\n\nRussia shelled Kyiv overnight. Ukraine accused Moscow of war crimes. '
        + 'The United States did not send troops, and Washington may impose sanctions on Russia.',
      actors: [RUS, UKR, USA],
      events: [
        { source: 'Russia', target: 'Ukraine', cameo: '195', evidence: 'shelled' },
        { source: 'Ukraine', target: 'Russia', cameo: '112', evidence: 'accused' },
        { source: 'United States', target: 'Ukraine', cameo: '074', evidence: 'send troops', modality: 'negated' },
        { source: 'United States', target: 'Russia', cameo: '163', evidence: 'impose sanctions', modality: 'hypothetical' },
      ],
    }),
    buildArticle({
      id: 'paper-4', date: '2024-03-15', title: 'Ukraine and the United States sign aid deal', url: 'https://www.paper.example/news/4',
      text: 'Ukraine and the United States sign aid deal\n\nThe United States agreed to send weapons to Ukraine. '
        + '"This aid will save lives," the Ukrainian president said in Kyiv.',
      actors: [UKR, USA, { name: 'Volodymyr Zelensky', code: 'UKRGOV', kind: 'person', mentions: ['the Ukrainian president'], role: 'president' }],
      quotes: [{ speaker: 'Volodymyr Zelensky', content: 'This aid will save lives,', cue: 'said' }],
      events: [{ source: 'United States', target: 'Ukraine', cameo: '071', evidence: 'send weapons' }],
    }),
  ];
}

/** An article whose text carries markup that must never run in the page. */
export function hostileArticle(): CodedArticle {
  return buildArticle({
    id: 'hostile-1', date: '2024-03-16', title: '<img src=x onerror="window.__pwned=1">',
    text: 'Russia <script>window.__pwned = 1</script> threatened Ukraine <img src=x onerror="window.__pwned=2"> again.',
    actors: [RUS, UKR],
    events: [{ source: 'Russia', target: 'Ukraine', cameo: '138', evidence: '<script>window.__pwned = 1</script> threatened' }],
  });
}

/**
 * Two articles for the page's features: a speaker whose name has diacritics (Erdoğan), quotes by Shoigu (one told to a
 * hearer), and events at places (contract 1.1 `places`, event `place`).
 */
export function pageCorpus(): CodedArticle[] {
  const a = buildArticle({
    id: 'wire-5', date: '2024-04-02', title: 'Erdoğan calls Shoigu', url: 'https://wire.example/a5',
    text: 'Erdoğan calls Shoigu\n\nRecep Tayyip Erdoğan met Sergei Shoigu in Ankara. "We will keep talking," Erdoğan said. '
      + 'Shoigu told Erdoğan that "the talks were useful." Russia shelled Kharkiv in Ukraine on Tuesday.',
    actors: [
      { name: 'Recep Tayyip Erdoğan', code: 'TURGOV', kind: 'person', mentions: ['Recep Tayyip Erdoğan', 'Erdoğan'] },
      { name: 'Sergei Shoigu', code: 'RUSGOVMIL', kind: 'person', mentions: ['Sergei Shoigu', 'Shoigu'] },
      RUS, UKR],
    quotes: [
      { speaker: 'Recep Tayyip Erdoğan', content: 'We will keep talking,', cue: 'said' },
      { speaker: 'Sergei Shoigu', content: 'the talks were useful.', cue: 'told' },
    ],
    events: [
      { source: 'Recep Tayyip Erdoğan', target: 'Sergei Shoigu', cameo: '040', evidence: 'met' },
      { source: 'Russia', target: 'Ukraine', cameo: '195', evidence: 'shelled' },
    ],
  });
  const ankara = a.text.indexOf('Ankara');
  const kharkiv = a.text.indexOf('Kharkiv');
  a.places = [
    { id: 'p1', name: 'Ankara', geonameid: 323786, country: 'TUR', admin1: 'Ankara', admin1Code: 'TR.68', featureCode: 'PPLC', lat: 39.92, lon: 32.85, mentions: [{ start: ankara, end: ankara + 6 }], rule: 'fixture' },
    { id: 'p2', name: 'Kharkiv', geonameid: 706483, country: 'UKR', admin1: 'Kharkiv Oblast', admin1Code: 'UA.07', featureCode: 'PPLA', lat: 49.98, lon: 36.25, mentions: [{ start: kharkiv, end: kharkiv + 7 }], rule: 'fixture' },
  ];
  Object.assign(a.events[0]!, { place: 'p1' });
  Object.assign(a.events[1]!, { place: 'p2' });
  // Shoigu's words were said to Erdoğan.
  Object.assign(a.quotes[1]!, { hearer: a.actors[0]!.id });
  return [a];
}

/** A place of a hand-built article: its gazetteer reading and the words naming it. */
function place(a: CodedArticle, id: string, words: string, p: Omit<Place, 'id' | 'mentions' | 'rule'>): Place {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`fixture ${a.id}: "${words}" not in the text`);
  return { id, ...p, mentions: [{ start, end: start + words.length }], rule: 'only-candidate' };
}

const KHARKIV = { name: 'Kharkiv', geonameid: 706483, country: 'UKR', admin1: 'Kharkiv Oblast', admin1Code: 'UA.07', featureCode: 'PPLA', lat: 49.9808, lon: 36.2527 };
const AUSTIN = { name: 'Austin', geonameid: 4671654, country: 'USA', admin1: 'Texas', admin1Code: 'US.TX', featureCode: 'PPLA', lat: 30.2672, lon: -97.7431 };
const AUCKLAND = { name: 'Auckland', geonameid: 2193733, country: 'NZL', admin1: 'Auckland', admin1Code: 'NZ.E7', featureCode: 'PPLA', lat: -36.8485, lon: 174.7633 };

/** Articles whose events have places (contract 1.1), for the place queries. */
export function placedArticles(): CodedArticle[] {
  const russia = { name: 'Russia', code: 'RUS', kind: 'country' as const, mentions: ['Russia'] };
  const ukraine = { name: 'Ukraine', code: 'UKR', kind: 'country' as const, mentions: ['Ukraine'] };
  const a1 = buildArticle({ id: 'geo-1', date: '2024-03-01', text: 'Russia shelled Kharkiv in Ukraine.', actors: [russia, ukraine],
    events: [{ source: 'Russia', target: 'Ukraine', cameo: '195', evidence: 'shelled' }] });
  a1.places = [place(a1, 'p1', 'Kharkiv', KHARKIV)];
  a1.events[0]!.place = 'p1';
  const a2 = buildArticle({ id: 'geo-2', date: '2024-03-05', text: 'Russia shelled Kharkiv again. The United States delivered aid to Ukraine in Austin.',
    actors: [russia, ukraine, { name: 'United States', code: 'USA', kind: 'country', mentions: ['United States'] }],
    events: [{ source: 'Russia', target: 'Ukraine', cameo: '195', evidence: 'shelled' }, { source: 'United States', target: 'Ukraine', cameo: '070', evidence: 'delivered aid' },
      { source: 'United States', target: 'Ukraine', cameo: '010', evidence: 'delivered', modality: 'future' }] });
  a2.places = [place(a2, 'p1', 'Kharkiv', KHARKIV), place(a2, 'p2', 'Austin', AUSTIN)];
  a2.events[0]!.place = 'p1'; a2.events[1]!.place = 'p2'; a2.events[2]!.place = null;
  const a3 = buildArticle({ id: 'geo-3', date: '2024-03-04', text: 'Rebels attacked Auckland.', actors: [{ name: 'Rebels', code: 'REB', kind: 'group', mentions: ['Rebels'] }, { name: 'Auckland', code: 'NZL', kind: 'other', mentions: ['Auckland'] }],
    events: [{ source: 'Rebels', target: 'Auckland', cameo: '190', evidence: 'attacked' }] });
  a3.places = [place(a3, 'p1', 'Auckland', AUCKLAND)];
  a3.events[0]!.place = 'p1';
  return [a1, a2, a3];
}
