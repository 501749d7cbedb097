/** A file the browser saves (never shows inline), kept out of shared caches. */
export function attachment(body: Uint8Array, input: { name: string; type: string }): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": input.type,
      "Content-Disposition": `attachment; filename="${input.name.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
