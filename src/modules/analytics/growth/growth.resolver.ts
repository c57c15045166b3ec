import { Resolver } from 'type-graphql';

// Placeholder: filled in by the growth work.
@Resolver()
export class GrowthResolver {}
