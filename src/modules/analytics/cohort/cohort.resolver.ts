import { Resolver } from 'type-graphql';

// Placeholder: filled in by the cohort work.
@Resolver()
export class CohortResolver {}
