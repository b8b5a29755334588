import type { CodedEvent } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

// Helpers of the golden-sentence event tests (golden-classes, golden-precision*, recall-constructions, recall-round5,
// recall-round6): code a made-up text with the bundled resources and read its events as short strings.

export const res = loadResources();
/** The date of every made-up article. */
export const DATE = '2024-03-04';

/** The coded events of a made-up text, dated DATE. */
export function eventsOf(text: string): CodedEvent[] {
  return codeArticle({ id: 'g', text, date: DATE }, res).events;
}

/** Events of a text as "SRC>TGT:CAMEO:modality". */
export function coded(text: string): string[] {
  return eventsOf(text).map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}:${e.modality}`);
}

/** Events of a text as "SRC>TGT:CAMEO:modality rule". */
export function codedWithRules(text: string): string[] {
  return eventsOf(text).map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}:${e.modality} ${e.rule}`);
}

/** Whether any event string matches. */
export const has = (evs: string[], re: RegExp): boolean => evs.some((e) => re.test(e));

/** The events data users count: asserted or future. */
export const counted = (evs: string[]): string[] => evs.filter((e) => /:(asserted|future)$/.test(e));
