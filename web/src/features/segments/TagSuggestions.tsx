import type { SegmentVocabulary } from './segment-vocabulary';

/** The tenant's tag keys offered while typing one (a datalist: any key may still be typed). */
export function TagSuggestions({ id, vocabulary }: { id: string; vocabulary: SegmentVocabulary }) {
  return (
    <datalist id={id}>
      {vocabulary.tags.map((tag) => (
        <option key={tag.key} value={tag.key}>
          {tag.label}
        </option>
      ))}
    </datalist>
  );
}
