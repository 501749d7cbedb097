/**
 * The production app for the soak benchmark, in a process of its own that answers "memory" over
 * IPC with its heap and RSS, after a full garbage collection when asked ("memory-gc").
 */
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
  if (message === "stop") void server.close().then(() => process.exit(0));
});
process.send?.({ ready: server.url });
