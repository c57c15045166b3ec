import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { format, useMessages } from '../i18n/i18n';
import { shellMessages } from './messages';
import { useSession } from './session';
import { ErrorMessage } from './ui';

/** The only page before a key is given. The key field is a password field: it is a secret. */
export function SignIn() {
  const t = useMessages(shellMessages).signIn;
  const { signIn, endedBecause } = useSession();
  const [key, setKey] = useState('');
  const [error, setError] = useState<ApiError | undefined>();
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    setError(undefined);
    try {
      await signIn(key);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(String(failure)));
    } finally {
      setChecking(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {endedBecause && !error && (
        <p className="notice warning" role="status">
          {format(t.ended, { reason: endedBecause })}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="api-key">{t.keyLabel}</label>
        <input
          id="api-key"
          name="apiKey"
          type="password"
          autoComplete="off"
          spellCheck={false}
          required
          aria-describedby="api-key-hint"
          aria-invalid={error ? true : undefined}
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        <p id="api-key-hint" className="hint">
          {t.keyHint}
        </p>
        {error && <ErrorMessage error={error} />}
        <button type="submit" className="primary" disabled={checking}>
          {checking ? t.checking : t.submit}
        </button>
      </form>
    </main>
  );
}
