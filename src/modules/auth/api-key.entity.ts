import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An API key of the tenant. The secret is shown once, at creation, and stored only as a hash.' })
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'What the key is for, such as "Grafana" or "CRM sync".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The public start of the key, safe to show and log, used to find it.' })
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Field(() => [String], { description: 'What the key may do, such as customers:read.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The segments a partner key is limited to (it then has only segments:read); null when the key is not limited.',
  })
  @Property({ type: ArrayType, columnType: 'uuid[]', nullable: true })
  segmentIds: string[] | null = null;

  @Field(() => [String], {
    nullable: true,
    description: 'Profile fields of segment members the key may read besides externalId; null: every field with customers:read, none without.',
  })
  @Property({ type: ArrayType, columnType: 'text[]', nullable: true })
  memberFields: string[] | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Last request made with the key (updated at most once a minute).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; null: it does not expire.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Query cost the key may spend per minute (a bucket that refills continuously); null: the server default.',
  })
  @Property({ type: 'integer', nullable: true })
  costPerMinute: number | null = null;

  @Field({ description: 'The key may send only the tenant\'s registered documents (by documentId), not free query text.' })
  @Property({ type: 'boolean' })
  trustedDocumentsOnly: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; revoked keys are refused.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
