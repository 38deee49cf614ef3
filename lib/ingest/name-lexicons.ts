// Word lists for names, not code: titles, words that are no names, organization words, first names
// with their gender, gendered titles, demonyms and US states. Kept as data in one module so that
// adding a word is a one-line change; names.ts holds the functions that read them. Lookups in these
// Sets cost far less per token than tagging every word with an NLP model.

import { MONTHS, WEEKDAYS } from "@/lib/domain/dates";

/** Titles and honorifics that precede a name; they are part of how a name is written, not the name. */
export const HONORIFICS = new Set(
  [
    "mr", "mrs", "ms", "miss", "dr", "prof", "cllr", "sir", "dame", "lord", "lady", "baroness", "baron", "earl", "duke", "duchess", "rev", "fr", "sen", "sens",
    "rep", "reps", "gov", "govs", "gen", "lt", "col", "maj", "capt", "cpl", "sgt", "adm", "cmdr", "amb",
    "atty", "hon", "pres", "supt", "insp", "det", "judge", "justice", "senator", "representative",
    "congressman", "congresswoman", "governor", "president", "vice", "secretary", "minister", "premier",
    "chancellor", "mayor", "speaker", "leader", "chairman", "chairwoman", "chair", "ambassador", "general",
    "admiral", "colonel", "captain", "sergeant", "lieutenant", "commissioner", "director", "attorney",
    "prosecutor", "sheriff", "spokesman", "spokeswoman", "spokesperson", "counterpart", "candidate",
    "nominee", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam",
    "chief", "deputy", "former", "acting", "foreign", "prime", "state", "defense", "treasury", "house",
    "senate", "majority", "minority", "whip", "pastor", "reverend", "father", "sister", "brother",
    "councilman", "councilwoman", "councilor", "alderman", "delegate", "lawmaker", "anchor", "host",
    "correspondent", "reporter", "columnist", "editor", "founder", "ceo", "chairperson", "strategist",
    "pollster", "adviser", "advisor", "aide", "economist", "analyst", "professor", "billionaire", "businessman",
    "businesswoman", "actor", "actress", "singer", "comedian", "activist", "businessmen", "manager",
    "officer", "agent", "official", "spokesmen", "communications", "press", "campaign", "national",
    "political", "senior", "top", "assistant", "executive", "general's", "u.s", "u.s.", "gop",
  ].map((w) => w.toLowerCase()),
);

/** Lowercase words inside a name: "Charles de Gaulle", "Osama bin Laden", "Marine Le Pen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "da", "di", "del", "dos", "du", "ibn"]);

/** Words that look like names at a sentence start but are not. */
export const NOT_NAME_WORDS = new Set(
  [
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "it", "his",
    "her", "their", "our", "my", "your", "its", "him", "them", "us", "me", "who", "what", "when", "where",
    "why", "how", "but", "and", "or", "so", "yet", "if", "while", "as", "after", "before", "since",
    "because", "although", "though", "in", "on", "at", "for", "with", "by", "from", "of", "to", "into",
    "during", "according", "asked", "also", "then", "now", "there", "here", "still", "even", "just",
    "meanwhile", "however", "instead", "yes", "no", "not", "all", "some", "many", "most", "both", "each",
    "every", "one", "two", "three", "other", "another", "such", "last", "next", "first", "new", "more",
    "republican", "republicans", "democrat", "democrats", "democratic", "gop", "american", "americans",
    "conservative", "conservatives", "liberal", "liberals", "progressive", "independent", "federal",
    "national", "state", "white", "black", "latino", "hispanic", "muslim", "muslims", "christian",
    "christians", "jewish", "evangelical", "evangelicals", "catholic", "thanksgiving", "christmas",
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary", "minister", "senator",
    "governor", "congressman", "congresswoman", "speaker", "leader", "former", "vice", "judge", "justice",
    "mayor", "chairman", "director", "spokesman", "spokeswoman", "ambassador", "general", "chief", "foreign",
    "prime", "u.s", "u.s.", "u.n", "u.n.", "us", "uk", "eu", "nato", "tass", "ap", "cnn", "fox", "nbc", "abc",
    "cbs", "msnbc", "npr", "pbs", "bbc", "reuters", "politico", "twitter", "facebook", "instagram", "youtube",
    "google", "congress", "senate", "house", "court", "supreme", "pentagon", "kremlin", "capitol", "west",
    "east", "north", "south", "western", "eastern", "northern", "southern", "europe", "european", "world",
    "god", "lord", "internet", "obamacare", "brexit", "isis", "isil", "al", "el", "la", "le", "de", "van",
    "von", "del", "der", "da", "di", "bin", "ibn", "st", "st.", "york",
    ...WEEKDAYS,
    ...MONTHS,
  ].map((w) => w.toLowerCase()),
);

