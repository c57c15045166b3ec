import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
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
    return new ApiKeyService(context.em).create(context.tenantId, input.name, input.scopes, 'input', {
      segmentIds: input.segmentIds ?? null,
      memberFields: input.memberFields ?? null,
    });
  }

  @Authorized('admin')
  @Mutation(() => ApiKey, { description: 'Revokes a key of this tenant; it is refused from then on.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ApiKey> {
    return new ApiKeyService(context.em).revoke(id, context.tenantId);
  }
}
