/** Throws a Response (rendered by the nearest error boundary) unless the condition holds. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: ResponseInit = { status: 404 },
): asserts condition {
  if (!condition) {
    throw new Response(message, {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      ...init,
    });
  }
}

export function notFound(message = "Not found"): never {
  throw new Response(message, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