/** Institutions known by the building or place they sit in: "the Kremlin said", "the Pentagon said". */
export const SEATS_OF_GOVERNMENT: ReadonlySet<string> = new Set(["kremlin", "pentagon", "vatican", "elysee", "élysée", "bundestag", "knesset", "duma", "reichstag", "storting"]);

/** Words that mark a capitalised phrase as an organisation rather than a person. */
/** What only a football or rugby club's name ends in ("Saltmarsh Rovers", "Tarnley Athletic"). */
export const CLUB_ENDINGS = ["rovers", "wanderers", "athletic", "albion", "rangers", "hotspur", "argyle", "fc", "afc"];

export const ORG_WORDS = new Set(
  [
    "agency", "department", "ministry", "committee", "commission", "council", "campaign", "party",
    "association", "institute", "foundation", "university", "college", "school", "center", "centre",
    "corporation", "corp", "inc", "co", "company", "group", "network", "news", "times", "post", "journal",
    "tribune", "herald", "press", "gazette", "magazine", "daily", "review", "office", "bureau", "service",
    "services", "administration", "house", "senate", "congress", "court", "board", "union", "league",
    "coalition", "alliance", "organization", "organisation", "federation", "confederation", "club", "bank", "fund",
    "project", "watch", "reuters", "tass", "ria", "interfax", "xinhua", "belta", "afp", "ap", "cnn", "nbc",
    "abc", "cbs", "msnbc", "npr", "pbs", "bbc", "fox", "politico", "breitbart", "axios", "bloomberg",
    "pentagon", "kremlin", "police", "army", "navy", "force", "forces", "guard", "council", "government",
    "parliament", "assembly", "legislature", "cabinet", "embassy", "mission", "staff", "team", "pac", "constabulary",
    "caucus", "fbi", "cia", "nsa", "dhs", "doj", "epa", "irs", "gao", "cbo", "dnc", "rnc", "nra", "aclu",
    "naacp", "un", "nato", "eu", "osce", "csto", "who", "imf", "opec", "isis", "isil", "hamas", "hezbollah",
    "taliban", "state", "church", "hospital", "infirmary", "clinic", "institution", "division", "chamber", "aid", "relief", "centers",
    "academy", "academies", "partnership",
    "laboratory", "lab", "poll", "survey", "report", "study", "twitter", "facebook", "google", "apple",
    "microsoft", "amazon", "industries", "partners", "associates", "llc", "ltd", "plc", "society",
    "authority", "commissions", "trust", "review", "channel", "tv", "radio", "media", "newspaper",
    "website", "blog", "caucuses", "movement", "conference", "secretariat", "tribunal",
    "airlines", "airways", "air", "motors", "holdings", "telecom", "telecommunications", "communications",
    "systems", "technologies", "software", "networks", "computers", "semiconductors", "entertainment", "records", "pictures", "studios", "railways", "railway", "railroad", "rail", "energy",
    "petroleum", "pharmaceuticals", "securities", "capital", "investments", "airport", "insurance",
    "financial", "bancorp", "brewery", "stores", "markets", "exchange", "electric", "motor", "steel",
    "engineering", "construction", "logistics", "solutions", "consultants", "consulting", "consultancy", "advisory", "ventures", "solicitors", "accountants", "builders",
    "contractors", "developments", "productions", "properties", "resources", "minerals", "chemicals", "shipping", "palace",
    "theatre", "theater", "playhouse", "museum", "gallery", "orchestra", "opera",
    ...CLUB_ENDINGS,
  ].map((w) => w.toLowerCase()),
);

