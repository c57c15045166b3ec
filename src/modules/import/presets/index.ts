import { badInput } from '../../../common/errors.js';
import type { ImportPreset } from '../import-units.js';
import { ONLINE_RETAIL_PRESET } from './online-retail.js';

export const PRESETS: ImportPreset[] = [ONLINE_RETAIL_PRESET];

export function presetNamed(name: string): ImportPreset {
  const preset = PRESETS.find((candidate) => candidate.name === name);
  if (!preset) throw badInput('preset', `"${name}" is not a preset; known presets: ${PRESETS.map((known) => known.name).join(', ')}`);
  return preset;
}
