/** Word lists the cue, speaker and clause readers of the quote stage share (closed classes: resources/english.ts). */
export const EVENT_NOUNS = new Set(['conference', 'meeting', 'speech', 'interview', 'briefing', 'rally', 'hearing', 'event', 'appearance',
  'session', 'call', 'address', 'debate', 'visit', 'ceremony', 'summit']);
export const FINDING_OBJECT_CUES = new Set(['show', 'find', 'indicate', 'suggest', 'reveal']);
/** Speech cues whose object may be a question or a wh-clause: "asked whether", "explained how". */
export const WH_CUES = new Set(['ask', 'explain', 'question', 'wonder', 'reveal', 'describe', 'tell', 'show', 'indicate', 'discuss',
  'disclose', 'detail', 'recall', 'note', 'suggest', 'predict', 'acknowledge', 'speculate', 'answer', 'inquire']);
/** Speech acts that judge their object: a statement only with a reason, a name or a quotation ("criticized X for ..."). */
export const EVALUATIVE_ACTS = new Set(['criticize', 'criticise', 'attack', 'blast', 'slam', 'condemn', 'denounce', 'decry', 'praise',
  'laud', 'hail', 'applaud', 'commend', 'mock', 'ridicule', 'deride', 'lambaste', 'lambast', 'chide', 'scold', 'rebuke',
  'castigate', 'thank', 'defend', 'tout', 'insult']);
/** Verbs whose that-clause is no one's proposition: "ensure that", "so that", "mean that" (a result). */
export const NOT_PROPOSITIONAL = new Set(['be', 'have', 'do', 'ensure', 'make', 'mean', 'require', 'provide', 'stipulate', 'happen', 'turn',
  'see', 'so', 'such', 'given', 'except', 'now', 'order', 'assure', 'guarantee', 'get', 'become', 'remain', 'hold', 'come', 'go']);
/**
 * Verbs and predicate adjectives whose to-infinitive is no one's aim: aspect, motion, ability, likelihood, success
 * ("began to", "went to see", "managed to", "is likely to", "is able to").
 */
export const NOT_INTENTIONAL = new Set(['time', 'leave', 'proceed', 'remain', 'race', 'hire', 'battle', 'team', 'combine', 'afford',
  'authorize', 'little', 'small', 'dedicate', 'devote', 'run', 'vie', 'struggle', 'related', 'raise', 'be', 'have', 'do', 'go', 'get', 'use', 'used', 'come', 'begin', 'start', 'continue', 'cease', 'seem', 'appear',
  'happen', 'tend', 'manage', 'fail', 'help', 'work', 'rush', 'move', 'return', 'head', 'travel', 'fly', 'turn', 'take', 'stand',
  'set', 'expect', 'allow', 'suppose', 'bind', 'ought', 'need', 'grow', 'live', 'stop', 'pause', 'wait', 'serve', 'act', 'appeal',
  'likely', 'unlikely', 'able', 'unable', 'due', 'about', 'sure', 'certain', 'hard', 'difficult', 'easy', 'important',
  'necessary', 'possible', 'impossible', 'first', 'last', 'next', 'only', 'free', 'quick', 'slow', 'enough', 'too', 'poised',
  'slated', 'scheduled', 'expected', 'going', 'supposed', 'bound', 'set', 'apt', 'liable', 'prone', 'useful', 'best', 'better']);
/** Polls and surveys whose findings a sentence gives "in" them. */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Labels before a colon that name no speaker: "Note: ...", "Update: ...". */
export const NOT_SPEAKER_LABELS = new Set(['note', 'update', 'updated', 'editor', 'related', 'source', 'sources', 'photo', 'correction', 'read',
  'watch', 'click', 'via', 'credit', 'warning', 'disclosure', 'clarification', 'advertisement', 'video', 'listen', 'see', 'also', 'ps',
  'p.s', 'tags', 'topics', 'share', 'subscribe', 'follow', 'contact', 'location', 'date', 'time', 'where', 'when', 'what', 'who', 'why', 'how']);
export const IF_CUES = new Set(['ask', 'wonder', 'question', 'know', 'see', 'doubt']);
export const SETTING_PREPS = new Set(['of', 'on', 'in', 'at', 'during', 'to', 'with', 'after', 'before', 'via', 'through', 'over', 'from', 'by', 'late', 'early']);
export const ATTRIBUTION_GAP = new Set([',', ':', '\u2014', '\u2013', '-', '--', 'that']);

