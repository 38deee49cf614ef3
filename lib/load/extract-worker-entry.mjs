// Worker threads start without the TypeScript loader the ingest command runs under: this plain
// JavaScript entry registers tsx in the worker, then loads the worker itself.
import { tsImport } from "tsx/esm/api";

await tsImport("./extract-worker.ts", import.meta.url);