const MALE_FIRST = `aaron abdul adam adrian ahmed al alan albert alec alex alexander alexei alexey alfred ali allen alvin
andre andrei andrew andrey andy angus anthony antonio arnold arthur barack barney barry ben benjamin
bernard bernie bill billy bob bobby boris brad bradley brandon brent brett brian bruce bryan byron
calvin carl carlos chad charles charlie chris christian christopher chuck clarence clark claude clay
clifford clint cody colin corey cory craig curt curtis dale dan daniel danny darrell dave david dean
dennis derek dick dmitri dmitry don donald doug douglas duncan dwight earl ed eddie edward eli elijah
elliot emmanuel eric erik ernest eugene evan frank franklin fred frederick gabriel gary gavin gene
geoffrey george gerald glenn gordon graham grant greg gregory gustavo hal hank harold harry harvey
hassan hector henry herbert herman howard hugh hugo ian igor ivan jack jacob jaime jake james jamie
jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joaquin joe joel john johnny
jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kim kirk kurt
kyle lamar lance larry lawrence lee leon leonard lindsey lloyd louie louis luis luke marco marcus mario
mark martin marvin matt matthew maurice max michael miguel mike mitch mitt mohammed muhammad nathan neil
newt nicholas nick nigel noah norman oliver omar orrin oscar owen pat patrick paul pedro pete peter phil
philip rafael ralph rand randy ray raymond reince reggie rex ricardo richard rick rob robert roberto
roger roland ron ronald ronny ross roy rudy rudolph russ russell ryan sam samuel scott sean sergei
sergey seth shawn sheldon sherrod simon stanley stephen steve steven stuart ted terry thad thom thomas
tim timothy todd tom tommy tony travis trey troy tyler victor viktor vince vincent vladimir walter
warren wayne wesley will william willie xavier yuri zach zachary jeh ash beto marty mick orrin rahm
corey steny vladislav dmitriy mikhail nikolai nikolay oleg pyotr anatoly anatoli vasily vasiliy yevgeny
evgeny gennady viktor valery valeri konstantin leonid aleksandr aleksei abdel hosni bashar recep
emmanuel francois jean pierre jacques nicolas binyamin ehud shinzo xi narendra enrique felipe fidel raul
evo rodrigo`;

const FEMALE_FIRST = `abigail alexandra alice alicia allison amanda amy ana andrea angela angelina ann anna anne annie april
ashley barbara becky betsy beth betty beverly brenda bridget brittany candace carly carol caroline
carolyn catherine cathy cecile chelsea cheryl christina christine cindy claire claudia colleen connie
cynthia dana dawn deb debbie deborah debra denise diana diane donna dora doris dorothy edith elaine
eleanor elena elisabeth elizabeth ellen emily emma erica erin eva evelyn faith frances gail gina gloria
grace gretchen hannah harriet heather heidi helen hillary holly hope huma irene jackie jacqueline jan
jane janet janice jean jeanne jennifer jenny jessica jill joan joanna jodi joni josephine joy joyce
judith judy julia julie karen kate katherine kathleen kathy katie katy kay kayleigh kelly kellyanne
kimberly kirsten kristen kristin laura lauren leah lena linda lisa liz loretta lori lorraine louise lucy
lynn madeleine maggie margaret maria marie marilyn marsha martha mary maxine megan megyn melania melissa
michele michelle mika mona monica nancy natalie nicole nikki nina nora olivia pam pamela patricia patty
paula peggy penny rachel rebecca regina renee rhonda rita roberta robin rosa rosalind rose ruth sally
samantha sandra sara sarah sharon sheila shirley sonia sophia stephanie sue susan suzanne sylvia tammy
tara teresa theresa tiffany tina tracy ursula valerie vanessa victoria virginia wanda wendy whitney
yvonne zoe ivanka condoleezza dianne elise kamala tulsi nia omarosa kellie marine federica katrina
tamara irina olga natalia natalya svetlana tatiana tatyana yelena ludmila lyudmila valentina marina
galina ekaterina yekaterina oksana nadezhda`;

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

