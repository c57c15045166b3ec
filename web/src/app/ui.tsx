import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { defineMessages, useMessages } from '../i18n/i18n';

const messages = defineMessages({
  en: { loading: 'Loading…', error: 'Something went wrong', field: 'Field', retry: 'Try again' },
  'zh-CN': { loading: '加载中…', error: '出错了', field: '字段', retry: '重试' },
});

/** A polite live region, so screen readers hear that data is on its way. */
export function Loading({ label }: { label?: string }) {
  const t = useMessages(messages);
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t.loading}
    </p>
  );
}

/** The server's error as the user should read it: its message, and the input field it names. */
export function ErrorMessage({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  const t = useMessages(messages);
  const field = (error as ApiError).field;
  return (
    <div className="notice error" role="alert">
      <strong>{t.error}:</strong> {error.message}
      {field && (
        <>
          {' '}
          ({t.field}: <code>{field}</code>)
        </>
      )}
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function Card({ title, children, actions, id }: { title?: ReactNode; children: ReactNode; actions?: ReactNode; id?: string }) {
  return (
    <section className="card" aria-labelledby={title && id ? `${id}-title` : undefined}>
      {(title || actions) && (
        <header className="card-header">
          {title && <h2 id={id ? `${id}-title` : undefined}>{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}

/**
 * The box a wide table scrolls in. While the table is wider than the box, the box takes the
 * keyboard focus (a named region), so keyboard users can scroll it too (WCAG: scrollable regions
 * must be reachable); when it fits, it stays out of the tab order.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="table-scroll" tabIndex={overflowing ? 0 : undefined} role={overflowing ? 'region' : undefined} aria-label={overflowing ? label : undefined}>
      {children}
    </div>
  );
}
