// The people and organizations of one article, as names are met: one entity per person however the
// name is spelt or shortened ("Vladimir Makey", "Makei"), with the roles, countries and gender the
// text gives them.

import { countriesIn, foldName, genderOfFirstName, genderOfHonorific, nameParts, type Gender } from "../names";

export interface Entity {
  kind: "person" | "organization";
  /** Folded surname (persons) or folded words (organizations). */
  surname: string;
  first: string | null;
  forms: string[];
  roles: string[];
  countries: Set<string>;
  gender: Gender;
  mentions: number[];
}

export class Registry {
  entities: Entity[] = [];
  private byKey = new Map<string, Entity>();

  person(nameWords: string[], at: number, titles: string[], roleText: string | null): Entity | null {
    const form = nameWords.join(" ");
    const parts = nameParts(form);
    if (!parts) return null;
    const surname = foldName(parts.surname) + (parts.suffix ? ` ${parts.suffix}` : "");
    const first = parts.first ? foldName(parts.first) : null;
    let e: Entity | undefined;
    if (first) {
      e = this.byKey.get(`${surname}:${first}`);
      if (!e) {
        // A surname-only person seen earlier becomes this one when no other first name competes.
        const lone = this.byKey.get(`${surname}:`);
        const others = this.entities.filter((x) => x.kind === "person" && x.surname === surname && x.first);
        if (lone && others.length === 0) {
          e = lone;
          e.first = first;
          this.byKey.set(`${surname}:${first}`, e);
        }
      }
    } else {
      e = this.bySurname(surname);
    }
    if (!e) {
      e = { kind: "person", surname, first, forms: [], roles: [], countries: new Set(), gender: null, mentions: [] };
      this.entities.push(e);
      this.byKey.set(`${surname}:${first ?? ""}`, e);
    }
    if (!e.forms.includes(form)) e.forms.push(form);
    e.mentions.push(at);
    const gender = (first ? genderOfFirstName(parts.first!) : null) ?? titles.map(genderOfHonorific).find((g) => g) ?? null;
    if (gender && !e.gender) e.gender = gender;
    const role = [...titles, roleText ?? ""].join(" ").trim();
    if (role) this.addRole(e, role);
    return e;
  }

  bySurname(surname: string): Entity | undefined {
    const same = this.entities.filter((x) => x.kind === "person" && x.surname === surname);
    if (same.length <= 1) return same[0];
    // Several people share the surname (Bill and Hillary Clinton): the most mentioned one is meant.
    return same.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  }

  organization(name: string, at: number): Entity {
    const words = name.replace(/^the\s+/i, "").replace(/[’']s$/, "");
    const key = `org:${words.toLowerCase().split(/\s+/).map(foldName).join(" ")}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind: "organization", surname: key, first: null, forms: [], roles: [], countries: new Set(), gender: null, mentions: [] };
      this.entities.push(e);
      this.byKey.set(key, e);
    }
    if (!e.forms.includes(words)) e.forms.push(words);
    e.mentions.push(at);
    return e;
  }

  addRole(e: Entity, role: string) {
    const cleaned = role.replace(/^(?:the|a|an|his|her|their|its)\s+/i, "").replace(/\s+/g, " ").trim();
    if (!cleaned || e.roles.includes(cleaned)) return;
    e.roles.push(cleaned);
    for (const c of countriesIn(cleaned)) e.countries.add(c);
    if (/\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|first lady|wife|mother|daughter|sister|actress)\b/i.test(cleaned) && !e.gender) e.gender = "female";
    if (/\b(?:spokesman|congressman|chairman|businessman|husband|father|son|brother)\b/i.test(cleaned) && !e.gender) e.gender = "male";
  }
}

export interface Salience {
  at: number;
  entity: Entity;
}

/** The person last spoken of before `at` whose gender does not contradict `gender`. */
export function latestCompatible(events: Salience[], at: number, gender: Gender): Salience | null {
  let best: Salience | null = null;
  for (const ev of events) {
    if (ev.at >= at) continue;
    if (ev.entity.kind !== "person") continue;
    if (gender && ev.entity.gender && ev.entity.gender !== gender) continue;
    if (!best || ev.at > best.at) best = ev;
  }
  return best;
}

/** What resolution knows at a statement: the article's entities, who was named where, who spoke where. */
export interface Discourse {
  reg: Registry;
  /** People named as the first name of a sentence, in text order. */
  salience: Salience[];
  /** Speakers of the statements resolved so far. */
  resolved: Salience[];
}

export interface Resolution {
  entity: Entity | null;
  confidence: number;
}
