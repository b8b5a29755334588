/**
 * Person names as office-holder sources write them, turned into the forms news text uses.
 *
 * The CIA World Factbook writes the name a person is known by in capitals ("Abdelmadjid TEBBOUNE", "XI Jinping",
 * "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud"). `heads.csv` is a regular-expression parse of its texts and sometimes
 * cuts a title into the name or the name into the title; `cleanFactbookName` recovers the name by rule (see
 * docs/office-holders.md, "Cleaning heads.csv").
 */

/** Lower-case name particles that stay inside a name ("bin", "al-", "von und zu", "i"). */
const PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'ibni', 'binti', 'al', 'el', 'ul', 'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'das',
  'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'und', 'zu', 'ter', 'y', 'i', 'e', 'ould', 'ben', 'abu', 'bte', 'a']);

/**
 * Words that are titles, ranks, honorifics or institutions, never part of a person's name in these sources: a name is
 * read back from its capitalised part only as far as the first of them ("Regional Council Antoine KARAM" -> Antoine KARAM).
 */
const NOT_NAME: ReadonlySet<string> = new Set(('president presidents vice prime minister ministers premier premiers deputy deputies first second third chancellor '
  + 'governor governor-general general lieutenant commissioner administrator chairman chairperson chairmen chair chief executive head secretary '
  + 'king queen prince princess emperor empress amir emir sultan-regent regent co-prince grand duke duchess pope leader supreme '
  + 'gen. gen general. lt. lt maj. maj col. col capt. capt brig. brig. adm. adm marshal marshall air mar. vice-admiral admiral field sr. commander commander-in-chief '
  + 'dr. dr sir dame lord lady his her majesty excellency highness the-right honorable honourable rt. hon. ayatollah archbishop mawlawi '
  + 'acting interim transitional transition caretaker provisional designate president-elect elect heir apparent crown '
  + 'council assembly government cabinet committee commission presidency yuan republic state affairs federal national people\'s supreme '
  + 'regional territorial island executive legislative revolutionary ruling restoration development order safeguard homeland provisional armed forces '
  + 'kingdom islamic commonwealth of the and for mann tynwald gnu cnsp coprince').split(/\s+/));

/** Words that show a text is a note, not a name ("election last held", "results -", "also spelled"). */
const NOTE_WORDS = /\b(election|elected|results|held|spelled|specific|successor|appointed|represented|recogni[sz]es?|nominally|son|daughter|brother|wife|serves|is|was|NA)\b|%|\d/;

