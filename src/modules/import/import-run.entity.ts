import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportRunStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(ImportRunStatus, { name: 'ImportRunStatus', description: 'RUNNING until the last batch is written; FAILED when the file could not be read to the end.' });

@ObjectType({ description: 'One run of the bulk importer (CLI or HTTP) with its summary. Counts are of input lines.' })
@Entity({ tableName: 'import_run' })
export class ImportRun {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'customers, orders, feedback, touchpoints or tags.' })
  @Property({ type: 'text' })
  entity!: string;

  @Field({ description: 'CLI or HTTP.' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fileName: string | null = null;

  @Field({ description: 'csv or ndjson.' })
  @Property({ type: 'text' })
  format!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  preset: string | null = null;

  @Field(() => Boolean, { description: 'A dry run validates and counts but writes nothing.' })
  @Property({ type: 'boolean' })
  dryRun: boolean = false;

  @Field(() => ImportRunStatus)
  @Property({ type: 'text' })
  status: ImportRunStatus = ImportRunStatus.RUNNING;

  @Field(() => Int, { description: 'Input lines read (records, not counting the header).' })
  @Property({ type: 'integer' })
  read: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  inserted: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  updated: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  unchanged: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rejected: number = 0;

  @Field(() => String, { nullable: true, description: 'Why a FAILED run stopped.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
