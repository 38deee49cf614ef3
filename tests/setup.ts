import { vi } from "vitest";

// `server-only` throws outside a React server context; the lib/db read modules import it to keep
// them out of client bundles, and tests import those modules directly.
vi.mock("server-only", () => ({}));
