import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars.js';
import { connectionType } from '../../common/pagination.js';
import { Tag } from './tag.entity.js';
import { TagCategory, TagSource } from './tag.enums.js';

export const TagConnection = connectionType(Tag, 'Tag');

@ObjectType({ description: 'A tag as assigned to a customer: the tag and how it came to be there.' })
export class CustomerTag {
  @Field(() => ID, { description: 'Id of the tag.' })
  tagId!: string;

  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => TagCategory)
  category!: TagCategory;

  @Field(() => TagSource)
  source!: TagSource;

  @Field(() => DecimalScalar, { nullable: true, description: 'Model score or rule value behind the assignment.' })
  score!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Confidence from 0 to 1, for model assignments.' })
  confidence!: string | null;

  @Field()
  assignedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'After this time the tag no longer applies.' })
  expiresAt!: Date | null;
}

@ArgsType()
export class TagsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => TagCategory, { nullable: true })
  category?: TagCategory | null;
}

@InputType({ description: 'A tag to create or update, matched on key.' })
export class TagInput {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => TagCategory)
  category!: TagCategory;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Assigns a tag to a customer (or updates the assignment). Name the customer by id or externalId.' })
export class TagCustomerInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field()
  tagKey!: string;

  @Field(() => TagSource, { defaultValue: TagSource.MANUAL })
  source: TagSource = TagSource.MANUAL;

  @Field(() => DecimalScalar, { nullable: true })
  score?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  confidence?: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}

@InputType({ description: 'Removes a tag from a customer. Name the customer by id or externalId.' })
export class UntagCustomerInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field()
  tagKey!: string;
}
