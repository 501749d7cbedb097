/**
 * Indonesian synonyms and spelling variants, applied by both search engines. Each group is a set
 * of interchangeable terms: a query for any of them finds the others. Multi-word entries are
 * allowed ("oleh oleh"). Keep entries lower-case and without punctuation.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["keripik", "kripik"],
  ["kerupuk", "krupuk"],
  ["oleh oleh", "buah tangan", "souvenir"],
  ["kopi", "coffee"],
  ["teh", "tea"],
  ["madu", "honey"],
  ["batik", "kain batik"],
  ["jamu", "herbal"],
  ["sambal", "sambel"],
  ["gula aren", "gula merah", "gula jawa"],
  ["pisang", "banana"],
  ["ikan", "fish"],
  ["udang", "shrimp"],
  ["kaos", "kaus", "t shirt"],
  ["tas", "bag"],
  ["anyaman", "anyam"],
  ["bambu", "bamboo"],
  ["jahe", "ginger"],
  ["kue", "jajan", "jajanan"],
  ["buah naga", "dragon fruit"],
];

/** term → the other terms of its groups. */
export function synonymMap(groups: string[][] = SYNONYM_GROUPS): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((t) => t !== term);
      map.set(term, [...new Set([...(map.get(term) ?? []), ...others])]);
    }
  }
  return map;
}
