import { addSectors, codeChunks } from '../../resources/petrarch/codes.js';

/**
 * Actor-phrase rules of the event coder that compose codes across a noun phrase PETRARCH-style (its NounPhrase
 * meaning: every actor of the phrase, each agent's sectors added).
 */

/**
 * "human rights activists of Gonzo GMO" -> GONGMO + OPP = GONGMOOPP: an agent attached by of/from/in to an actor takes
 * the actor's whole code (an organisation's sectors included), with the agent's sectors added unless already there.
 */
export function agentOfActor(actorCode: string, agentCode: string): string {
  return addSectors(actorCode, codeChunks(agentCode));
}
