import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { toAnswer } from './assessment-result.js';
import { AssessmentService } from './assessment.service.js';
import { AssessmentResult } from './assessment-result.types.js';
import { AnswerItemsInput, Assessment, AssessmentAnswer, MaturityTargetsInput, OverrideItemInput, StartAssessmentInput } from './assessment.types.js';
import { localeOf, MaturityLocale } from './maturity.enums.js';
import { MaturityHistoryService } from './maturity-history.js';
import { MaturityHistory } from './maturity-history.types.js';
import { CURRENT_MODEL } from './maturity-models.js';
import { MaturityModelView, modelView } from './maturity-model.view.js';

const LOCALE_ARG = { nullable: true, defaultValue: MaturityLocale.EN, description: 'Language of the texts (default EN).' } as const;

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized('assessments:read')
  @Query(() => MaturityModelView, { description: 'The current questionnaire: stages, tiers, dimensions, anchors and the 35 items, in one language.' })
  maturityModel(@Arg('locale', () => MaturityLocale, LOCALE_ARG) locale: MaturityLocale): MaturityModelView {
    return modelView(CURRENT_MODEL, localeOf(locale));
  }

  @Authorized('assessments:read')
  @Query(() => Assessment, { description: 'One assessment of the company. NOT_FOUND for ids of other tenants.' })
  assessment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Assessment> {
    return new AssessmentService(context).get(id);
  }

  @Authorized('assessments:read')
  @Query(() => [Assessment], { description: 'Every assessment of the company, oldest first.' })
  assessments(@Ctx() context: RequestContext): Promise<Assessment[]> {
    return new AssessmentService(context).list();
  }

  @Authorized('assessments:read')
  @Query(() => MaturityHistory, { description: 'Submitted assessments over time with their changes, the targets and progress toward them.' })
  maturityHistory(@Ctx() context: RequestContext): Promise<MaturityHistory> {
    return new MaturityHistoryService(context).history();
  }

  @Authorized('assessments:write')
  @Mutation(() => Assessment, { description: 'Starts a DRAFT assessment on the current questionnaire and observes the evidence at once.' })
  startAssessment(@Arg('input', () => StartAssessmentInput) input: StartAssessmentInput, @Ctx() context: RequestContext): Promise<Assessment> {
    return new AssessmentService(context).start(input);
  }

  @Authorized('assessments:write')
  @Mutation(() => Assessment, { description: 'Saves answers (partial saves welcome); all of the call or none. Refused once submitted.' })
  answerItems(@Arg('input', () => AnswerItemsInput) input: AnswerItemsInput, @Ctx() context: RequestContext): Promise<Assessment> {
    return new AssessmentService(context).answer(input);
  }

  @Authorized('assessments:write')
  @Mutation(() => Assessment, { description: 'Observes the evidence again from the data now; also after submission (the live evidence-adjusted result).' })
  refreshEvidence(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Assessment> {
    return new AssessmentService(context).refreshEvidence(id);
  }

  @Authorized('assessments:write')
  @Mutation(() => Assessment, { description: 'Sets (or with level null removes) a consultant\'s override of an item\'s effective score, with a justification. DRAFT only.' })
  overrideItem(@Arg('input', () => OverrideItemInput) input: OverrideItemInput, @Ctx() context: RequestContext): Promise<Assessment> {
    return new AssessmentService(context).override(input);
  }

  @Authorized('assessments:write')
  @Mutation(() => Assessment, { description: 'Freezes the answers and the result; every item must have an answer (UNKNOWN counts).' })
  submitAssessment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Assessment> {
    return new AssessmentService(context).submit(id);
  }

  @Authorized('assessments:write')
  @Mutation(() => MaturityHistory, { description: 'Replaces the company\'s targets (stage and per dimension).' })
  setMaturityTargets(@Arg('input', () => MaturityTargetsInput) input: MaturityTargetsInput, @Ctx() context: RequestContext): Promise<MaturityHistory> {
    return new MaturityHistoryService(context).setTargets(input);
  }

  @Authorized('assessments:read')
  @FieldResolver(() => [AssessmentAnswer], { description: 'Every respondent\'s answers, by item.' })
  async answers(@Root() assessment: Assessment, @Ctx() context: RequestContext): Promise<AssessmentAnswer[]> {
    return (await new AssessmentService(context).state(assessment)).answers.map(toAnswer);
  }

  @Authorized('assessments:read')
  @FieldResolver(() => AssessmentResult, { description: 'The result now: the answers with the latest evidence (live after submission too).' })
  result(@Root() assessment: Assessment, @Arg('locale', () => MaturityLocale, LOCALE_ARG) locale: MaturityLocale, @Ctx() context: RequestContext): Promise<AssessmentResult> {
    return new AssessmentService(context).liveResult(assessment, localeOf(locale));
  }

  @Authorized('assessments:read')
  @FieldResolver(() => AssessmentResult, { nullable: true, description: 'The result as it was frozen at submission; null for a draft.' })
  submittedResult(@Root() assessment: Assessment, @Arg('locale', () => MaturityLocale, LOCALE_ARG) locale: MaturityLocale, @Ctx() context: RequestContext): Promise<AssessmentResult | null> {
    return new AssessmentService(context).submittedResult(assessment, localeOf(locale));
  }
}
