import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { WriterLock } from "@/lib/db/engine";

/**
 * Whether a process with this id is alive on this machine. A zombie is not: an ingest killed with
 * its parent stays one until the system reaps it, holding nothing and writing nothing, yet it still
 * answers kill(pid, 0). Linux says which in /proc/PID/stat (state Z, or X while it goes).
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code !== "EPERM") return false;
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    // No /proc (another system), or the process went meanwhile: trust kill's answer.
    return !existsSync("/proc/self/stat");
  }
  // "PID (COMMAND) STATE …": the command may hold spaces and parentheses, so read after the last ")".
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== "Z" && state !== "X";
}

/**
 * Takes the database file's writer lock: FILE.ingest-lock, created exclusively and holding this
 * process's id. A lock whose process is gone (killed mid-ingest) is taken over; one whose process
 * lives makes a second ingest stop at once and say so. SQLite would serialize the two ingests'
 * transactions anyway, but their batches would interleave.
 */
export async function lockSqliteWriter(file: string): Promise<WriterLock> {
  const lockFile = `${file}.ingest-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { release: async () => rmSync(lockFile, { force: true }) };
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(lockFile, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(`another ingest (process ${pid}) is writing to ${file}: wait for it to finish, then run again`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not take the writer lock ${lockFile}`);
}
