// Who has held the offices news most often names without a name ("the prime minister said", "the
// chancellor insisted"), from 1979 on: knowledge a reader brings to "Tony Blair's intervention… the
// prime minister says". Only people the article names are ever chosen this way (resolve-role.ts),
// so a name here never puts anyone into an article; it tells which of the people named holds it.

import { foldName } from "../names";
import type { Entity } from "./registry";

const HOLDERS: Record<string, string[]> = {
  "prime minister": [
    // United Kingdom
    "Margaret Thatcher", "John Major", "Tony Blair", "Gordon Brown", "David Cameron", "Theresa May", "Boris Johnson", "Liz Truss", "Rishi Sunak", "Keir Starmer",
    // Elsewhere
    "Jean Chretien", "Paul Martin", "Stephen Harper", "Justin Trudeau", "Mark Carney", "John Howard", "Kevin Rudd", "Julia Gillard", "Tony Abbott", "Malcolm Turnbull", "Scott Morrison", "Anthony Albanese",
    "Helen Clark", "John Key", "Jacinda Ardern", "Junichiro Koizumi", "Shinzo Abe", "Yoshihide Suga", "Fumio Kishida", "Ariel Sharon", "Ehud Olmert", "Ehud Barak", "Benjamin Netanyahu", "Naftali Bennett",
    "Silvio Berlusconi", "Romano Prodi", "Matteo Renzi", "Mario Draghi", "Giorgia Meloni", "Manmohan Singh", "Narendra Modi", "Atal Bihari Vajpayee", "Bertie Ahern", "Brian Cowen", "Enda Kenny", "Leo Varadkar",
    "Jean-Pierre Raffarin", "Dominique de Villepin", "Francois Fillon", "Edouard Philippe", "Jose Maria Aznar", "Jose Luis Rodriguez Zapatero", "Mariano Rajoy", "Pedro Sanchez", "Recep Tayyip Erdogan",
    "Wen Jiabao", "Li Keqiang", "Vladimir Putin", "Dmitry Medvedev", "Mikhail Kasyanov", "Mikhail Fradkov", "Nawaz Sharif", "Imran Khan", "Wim Kok", "Jan Peter Balkenende", "Mark Rutte", "Guy Verhofstadt",
    "Goran Persson", "Anders Fogh Rasmussen", "Viktor Orban", "Thaksin Shinawatra", "Mahathir Mohamad", "Lee Hsien Loong", "Yulia Tymoshenko", "Viktor Yanukovych", "Ayad Allawi", "Nouri al-Maliki",
  ],
  president: [
    "Ronald Reagan", "George Bush", "Bill Clinton", "George W Bush", "Barack Obama", "Donald Trump", "Joe Biden",
    "Boris Yeltsin", "Vladimir Putin", "Dmitry Medvedev", "Francois Mitterrand", "Jacques Chirac", "Nicolas Sarkozy", "Francois Hollande", "Emmanuel Macron",
    "Jiang Zemin", "Hu Jintao", "Xi Jinping", "Hosni Mubarak", "Nelson Mandela", "Thabo Mbeki", "Jacob Zuma", "Cyril Ramaphosa", "Luiz Inacio Lula da Silva", "Jair Bolsonaro", "Hugo Chavez", "Nicolas Maduro",
    "Vicente Fox", "Felipe Calderon", "Hamid Karzai", "Ashraf Ghani", "Pervez Musharraf", "Asif Ali Zardari", "Mohammad Khatami", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Saddam Hussein", "Jalal Talabani",
    "Yasser Arafat", "Mahmoud Abbas", "Bashar al-Assad", "Viktor Yushchenko", "Viktor Yanukovych", "Petro Poroshenko", "Volodymyr Zelensky", "Alexander Lukashenko", "Robert Mugabe", "Olusegun Obasanjo",
    "Goodluck Jonathan", "Muhammadu Buhari", "Roh Moo-hyun", "Lee Myung-bak", "Moon Jae-in", "Gloria Arroyo", "Rodrigo Duterte", "Susilo Bambang Yudhoyono", "Joko Widodo", "Mary McAleese", "Michael D Higgins",
    "Romano Prodi", "Jose Manuel Barroso", "Jean-Claude Juncker", "Ursula von der Leyen", "Jean-Claude Trichet", "Mario Draghi", "Christine Lagarde", "Recep Tayyip Erdogan",
  ],
  chancellor: [
    "Nigel Lawson", "John Major", "Norman Lamont", "Kenneth Clarke", "Gordon Brown", "Alistair Darling", "George Osborne", "Philip Hammond", "Sajid Javid", "Rishi Sunak", "Nadhim Zahawi", "Kwasi Kwarteng", "Jeremy Hunt", "Rachel Reeves",
    "Helmut Kohl", "Gerhard Schroeder", "Angela Merkel", "Olaf Scholz", "Friedrich Merz", "Wolfgang Schuessel",
  ],
  "home secretary": ["Michael Howard", "Jack Straw", "David Blunkett", "Charles Clarke", "John Reid", "Jacqui Smith", "Alan Johnson", "Theresa May", "Amber Rudd", "Sajid Javid", "Priti Patel", "Suella Braverman", "James Cleverly", "Yvette Cooper"],
  "foreign secretary": ["Douglas Hurd", "Malcolm Rifkind", "Robin Cook", "Jack Straw", "Margaret Beckett", "David Miliband", "William Hague", "Philip Hammond", "Boris Johnson", "Jeremy Hunt", "Dominic Raab", "Liz Truss", "James Cleverly", "David Cameron", "David Lammy"],
  "vice president": ["George Bush", "Dan Quayle", "Al Gore", "Dick Cheney", "Joe Biden", "Mike Pence", "Kamala Harris", "JD Vance"],
  "deputy prime minister": ["Michael Heseltine", "John Prescott", "Nick Clegg", "Dominic Raab", "Oliver Dowden", "Angela Rayner"],
  "first minister": ["Donald Dewar", "Henry McLeish", "Jack McConnell", "Alex Salmond", "Nicola Sturgeon", "Humza Yousaf", "John Swinney", "Alun Michael", "Rhodri Morgan", "Carwyn Jones", "Mark Drakeford", "David Trimble", "Ian Paisley", "Peter Robinson", "Arlene Foster"],
  "secretary general": ["Boutros Boutros-Ghali", "Kofi Annan", "Ban Ki-moon", "Antonio Guterres", "George Robertson", "Jaap de Hoop Scheffer", "Anders Fogh Rasmussen", "Jens Stoltenberg", "Mark Rutte"],
  "lord chancellor": ["Lord Irvine", "Lord Falconer", "Jack Straw", "Kenneth Clarke"],
  // The leaders of Britain's parties, whom British news calls "the Tory leader" as often as by name.
  "tory leader": ["Margaret Thatcher", "John Major", "William Hague", "Iain Duncan Smith", "Michael Howard", "David Cameron", "Theresa May", "Boris Johnson", "Liz Truss", "Rishi Sunak", "Kemi Badenoch"],
  "labour leader": ["Michael Foot", "Neil Kinnock", "John Smith", "Tony Blair", "Gordon Brown", "Ed Miliband", "Jeremy Corbyn", "Keir Starmer"],
  "lib dem leader": ["Paddy Ashdown", "Charles Kennedy", "Menzies Campbell", "Nick Clegg", "Tim Farron", "Vince Cable", "Jo Swinson", "Ed Davey"],
};

