import { registerEnumType } from 'type-graphql';

export enum SizeBand {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(SizeBand, { name: 'SizeBand', description: 'Company size band of a customer.' });
