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
    payouts: canSomewhere(user, "payout.record"),
    shipping: canSomewhere(user, "shipping.tariffs"),
    training: canSomewhere(user, "training.manage"),
    privacyDesk: canSomewhere(user, "privacy.request"),
    jobs: canSomewhere(user, "jobs.view"),
  };
}

/** Every link and button of the header is at least 44 × 44 px, a thumb's size. */
const tapTarget = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2";
const headerLink = `${tapTarget} text-white hover:bg-white/10 hover:no-underline`;
/** A count beside a word, or on the corner of an icon where the phone's bar has no room. */
const countBadge = "rounded-full bg-amber-400 px-1.5 text-xs font-bold text-stone-900";
const countOnIcon = "absolute right-0 top-0.5 min-w-5 text-center leading-5";
/** A row of the phone's menu: the whole width is the target. */
const menuRow = "flex min-h-11 w-full items-center px-2 text-white hover:bg-white/10";

function LanguageSwitch({ className }: { className: string }) {
  const { locale, t } = useI18n();
  const location = useLocation();
  const other: Locale = locale === "id" ? "en" : "id";
  return (
    // A whole-document post: the browser then loads the other language's messages.
    <Form method="post" action="/bahasa" reloadDocument className="contents">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" lang={other} className={className}>
        {t("lang.switch")}
      </button>
    </Form>
  );
}

/**
 * The areas this user may open (from the root loader's `user.nav`) and their own pages; for a
 * guest, none: the login link stands on its own.
 */
function useAccountLinks(): { to: string; label: string }[] {
  const { t } = useI18n();
  const user = useRouteLoaderData<typeof loader>("root")?.user;
  if (!user) return [];
  const { nav } = user;
  return [
    nav.operator ? { to: "/operator", label: t("nav.operator") } : null,
    nav.dashboard ? { to: "/staf/dasbor", label: t("nav.dashboard") } : null,
    nav.audit ? { to: "/staf/audit", label: t("audit.title") } : null,
    nav.verification ? { to: "/staf/verifikasi", label: t("nav.staff") } : null,
    nav.payouts ? { to: "/staf/pencairan", label: t("nav.payouts") } : null,
    nav.shipping ? { to: "/staf/ongkir", label: t("nav.shipping") } : null,
    nav.training ? { to: "/staf/pelatihan", label: t("nav.training") } : null,
    nav.privacyDesk ? { to: "/staf/data-pribadi", label: t("nav.privacyDesk") } : null,
    nav.jobs ? { to: "/admin/antrian", label: t("nav.jobs") } : null,
    { to: "/pesanan", label: t("nav.orders") },
    { to: "/akun", label: t("nav.account") },
  ].filter((link) => link !== null);
}

/** The wide screen's account links: the areas, the bell and the user's pages, or the login. */
function AccountLink() {
  const { t } = useI18n();
  const data = useRouteLoaderData<typeof loader>("root");
  const links = useAccountLinks();
  if (!data?.user) {
    return (
      <Link to="/masuk" className={headerLink}>
        {t("nav.login")}
      </Link>
    );
  }
  const areas = links.slice(0, -2);
  const own = links.slice(-2);
  return (
    <>
      {areas.map((link) => (
        <Link key={link.to} to={link.to} className={headerLink}>
          {link.label}
        </Link>
      ))}
      <NotificationBell unread={data.unread} />
      {own.map((link) => (
        <Link key={link.to} to={link.to} className={headerLink}>
          {link.label}
        </Link>
      ))}
    </>
  );
}

