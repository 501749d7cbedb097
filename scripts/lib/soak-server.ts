/**
 * The production app for the soak benchmark, in a process of its own that answers "memory" over
 * IPC with its heap and RSS, after a full garbage collection when asked ("memory-gc").
 */
import v8 from "node:v8";
import { startServer } from "../../server/index";

const server = await startServer({ production: true });
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc;

process.on("message", (message) => {
  if (message === "memory" || message === "memory-gc") {
    if (message === "memory-gc") {
      // Twice: the first pass can leave finalizer-held garbage for the second.
      gc?.();
      gc?.();
    }
    const usage = process.memoryUsage();
    process.send?.({ rssMb: mb(usage.rss), heapMb: mb(usage.heapUsed), gc: Boolean(gc) });
  }
  if (typeof message === "string" && message.startsWith("snapshot:")) {
    // Blocks this process while it writes: requests in flight are caught holding what they hold.
    process.send?.({ snapshot: v8.writeHeapSnapshot(message.slice("snapshot:".length)) });
  }
  if (message === "stop") void server.close().then(() => process.exit(0));
});
process.send?.({ ready: server.url });
