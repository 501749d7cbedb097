import type { Role } from "~/generated/prisma/enums";

/** A reason an account cannot be erased yet (found by erasureBlockers; shown by the pages). */
export type ErasureBlocker =
  | { kind: "staff"; roles: Role[] }
  | { kind: "seller"; names: string[] }
  | { kind: "orders"; count: number; codes: string[] };
