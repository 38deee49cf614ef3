import type { Metadata } from "next";
import { SetupForm } from "../forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set your password", robots: { index: false }, referrer: "no-referrer" };

export default function SetupPage() {
  return (
    <>
      <h1>Set your password</h1>
      <SetupForm />
    </>
  );
}
