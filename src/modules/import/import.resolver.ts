import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { findOwnedById } from '../../common/lookup.js';
import { listPage } from '../../common/list-page.js';
import { connectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { PageArgs } from '../journey/journey.types.js';
import { ImportRun } from './import-run.entity.js';

export const ImportRunConnection = connectionType(ImportRun, 'ImportRun');

const IMPORT_RUN_LIST = {
  table: 'import_run',
  alias: 'child',
  sort: { name: 'STARTED_AT_DESC', expression: 'child.started_at', cast: 'timestamptz' as const, direction: 'desc' as const },
  sortValue: (run: ImportRun) => run.startedAt,
  entity: ImportRun,
};

@Resolver(() => ImportRun)
export class ImportRunResolver {
  @Authorized('customers:read')
  @Query(() => ImportRunConnection, { description: 'Past import runs (CLI and HTTP) with their summaries, newest first.' })
  importRuns(@Args() args: PageArgs, @Ctx() context: RequestContext) {
    return listPage(context, IMPORT_RUN_LIST, [], args);
  }

  @Authorized('customers:read')
  @Query(() => ImportRun, { description: 'One import run by id; NOT_FOUND when the tenant has no such run.' })
  importRun(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ImportRun> {
    return findOwnedById(context, ImportRun, id, 'Import run');
  }
}
