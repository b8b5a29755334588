import type { EventResources } from '../../resources/petrarch/verbs-load.js';

/**
 * Speech is not an event (dyad's policy, issue 14). "X said ...", "X told reporters ...", "X added that ...": the
 * saying is a quotation (the quotes stage records it, with its speaker), and CAMEO's bare "make a public statement"
 * (010) adds nothing a reader of the news would count as an act between two actors; the actor the words name is a
 * topic, not a party. What a statement does is coded from its own words: an appeal (02x), an accusation (11x), a
 * denial or rejection (12x), a threat (13x), praise (051), optimism or pessimism (012, 013).
 *
 * With `--dictionaries` (policy `petrarch`) the user's dictionaries decide, as PETRARCH would: 010 is coded.
 */
export function bareStatement(fwd: string | null, rev: string | null, policy: EventResources['policy']): boolean {
  return policy === 'dyad' && fwd === '010' && (rev === null || rev === '010');
}

/**
 * Hoping is not asking (dyad's policy, issue 14). The dictionary's HOPE block (hope, desire) codes the bare verb as an
 * appeal (020): "he hopes a ceasefire will take place", "the United States hopes to resolve the pause in aid" ask
 * nothing of anyone; the actors the hope names are its topic. Its patterns ("hope for peace" 013, "hope for
 * negotiations" 026) stay.
 */
export function hopeNotAppeal(block: string, patterned: boolean, policy: EventResources['policy']): boolean {
  return policy === 'dyad' && !patterned && block === 'HOPE';
}
