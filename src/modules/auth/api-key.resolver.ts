import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyService } from './api-key.service.js';
import { MemberField } from '../segment/segment-member.js';
import { ScopeName } from './scopes.js';

@InputType({ description: 'A new API key of the tenant.' })
class CreateApiKeyInput {
  @Field()
  name!: string;

  @Field(() => [ScopeName])
  scopes!: ScopeName[];

  @Field(() => [ID], { nullable: true, description: 'Limits a partner key to these segments (1 to 100 of the tenant); the key must then have only SEGMENTS_READ.' })
  segmentIds?: string[] | null;

  @Field(() => [MemberField], { nullable: true, description: 'The member profile fields the key may read besides externalId; left out: every field with CUSTOMERS_READ, none without.' })
  memberFields?: MemberField[] | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working (in the future); left out: never.' })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Query cost the key may spend per minute; left out: the server default.' })
  costPerMinute?: number | null;

  @Field({ nullable: true, description: 'Accept only the tenant\'s registered documents (documentId) from this key; left out: false.' })
  trustedDocumentsOnly?: boolean;
}

@InputType({ description: 'Changes to a key; a field left out stays as it is, null clears it.' })
class UpdateApiKeyInput {
  @Field(() => Date, { nullable: true, description: 'When the key stops working; null: never.' })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Query cost per minute; null: the server default.' })
  costPerMinute?: number | null;

  @Field({ nullable: true, description: 'Accept only registered documents from this key.' })
  trustedDocumentsOnly?: boolean;
}

@ObjectType({ description: 'A new key. `key` is shown only here: store it now.' })
class CreatedApiKeyPayload {
  @Field({ description: 'The whole secret key, for the Authorization: Bearer header.' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@ObjectType({ description: 'Who is calling: the tenant and the key of this request.' })
class Viewer {
  @Field(() => Tenant)
  tenant!: Tenant;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@Resolver()
export class ApiKeyResolver {
  @Query(() => Viewer, { description: 'The tenant and key the request authenticated with (any scope).' })
  viewer(@Ctx() context: RequestContext): Viewer {
    return { tenant: context.auth.tenant, apiKey: context.auth.apiKey };
  }

  @Authorized('admin')
  @Query(() => [ApiKey], { description: 'Every key of the tenant, revoked ones included.' })
  apiKeys(@Ctx() context: RequestContext): Promise<ApiKey[]> {
    return new ApiKeyService(context.em).list(context.tenantId);
  }

  @Authorized('admin')
  @Mutation(() => CreatedApiKeyPayload, { description: 'Creates a key of this tenant with the given scopes.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() context: RequestContext): Promise<CreatedApiKeyPayload> {
    const { expiresAt, costPerMinute, trustedDocumentsOnly } = input;
    return new ApiKeyService(context.em).create(
      context.tenantId,
      input.name,
      input.scopes,
      'input',
      { segmentIds: input.segmentIds ?? null, memberFields: input.memberFields ?? null },
      { expiresAt, costPerMinute, trustedDocumentsOnly: trustedDocumentsOnly ?? undefined },
    );
  }

  @Authorized('admin')
  @Mutation(() => ApiKey, { description: 'Changes the expiry, cost budget or trusted-documents rule of a key of this tenant.' })
  updateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateApiKeyInput) input: UpdateApiKeyInput,
    @Ctx() context: RequestContext,
  ): Promise<ApiKey> {
    const { expiresAt, costPerMinute, trustedDocumentsOnly } = input;
    return new ApiKeyService(context.em).update(id, context.tenantId, { expiresAt, costPerMinute, trustedDocumentsOnly: trustedDocumentsOnly ?? undefined });
  }

  @Authorized('admin')
  @Mutation(() => ApiKey, { description: 'Revokes a key of this tenant; it is refused from then on.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ApiKey> {
    return new ApiKeyService(context.em).revoke(id, context.tenantId);
  }
}
