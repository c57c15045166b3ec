import { MATURITY_MODEL_V1 } from './model/maturity-model.v1.js';
import type { MaturityModel } from './model/maturity-model.types.js';

/** Questionnaire versions: an assessment is always scored with the version it was started on. */
const MODELS = new Map<number, MaturityModel>([[MATURITY_MODEL_V1.version, MATURITY_MODEL_V1]]);

export const CURRENT_MODEL: MaturityModel = MATURITY_MODEL_V1;

export function modelOfVersion(version: number): MaturityModel {
  const model = MODELS.get(version);
  if (!model) throw new Error(`questionnaire version ${version} is not known to this server`);
  return model;
}