// British and European first names, as news from outside the US writes them.
const MALE_FIRST_MORE = `abdullah abu adolfo ahmad akira alain alastair alberto aldo alejandro alessandro alfonso alistair amir anders andreas
andres angelo anton antoine antonin arjen arne arsene arturo ashley augusto axel bernd bertrand bjorn boyd
bram brendan bruno callum cameron carlo carsten cesar christophe claudio clive colm conor cristiano damian damien
darren declan dejan didier diego dimitri dominic dominique donal dries edgar edouard eduardo emile emilio enrique
ernesto esteban etienne fabio farhat felipe felix fernando filippo florian francesco francis francisco francois franz fritz
gareth gavin gennaro gerard gerhard gianluca gilbert gilles giorgio giovanni giuseppe glen godfrey goran gregor guido
guillaume gunnar gunther gustav hamid hans harald heinz helmut hendrik henri henrik hiroshi horst hubert iain
ibrahim ignacio imran ivo jaap jacek jacques jakob jamal jan javed jean jens jermaine jesus joachim
johan johannes jonas jonny jorg josef jozef jurgen kai kamal karim kazuo kenji kenny kieran klaus
kofi konrad kurt laurent lars leif lennart leonardo leroy liam lionel lorenzo luca lucas ludovic lukas
luiz magnus mahmoud malcolm manuel marcel marcello marek marius markus mathieu matthias maurizio mehmet michel mikhail
mikael miroslav mohamed mohammad moshe murray mustafa nasser neville niall nicolas niels nikolai nikolaus nils ole
olaf olivier olof oscar osvaldo otto pablo paolo pascal patrice patrik pavel per pierre piers pieter
quentin raf rafael rainer ramon raul reginald reinhard remi rene rhys rik rio robbie robin rod
rodrigo rolf romano ronaldo rory rui rupert saeed salim salvatore sami samir sandro santiago sebastian sergio
seamus shaun shinzo silvio simon sotiris soren stan stanislav stefan stefano steffen stuart sven tariq terry
thierry thomas thorsten tiger tobias todd tomas tommy toni torsten trevor ulrich umberto uwe valentin valentino
vicente viktor vincent vincenzo vittorio vladimir walter warren werner wilfried willem wolfgang xavier yannick yasser yusuf
yves zinedine zoltan alan gordon rowan phil tim tony andy nicky ronnie dougie wayne ashley jermain
theo joey kenny ricky gianfranco jose saud ghazi drayton gregory dick charles jack ellen carly spike
stephen trevor guy serge tad drew noel angel buddy`;
const FEMALE_FIRST_MORE = `agnes aisha alessandra alexa alison amelie anastasia angelique anita annette antonia astrid audrey beatrice bettina brigitte
bridget camilla carla carmen caroline catherine cecile celine charlotte cherie chiara christa christiane christina claire clara
claudette claudia colette cristina dagmar daniela delphine edith elena eleanor elisabeth eliza elke ellen elsa emilie
emma erica esther eva fatima fiona francesca francoise gabriele gabrielle gemma geraldine gillian gisela giulia greta
gwen gwyneth hanna hannah harriet heidi helga helena helene hilary ines ingrid irene iris isabel isabella
isabelle jacqueline jane janet jeanne joanna josephine judith julia juliette karin katarina katharina kate katja kirsty
kylie lara laura lea leila lena liliane linda lisa lorraine louise lucia lucy madeleine magdalena maja
mandy margaret margarethe margot maria marianne marie marina marion marta martina mathilde maureen mercedes mireille monica
monique nadia natalia natasha nathalie nicola nicole nina noemi olga paola patricia paula petra pia rachel
renata renate rita rosa rosemary ruth sabine sandra sara sarah silvia simone sinead sofia sonia sophie
stephanie susanna susanne svetlana sylvie tamara tanya tatiana tessa theresa ulrike ursula valentina valerie vanessa vera
veronica victoria virginie vivienne wendy yvonne zoe zara
lily daisy jasmine ivy violet poppy hazel willow ebony harmony melody destiny`;

export const MALE_FIRST_NAMES = wordSet(`${MALE_FIRST} ${MALE_FIRST_MORE}`);
export const FEMALE_FIRST_NAMES = wordSet(`${FEMALE_FIRST} ${FEMALE_FIRST_MORE}`);

export const MALE_HONORIFICS = new Set(["mr", "sir", "lord", "baron", "earl", "duke", "king", "prince", "father", "brother", "congressman", "councilman", "businessman", "spokesman"]);
export const FEMALE_HONORIFICS = new Set(["mrs", "ms", "miss", "dame", "lady", "baroness", "duchess", "queen", "princess", "sister", "congresswoman", "councilwoman", "businesswoman", "spokeswoman", "chairwoman", "actress"]);

