import { registerEnumType } from 'type-graphql';

/** A customer's NPS category from their latest answer (METRICS.md, NPS). */
export enum NpsCategory {
  PROMOTER = 'PROMOTER',
  PASSIVE = 'PASSIVE',
  DETRACTOR = 'DETRACTOR',
  NONE = 'NONE',
}

registerEnumType(NpsCategory, {
  name: 'NpsCategory',
  description: "A customer's category by their latest NPS answer at or before asOf.",
  valuesConfig: {
    PROMOTER: { description: 'Latest answer 9 or 10.' },
    PASSIVE: { description: 'Latest answer 7 or 8.' },
    DETRACTOR: { description: 'Latest answer 0 to 6.' },
    NONE: { description: 'No NPS answer at or before asOf.' },
  },
});
