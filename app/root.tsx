import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  useRouteLoaderData,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { RouteErrorBoundary } from "~/components/error-page";
import { SearchBox } from "~/components/search-box";
import stylesheet from "~/tailwind.css?url";
import { getLocaleFromCookieHeader, type Locale, type MessageKey } from "~/utils/i18n";
import { assistedDesa, canSomewhere, type Actor } from "~/modules/auth/permissions";
import { readToast } from "~/http/flash.server";
import { cartItemCount } from "~/modules/orders/cart.server";
import { unreadNotificationCount } from "~/modules/notifications/inbox.server";
import { getCartOwner } from "~/http/cart-cookie.server";
import { db } from "~/utils/db.server";
import { getOptionalUser } from "~/http/session.server";
import { useNonce } from "~/utils/nonce";
import { useI18n } from "~/utils/use-i18n";
import { isLiteRequest } from "~/utils/lite";
import { messagesHref } from "~/utils/i18n-assets.server";
import { passThroughHeaders } from "~/http/headers";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const [cartCount, unread, { toast, clear }] = await Promise.all([
    getCartOwner(request, user).then((owner) => cartItemCount(db, owner)),
    user ? unreadNotificationCount(db, user.id) : 0,
    readToast(request),
  ]);
  const locale = getLocaleFromCookieHeader(request.headers.get("Cookie")) satisfies Locale;
  const headers: HeadersInit = clear ? { "Set-Cookie": clear } : {};
  return data(
    {
      locale,
      messagesHref: messagesHref(locale),
      lite: isLiteRequest({
        cookie: request.headers.get("Cookie"),
        saveData: request.headers.get("Save-Data"),
      }),
      user: user ? { name: user.name, nav: navFor(user) } : null,
      cartCount,
      unread,
      toast,
    },
    { headers },
  );
}

/** The staff, operator and admin areas this user may open, as the header links to them. */
function navFor(user: Actor) {
  return {
    operator: assistedDesa(user).length > 0,
    dashboard: canSomewhere(user, "dashboard.view"),
    audit: canSomewhere(user, "audit.view"),
    verification: canSomewhere(user, "verification.queue"),
    training: canSomewhere(user, "training.manage"),
    privacyDesk: canSomewhere(user, "privacy.request"),
    jobs: canSomewhere(user, "jobs.view"),
  };
}

function LanguageSwitch() {
  const { locale, t } = useI18n();
  const location = useLocation();
  const other: Locale = locale === "id" ? "en" : "id";
  return (
    // A whole-document post: the browser then loads the other language's messages.
    <Form method="post" action="/bahasa" reloadDocument className="inline">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        lang={other}
        className="rounded-md border border-white/40 px-2 py-1 text-sm text-white hover:bg-white/10"
      >
        {t("lang.switch")}
      </button>
    </Form>
  );
}

function AccountLink() {
  const { t } = useI18n();
  const data = useRouteLoaderData<typeof loader>("root");
  return data?.user ? (
    <>
      {data.user.nav.operator ? (
        <Link to="/operator" className="text-white">
          {t("nav.operator")}
        </Link>
      ) : null}
      {data.user.nav.dashboard ? (
        <Link to="/staf/dasbor" className="text-white">
          {t("nav.dashboard")}
        </Link>
      ) : null}
      {data.user.nav.audit ? (
        <Link to="/staf/audit" className="text-white">
          {t("audit.title")}
        </Link>
      ) : null}
      {data.user.nav.verification ? (
        <Link to="/staf/verifikasi" className="text-white">
          {t("nav.staff")}
        </Link>
      ) : null}
      {data.user.nav.training ? (
        <Link to="/staf/pelatihan" className="text-white">
          {t("nav.training")}
        </Link>
      ) : null}
      {data.user.nav.privacyDesk ? (
        <Link to="/staf/data-pribadi" className="text-white">
          {t("nav.privacyDesk")}
        </Link>
      ) : null}
      {data.user.nav.jobs ? (
        <Link to="/admin/antrian" className="text-white">
          {t("nav.jobs")}
        </Link>
      ) : null}
      <NotificationBell unread={data.unread} />
      <Link to="/pesanan" className="text-white">
        {t("nav.orders")}
      </Link>
      <Link to="/akun" className="text-white">
        {t("nav.account")}
      </Link>
    </>
  ) : (
    <Link to="/masuk" className="text-white">
      {t("nav.login")}
    </Link>
  );
}

