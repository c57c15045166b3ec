import { registerEnumType } from 'type-graphql';

/** Lead grade from the score and the tenant's thresholds (default A ≥ 60, B ≥ 40, C ≥ 20, else D). */
export enum LeadGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

export const LEAD_GRADES: readonly LeadGrade[] = [LeadGrade.A, LeadGrade.B, LeadGrade.C, LeadGrade.D];

registerEnumType(LeadGrade, {
  name: 'LeadGrade',
  description: "A lead's grade: A when score ≥ threshold a, B when ≥ b, C when ≥ c, else D (tenant settings, default 60/40/20).",
});
