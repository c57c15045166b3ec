import { Resolver } from 'type-graphql';

// Placeholder: filled in by the nps work.
@Resolver()
export class NpsResolver {}
