import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>Nothing in the corpus lives at this address. It may have been mistyped.</p>
      <p>
        <Link prefetch={false} href="/">Back to the corpus</Link>
      </p>
    </>
  );
}
