import type { AssessmentAnsweringQuery } from '../../gql/graphql';
import type { AnswerValue } from './model';

/** The assessment as the answering page reads it. */
export type AnsweringAssessment = AssessmentAnsweringQuery['assessment'];

/** One item of the assessment's live result: its status, evidence, override and disagreement. */
export type ResultItem = AnsweringAssessment['result']['items'][number];

/** What the form holds for one respondent and item before it is saved. */
export interface Draft {
  value?: AnswerValue;
  note: string;
}
