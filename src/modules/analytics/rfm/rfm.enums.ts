import { registerEnumType } from 'type-graphql';

export enum RfmMethod {
  QUANTILE = 'QUANTILE',
  NTILE = 'NTILE',
  FIXED = 'FIXED',
}

registerEnumType(RfmMethod, {
  name: 'RfmMethod',
  description: 'How R, F and M values become scores 1..5.',
  valuesConfig: {
    QUANTILE: { description: 'Value quintiles (percentile_cont edges, right-inclusive bins); F by its rank ordered by (F, external id). Reproduces pandas qcut.' },
    NTILE: { description: 'ntile(5) on each measure, ties broken by external id.' },
    FIXED: { description: 'Four ascending edges per measure supplied by the caller; a value equal to an edge falls in the lower bin.' },
  },
});