/**
 * Country adjectives and their country. Transliteration variants share one country so that
 * "Belarussian", "Belorussian" and "Belarusian" mean the same thing.
 */
export const DEMONYM_LIST: Array<[string, string[]]> = [
  ["Belarus", ["belarusian", "belarussian", "belorussian", "byelorussian", "belarusan", "minsk"]],
  ["Russia", ["russian", "moscow", "kremlin"]],
  ["United States", ["american", "u.s.", "us", "u.s", "washington", "united states"]],
  ["Ukraine", ["ukrainian", "kiev", "kyiv"]],
  ["Poland", ["polish", "pole"]],
  ["Romania", ["romanian"]],
  ["Germany", ["german", "berlin"]],
  ["France", ["french", "frenchman", "frenchwoman", "paris"]],
  ["United Kingdom", ["british", "britain", "great britain", "england", "uk", "u.k.", "london", "english", "scottish", "briton", "brit", "englishman", "englishwoman"]],
  ["China", ["chinese", "beijing"]],
  ["Japan", ["japanese", "tokyo"]],
  ["Iran", ["iranian", "tehran"]],
  ["Iraq", ["iraqi", "baghdad"]],
  ["Syria", ["syrian", "damascus"]],
  ["Israel", ["israeli"]],
  ["Turkey", ["turkish", "turk", "ankara"]],
  ["Mexico", ["mexican"]],
  ["Canada", ["canadian"]],
  ["Cuba", ["cuban", "havana"]],
  ["Kazakhstan", ["kazakh", "kazakhstani"]],
  ["Armenia", ["armenian"]],
  ["Georgia", ["georgian"]],
  ["Lithuania", ["lithuanian"]],
  ["Latvia", ["latvian"]],
  ["Estonia", ["estonian"]],
  ["Italy", ["italian", "rome"]],
  ["Spain", ["spanish", "spaniard", "madrid"]],
  ["India", ["indian"]],
  ["Pakistan", ["pakistani"]],
  ["Afghanistan", ["afghan"]],
  ["Saudi Arabia", ["saudi"]],
  ["Egypt", ["egyptian"]],
  ["North Korea", ["north korean", "pyongyang"]],
  ["South Korea", ["south korean", "seoul"]],
  ["Venezuela", ["venezuelan"]],
  ["Brazil", ["brazilian"]],
  ["Libya", ["libyan", "tripoli"]],
  ["Norway", ["norwegian", "oslo"]],
  ["Sweden", ["swedish", "swede", "stockholm"]],
  ["Denmark", ["danish", "dane", "copenhagen"]],
  ["Finland", ["finnish", "helsinki"]],
  ["Netherlands", ["dutch", "dutchman", "dutchwoman", "amsterdam"]],
  ["Belgium", ["belgian", "brussels"]],
  ["Switzerland", ["swiss", "geneva", "zurich"]],
  ["Austria", ["austrian", "vienna"]],
  ["Portugal", ["portuguese", "lisbon"]],
  ["Greece", ["greek", "athens"]],
  ["Ireland", ["irish", "irishman", "dublin"]],
  ["Scotland", ["scot", "scotsman", "scotswoman", "edinburgh"]],
  ["Wales", ["welsh", "welshman", "cardiff"]],
  ["Argentina", ["argentine", "argentinian", "buenos aires"]],
  ["Chile", ["chilean"]],
  ["Colombia", ["colombian", "bogota"]],
  ["Peru", ["peruvian"]],
  ["Australia", ["australian", "aussie", "canberra"]],
  ["New Zealand", ["new zealander", "kiwi"]],
  ["South Africa", ["south african", "pretoria", "johannesburg"]],
  ["Nigeria", ["nigerian", "lagos", "abuja"]],
  ["Kenya", ["kenyan", "nairobi"]],
  ["Ghana", ["ghanaian", "accra"]],
  ["Zimbabwe", ["zimbabwean", "harare"]],
  ["Ethiopia", ["ethiopian", "addis ababa"]],
  ["Morocco", ["moroccan", "rabat"]],
  ["Algeria", ["algerian", "algiers"]],
  ["Tunisia", ["tunisian", "tunis"]],
  ["Sudan", ["sudanese", "khartoum"]],
  ["Lebanon", ["lebanese", "beirut"]],
  ["Palestine", ["palestinian", "ramallah"]],
  ["Yemen", ["yemeni", "sanaa"]],
  ["Qatar", ["qatari", "doha"]],
  ["Kuwait", ["kuwaiti"]],
  ["Indonesia", ["indonesian", "jakarta"]],
  ["Malaysia", ["malaysian", "kuala lumpur"]],
  ["Thailand", ["thai", "bangkok"]],
  ["Vietnam", ["vietnamese", "hanoi"]],
  ["Philippines", ["filipino", "philippine", "manila"]],
  ["Singapore", ["singaporean"]],
  ["Taiwan", ["taiwanese", "taipei"]],
  ["Bangladesh", ["bangladeshi", "dhaka"]],
  ["Sri Lanka", ["sri lankan", "colombo"]],
  ["Nepal", ["nepalese", "nepali", "kathmandu"]],
  ["Hungary", ["hungarian", "budapest"]],
  ["Czech Republic", ["czech", "prague"]],
  ["Slovakia", ["slovak", "bratislava"]],
  ["Slovenia", ["slovenian", "slovene", "ljubljana"]],
  ["Croatia", ["croatian", "croat", "zagreb"]],
  ["Serbia", ["serbian", "serb", "belgrade"]],
  ["Bosnia", ["bosnian", "sarajevo"]],
  ["Bulgaria", ["bulgarian"]],
  ["Cyprus", ["cypriot", "nicosia"]],
  ["Iceland", ["icelandic", "icelander", "reykjavik"]],
  ["Jamaica", ["jamaican"]],
  ["Uzbekistan", ["uzbek", "tashkent"]],
  ["Azerbaijan", ["azerbaijani", "azeri", "baku"]],
  ["Moldova", ["moldovan", "chisinau"]],
];


