import { normaliseName } from '@frontdoor/identifiers';

/**
 * Common English given names and their short forms, normalised. Used only to notice that a record
 * MIGHT be the same person (a near miss for an officer to confirm), never to match automatically.
 */
const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'libby', 'eliza'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby'],
  ['katherine', 'catherine', 'kate', 'katie', 'cathy', 'kath'],
  ['thomas', 'tom', 'tommy'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['jessica', 'jess', 'jessie'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['rebecca', 'becky', 'becca'],
  ['daniel', 'dan', 'danny'],
  ['samantha', 'sam', 'sammy'],
  ['samuel', 'sam', 'sammy'],
  ['alexander', 'alex', 'xander'],
  ['alexandra', 'alex', 'lexi'],
  ['joseph', 'joe', 'joey'],
  ['charlotte', 'lottie', 'charlie'],
  ['charles', 'charlie', 'chas'],
  ['oliver', 'ollie', 'olly'],
  ['olivia', 'liv', 'livvy'],
  ['benjamin', 'ben', 'benny'],
  ['matthew', 'matt'],
  ['christopher', 'chris'],
  ['jacob', 'jake'],
  ['isabella', 'bella', 'izzy', 'isabel'],
  ['amelia', 'millie', 'amy'],
  ['joshua', 'josh'],
  ['nathaniel', 'nathan', 'nate'],
  ['harrison', 'harry'],
  ['henry', 'harry', 'hal'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['emily', 'em', 'emmy'],
  ['victoria', 'vicky', 'tori'],
  ['anthony', 'tony'],
  ['stephen', 'steven', 'steve'],
  ['jennifer', 'jen', 'jenny'],
  ['nicola', 'nicky', 'nikki'],
  ['abigail', 'abby', 'abi'],
  ['freddie', 'frederick', 'fred'],
  ['mohammed', 'muhammad', 'mohammad', 'mo'],
];

const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
  for (const name of group) {
    const known = NICKNAMES.get(name) ?? new Set<string>();
    group.forEach((other) => known.add(other));
    NICKNAMES.set(name, known);
  }
}

/** The short forms of a name (and the name a short form stands for), normalised. */
export function nicknamesOf(name: string): string[] {
  const key = normaliseName(name);
  return [...(NICKNAMES.get(key) ?? [])].filter((other) => other !== key);
}

export function areNicknames(a: string, b: string): boolean {
  return NICKNAMES.get(normaliseName(a))?.has(normaliseName(b)) ?? false;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
 * two adjacent letters each cost one ("Jonh" is one from "John").
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * Whether two normalised name keys could be the same name written differently: a short form, two
 * letters swapped, or one other slip of the keyboard in a name of four letters or more (shorter
 * names differ by one letter too often: Tom and Tim). Equal keys are similar too.
 */
export function nameKeysSimilar(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (NICKNAMES.get(a)?.has(b)) return true;
  if (isTransposition(a, b)) return true;
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 1;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return (
    differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]]
  );
}
