import type { Modality } from '../../core/types.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';

/** The refusal (CAMEO 12x) of a concession (08x): easing sanctions, releasing, allowing involvement, de-escalating. */
const REFUSAL_OF: Record<string, string> = { '081': '1241', '082': '1242', '084': '1243', '085': '1244', '086': '1245', '087': '1246' };

const INTENT_OF: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314', '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '081': '0351', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344', '084': '0353', '085': '0354', '086': '0355',
  '087': '0356', '161': '1313', '162': '1311', '163': '1312', '164': '1313',
};
const INTENT_OF_ROOT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '16': '131', '17': '137', '18': '138', '19': '138', '20': '138' };

/** The CAMEO code for the intent (or threat) to do what `code` does, or null when intent does not change it. */
export function intentCode(code: string): string | null {
  return INTENT_OF[code] ?? INTENT_OF[code.slice(0, 3)] ?? INTENT_OF_ROOT[code.slice(0, 2)] ?? null;
}

/** The codes an event is written with, once dyad's intent and refusal rules have had their say. */
export interface RecodedEvent {
  /** Code of the event source -> target, and of the reverse event. */
  fwd: string | null;
  rev: string | null;
  modality: Modality;
  intent: boolean;
  refusal: boolean;
}

/**
 * dyad's policy: a promised, planned or announced-for-later act is coded as the intent (CAMEO 03x / 13x); a
 * concession or agreement the actor will not make is a refusal ("will not accept any more refugees", "would not meet
 * their demands"): CAMEO 12x, asserted. `governed`: the verb hangs on another verb ("agreed to restore").
 */
export function recodeIntentOrRefusal(code: string | null, reverse: string | null, modality: Modality, governed: boolean,
  policy: EventResources['policy']): RecodedEvent {
  let fwd = code;
  let rev = reverse;
  let intent = false;
  if (policy === 'dyad' && modality === 'future' && fwd) {
    const ic = intentCode(fwd);
    if (ic) { fwd = ic; rev = null; intent = true; modality = 'asserted'; }
  }
  let refusal = false;
  if (policy === 'dyad' && modality === 'negated' && fwd && /^0[38]/.test(fwd) && !governed) {
    fwd = REFUSAL_OF[fwd.slice(0, 3)] ?? (fwd.startsWith('08') ? '124' : '120'); rev = null; refusal = true; modality = 'asserted';
  }
  return { fwd, rev, modality, intent, refusal };
}
