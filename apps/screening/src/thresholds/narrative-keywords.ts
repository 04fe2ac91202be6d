// Compiled once per keyword: documents are fixed at boot and narratives are many.
const patterns = new Map<string, RegExp>();

/**
 * The keywords that appear in the narrative as whole words or phrases, ignoring case, curly
 * apostrophes and how many spaces or line breaks sit between a phrase's words. "Whole" means
 * no letter or digit directly either side, so "hit" is not found in "white" or "hitting"
 * (a document lists the forms it means: "bruise", "bruising").
 */
export function keywordsFoundIn(narrative: string, keywords: readonly string[]): string[] {
  const text = narrative.replace(/[\u2018\u2019]/g, "'");
  return keywords.filter((keyword) => patternFor(keyword).test(text));
}

function patternFor(keyword: string): RegExp {
  let pattern = patterns.get(keyword);
  if (!pattern) {
    const words = keyword
      .trim()
      .replace(/[\u2018\u2019]/g, "'")
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(keyword, pattern);
  }
  return pattern;
}
