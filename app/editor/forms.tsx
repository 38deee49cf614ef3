"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { postJson } from "@/app/components/post-json";

function useSubmit() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (path: string, body: unknown, then: () => void) => {
    setBusy(true);
    setError(null);
    void postJson(path, body).then((r) => {
      setBusy(false);
      if (r.ok) then();
      else setError(r.error);
    });
  };
  return { error, busy, submit };
}

/** To the desk, rendered afresh for the editor now signed in (or out). */
function useGo() {
  const router = useRouter();
  return (path: string) => {
    router.push(path);
    router.refresh();
  };
}

export function SignInForm() {
  const { error, busy, submit } = useSubmit();
  const go = useGo();
  return (
    <form
      className="editor-form"
      onSubmit={(event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        submit("/api/editor/sign-in", { email: f.get("email"), password: f.get("password") }, () => go("/editor"));
      }}
    >
      <fieldset>
        <legend>Editor sign-in</legend>
        <label>
          E-mail address <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>Sign in</button>
        {error && <p className="notice" role="alert">{error}</p>}
      </fieldset>
    </form>
  );
}

/** The setup link's token travels in the URL's fragment, which browsers never send to a server (nor in a Referer). */
export function SetupForm() {
  const { error, busy, submit } = useSubmit();
  const go = useGo();
  const token = useSyncExternalStore(
    () => () => {},
    () => window.location.hash.slice(1),
    () => null,
  );
  if (token === "") return <p className="notice" role="alert">This page needs the setup link an admin gave you (it ends with #…).</p>;
  return (
    <form
      className="editor-form"
      onSubmit={(event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        if (f.get("password") !== f.get("again")) return;
        submit("/api/editor/setup", { token, password: f.get("password") }, () => {
          history.replaceState(null, "", "/editor/setup");
          go("/editor");
        });
      }}
    >
      <fieldset>
        <legend>Choose your password</legend>
        <label>
          Password (at least 12 characters) <input name="password" type="password" autoComplete="new-password" minLength={12} maxLength={200} required />
        </label>
        <label>
          The same again <input name="again" type="password" autoComplete="new-password" minLength={12} maxLength={200} required />
        </label>
        <button type="submit" disabled={busy || token === null}>Set password and sign in</button>
        {error && <p className="notice" role="alert">{error}</p>}
      </fieldset>
    </form>
  );
}

export function SignOutButtons() {
  const { error, busy, submit } = useSubmit();
  const go = useGo();
  return (
    <p>
      <button type="button" className="copy-button" disabled={busy} onClick={() => submit("/api/editor/sign-out", {}, () => go("/editor/sign-in"))}>
        Sign out
      </button>{" "}
      <button type="button" className="copy-button" disabled={busy} onClick={() => submit("/api/editor/sign-out", { everywhere: true }, () => go("/editor/sign-in"))}>
        Sign out everywhere
      </button>
      {error && <span className="notice" role="alert">{error}</span>}
    </p>
  );
}

export function ResolveReport({ id }: { id: number }) {
  const { error, busy, submit } = useSubmit();
  const router = useRouter();
  return (
    <form
      className="editor-form"
      onSubmit={(event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        const status = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "resolved";
        submit(`/api/editor/reports/${id}`, { status, note: f.get("note") }, () => router.refresh());
      }}
    >
      <label>
        Note <input name="note" required maxLength={2000} />
      </label>
      <button type="submit" value="resolved" disabled={busy}>Resolved</button>{" "}
      <button type="submit" value="dismissed" disabled={busy}>Dismiss</button>
      {error && <p className="notice" role="alert">{error}</p>}
    </form>
  );
}
