import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 4000, databaseUrl: undefined, maxQueryDepth: 10, statementTimeoutMs: 10000, seedDemo: true, webhookAllowPrivateTargets: true, segmentSchedulerTickMs: 15000 });
  });

  it('keeps webhooks off private addresses in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).webhookAllowPrivateTargets).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }).webhookAllowPrivateTargets).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'no' }).webhookAllowPrivateTargets).toBe(false);
  });

  it('compiles a document from its second run unless told otherwise', () => {
    expect(loadConfig({}).graphqlCompileAfter).toBe(1);
    expect(loadConfig({ GRAPHQL_COMPILE_AFTER: '0' }).graphqlCompileAfter).toBe(0);
    expect(loadConfig({ GRAPHQL_COMPILE_AFTER: 'never' }).graphqlCompileAfter).toBeNull();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV must be one of development, production, test, got "prod"'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL must start with postgres:// or postgresql://, not mysql://'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false, got "maybe"'],
    [{ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'sometimes' }, 'WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false, got "sometimes"'],
    [{ GRAPHQL_COMPILE_AFTER: 'always' }, 'GRAPHQL_COMPILE_AFTER must be a whole number from 0 to 1000000 or never, got "always"'],
    [{ GRAPHQL_COMPILE_AFTER: '-1' }, 'GRAPHQL_COMPILE_AFTER must be a whole number from 0 to 1000000 or never, got "-1"'],
  ])('refuses %p naming the variable', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(new ConfigError(message));
  });
});