/** A plain link with the unread count, so it works without JavaScript. */
function NotificationBell({ unread }: { unread: number }) {
  const { t } = useI18n();
  return (
    <Link to="/notifikasi" className="inline-flex items-center gap-1 text-white">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-current">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span>{t("nav.notifications")}</span>
      {unread > 0 ? (
        <>
          {" "}
          <span className="rounded-full bg-amber-400 px-1.5 text-xs font-bold text-stone-900">
            {unread > 99 ? "99+" : unread}
          </span>
          <span className="sr-only"> {t("notif.unread").toLowerCase()}</span>
        </>
      ) : null}
    </Link>
  );
}

function CartLink() {
  const { t } = useI18n();
  const data = useRouteLoaderData<typeof loader>("root");
  const count = data?.cartCount ?? 0;
  return (
    <Link to="/keranjang" className="text-white">
      {count > 0 ? t("nav.cartCount", { count }) : t("nav.cart")}
    </Link>
  );
}

function SiteHeader() {
  const { t } = useI18n();
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
        <Link to="/" className="text-xl font-bold text-white no-underline hover:no-underline">
          {t("site.name")}
        </Link>
        <nav
          aria-label={t("site.name")}
          className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
        >
          <Link to="/#kategori" className="text-white">
            {t("nav.categories")}
          </Link>
          <Link to="/kecamatan" className="text-white">
            {t("nav.regions")}
          </Link>
          <CartLink />
          <AccountLink />
          <LanguageSwitch />
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}

function LiteSwitch() {
  const { t } = useI18n();
  const location = useLocation();
  const lite = useRouteLoaderData<typeof loader>("root")?.lite ?? false;
  return (
    // A whole-document post: the next page is served with or without its scripts.
    <Form
      method="post"
      action="/hemat-data"
      reloadDocument
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="lite" value={lite ? "0" : "1"} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <span>{t(lite ? "lite.on" : "lite.off")}</span>
      <button type="submit" className="min-h-11 underline">
        {t(lite ? "lite.turnOff" : "lite.turnOn")}
      </button>
    </Form>
  );
}

function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white py-8 text-sm text-stone-600 print:hidden">
      <div className="container-page space-y-2">
        <p>{t("footer.about")}</p>
        <p>{t("footer.regionData")}</p>
        <p>
          <Link to="/privasi">{t("footer.privacy")}</Link>
        </p>
        <LiteSwitch />
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { locale, t } = useI18n();
  const nonce = useNonce();
  // Data-saving mode: the page stays plain HTML (every flow works without JavaScript).
  const root = useRouteLoaderData<typeof loader>("root");
  const lite = root?.lite ?? false;
  // A page with a bar fixed to the bottom of a phone's screen (the product's add-to-cart) says so
  // in its handle; the page then ends above the bar.
  const bottomBar = useMatches().some(
    (match) => (match.handle as { bottomBar?: boolean } | undefined)?.bottomBar === true,
  );
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#12452e" />
        <Meta />
        <Links />
        {!lite && root?.messagesHref ? <link rel="modulepreload" href={root.messagesHref} /> : null}
      </head>
      <body className={`flex min-h-screen flex-col ${bottomBar ? "pb-28 md:pb-0" : ""}`}>
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          {t("nav.skip")}
        </a>
        <SiteHeader />
        <main id="konten" className="container-page flex-1 py-6">
          <ToastMessage />
          {children}
        </main>
        <SiteFooter />
        {lite ? null : (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
      </body>
    </html>
  );
}

/** The one-time message a redirect left (see app/http/flash.server.ts). */
function ToastMessage() {
  const { t } = useI18n();
  const toast = useRouteLoaderData<typeof loader>("root")?.toast;
  if (!toast) return null;
  const text = toast.message ?? (toast.key ? t(toast.key as MessageKey, toast.values) : null);
  if (!text) return null;
  return (
    <p
      role={toast.kind === "error" ? "alert" : "status"}
      className={
        toast.kind === "error"
          ? "mb-4 rounded-lg bg-red-50 p-3 text-red-800"
          : "mb-4 rounded-lg bg-brand-50 p-3 text-brand-900"
      }
    >
      {text}
    </p>
  );
}

export const headers = passThroughHeaders;

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
