import { Resolver } from 'type-graphql';

// Placeholder: filled in by the journey-analytics work.
@Resolver()
export class JourneyAnalyticsResolver {}
