import type pg from 'pg';
import { bulkInsert, timeColumn, timeOrderedId, type BulkColumn } from './demo-bulk-insert.js';
import { clamp, DAY, HOUR, SeededRandom, wholeSeconds } from './demo-random.js';
import {
  ACQUISITION_SOURCES, COMPANY_PREFIXES, COMPANY_SUFFIXES, EMAIL_DOMAINS, FIRST_NAMES, INDUSTRIES,
  JOB_TITLES_BY_LEVEL, LAST_NAMES, REGIONS, SOURCE_SYSTEM_SETS,
} from './demo-vocabulary.js';

/** The 18 months of history the demo covers; `end` is the asOf instant and nothing happens after it. */
export interface DemoPeriod {
  start: number;
  end: number;
}

export type SizeBand = 'SMALL' | 'MEDIUM' | 'LARGE';
export type OrderChannel = 'web' | 'app' | 'store' | 'marketplace';

/**
 * Hidden traits that drive the rest of the generator. They are never stored: they make the
 * stored data hang together (an unhappy customer churns sooner, refunds more and answers NPS
 * as a detractor), which is what the analytics are meant to discover.
 */
export interface BuyingProfile {
  isProspect: boolean;
  /** Latent satisfaction in -1..1. */
  satisfaction: number;
  monthlyOrderRate: number;
  /** Median order value in cents. */
  basketValueCents: number;
  preferredChannel: OrderChannel;
  /** Days from the first order until the customer stops buying. */
  lifetimeDays: number;
  /** A prospect that is actively engaging now (recent email clicks, downloads). */
  hotLead: boolean;
}

export interface DemoCustomer {
  id: string;
  externalId: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  jobTitle: string | null;
  region: string;
  industry: string | null;
  sizeBand: SizeBand | null;
  sourceSystems: string[];
  consentEmail: boolean | null;
  consentSms: boolean | null;
  walletEstimateCents: number | null;
  firstSeenAt: number;
  createdAt: number;
  attributes: Record<string, string | boolean>;
  profile: BuyingProfile;
}

const PROSPECT_SHARE = 0.15;

/** Customers in order of first sighting: C000001 is the earliest. */
export function generateCustomers(count: number, period: DemoPeriod, random: SeededRandom): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  for (let index = 1; index <= count; index += 1) {
    customers.push(generateCustomer(index, period, random));
  }
  customers.sort((left, right) => left.firstSeenAt - right.firstSeenAt);
  customers.forEach((customer, index) => {
    customer.id = timeOrderedId(customer.firstSeenAt);
    customer.externalId = `C${String(index + 1).padStart(6, '0')}`;
  });
  return customers;
}

// The index only makes email addresses unique; ids are given once the customers are sorted.
function generateCustomer(index: number, period: DemoPeriod, random: SeededRandom): DemoCustomer {
  const isProspect = random.chance(PROSPECT_SHARE);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  // Leads are mostly business contacts, so prospects carry a company more often.
  const isBusiness = random.chance(isProspect ? 0.8 : 0.5);
  const sizeBand = isBusiness ? random.weighted<SizeBand>([['SMALL', 55], ['MEDIUM', 30], ['LARGE', 15]]) : null;
  const sourceSystems = [...random.weighted(SOURCE_SYSTEM_SETS)];
  const firstSeenAt = wholeSeconds(signupTime(period, random));
  return {
    id: '',
    externalId: '',
    name: `${firstName} ${lastName}`,
    email: random.chance(0.88) ? emailAddress(firstName, lastName, index, random) : null,
    phone: random.chance(0.45) ? `+1-${random.integer(201, 989)}-555-${String(random.integer(0, 9999)).padStart(4, '0')}` : null,
    company: isBusiness ? `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_SUFFIXES)}` : null,
    jobTitle: isBusiness && random.chance(0.9) ? jobTitle(random) : null,
    region: random.weighted(REGIONS),
    industry: isBusiness ? random.pick(INDUSTRIES) : null,
    sizeBand,
    sourceSystems,
    consentEmail: random.weighted<boolean | null>([[true, 72], [false, 20], [null, 8]]),
    consentSms: random.weighted<boolean | null>([[true, 38], [false, 50], [null, 12]]),
    walletEstimateCents: null,
    firstSeenAt,
    // CRM records are created shortly after the first sighting (web session, store visit).
    createdAt: wholeSeconds(Math.min(firstSeenAt + random.exponential(6 * HOUR), period.end - 1)),
    attributes: attributes(isBusiness, random),
    profile: buyingProfile(isProspect, sizeBand, sourceSystems, random),
  };
}

// A fifth of the customers are the existing base, loaded from the old CRM in the first two
// months; later signups grow over the period (density rising from 1 to 1.6), as a growing
// business would show.
function signupTime(period: DemoPeriod, random: SeededRandom): number {
  const length = period.end - period.start - DAY;
  if (random.chance(0.2)) return period.start + random.between(0, 60 * DAY);
  const position = (-1 + Math.sqrt(1 + 1.56 * random.next())) / 0.6;
  return period.start + position * length;
}

function emailAddress(firstName: string, lastName: string, index: number, random: SeededRandom): string {
  return `${firstName}.${lastName}${index}@${random.pick(EMAIL_DOMAINS)}`.toLowerCase();
}

