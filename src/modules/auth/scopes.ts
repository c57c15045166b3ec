import { registerEnumType } from 'type-graphql';

/** What an API key may do. `admin` manages the tenant's keys and implies every other scope. */
export const SCOPES = [
  'customers:read',
  'customers:write',
  'analytics:read',
  'segments:read',
  'segments:write',
  'assessments:read',
  'assessments:write',
  'admin',
] as const;

export type Scope = (typeof SCOPES)[number];

export enum ScopeName {
  CUSTOMERS_READ = 'customers:read',
  CUSTOMERS_WRITE = 'customers:write',
  ANALYTICS_READ = 'analytics:read',
  SEGMENTS_READ = 'segments:read',
  SEGMENTS_WRITE = 'segments:write',
  ASSESSMENTS_READ = 'assessments:read',
  ASSESSMENTS_WRITE = 'assessments:write',
  ADMIN = 'admin',
}

registerEnumType(ScopeName, {
  name: 'Scope',
  description: 'What an API key may do; ADMIN manages keys and implies every other scope.',
  valuesConfig: {
    CUSTOMERS_READ: { description: 'customers:read: customers, tags, orders, journeys, touchpoints, feedback' },
    CUSTOMERS_WRITE: { description: 'customers:write: create and change them' },
    ANALYTICS_READ: { description: 'analytics:read: metrics' },
    SEGMENTS_READ: { description: 'segments:read: pull saved segments' },
    SEGMENTS_WRITE: { description: 'segments:write: manage saved segments' },
    ASSESSMENTS_READ: { description: 'assessments:read: read maturity assessments' },
    ASSESSMENTS_WRITE: { description: 'assessments:write: run maturity assessments' },
    ADMIN: { description: 'admin: manage API keys; implies every scope' },
  },
});

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function hasScope(granted: readonly string[], needed: string): boolean {
  return granted.includes(needed) || granted.includes('admin');
}
