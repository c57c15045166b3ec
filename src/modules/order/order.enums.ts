import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'Only COMPLETED orders with a positive amount count as purchases in metrics.' });
