/**
 * Actor-code arithmetic as PETRARCH does it when a noun phrase holds an actor and agents ("Arnor diplomat",
 * "MSF Arnor diplomat", "West German world government activists"): each agent's sector codes are added to the actor
 * code unless the code already holds that sector. Codes are read in aligned three-letter chunks, so the "WGO"
 * inside "GMWGOV" (GMW + GOV) is not mistaken for the sector WGO.
 */

/** The three-letter chunks of a code: "USAGOVMIL" -> ["USA", "GOV", "MIL"]. */
export function codeChunks(code: string): string[] {
  return code.match(/.{1,3}/g) ?? [];
}

/** Adds one agent's sectors to an actor code: appended (`[~GOV]`), or prefixed for `[NGO~]` agents; repeats dropped. */
export function addSectors(code: string, sectors: readonly string[], prefix = false): string {
  const have = new Set(codeChunks(code));
  const add = sectors.filter((s) => !have.has(s)).join('');
  return prefix ? add + code : code + add;
}
