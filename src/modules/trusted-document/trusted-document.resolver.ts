import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { TrustedDocumentService } from './trusted-document.service.js';
import { TrustedDocument, TrustedDocumentInput } from './trusted-document.types.js';

@Resolver(() => TrustedDocument)
export class TrustedDocumentResolver {
  @Authorized('admin')
  @Query(() => [TrustedDocument], { description: 'The documents the tenant registered, oldest first.' })
  trustedDocuments(@Ctx() context: RequestContext): Promise<TrustedDocument[]> {
    return new TrustedDocumentService(context).list();
  }

  @Authorized('admin')
  @Mutation(() => [TrustedDocument], { description: 'Registers documents (1 to 500) so clients can send their ids; returns them with their ids.' })
  registerTrustedDocuments(
    @Arg('documents', () => [TrustedDocumentInput]) documents: TrustedDocumentInput[],
    @Ctx() context: RequestContext,
  ): Promise<TrustedDocument[]> {
    return new TrustedDocumentService(context).register(documents);
  }

  @Authorized('admin')
  @Mutation(() => TrustedDocument, { description: 'Removes a registered document; requests naming its id fail from then on.' })
  removeTrustedDocument(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<TrustedDocument> {
    return new TrustedDocumentService(context).remove(id);
  }
}