function jobTitle(random: SeededRandom): string {
  const level = random.weighted<keyof typeof JOB_TITLES_BY_LEVEL>([['executive', 15], ['manager', 35], ['staff', 50]]);
  return random.pick(JOB_TITLES_BY_LEVEL[level]);
}

// Lead scoring reads a decision role and a stated product need; only business contacts have them.
function attributes(isBusiness: boolean, random: SeededRandom): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = { acquisitionSource: random.weighted(ACQUISITION_SOURCES) };
  if (isBusiness) {
    values.decisionRole = random.weighted([['DECISION_MAKER', 25], ['INFLUENCER', 35], ['USER', 40]]);
    values.statedNeed = random.chance(0.35);
  }
  return values;
}

function buyingProfile(
  isProspect: boolean,
  sizeBand: SizeBand | null,
  sourceSystems: readonly string[],
  random: SeededRandom,
): BuyingProfile {
  const satisfaction = clamp(random.normal(0.3, 0.45), -1, 1);
  const sizeFactor = sizeBand === 'LARGE' ? 2.5 : sizeBand === 'MEDIUM' ? 1.5 : 1;
  // Unhappy customers leave within months; delighted ones mostly outlast the 18 months shown.
  const meanLifetimeDays = satisfaction < -0.2 ? 150 : satisfaction < 0.4 ? 360 : 900;
  return {
    isProspect,
    satisfaction,
    monthlyOrderRate: Math.min(6, 0.5 * random.pareto(1.45) * (1 + 0.3 * satisfaction)),
    basketValueCents: Math.round(random.logNormal(5500, 0.55) * sizeFactor),
    preferredChannel: preferredChannel(sourceSystems, random),
    lifetimeDays: random.exponential(meanLifetimeDays),
    hotLead: isProspect && random.chance(0.3),
  };
}

function preferredChannel(sourceSystems: readonly string[], random: SeededRandom): OrderChannel {
  const shopsOffline = sourceSystems.includes('pos') || sourceSystems.includes('store');
  if (shopsOffline && random.chance(0.6)) return 'store';
  if (sourceSystems.includes('app') && random.chance(0.7)) return 'app';
  return random.weighted<OrderChannel>([['web', 70], ['app', 15], ['marketplace', 15]]);
}

/**
 * About 60% of customers get an estimate of their total category spend; for buyers it is their
 * own yearly spend divided by a share of wallet between 10% and 90%, so share-of-wallet
 * analytics produce believable values.
 */
export function assignWalletEstimates(
  customers: readonly DemoCustomer[],
  yearlySpendCents: ReadonlyMap<string, number>,
  random: SeededRandom,
): void {
  for (const customer of customers) {
    if (!random.chance(0.6)) continue;
    const spent = yearlySpendCents.get(customer.id) ?? 0;
    const floor = random.logNormal(customer.sizeBand === null ? 40_000 : 150_000, 0.6);
    customer.walletEstimateCents = Math.round(Math.max(floor, spent / random.between(0.1, 0.9)));
  }
}

const CUSTOMER_COLUMNS: ReadonlyArray<BulkColumn<DemoCustomer>> = [
  { name: 'id', type: 'uuid', value: (customer) => customer.id },
  { name: 'external_id', type: 'text', value: (customer) => customer.externalId },
  { name: 'name', type: 'text', value: (customer) => customer.name },
  { name: 'email', type: 'text', value: (customer) => customer.email },
  { name: 'phone', type: 'text', value: (customer) => customer.phone },
  { name: 'company', type: 'text', value: (customer) => customer.company },
  { name: 'job_title', type: 'text', value: (customer) => customer.jobTitle },
  { name: 'region', type: 'text', value: (customer) => customer.region },
  { name: 'industry', type: 'text', value: (customer) => customer.industry },
  { name: 'size_band', type: 'text', value: (customer) => customer.sizeBand },
  // A text[] per row cannot travel inside an unnest() argument: send it joined and split it in SQL.
  {
    name: 'source_systems', type: 'text', value: (customer) => customer.sourceSystems.join(','),
    expression: `string_to_array(input.source_systems, ',')`,
  },
  { name: 'consent_email', type: 'boolean', value: (customer) => customer.consentEmail },
  { name: 'consent_sms', type: 'boolean', value: (customer) => customer.consentSms },
  { name: 'wallet_estimate', type: 'numeric', value: (customer) => centsToDecimal(customer.walletEstimateCents) },
  timeColumn('first_seen_at', (customer) => customer.firstSeenAt),
  { name: 'attributes', type: 'jsonb', value: (customer) => JSON.stringify(customer.attributes) },
  timeColumn('created_at', (customer) => customer.createdAt),
  timeColumn('updated_at', (customer) => customer.createdAt),
];

export function insertCustomers(client: pg.ClientBase, tenantId: string, customers: readonly DemoCustomer[]): Promise<number> {
  return bulkInsert(client, 'customer', tenantId, CUSTOMER_COLUMNS, customers);
}

export function centsToDecimal(cents: number | null): string | null {
  return cents === null ? null : (cents / 100).toFixed(2);
}
