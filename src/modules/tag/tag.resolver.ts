import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { Tag } from './tag.entity.js';
import { TagService } from './tag.service.js';
import { TagConnection, TagCustomerInput, TagInput, TagsArgs, UntagCustomerInput } from './tag.types.js';

@Resolver(() => Tag)
export class TagResolver {
  @Authorized('customers:read')
  @Query(() => TagConnection, { description: 'Tags of the tenant, by key.' })
  tags(@Args() args: TagsArgs, @Ctx() context: RequestContext) {
    return new TagService(context).list(args);
  }

  @Authorized('customers:write')
  @Mutation(() => Tag, { description: 'Creates a tag, or updates the one with the same key.' })
  upsertTag(@Arg('input', () => TagInput) input: TagInput, @Ctx() context: RequestContext): Promise<Tag> {
    return new TagService(context).upsert(input);
  }

  @Authorized('customers:write')
  @Mutation(() => Customer, { description: 'Assigns a tag to a customer (or updates the assignment); returns the customer.' })
  async tagCustomer(@Arg('input', () => TagCustomerInput) input: TagCustomerInput, @Ctx() context: RequestContext): Promise<Customer> {
    const customerId = await new TagService(context).tagCustomer(input);
    return (await context.loaders.customerById.load(customerId)) as Customer;
  }

  @Authorized('customers:write')
  @Mutation(() => Customer, { description: 'Removes a tag from a customer; returns the customer.' })
  async untagCustomer(@Arg('input', () => UntagCustomerInput) input: UntagCustomerInput, @Ctx() context: RequestContext): Promise<Customer> {
    const customerId = await new TagService(context).untagCustomer(input);
    return (await context.loaders.customerById.load(customerId)) as Customer;
  }
}
