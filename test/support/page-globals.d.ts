// The browser globals that functions given to Playwright's page.evaluate use. Those functions run
// in the page, but they are typechecked with the tests, whose tsconfig has no DOM library (the
// server must not see browser globals), so only what the browser tests read is declared here.
interface PageStorage {
  readonly length: number;
  getItem(key: string): string | null;
  key(index: number): string | null;
}
declare const sessionStorage: PageStorage;
declare const localStorage: PageStorage;
declare const document: { documentElement: { lang: string }; title: string };
declare const location: { hash: string; href: string };
