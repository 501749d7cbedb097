/**
 * A file the browser saves (or, `inline`, shows in its viewer, e.g. a PDF to print), kept out of
 * shared caches.
 */
export function attachment(
  body: Uint8Array,
  input: { name: string; type: string; inline?: boolean },
): Response {
  const disposition = input.inline ? "inline" : "attachment";
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": input.type,
      "Content-Disposition": `${disposition}; filename="${input.name.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
