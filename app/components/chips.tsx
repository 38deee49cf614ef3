import Link from "next/link";

/** One link of a chip list: its label, and the count shown beside it when there is one. */
export interface Chip {
  key: string;
  href: string;
  label: string;
  count?: number;
  current?: boolean;
}

/** A row of links drawn as chips (speakers, topics, outlets, months), the last one optionally "all … →". */
export function ChipLinks({ chips, more, label }: { chips: Chip[]; more?: { href: string; label: string }; label?: string }) {
  return (
    <ul className="chips" aria-label={label}>
      {chips.map((c) => (
        <li key={c.key}>
          <Link prefetch={false} className="chip" href={c.href} aria-current={c.current}>
            {c.label}
            {c.count !== undefined && (
              <>
                {" "}
                <span className="muted">{c.count}</span>
              </>
            )}
          </Link>
        </li>
      ))}
      {more && (
        <li>
          <Link prefetch={false} className="chip" href={more.href}>{more.label}</Link>
        </li>
      )}
    </ul>
  );
}