/** Other ways news writes the same office. */
const SAME_OFFICE: Record<string, string> = {
  premier: "prime minister",
  pm: "prime minister",
  "chancellor of the exchequer": "chancellor",
  "vice-president": "vice president",
  "secretary-general": "secretary general",
  "un secretary general": "secretary general",
  "un secretary-general": "secretary general",
  "conservative leader": "tory leader",
  "liberal democrat leader": "lib dem leader",
  "liberal democrats leader": "lib dem leader",
};

/** Office → folded "surname first" keys, and the surnames of peers known by their title ("Lord Falconer"). */
const BY_OFFICE = new Map<string, { full: Set<string>; peers: Set<string> }>();
for (const [office, names] of Object.entries(HOLDERS)) {
  const full = new Set<string>();
  const peers = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/);
    const surname = foldName(words.at(-1)!);
    if (words[0] === "Lord") peers.add(surname);
    else full.add(`${surname} ${foldName(words[0]!)}`);
  }
  BY_OFFICE.set(office, { full, peers });
}

/**
 * The office a description names ("the prime minister", "Britain's chancellor", "the UN
 * secretary-general"), or null: only an office held now, never "the former prime minister".
 */
export function officeNamed(description: string): string | null {
  const words = description
    .toLowerCase()
    .replace(/^(?:the|this|that)\s+/, "")
    .replace(/^(?:\p{L}+[’']s|british|uk|us|u\.s\.|american|french|german|russian|israeli|japanese|chinese|indian|irish|scottish|welsh|australian|canadian|italian|spanish)\s+/u, "");
  const office = SAME_OFFICE[words] ?? words;
  return BY_OFFICE.has(office) ? office : null;
}

/**
 * Whether a person the article names has held `office`: the same first name and surname as a holder
 * (a surname alone says too little: "Mr Johnson" in 2004 was no prime minister), or a peer's.
 */
export function heldOffice(e: Entity, office: string): boolean {
  const known = BY_OFFICE.get(office);
  if (!known || e.kind !== "person") return false;
  if (!e.first) return known.peers.has(e.surname);
  return known.full.has(`${e.surname} ${foldName(e.first)}`) || (e.goesBy !== undefined && known.full.has(`${e.surname} ${foldName(e.goesBy)}`));
}
