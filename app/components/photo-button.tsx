import { Form } from "@remix-run/react";

/** One small action on a product photo (move, make first, delete), as its own form. */
export function PhotoButton({
  imageId,
  intent,
  direction,
  label,
}: {
  imageId: string;
  intent: string;
  direction?: string;
  label: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="imageId" value={imageId} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button type="submit" className="btn-secondary text-sm">
        {label}
      </button>
    </Form>
  );
}
