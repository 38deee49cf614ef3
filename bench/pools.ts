// The invented people and outlets the benchmark corpus puts into real articles. Surnames are built
// from syllables so that every person in the pool has a surname of their own: a surname-only mention
// ("Halvorsen said") then links to one full name, as it does in real news, instead of merging
// strangers.

const FIRST_NAMES = (
  "Adam Alice Amara Andrew Anna Ben Carla Carlos Chen Chloe Daniel Diana Elena Emil Emma Ethan Fatima " +
  "Felix Grace Hannah Hugo Ines Isaac Jamal Jana Joel Julia Karen Kevin Laura Leon Lina Lucas Maria " +
  "Mark Maya Nadia Nathan Nina Omar Oscar Paula Peter Priya Rachel Ravi Rosa Ruth Samuel Sara Simon " +
  "Sofia Tariq Teresa Thomas Vera Victor Walter Yara Yusuf Zoe"
).split(" ");

const SURNAME_HEADS = (
  "Abel Bran Cald Dal Ehr Fen Gar Hal Ing Jor Kess Lind Mor Nor Oak Pem Quill Rad Sel Tor Ul Vance Wex " +
  "Yar Zell Ash Brook Cor Dun Ell Fair Glen Harl Ivor Kel Lath Mar Ned Orm Pell Rask Stra Thorn Ald " +
  "Bex Crom Dray Esk Frol Gund Hask Jessel Krom Lom Mund Nash Osk Prent Rolf Sund Tam Wald Yell Zorn"
).split(" ");

const SURNAME_TAILS = (
  "by den ford gate ham holt ley man mont ridge sen ski ton vale well wick worth ard ing ow " +
  "berg dale field grove hurst lock more ness quist rick stad stone thal brook croft dorf feld mere nell rup"
).split(" ");

/** How many distinct people the pool can hold: one surname each. */
export const PERSON_POOL_CAPACITY = SURNAME_HEADS.length * SURNAME_TAILS.length;

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

/** Person `id` of the pool (0 ≤ id < PERSON_POOL_CAPACITY): a fixed first name and a surname of their own. */
export function personName(id: number): PersonName {
  const head = SURNAME_HEADS[id % SURNAME_HEADS.length]!;
  const tail = SURNAME_TAILS[Math.floor(id / SURNAME_HEADS.length) % SURNAME_TAILS.length]!;
  const first = FIRST_NAMES[(id * 7 + 3) % FIRST_NAMES.length]!;
  const last = head + tail;
  return { first, last, full: `${first} ${last}` };
}

export const OUTLETS = [
  "The Daily Ledger", "Capitol Courier", "Harbor Times", "The Evening Standard-Post", "Riverside Herald",
  "National Observer", "Metro Gazette", "The Plains Tribune", "Coastal Chronicle", "Union Dispatch",
  "The Morning Register", "Valley Sentinel", "Northern Record", "The Civic Review", "Lakeside Journal",
  "Frontier Press", "The Weekly Mercury", "Summit Daily", "Bay Area Bulletin", "The Statehouse Wire",
  "Pioneer Examiner", "Granite Post", "The Liberty Monitor", "Delta Times-Union", "Keystone Telegraph",
  "Prairie Star", "The Harbor Beacon", "Midland Courant", "Southern Advocate", "The Atlantic Ledger",
  "Cascade News", "Old Dominion Daily", "The Heartland Voice", "Gulf Coast Press", "Empire Reporter",
  "The Commonwealth Times", "Mountain Echo", "Redwood Herald", "The Capital Leader", "Tidewater Gazette",
];
