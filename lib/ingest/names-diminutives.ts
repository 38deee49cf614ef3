// English given names and the short forms people go by ("Pete" for Peter, "Ben" for Benjamin, "Bob"
// for Robert): data, not code. The pairs are the common diminutives of English given names, each one
// also listed in carltonnorthern/nicknames (names.csv, Apache-2.0, the table genealogy and
// record-linkage work uses); a short form that stands for several names ("Chris": Christopher,
// Christine; "Al": Albert, Alan, Alfred) is listed under each. A pair is evidence that two first names
// may be one person's, never that they are: the corpus links them only where one person of the
// surname fits (lib/domain/speaker-keys.ts).

import { foldName } from "./names";

const DIMINUTIVES: Record<string, string> = {
  abraham: "abe", albert: "al bert", alan: "al", alfred: "al alf fred freddie", alexander: "alex al sandy",
  alexandra: "alex sandy lexi", andrew: "andy drew", anthony: "tony", arthur: "art", barbara: "barb babs",
  benjamin: "ben benji benny", bernard: "bernie", beverly: "bev", bradley: "brad", bradford: "brad",
  catherine: "cathy kate katie kat", katherine: "kathy kate katie kat", kathleen: "kathy kate katie",
  charles: "charlie chuck chas", christopher: "chris kit", christine: "chris chrissy tina", christina: "chris chrissy tina",
  christian: "chris", cynthia: "cindy", daniel: "dan danny", david: "dave davey", deborah: "deb debbie",
  donald: "don donnie", douglas: "doug", edward: "ed eddie ted ned", edwin: "ed", edmund: "ed ned",
  elizabeth: "liz beth betsy betty lizzie libby", eugene: "gene", frederick: "fred freddie", gerald: "jerry gerry",
  geoffrey: "geoff jeff", jeffrey: "jeff", gregory: "greg", harold: "hal harry", henry: "hank harry",
  herbert: "herb", jacob: "jake", james: "jim jimmy jamie", jennifer: "jen jenny", john: "jack johnny",
  jonathan: "jon", joseph: "joe joey", joshua: "josh", judith: "judy", kenneth: "ken kenny", lawrence: "larry",
  leonard: "len lenny", margaret: "maggie meg peggy peg", matthew: "matt", michael: "mike mikey", mitchell: "mitch",
  nathaniel: "nate nat", nathan: "nate", nicholas: "nick nicky", newton: "newt", patricia: "pat patty trish",
  patrick: "pat paddy", peter: "pete", philip: "phil", phillip: "phil", raymond: "ray", rebecca: "becky",
  richard: "rick rich dick richie", robert: "bob bobby rob robbie", ronald: "ron ronnie", samuel: "sam sammy",
  samantha: "sam", stanley: "stan", stephen: "steve", steven: "steve", susan: "sue susie", suzanne: "sue",
  theodore: "ted teddy theo", thomas: "tom tommy", timothy: "tim", victoria: "vicky tori", vincent: "vince",
  walter: "walt", william: "bill billy will willie", zachary: "zach", gabriel: "gabe", jacqueline: "jackie",
  pamela: "pam", jessica: "jess", terence: "terry", randolph: "randy", dennis: "denny", francis: "frank",
  franklin: "frank", frances: "fran", louis: "lou", leslie: "les", lester: "les", maxwell: "max", maximilian: "max",
};

let formal: Map<string, string[]> | null = null;

/** The given names a folded first name may be short for ("pete" → ["peter"]), folded; [] for none. */
export function formalNamesOf(folded: string): string[] {
  if (!formal) {
    formal = new Map();
    for (const [name, shorts] of Object.entries(DIMINUTIVES)) {
      for (const short of shorts.split(" ")) {
        const key = foldName(short);
        formal.set(key, [...new Set([...(formal.get(key) ?? []), foldName(name)])]);
      }
    }
  }
  return formal.get(folded) ?? [];
}
