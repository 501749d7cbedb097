import { notFound } from "~/http/responses";

// Unknown URLs render the root error boundary's 404 page with a real 404 status.
export async function loader() {
  notFound("Halaman tidak ditemukan");
}

export default function NotFound() {
  return null;
}