const CAPS_RUN = /\p{Lu}{2,}/u;
/** A token of the capitalised part: two capitals in a row ("TEBBOUNE", "McKINNON", "WiDODO" is not, see below). */
const isRoman = (t: string): boolean => /^[IVX]+$/.test(t);
/** A regnal number after a name ("CHARLES III"); a first word in roman letters is a name ("XI Jinping"). */
const isRegnal = (t: string, i: number): boolean => i > 0 && isRoman(t);
const isCapsToken = (t: string, i = 1): boolean => CAPS_RUN.test(t) && !/^(NA|CNSP|GNU|UK|US)$/.test(t) && !isRegnal(t, i);
const isParticle = (t: string): boolean => PARTICLES.has(t.toLowerCase()) || /^(al|el|ul|ad|ar|as|ash|az|an|at|bin|ibn|abd)-/i.test(t);
const isCapitalised = (t: string): boolean => /^[\p{Lu}]/u.test(t) || /^['’]?\p{Lu}/u.test(t);
const isTitleWord = (t: string): boolean => NOT_NAME.has(t.toLowerCase().replace(/,$/, ''));
const MONARCH_TITLES = /^(King|Queen|Amir|Emir|Sultan|Grand Duke|Prince|Emperor|Pope)\b/;

export interface CleanName {
  /** The name as the source writes it, titles and notes removed ("Abdelmadjid TEBBOUNE"). */
  name: string;
  /** A monarch known by one name: the title that goes with it in news ("King" for "King PHILIPPE"). */
  monarchTitle?: string;
}

/**
 * The person's name in a heads.csv row, or null when the row names no one (a note, an election result, a designate,
 * an heir). `title` is the row's title column, which sometimes holds the first words of the name.
 */
export function cleanFactbookName(rawName: string, title: string, stop: ReadonlySet<string> = new Set()): CleanName | null {
  let s = rawName.replace(/\s+/g, ' ').trim();
  const all = `${title} ${s}`;
  // heirs, designates and the elected-but-not-yet-in-office are not office-holders
  if (/heir apparent|-elect\b|designate\b|\belect\b/i.test(all)) return null;
  // an edition that lost its accented letters ("Bernardo AR VALO de Le n"): a lone lower-case letter that is no particle
  if (/(^|\s)(?![aeiy](\s|$))\p{Ll}(\s|$)/u.test(s)) return null;
  // the text after the last colon or "++" ("other members of the presidency: Ejup GANIC")
  s = s.split(/:|\+\+/).pop()!.trim();
  // descriptions after a comma, a bracket or a parenthesis ("FREDERIK, elder son of ...", "[since 8 June 2006]")
  s = s.split(/,|\s\[|\[|\(/)[0]!.trim();
  s = s.replace(/^since \d{1,2} \p{L}+ \d{4}\s*/u, '');
  const tokens = s.split(' ').filter(Boolean);
  // the last run of capitalised-name tokens decides: "... recognizes Juan GUAIDO as ... President Nicolas MADURO Moros"
  let c = -1;
  for (let i = tokens.length - 1; i >= 0; i--) if (isCapsToken(tokens[i]!, i) && !isTitleWord(tokens[i]!)) { c = i; while (c > 0 && isCapsToken(tokens[c - 1]!, c - 1) && !isTitleWord(tokens[c - 1]!)) c--; break; }
  if (c < 0) return null;
  // back over given names (capitalised, not titles) and particles
  let first = c;
  while (first > 0) {
    const t = tokens[first - 1]!;
    if (isTitleWord(t) || stop.has(t.toLowerCase()) || !(isCapitalised(t) || isParticle(t)) || /[.:]$/.test(t) && !/^\p{Lu}\.$/u.test(t)) break;
    first--;
  }
  // a name cut after its first word into the title column: "Deputy Prime Minister Sultan" + "bin Zayid Al NUHAYYAN"
  const lastOfTitle = title.trim().split(' ').pop() ?? '';
  const fromTitle = first === 0 && /^(bin|ibn|bint)$/i.test(tokens[0] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(lastOfTitle) ? lastOfTitle : '';
  while (first < c && isParticle(tokens[first]!) && !isCapitalised(tokens[first]!) && !fromTitle) first++;
  // forward over the rest of the name: capitalised words, initials, particles, roman numerals
  let end = c + 1;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (isTitleWord(t) || !(isCapitalised(t) || isParticle(t) || isRoman(t))) break;
    end++;
  }
  while (end > c + 1 && isParticle(tokens[end - 1]!) && !isCapitalised(tokens[end - 1]!)) end--;
  let words = tokens.slice(first, end).map((w) => w.replace(/[,;]$/, ''));
  if (fromTitle) words = [fromTitle, ...words];
  if (!words.length || NOTE_WORDS.test(words.join(' '))) return null;
  if (words.length > 8) words = words.slice(Math.max(0, words.findIndex((w) => isCapsToken(w)) - 1), Math.max(0, words.findIndex((w) => isCapsToken(w)) - 1) + 4);
  const name = words.join(' ');
  const isMononym = words.filter((w, i) => !isRegnal(w, i)).length === 1;
  if (isMononym) {
    const m = MONARCH_TITLES.exec(`${title} ${tokens.slice(0, first).join(' ')}`.trim().split(/\s+/).filter((w) => MONARCH_TITLES.test(w) || w === 'Duke').join(' '));
    if (!m) return null;
    return { name, monarchTitle: m[1]! };
  }
  return { name };
}

/** "Donald J. TRUMP" -> "Donald J. Trump", "McKINNON" -> "McKinnon", "XI Jinping" -> "Xi Jinping". */
export function displayName(name: string): string {
  return name.split(' ').map((w, i) => {
    if (!isCapsToken(w, i) || isRegnal(w, i)) return w;
    const lowerAll = /^\p{Lu}+$/u.test(w.replace(/[-'’.]/g, ''));
    if (!lowerAll) {
      // "McKINNON", "DeJONGH", "LeBLANC": keep the mixed-case prefix, title-case the capital run after it
      const m = /^(\p{Lu}\p{Ll}+)(\p{Lu}+)$/u.exec(w);
      return m ? m[1]! + m[2]!.charAt(0) + m[2]!.slice(1).toLowerCase() : w;
    }
    return w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_x, a: string, b: string) => a + b.toUpperCase());
  }).join(' ');
}

/** Latin letters without their accents ("Erdoğan" -> "Erdogan", "BRICEÑO" -> "BRICENO"). */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The key two spellings of one person share: lower case, no accents, only letters and spaces. */
export function personKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

export interface NameForms {
  /** The name for display ("Abdelmadjid Tebboune"). */
  display: string;
  /** Every written form to match, in the source's letters and without accents, longest first. */
  phrases: string[];
  /** The single word a story uses alone for this person, when the source marks it (the capitalised surname). */
  surname?: string;
}

/**
 * The forms news text uses for a Factbook name: the whole name, the first given name with the capitalised part
 * ("Javier Gerardo MILEI" -> "Javier Milei"), a capitalised part of two or more words alone ("LOPEZ OBRADOR",
 * "VAN DER BELLEN"), and for names written surname first the capitalised part with the next word ("HASSANAL Bolkiah").
 * A monarch known by one name is matched with the title ("King Philippe").
 */
export function factbookNameForms(clean: CleanName, familyNameFirst = false): NameForms {
  const words = clean.name.split(' ');
  const display = displayName(clean.name);
  const dw = display.split(' ');
  if (clean.monarchTitle) {
    const regnal = [`${clean.monarchTitle} ${display}`];
    if (dw.length > 1) regnal.push(`${clean.monarchTitle} ${dw[0]}`);
    return withFolded({ display: regnal[0]!, phrases: regnal });
  }
  const g0 = words.findIndex((w, i) => isCapsToken(w, i));
  let g1 = g0;
  while (g1 + 1 < words.length && (isCapsToken(words[g1 + 1]!) || (/^(BIN|DA|DE|VAN|DER|VON|AL)$/.test(words[g1 + 1]!) && g1 + 2 < words.length && isCapsToken(words[g1 + 2]!)))) g1++;
  const group = dw.slice(g0, g1 + 1);
  const before = dw.slice(0, g0).filter((w) => !/^\p{Lu}\.$/u.test(w));
  const after = dw.slice(g1 + 1);
  const phrases = [display];
  if (before.length) {
    phrases.push([...before, ...group].join(' '), [before[0]!, ...group].join(' '));
    const noInitials = dw.filter((w) => !/^\p{Lu}\.$/u.test(w)).join(' ');
    phrases.push(noInitials);
  } else if (after.length && !isParticle(after[0]!)) {
    phrases.push([...group, after[0]!].join(' '));
  }
  if (group.length >= 2) phrases.push(group.join(' '));
  // the capitalised word is the family name when it ends the name, or opens it in a language that writes the family
  // name first ("XI Jinping"); elsewhere a capitalised first word is a given name ("HAMAD bin Isa", "HAYBATULLAH Akhundzada")
  const surname = group.length === 1 && !isRegnal(words[g0]!, g0) && (before.length > 0 || (familyNameFirst && !(after.length && isParticle(after[0]!)))) ? group[0] : undefined;
  return withFolded({ display, phrases: [...new Set(phrases.filter((p) => p.split(' ').length >= 2 || p === group.join(' ') && group.length >= 2))], ...(surname ? { surname } : {}) });
}

/** Forms of a name written in ordinary case ("Maria Cantwell", "J.D. Vance"): the whole name and first + last. */
export function plainNameForms(full: string, first: string | undefined, last: string, extra: string[] = []): NameForms {
  const phrases = [full, ...extra];
  if (first) phrases.push(`${first} ${last}`);
  const lastWords = last.split(/\s+/);
  return withFolded({ display: full, phrases: [...new Set(phrases.filter((p) => p.trim().split(/\s+/).length >= 2))], ...(lastWords.length === 1 ? { surname: last } : {}) });
}

function withFolded(f: NameForms): NameForms {
  const phrases: string[] = [];
  for (const p of f.phrases) { phrases.push(p); const q = foldDiacritics(p); if (q !== p) phrases.push(q); }
  return { ...f, phrases: [...new Set(phrases)] };
}
