import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TagSource } from './tag.enums.js';

/** The assignment of a tag to a customer. Exposed through GraphQL as CustomerTag. */
@Entity({ tableName: 'customer_tag' })
export class CustomerTagAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'uuid' })
  tagId!: string;

  @Property({ type: 'text' })
  source!: TagSource;

  @Property({ type: 'decimal', columnType: 'numeric(10,4)', nullable: true })
  score: string | null = null;

  @Property({ type: 'decimal', columnType: 'numeric(5,4)', nullable: true })
  confidence: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  assignedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;
}
