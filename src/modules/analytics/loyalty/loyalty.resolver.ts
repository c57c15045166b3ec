import { Resolver } from 'type-graphql';

// Placeholder: filled in by the loyalty work.
@Resolver()
export class LoyaltyResolver {}
