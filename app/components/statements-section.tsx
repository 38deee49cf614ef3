import Link from "next/link";
import { Facets } from "@/app/components/facets";
import { StatementList } from "@/app/components/statement-card";
import type { StatementPage } from "@/lib/db/statements";

/** The statements of a speaker or topic page: facets, the first page, and a link to all of them. */
export function StatementsSection({ page, allHref }: { page: StatementPage; allHref: string }) {
  return (
    <>
      <h2>Statements</h2>
      <div className="browse">
        <Facets facets={page.facets} />
        <section aria-label="Statements">
          <StatementList items={page.items} />
          {page.total > page.items.length && (
            <p>
              <Link href={allHref}>All {page.total} statements →</Link>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
