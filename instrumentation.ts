// Runs once when the server starts: loads the statement columns that full-text queries count from
// (lib/db/columns), in the background, so that the first search need not answer in SQL.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refreshStatementColumns } = await import("@/lib/db/columns/held");
  refreshStatementColumns();
}