/** A plain link with the unread count, so it works without JavaScript. */
function NotificationBell({ unread, compact = false }: { unread: number; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <Link to="/notifikasi" className={`${headerLink} relative gap-1`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-current">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className={compact ? "sr-only" : undefined}>{t("nav.notifications")}</span>
      {unread > 0 ? (
        <>
          {" "}
          <span className={`${compact ? countOnIcon : ""} ${countBadge}`}>
            {unread > 99 ? "99+" : unread}
          </span>
          <span className="sr-only"> {t("notif.unread").toLowerCase()}</span>
        </>
      ) : null}
    </Link>
  );
}

/** On a phone a basket with the count; its name is the same words as on a wide screen. */
function CartLink({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const data = useRouteLoaderData<typeof loader>("root");
  const count = data?.cartCount ?? 0;
  const label = count > 0 ? t("nav.cartCount", { count }) : t("nav.cart");
  if (!compact) {
    return (
      <Link to="/keranjang" className={headerLink}>
        {label}
      </Link>
    );
  }
  return (
    <Link to="/keranjang" className={`${headerLink} relative`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 fill-current">
        <path d="M7 18a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm10 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4ZM7.2 14h9.9a2 2 0 0 0 1.8-1.1L22 6.5 20.3 5.5 17.1 12H7.6L4.3 3H1v2h2l3.6 9.6L5.2 17H19v-2H7.2l.9-1Z" />
      </svg>
      <span className="sr-only">{label}</span>
      {count > 0 ? (
        <span aria-hidden="true" className={`${countOnIcon} ${countBadge}`}>
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}

/**
 * The phone's menu: a disclosure that opens without JavaScript, holding what does not fit in
 * the bar (browsing, the user's areas and pages, the language).
 */
function PhoneMenu() {
  const { t } = useI18n();
  const links = [
    { to: "/#kategori", label: t("nav.categories") },
    { to: "/kecamatan", label: t("nav.regions") },
    ...useAccountLinks(),
  ];
  return (
    <details className="group">
      <summary
        className={`${tapTarget} cursor-pointer list-none gap-1 text-sm font-medium hover:bg-white/10 group-open:bg-white/15 [&::-webkit-details-marker]:hidden`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-current">
          <path d="M3 6h18v2H3V6Zm0 5h18v2H3v-2Zm0 5h18v2H3v-2Z" />
        </svg>
        {/* The word where there is room; the narrowest phones keep the icon. */}
        <span className="max-[374px]:sr-only">{t("nav.menu")}</span>
      </summary>
      <nav
        aria-label={t("nav.menu")}
        className="absolute inset-x-0 top-full max-h-[70vh] overflow-y-auto border-t border-white/20 bg-brand-800 shadow-lg"
      >
        <ul className="container-page divide-y divide-white/10 py-1 text-base">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to} className={menuRow}>
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <LanguageSwitch className={`${menuRow} text-left`} />
          </li>
        </ul>
      </nav>
    </details>
  );
}

/**
 * On a phone: a compact bar that stays at the top (name, bell or login, cart, menu, search); on
 * a wide screen every link in one row.
 */
function SiteHeader() {
  const { t } = useI18n();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <header className="sticky top-0 z-30 bg-brand-800 text-white print:hidden md:static">
      <div className="container-page flex flex-wrap items-center gap-x-1 gap-y-1 py-1 md:gap-x-3 md:gap-y-2 md:py-3">
        <Link
          to="/"
          className="mr-auto inline-flex min-h-11 items-center text-base font-bold text-white no-underline hover:no-underline min-[400px]:text-lg md:text-xl"
        >
          {t("site.name")}
        </Link>
        <div className="flex items-center md:hidden">
          {data?.user ? (
            <NotificationBell unread={data.unread} compact />
          ) : (
            <Link to="/masuk" className={`${headerLink} text-sm`}>
              {t("nav.login")}
            </Link>
          )}
          <CartLink compact />
          <PhoneMenu />
        </div>
        <nav aria-label={t("site.name")} className="hidden flex-wrap items-center text-sm md:flex">
          <Link to="/#kategori" className={headerLink}>
            {t("nav.categories")}
          </Link>
          <Link to="/kecamatan" className={headerLink}>
            {t("nav.regions")}
          </Link>
          <CartLink />
          <AccountLink />
          <LanguageSwitch
            className={`${tapTarget} border border-white/40 text-white hover:bg-white/10`}
          />
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
