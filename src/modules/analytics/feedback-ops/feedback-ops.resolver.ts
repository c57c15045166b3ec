import { Resolver } from 'type-graphql';

// Placeholder: filled in by the feedback-ops work.
@Resolver()
export class FeedbackOpsResolver {}
