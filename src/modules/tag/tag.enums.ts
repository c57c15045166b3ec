import { registerEnumType } from 'type-graphql';

/** The five kinds of customer labels. */
export enum TagCategory {
  TIER = 'TIER',
  PREDICTIVE = 'PREDICTIVE',
  SPENDING = 'SPENDING',
  CREDIT = 'CREDIT',
  BEHAVIOR = 'BEHAVIOR',
}
registerEnumType(TagCategory, { name: 'TagCategory', description: 'The five kinds of customer labels.' });

export enum TagSource {
  MANUAL = 'MANUAL',
  RULE = 'RULE',
  MODEL = 'MODEL',
  IMPORT = 'IMPORT',
}
registerEnumType(TagSource, { name: 'TagSource', description: 'How a tag came to be assigned to a customer.' });
