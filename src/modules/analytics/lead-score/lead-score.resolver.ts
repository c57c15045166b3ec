import { Resolver } from 'type-graphql';

// Placeholder: filled in by the lead-score work.
@Resolver()
export class LeadScoreResolver {}
