import Link from "next/link";
import { Downloads } from "@/app/components/downloads";
import { Facets } from "@/app/components/facets";
import { StatementList } from "@/app/components/statement-card";
import type { StatementPage } from "@/lib/db/statements";
import type { FacetName } from "@/lib/domain/filters";
import { statementsDownloadHref, type StatementPageParams } from "@/lib/search-params";
import { statementsApiUrl } from "@/lib/urls";
import { counted } from "@/lib/domain/count";

/**
 * The statements of a speaker or topic page: facets, the first page, a link to all of them and their
 * download. `own` is the facet the page itself is (its speaker, its topic): left out, since it would
 * only list other values with counts of the whole corpus.
 */
export function StatementsSection({ page, allHref, filters, own }: { page: StatementPage; allHref: string; filters: Partial<StatementPageParams>; own: FacetName }) {
  return (
    <>
      <h2>Statements</h2>
      <div className="browse">
        <Facets facets={{ ...page.facets, [own]: [] }} />
        <section aria-label="Statements">
          <p className="sort">
            {counted(page.total, "statement")} · <Downloads href={(format) => statementsDownloadHref(statementsApiUrl(), filters, format)} />
          </p>
          <StatementList items={page.items} />
          {page.total > page.items.length && (
            <p>
              <Link prefetch={false} className="standalone" href={allHref}>All {page.total} statements →</Link>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
