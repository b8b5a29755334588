/**
 * Names folded for search: lower case, diacritics removed (NFKD, combining marks dropped), the Latin letters that do not
 * decompose spelled out (ø o, ł l, đ d, ß ss, æ ae, œ oe, ı i, þ th), anything but letters and digits a single space.
 * `Erdoğan` and `ERDOGAN` both fold to `erdogan`; `Sergei Shoigu` to `sergei shoigu`. Stored beside each entity's name
 * (both stores), so `erdogan` finds Erdoğan and `shoigu` finds Sergei Shoigu.
 */
const SPELLED: Record<string, string> = { 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'þ': 'th', 'ħ': 'h', 'ŧ': 't' };

export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[øłđðßæœıþħŧ]/g, (c) => SPELLED[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
