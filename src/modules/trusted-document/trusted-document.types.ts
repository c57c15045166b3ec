import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A GraphQL document registered by the tenant; clients send its id as `documentId` instead of its text.' })
export class TrustedDocument {
  @Field(() => ID, { description: '"sha256:" and the hex SHA-256 of the exact text.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A name for people, such as "NPS dashboard".' })
  name!: string | null;

  @Field({ description: 'The document text.' })
  body!: string;

  @Field()
  createdAt!: Date;
}

@InputType({ description: 'A document to register.' })
export class TrustedDocumentInput {
  @Field({ description: 'The exact text clients would otherwise send as `query` (at most 100,000 characters).' })
  body!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;
}
