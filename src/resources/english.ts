/**
 * Closed-class words of English the stages share, each list defined once under a name that says what it holds. A
 * stage's own lexicon (cue verbs, role nouns, ...) stays in its folder; a list two stages read lives here.
 */

/** Personal, possessive and reflexive pronouns, with number, whether they refer to a person, and possession. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, { plural: boolean; person: boolean; possessive: boolean }> = new Map([
  ['he', { plural: false, person: true, possessive: false }], ['him', { plural: false, person: true, possessive: false }],
  ['his', { plural: false, person: true, possessive: true }], ['she', { plural: false, person: true, possessive: false }],
  ['her', { plural: false, person: true, possessive: true }], ['hers', { plural: false, person: true, possessive: true }],
  ['himself', { plural: false, person: true, possessive: false }], ['herself', { plural: false, person: true, possessive: false }],
  ['they', { plural: true, person: false, possessive: false }], ['them', { plural: true, person: false, possessive: false }],
  ['their', { plural: true, person: false, possessive: true }], ['themselves', { plural: true, person: false, possessive: false }],
  ['i', { plural: false, person: true, possessive: false }], ['me', { plural: false, person: true, possessive: false }],
  ['my', { plural: false, person: true, possessive: true }], ['myself', { plural: false, person: true, possessive: false }],
  ['we', { plural: true, person: false, possessive: false }], ['us', { plural: true, person: false, possessive: false }],
  ['our', { plural: true, person: false, possessive: true }], ['ourselves', { plural: true, person: false, possessive: false }],
  ['you', { plural: false, person: true, possessive: false }], ['your', { plural: false, person: true, possessive: true }],
  ['it', { plural: false, person: false, possessive: false }], ['its', { plural: false, person: false, possessive: true }],
]);

/** Possessive determiners: "his", "her", "its", "their", "our", "my", "your". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The possessive determiners but "her", which is also an object pronoun ("told her ..."). */
export const POSSESSIVE_DETERMINERS_BUT_HER: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS].filter((w) => w !== 'her'));

/** The possessive determiners and the possessive relative "whose". */
export const POSSESSIVE_DETERMINERS_AND_WHOSE: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS, 'whose']);

/** Personal pronouns in the subject case. */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Words that can stand as the subject of a clause on their own: the personal subject pronouns, "there", "this", "these", "those". */
export const SUBJECT_PRONOUNS_AND_DEMONSTRATIVES: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, 'there', 'this', 'these', 'those']);

/** Personal pronouns in the object case (the hearer of "told him"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** Quantifiers that head a noun phrase on their own: "most said", "many say". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'several', 'all', 'both', 'none', 'half']);

/**
 * Pronouns that can be the whole subject of a verb of saying: the personal subject pronouns, "who", indefinite
 * pronouns ("someone", "nobody", "others") and quantifiers standing alone ("many", "most", "both").
 */
export const SUBJECT_PRONOUNS_WHO_AND_INDEFINITES: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, 'who', 'someone', 'somebody',
  'everyone', 'everybody', 'anyone', 'nobody', 'others', 'many', 'most', 'some', 'few', 'several', 'both', 'all']);

/** Relative pronouns that can stand for the phrase before them: "who", "whom", "which", "that". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/** The relative pronouns that can be the subject of their clause ("whom" cannot). */
export const SUBJECT_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Words opening a question or an indirect question: "whether", "how", "what", "why", "who", "where", "which", "when". */
export const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'how', 'what', 'why', 'who', 'where', 'which', 'when']);

/** Words that negate a verb: "not", "n't", "never", "no". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/** Forms of "be", contractions included. */
export const FORMS_OF_BE: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);

/** Days of the week, lower case. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Months, lower case. */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december']);

/** Abbreviated months as written with a period ("Jan.", "Sept."), lower case ("may" is never abbreviated). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.']);

/** Days named from today: "yesterday", "today", "tomorrow", "tonight". */
export const DAYS_FROM_TODAY: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

/** Calendar words that make a prepositional phrase a time phrase ("on Tuesday", "in March", "at the weekend"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, ...DAYS_FROM_TODAY, 'weekend']);
