import { badInput, type FieldError, throwIfInvalid } from '../../common/errors.js';
import type { TenantScope } from '../../context.js';
import type { AnalyticsSettings } from '../analytics/settings/analytics-settings.js';
import { parseSegmentDefinitionInput, type SegmentDefinitionInput } from './definition/segment-definition.input.js';
import { parseSegmentDefinition, segmentReferences, segmentVocabulary, type SegmentDefinition, type SegmentReferences } from './definition/segment-definition.js';

/** A definition as a mutation gives it: the GraphQL input tree or the JSON document, exactly one. */
export interface GivenDefinition {
  definition?: SegmentDefinitionInput | null;
  document?: Record<string, unknown> | null;
}

export function definitionGiven(given: GivenDefinition): boolean {
  return (given.definition ?? null) !== null || (given.document ?? null) !== null;
}

/**
 * Validates a definition for this tenant: the language (BAD_USER_INPUT with the path of the bad
 * node, in the form the caller used), then the tags, journeys and journey stages it names,
 * which must exist (a misspelt tag key would otherwise silently match nobody).
 */
export async function readGivenDefinition(scope: TenantScope, given: GivenDefinition, settings: AnalyticsSettings, path = 'input'): Promise<SegmentDefinition> {
  const hasTree = (given.definition ?? null) !== null;
  const hasDocument = (given.document ?? null) !== null;
  if (hasTree === hasDocument) throw badInput(`${path}.definition`, 'give exactly one of definition (an input tree) and document (JSON)');
  const vocabulary = segmentVocabulary(settings);
  const parsed = hasTree
    ? parseSegmentDefinitionInput(given.definition as SegmentDefinitionInput, `${path}.definition`, vocabulary)
    : parseSegmentDefinition(given.document, `${path}.document`, vocabulary);
  throwIfInvalid(parsed.errors);
  const definition = parsed.definition as SegmentDefinition;
  const references = hasTree ? segmentReferences(definition, `${path}.definition`, '.condition') : segmentReferences(definition, `${path}.document`);
  throwIfInvalid(await unknownReferences(scope, references));
  return definition;
}

async function unknownReferences(scope: TenantScope, references: SegmentReferences): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (references.tags.length > 0) {
    const known = await existingKeys(scope, 'select key from tag where tenant_id = ? and key = any(?)', references.tags.map((tag) => tag.key));
    for (const tag of references.tags) if (!known.has(tag.key)) errors.push({ field: tag.path, message: `the tenant has no tag "${tag.key}"` });
  }
  const journeyKeys = [...references.journeys.map((journey) => journey.key), ...references.stages.map((stage) => stage.journey)];
  if (journeyKeys.length === 0) return errors;
  const knownJourneys = await existingKeys(scope, 'select key from journey where tenant_id = ? and key = any(?)', journeyKeys);
  for (const journey of references.journeys) if (!knownJourneys.has(journey.key)) errors.push({ field: journey.path, message: `the tenant has no journey "${journey.key}"` });
  if (references.stages.length === 0) return errors;
  const rows = await scope.sql.rows<{ stage: string }>(
    `select j.key || '/' || s.key as stage from journey_stage s join journey j on j.tenant_id = s.tenant_id and j.id = s.journey_id
      where s.tenant_id = ? and j.key = any(?)`,
    [scope.tenantId, references.stages.map((stage) => stage.journey)],
  );
  // Keys cannot contain '/', so journey/stage pairs cannot collide.
  const knownStages = new Set(rows.map((row) => row.stage));
  for (const stage of references.stages) {
    if (!knownJourneys.has(stage.journey)) errors.push({ field: stage.path, message: `the tenant has no journey "${stage.journey}"` });
    else if (!knownStages.has(`${stage.journey}/${stage.stage}`)) errors.push({ field: stage.path, message: `journey "${stage.journey}" has no stage "${stage.stage}"` });
  }
  return errors;
}

async function existingKeys(scope: TenantScope, statement: string, keys: string[]): Promise<Set<string>> {
  const rows = await scope.sql.rows<{ key: string }>(statement, [scope.tenantId, [...new Set(keys)]]);
  return new Set(rows.map((row) => row.key));
}
