import { GraphQLError } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { toDate } from '../../db/sql-runner.js';
import type { Authentication } from '../auth/api-key.service.js';
import { hasScope } from '../auth/scopes.js';
import { SizeBand } from '../customer/customer.enums.js';

/** Profile fields of a segment member that a key may be allowed to read, besides externalId. */
export enum MemberField {
  NAME = 'name',
  EMAIL = 'email',
  PHONE = 'phone',
  COMPANY = 'company',
  JOB_TITLE = 'jobTitle',
  REGION = 'region',
  INDUSTRY = 'industry',
  SIZE_BAND = 'sizeBand',
  CONSENT_EMAIL = 'consentEmail',
  CONSENT_SMS = 'consentSms',
  FIRST_SEEN_AT = 'firstSeenAt',
  ATTRIBUTES = 'attributes',
}
registerEnumType(MemberField, { name: 'MemberField', description: 'A profile field of segment members that a partner key may be allowed to read.' });

export const MEMBER_FIELDS: readonly MemberField[] = Object.values(MemberField);

/**
 * The member fields a key may read: the key's own list when it has one (partner keys), else
 * every field with customers:read and none without.
 */
export function allowedMemberFields(auth: Authentication): ReadonlySet<string> {
  if (auth.apiKey.memberFields) return new Set(auth.apiKey.memberFields);
  return new Set(hasScope(auth.scopes, 'customers:read') ? MEMBER_FIELDS : []);
}

// A field the key may not read is refused by name rather than returned as null, so a partner
// learns at once that it asked for too much instead of syncing empty values.
const memberFieldGuard: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  if (!allowedMemberFields(context.auth).has(info.fieldName)) {
    throw new GraphQLError(`This API key may not read the member field "${info.fieldName}"`, {
      extensions: { code: ErrorCode.FORBIDDEN, field: info.fieldName },
    });
  }
  return next();
};

@ObjectType({ description: 'A customer as a segment shows it: the external id, and the profile fields the key may read (others are refused with FORBIDDEN).' })
export class SegmentMember {
  @Field({ description: 'The id the customer has in the tenant\'s own systems: partners match on it.' })
  externalId!: string;

  @Field(() => Date, { nullable: true, description: 'When the customer last entered the segment; null in a preview and in changes.' })
  enteredAt!: Date | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  name!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  email!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  company!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  jobTitle!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  region!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => String, { nullable: true })
  industry!: string | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => SizeBand, { nullable: true })
  sizeBand!: SizeBand | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => Boolean, { nullable: true, description: 'Consent to email; null when unknown.' })
  consentEmail!: boolean | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => Boolean, { nullable: true, description: 'Consent to text messages; null when unknown.' })
  consentSms!: boolean | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => Date, { nullable: true })
  firstSeenAt!: Date | null;

  @UseMiddleware(memberFieldGuard)
  @Field(() => GraphQLJSONObject, { nullable: true })
  attributes!: Record<string, unknown> | null;
}

/** The columns a member row is read with, from `customer c` (left-joined: a removed customer reads as nulls). */
export const MEMBER_COLUMNS = `c.name, c.email, c.phone, c.company, c.job_title, c.region, c.industry, c.size_band,
  c.consent_email, c.consent_sms, c.first_seen_at, c.attributes`;

export interface MemberRow {
  external_id: string;
  entered_at?: unknown;
  name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  job_title: string | null;
  region: string | null;
  industry: string | null;
  size_band: SizeBand | null;
  consent_email: boolean | null;
  consent_sms: boolean | null;
  first_seen_at: unknown;
  attributes: Record<string, unknown> | null;
}

export function toMember(row: MemberRow): SegmentMember {
  return Object.assign(new SegmentMember(), {
    externalId: row.external_id,
    enteredAt: toDate(row.entered_at ?? null),
    name: row.name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    jobTitle: row.job_title,
    region: row.region,
    industry: row.industry,
    sizeBand: row.size_band,
    consentEmail: row.consent_email,
    consentSms: row.consent_sms,
    firstSeenAt: toDate(row.first_seen_at),
    attributes: row.attributes,
  });
}