/** US states as AP style shortens them, lower case and without the full stop ("Tenn.", "Calif."). */
export const US_STATE_ABBREVIATIONS = new Set(
  `ariz calif colo conn fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla ore pa
  tenn tex va vt wash wis wyo`.split(/\s+/),
);

/** One-word US state names (two-word ones are matched by isPlaceName). */
export const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
  vermont virginia washington wisconsin wyoming`.split(/\s+/),
);

/**
 * The head of a phrase that names part of a group, up to its preposition: "Some in", "Almost a
 * quarter (21%) of". Such a part speaks; the group named after it does not.
 */
export const PART_OF_GROUP_HEAD = String.raw`(?:some|many|most|several|few|others|(?:almost\s+|nearly\s+)?(?:a\s+third|a\s+quarter|half))(?:\s*\(\d+(?:\.\d+)?%\))?\s+(?:in|of|within|inside)`;

/**
 * "a source close to the star", "people familiar with the matter", "officials briefed on the talks",
 * "a person involved in the negotiations": the words that put a source near someone, who is not the
 * source.
 */
export const NEAR_SOMEONE = String.raw`(?:close|closest|closer|near|loyal)\s+to|familiar\s+with|briefed\s+on|involved\s+in|(?<=(?:[Aa]llies|[Aa]ides|[Aa]ssociates|[Ss]upporters|[Bb]ackers|(?:\b[Aa]n?|[Oo]ne|[Aa]nother|[Oo]ld|[Cc]lose|[Ll]ong-?time|[Ll]ongstanding)\s+(?:ally|aide|associate|supporter|backer|friend|pal|confidant|confidante))\s+)of|(?<=(?:[Aa]dvis[eo]rs?|[Aa]ides?|[Aa]llies|[Aa]lly|[Cc]onfidants?)\s+)to`;

/**
 * A ministry or department named by a list of what it does: "the Department for Environment, Food
 * and Rural Affairs", "the Ministry of Economy, Trade and Industry". Its commas are no ends of a
 * noun phrase (not after a bank's or a firm's name: "the Bank of England, Barclays and HSBC").
 */
export const LISTED_NAME = String.raw`(?:Ministry|Department|Office|Secretary|Minister)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)+,?\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`;
