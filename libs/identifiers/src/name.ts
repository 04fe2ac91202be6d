// Letters NFKD does not split into a base letter and accent, folded by hand so that
// "Søren" matches "Soren" and "Strauß" matches "Strauss".
const UNDECOMPOSABLE_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * A name reduced for matching records across agencies: lower case, accents removed, and
 * everything but letters and digits dropped, so "O'Brien-Smith " and "obrien smith" agree.
 * For comparison only; never show or store it in place of the name as given.
 */
export function normaliseName(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => UNDECOMPOSABLE_LETTERS[letter])
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A matching key for a first and last name. The separator keeps "Ann Abel" and "Anna Bel"
 * apart.
 */
export function nameKey(firstName: string, lastName: string): string {
  return `${normaliseName(firstName)}|${normaliseName(lastName)}`;
}
