import type { Metadata } from "next";
import { SignInForm } from "../forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editor sign-in", robots: { index: false } };

export default function SignInPage() {
  return (
    <>
      <h1>Editor sign-in</h1>
      <p className="muted">For the corpus’s editors. Accounts are made by whoever runs the server (npm run editor:add); there is no sign-up.</p>
      <SignInForm />
    </>
  );
}
