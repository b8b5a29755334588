import { createHash } from 'node:crypto';

/** Letters NFKD does not take apart into an ASCII letter and marks. */
const SPECIAL: Record<string, string> = {
  ß: 'SS', Æ: 'AE', æ: 'AE', Ø: 'O', ø: 'O', Œ: 'OE', œ: 'OE', Ł: 'L', ł: 'L', Đ: 'D', đ: 'D', Ð: 'D', ð: 'D', Þ: 'TH', þ: 'TH', ı: 'I', Ħ: 'H', ħ: 'H',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
};

/**
 * An actor name as GDELT writes it: upper-case ASCII ("Sergei Shoigu" -> "SERGEI SHOIGU", "Recep Tayyip Erdoğan" ->
 * "RECEP TAYYIP ERDOGAN"). Accents are dropped (Unicode NFKD), a few letters spelled out, other non-ASCII removed.
 * dyad's own exports (contract JSON, CSV, PLOVER) keep the original name.
 */
export function gdeltName(name: string): string {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (ch) => SPECIAL[ch] ?? '');
  return folded.toUpperCase().replace(/\s+/g, ' ').trim();
}

/**
 * GLOBALEVENTID: a 53-bit number from the article id and the event id of the cluster's first event (SHA-256, first
 * 53 bits), so the same event gets the same id in every run and every database that stores the article under that id,
 * and ids from different databases can be merged. Fits a JavaScript number and a signed 64-bit integer column.
 */
export function globalEventId(articleId: string, eventId: string): number {
  const h = createHash('sha256').update(articleId).update('\u0000').update(eventId).digest();
  // 21 bits + 32 bits; never 0
  return ((h.readUInt32BE(0) & 0x1fffff) * 0x100000000 + h.readUInt32BE(4)) || 1;
}
