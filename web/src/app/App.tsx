import { Suspense } from 'react';
import { useMessages, useLocale, LOCALES, format, type Locale } from '../i18n/i18n';
import { assessmentFeature } from '../features/assessment';
import { dashboardsFeature } from '../features/dashboards';
import { explorerFeature } from '../features/explorer';
import { homeFeature } from '../features/home';
import { segmentsFeature } from '../features/segments';
import { shellMessages } from './messages';
import { Link, matchPath, useHashPath } from './router';
import type { NavItem } from './routes';
import { useSession } from './session';
import { SignIn } from './SignIn';
import { Loading } from './ui';

const FEATURES = [homeFeature, assessmentFeature, dashboardsFeature, segmentsFeature, explorerFeature];
const ROUTES = FEATURES.flatMap((feature) => feature.routes);
const NAV = FEATURES.flatMap((feature) => feature.nav);
const GROUPS: NavItem['group'][] = ['overview', 'assessment', 'dashboards', 'segments', 'explorer'];

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export function App() {
  const session = useSession();
  const t = useMessages(shellMessages);
  if (session.restoring) return <Loading label={t.signIn.restoring} />;
  if (!session.viewer) {
    return (
      <>
        <TopBar />
        <SignIn />
      </>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t.skipToContent}
      </a>
      <TopBar />
      <div className="layout">
        <Navigation />
        <main id="main" tabIndex={-1}>
          {/* Pages with charts or the explorer load their code when first opened. */}
          <Suspense fallback={<Loading />}>
            <CurrentPage />
          </Suspense>
        </main>
      </div>
    </>
  );
}

function TopBar() {
  const t = useMessages(shellMessages);
  const { locale, setLocale } = useLocale();
  const { viewer, signOut } = useSession();
  return (
    <header className="top-bar">
      <span className="product">{t.product}</span>
      {viewer && (
        <span className="who">
          <span className="visually-hidden">{t.tenant}: </span>
          {viewer.tenant.name}
        </span>
      )}
      <label className="language">
        <span>{t.language}</span>
        <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)} data-testid="language-select">
          {LOCALES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LOCALE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      {viewer && (
        <button type="button" onClick={signOut}>
          {t.signOut}
        </button>
      )}
    </header>
  );
}

function Navigation() {
  const t = useMessages(shellMessages);
  const { locale } = useLocale();
  const { can } = useSession();
  const allowed = NAV.filter((item) => !item.scope || can(item.scope));
  return (
    <nav className="side-nav" aria-label={t.navigation}>
      {GROUPS.map((group) => {
        const items = allowed.filter((item) => item.group === group);
        if (items.length === 0) return null;
        return (
          <div key={group} className="nav-group">
            <h2>{t.groups[group]}</h2>
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{item.label[locale]}</Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

/** The page for the hash path; a page the key's scopes do not open is not rendered at all. */
function CurrentPage() {
  const t = useMessages(shellMessages);
  const { can } = useSession();
  const path = useHashPath();
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    if (route.scope && !can(route.scope)) {
      return (
        <section className="not-allowed" data-testid="not-allowed">
          <h1>{t.notAllowedTitle}</h1>
          <p>{format(t.notAllowed, { scope: route.scope })}</p>
        </section>
      );
    }
    return <>{route.render(params)}</>;
  }
  return <p>{t.notFound}</p>;
}
