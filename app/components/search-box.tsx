import { Form, useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "~/utils/use-i18n";

/** What a new search on the search page keeps: the price and badge filters start afresh. */
const KEPT = ["category", "kecamatan", "desa", "sort"] as const;

interface Suggestions {
  hits?: { id: string; title: string }[];
}

/**
 * The site-wide search: a GET form to /cari that works without JavaScript. With JavaScript, the
 * browser's own <datalist> offers matching product names as the visitor types. On the search
 * page it is that page's search: it shows the words, and new words keep the chosen category,
 * place and order (the page's filter form changes those).
 */
export function SearchBox() {
  const { t } = useI18n();
  const location = useLocation();
  const searchParams = location.pathname === "/cari" ? new URLSearchParams(location.search) : null;
  const words = searchParams?.get("q") ?? "";
  const fetcher = useFetcher<Suggestions>();
  const [value, setValue] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const { load } = fetcher;

  useEffect(() => {
    clearTimeout(timer.current);
    const q = value.trim();
    if (q.length < 2) return;
    timer.current = setTimeout(
      () => load(`/api/search?${new URLSearchParams({ q, pageSize: "6" })}`),
      200,
    );
    return () => clearTimeout(timer.current);
  }, [value, load]);

  const hits = value.trim().length >= 2 ? (fetcher.data?.hits ?? []) : [];
  return (
    <Form method="get" action="/cari" role="search" className="flex w-full gap-2 sm:w-auto">
      <label htmlFor="cari-q" className="sr-only">
        {t("search.label")}
      </label>
      <input
        // A new search shows its own words.
        key={words}
        defaultValue={words}
        id="cari-q"
        type="search"
        name="q"
        list="saran-pencarian"
        autoComplete="off"
        placeholder={t("search.placeholder")}
        onChange={(e) => setValue(e.currentTarget.value)}
        className="min-h-11 min-w-0 flex-1 rounded-lg border-0 px-3 py-2 text-stone-900 sm:w-72"
      />
      {KEPT.map((name) =>
        searchParams?.get(name) ? (
          <input key={name} type="hidden" name={name} value={searchParams.get(name)!} />
        ) : null,
      )}
      <datalist id="saran-pencarian">
        {hits.map((hit) => (
          <option key={hit.id} value={hit.title} />
        ))}
      </datalist>
      <button type="submit" className="btn min-h-11 bg-sogan-100 text-stone-900 hover:bg-white">
        {t("search.submit")}
      </button>
    </Form>
  );
}
