import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { blockedUntil, clearEvents, countEvent, pruneEvents } from "@/lib/db/editorial/rate";

// Editors' accounts and sessions. Accounts are made from the command line (npm run editor:add), which
// prints a one-time setup link; the editor chooses a password there. Passwords are hashed with
// argon2id (@node-rs/argon2, its defaults: 19 MiB, 2 passes, OWASP's minimum); sessions are random
// tokens of which the database keeps only the sha256.

export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface SignedIn {
  editorId: number;
  email: string;
  role: Role;
  sessionId: string;
}

/** A refusal the pages show as it is: a bad password, a lockout (with when to try again), a bad link. */
export class AccountError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 429,
    message: string,
    readonly retryAt: Date | null = null,
  ) {
    super(message);
    this.name = "AccountError";
  }
}

/** How long a session lasts from sign-in. */
export const SESSION_MS = 7 * 24 * 3600_000;
/** How long a setup link works. */
export const SETUP_MS = 72 * 3600_000;
/** Failed sign-ins allowed per account, and per address, within LOCKOUT_MS: one more is locked out until the oldest leaves it. */
export const ACCOUNT_FAILURES = 10;
export const ADDRESS_FAILURES = 30;
export const LOCKOUT_MS = 15 * 60_000;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "not an e-mail address" }));
export const passwordSchema = z
  .string()
  .min(12, "a password needs at least 12 characters")
  .max(200, "a password has at most 200 characters");

const sha = (token: string) => createHash("sha256").update(token).digest("base64url");
const token = () => randomBytes(32).toString("base64url");

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new AccountError(400, result.error.issues[0]!.message);
  return result.data;
}

/** A new editor, and the token of their setup link. */
export async function addEditor(db: Db, email: string, role: Role = "editor"): Promise<{ email: string; setupToken: string }> {
  const address = parsed(emailSchema, email);
  const setupToken = token();
  if (await db.editor.findUnique({ where: { email: address } })) throw new AccountError(409, `${address} is an editor already (npm run editor:reset gives a new link)`);
  await db.editor.create({ data: { email: address, role, setupTokenHash: sha(setupToken), setupExpiresAt: new Date(Date.now() + SETUP_MS) } });
  return { email: address, setupToken };
}

/** Forgets the password, ends every session, and gives a new setup link. */
export async function resetEditor(db: Db, email: string): Promise<{ email: string; setupToken: string }> {
  const address = parsed(emailSchema, email);
  const setupToken = token();
  const found = await db.editor.findUnique({ where: { email: address }, select: { id: true } });
  if (!found) throw new AccountError(404, `${address} is not an editor`);
  await db.$transaction([
    db.editorSession.deleteMany({ where: { editorId: found.id } }),
    db.editor.update({ where: { id: found.id }, data: { passwordHash: null, setupTokenHash: sha(setupToken), setupExpiresAt: new Date(Date.now() + SETUP_MS) } }),
  ]);
  return { email: address, setupToken };
}

/** Removes an editor and their sessions; their corrections stay, under their address. */
export async function removeEditor(db: Db, email: string): Promise<void> {
  const address = parsed(emailSchema, email);
  const { count } = await db.editor.deleteMany({ where: { email: address } });
  if (count === 0) throw new AccountError(404, `${address} is not an editor`);
}

async function newSession(db: Db, editorId: number): Promise<{ token: string; expiresAt: Date }> {
  const value = token();
  const expiresAt = new Date(Date.now() + SESSION_MS);
  await db.editorSession.create({ data: { id: sha(value), editorId, expiresAt } });
  return { token: value, expiresAt };
}

/** Sets the password from a setup link (once), and signs the editor in. */
export async function completeSetup(db: Db, setupToken: string, password: string): Promise<{ token: string; expiresAt: Date }> {
  const chosen = parsed(passwordSchema, password);
  const found = await db.editor.findUnique({ where: { setupTokenHash: sha(setupToken) }, select: { id: true, setupExpiresAt: true } });
  if (!found || !found.setupExpiresAt || found.setupExpiresAt < new Date()) {
    throw new AccountError(404, "this setup link is not valid (used, expired, or replaced): ask an admin for a new one");
  }
  await db.editor.update({ where: { id: found.id }, data: { passwordHash: await hash(chosen), setupTokenHash: null, setupExpiresAt: null } });
  return newSession(db, found.id);
}

/** A hash of nothing in particular, verified when the account does not exist, so that both take as long. */
let decoy: Promise<string> | null = null;

/**
 * Signs in: a new session (a new token: a session is never carried over from before sign-in). Refused
 * with the same message for an unknown address and a wrong password; refused without checking the
 * password while the account or the address is locked out.
 */
export async function signIn(db: Db, email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; email: string }> {
  // An address is at most 254 characters: a longer "address" counts under its first 254.
  const account = `sign-in:account:${typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : ""}`;
  const from = `sign-in:address:${address}`;
  const now = new Date();
  const until = [await blockedUntil(db, account, ACCOUNT_FAILURES, LOCKOUT_MS, now), await blockedUntil(db, from, ADDRESS_FAILURES, LOCKOUT_MS, now)]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (until) {
    throw new AccountError(429, `too many failed sign-ins: try again after ${until.toISOString().slice(11, 19)} UTC`, until);
  }
  const known = emailSchema.safeParse(email);
  const editor = known.success ? await db.editor.findUnique({ where: { email: known.data }, select: { id: true, email: true, passwordHash: true } }) : null;
  const good =
    typeof password === "string" && password.length <= 200 && editor?.passwordHash
      ? await verify(editor.passwordHash, password)
      : (await verify(await (decoy ??= hash(token())), token()), false);
  if (!good || !editor) {
    await countEvent(db, account, now);
    await countEvent(db, from, now);
    await pruneEvents(db, now);
    throw new AccountError(401, "wrong e-mail address or password");
  }
  await clearEvents(db, account);
  return { ...(await newSession(db, editor.id)), email: editor.email };
}

/** The editor a session cookie's token belongs to, or null (unknown, expired, or signed out). */
export async function sessionEditor(db: Db, sessionToken: string | undefined): Promise<SignedIn | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const session = await db.editorSession.findUnique({ where: { id: sha(sessionToken) }, select: { id: true, expiresAt: true, editor: { select: { id: true, email: true, role: true } } } });
  if (!session || session.expiresAt <= new Date()) return null;
  return { editorId: session.editor.id, email: session.editor.email, role: session.editor.role as Role, sessionId: session.id };
}

export async function signOut(db: Db, sessionToken: string): Promise<void> {
  await db.editorSession.deleteMany({ where: { id: sha(sessionToken) } });
}

/** Ends every session of the editor, on every browser (and any stolen cookie with them). */
export async function signOutEverywhere(db: Db, editorId: number): Promise<number> {
  return (await db.editorSession.deleteMany({ where: { editorId } })).count;
}
