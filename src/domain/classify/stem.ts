// swedishStem: the Snowball Swedish stemmer (R1 region, step 1 suffixes, consonant pair, other suffixes) for lower-case words.
// Algorithm: https://snowballstem.org/algorithms/swedish/stemmer.html (the classic one, before Snowball 3's -et and -öst changes).

const VOWELS = 'aeiouyäåö';
const S_ENDING = 'bcdfghjklmnoprtvy';
/** Step 1 suffixes, longest first so the first that fits in R1 is the longest. */
const STEP1 =
  'heterna hetens anden andes andet arens arnas ernas ornas heten heter arna erna orna ades ande arne aste aren erns ade are ern ens ast het ad en ar er or as es at a e'.split(' ');
/** Step 1 suffixes by their last letter (most words end in a letter no suffix ends in). */
const BY_LAST = new Map<string, string[]>();
for (const s of STEP1) BY_LAST.set(s[s.length - 1], [...(BY_LAST.get(s[s.length - 1]) ?? []), s]);
const PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
const isVowel = (ch: string) => VOWELS.includes(ch);

const STEP3: readonly (readonly [string, string])[] = [['fullt', 'full'], ['löst', 'lös'], ['lig', ''], ['els', ''], ['ig', '']];

/** Start of R1: after the first non-vowel that follows a vowel, and at least 3 letters in. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return Math.max(3, i + 1);
  }
  return word.length;
}

/** The stem of one lower-case Swedish word (words of fewer than 3 letters keep their form). */
export function swedishStem(word: string): string {
  if (word.length < 3) return word;
  const p1 = r1(word);
  let w = word;
  // Step 1: the longest suffix wholly in R1; -s only after a valid s-ending.
  const suffix = BY_LAST.get(w[w.length - 1])?.find((s) => w.endsWith(s) && w.length - s.length >= p1);
  if (suffix) w = w.slice(0, -suffix.length);
  else if (w.endsWith('s') && w.length - 1 >= p1 && S_ENDING.includes(w[w.length - 2])) w = w.slice(0, -1);
  // Step 2: a consonant pair in R1 loses its last letter.
  if (w.length - 2 >= p1 && PAIRS.includes(w.slice(-2))) w = w.slice(0, -1);
  // Step 3: lig, ig, els deleted; löst → lös; fullt → full (wholly in R1).
  for (const [s, by] of STEP3) {
    if (w.endsWith(s) && w.length - s.length >= p1) return w.slice(0, w.length - s.length) + by;
  }
  return w;
}
