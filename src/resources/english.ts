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
