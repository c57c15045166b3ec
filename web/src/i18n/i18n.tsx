import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The console's languages. The GraphQL API calls them EN and ZH_CN (MaturityLocale). */
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** One feature's texts in every language; the Chinese must have every key the English has. */
export type Messages<T> = { en: T; 'zh-CN': T };

export function defineMessages<T>(messages: Messages<T>): Messages<T> {
  return messages;
}

/** The API's name for a locale (MaturityLocale). */
export function apiLocale(locale: Locale): 'EN' | 'ZH_CN' {
  return locale === 'zh-CN' ? 'ZH_CN' : 'EN';
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => undefined });
const STORAGE_KEY = 'cxgraph.locale';

/** The chosen language, kept in local storage (it is no secret) and on <html lang>. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => initialLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage can be off (private windows); the choice then lasts for this page only.
    }
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** A feature's texts in the current language. */
export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLocale().locale];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Numbers and dates in the current language. */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const integers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      number: (value: number | string | null | undefined, digits = 1) =>
        value == null || value === '' ? '—' : digits === 1 ? numbers.format(Number(value)) : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Number(value)),
      integer: (value: number | string | null | undefined) => (value == null || value === '' ? '—' : integers.format(Number(value))),
      percent: (value: number | string | null | undefined, digits = 1) =>
        value == null || value === '' ? '—' : `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Number(value))}%`,
      date: (value: string | null | undefined) => (value ? dates.format(new Date(value)) : '—'),
      dateTime: (value: string | null | undefined) => (value ? dateTimes.format(new Date(value)) : '—'),
    };
  }, [locale]);
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // no storage: fall through to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
