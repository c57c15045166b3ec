import { useMemo, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { Link, navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { Card, ErrorMessage } from '../../app/ui';
import type { SegmentPreviewQuery } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { ConditionGroupEditor } from './ConditionGroupEditor';
import type { RowError } from './ConditionEditor';
import { appendChild, buildDefinition, locateError, newGroup, numberNodes, numberOrText, removeNode, updateNode, type ConditionGroup } from './segment-form';
import { segmentMessages } from './segment-messages';
import { SegmentCreateDocument, SegmentPreviewDocument, SegmentUpdateDocument } from './segment-operations';
import type { SegmentVocabulary } from './segment-vocabulary';
import { SegmentPreviewPanel } from './SegmentPreviewPanel';

/** A saved segment being edited; absent when building a new one. */
export interface EditedSegment {
  id: string;
  name: string;
  description?: string | null;
  refreshIntervalMinutes: number;
  conditions: ConditionGroup;
}

/** A refusal of the server, with where each condition sat in the input that was sent. */
interface Refusal {
  error: ApiError;
  conditionPaths: Map<string, string>;
}

const PREVIEW_SAMPLE_SIZE = 10;

/**
 * The segment builder: name and schedule, the conditions as a form, an on-demand preview, and
 * save (create, or a new version of an edited segment). Values go to the server as typed; its
 * refusal is shown as it came (ErrorMessage) and next to the condition or input it names.
 */
export function SegmentBuilder({ vocabulary, edited }: { vocabulary: SegmentVocabulary; edited?: EditedSegment }) {
  const t = useMessages(segmentMessages);
  const { can } = useSession();
  const withProfile = can('customers:read');

  const [name, setName] = useState(edited?.name ?? '');
  const [description, setDescription] = useState(edited?.description ?? '');
  const [refreshMinutes, setRefreshMinutes] = useState(edited ? String(edited.refreshIntervalMinutes) : '');
  const [conditions, setConditions] = useState<ConditionGroup>(() => edited?.conditions ?? newGroup(vocabulary, 'all'));
  const [preview, setPreview] = useState<{ result: SegmentPreviewQuery['previewSegment']; definitionKey: string }>();
  const [refusal, setRefusal] = useState<Refusal>();

  const [runPreview, previewState] = useMutation(SegmentPreviewDocument); // a query, run on demand
  const [createSegment, createState] = useMutation(SegmentCreateDocument);
  const [updateSegment, updateState] = useMutation(SegmentUpdateDocument);
  const saving = createState.loading || updateState.loading;

  const built = useMemo(() => buildDefinition(vocabulary, conditions), [vocabulary, conditions]);
  const definitionKey = JSON.stringify(built.definition);
  const [initialDefinitionKey] = useState(definitionKey);
  const numbers = useMemo(() => numberNodes(conditions), [conditions]);
  const rowErrors = useMemo(() => rowErrorsOf(refusal), [refusal]);
  const inputError = (key: string) => (refusal?.error.field === `input.${key}` ? refusal.error : undefined);

  async function handlePreview() {
    setRefusal(undefined);
    try {
      const data = await runPreview({ input: { definition: built.definition, sampleSize: PREVIEW_SAMPLE_SIZE }, withProfile });
      setPreview({ result: data.previewSegment, definitionKey });
    } catch (error) {
      setPreview(undefined);
      setRefusal({ error: error as ApiError, conditionPaths: built.conditionPaths });
    }
  }

  async function handleSave(event: FormEvent) {
    event.preventDefault();
    setRefusal(undefined);
    // Sent as typed when it is not a number, so the server's refusal names it instead of the
    // form sending nothing and the server quietly using its default.
    const schedule = { name, refreshIntervalMinutes: refreshMinutes.trim() ? (numberOrText(refreshMinutes) as number) : undefined };
    try {
      if (edited) {
        // Only a changed definition is sent: the server makes every definition a new version.
        const definition = definitionKey === initialDefinitionKey ? undefined : built.definition;
        const data = await updateSegment({ input: { id: edited.id, ...schedule, description, definition } });
        navigate(`/segments/${encodeURIComponent(data.updateSegment.segment.id)}?saved=${data.updateSegment.memberCount}`);
      } else {
        const data = await createSegment({ input: { ...schedule, description: description || undefined, definition: built.definition } });
        navigate(`/segments/${encodeURIComponent(data.createSegment.segment.id)}?saved=${data.createSegment.memberCount}`);
      }
    } catch (error) {
      setRefusal({ error: error as ApiError, conditionPaths: built.conditionPaths });
    }
  }

  const title = edited ? format(t.builder.titleEdit, { name: edited.name }) : t.builder.titleNew;
  return (
    <section aria-labelledby="segment-builder-title" className="segment-builder">
      <p className="segment-breadcrumb">
        <Link to={edited ? `/segments/${encodeURIComponent(edited.id)}` : '/segments'}>← {edited ? edited.name : t.detail.back}</Link>
      </p>
      <h1 id="segment-builder-title">{title}</h1>
      <p className="hint">{t.builder.intro}</p>
      <form onSubmit={handleSave} noValidate>
        <Card id="segment-details" title={t.builder.details}>
          <div className="field-row">
            <TextField id="segment-name" label={t.builder.name} hint={t.builder.nameHint} value={name} onChange={setName} error={inputError('name')} wide />
            <TextField id="segment-interval" label={t.builder.interval} hint={t.builder.intervalHint} value={refreshMinutes} onChange={setRefreshMinutes} error={inputError('refreshIntervalMinutes')} numeric />
          </div>
          <div className="field">
            <label htmlFor="segment-description">{t.builder.description}</label>
            <textarea id="segment-description" rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
          </div>
        </Card>

        <Card id="segment-conditions" title={t.builder.conditions}>
          <ConditionGroupEditor
            group={conditions}
            number=""
            numbers={numbers}
            vocabulary={vocabulary}
            errors={rowErrors}
            onChange={(node) => setConditions((root) => updateNode(root, node.id, () => node))}
            onRemove={(id) => setConditions((root) => removeNode(root, id))}
            onAppend={(groupId, child) => setConditions((root) => appendChild(root, groupId, child))}
          />
        </Card>

        <SegmentPreviewPanel preview={preview?.result} stale={preview !== undefined && preview.definitionKey !== definitionKey} loading={previewState.loading} withProfile={withProfile} onPreview={handlePreview} />

        {refusal && <ErrorMessage error={refusal.error} />}
        <div className="segment-form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t.builder.saving : edited ? t.builder.saveChanges : t.builder.save}
          </button>
          <Link to={edited ? `/segments/${encodeURIComponent(edited.id)}` : '/segments'} className="button">
            {t.builder.cancel}
          </Link>
        </div>
      </form>
    </section>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: ApiError;
  wide?: boolean;
  numeric?: boolean;
  onChange(value: string): void;
}

function TextField({ id, label, hint, value, error, wide, numeric, onChange }: TextFieldProps) {
  const t = useMessages(segmentMessages);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${wide ? ' segment-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} inputMode={numeric ? 'numeric' : undefined} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value)} />
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error && (
        <span className="segment-row-error" id={`${id}-error`}>
          {format(t.builder.refusedName, { message: withoutFieldPrefix(error) })}
        </span>
      )}
    </div>
  );
}

/** Each refused condition's input and the reason, by row id. */
function rowErrorsOf(refusal: Refusal | undefined): Map<string, RowError> {
  const errors = new Map<string, RowError>();
  const located = locateError(refusal?.error.field, refusal?.conditionPaths ?? new Map());
  if (refusal && located) errors.set(located.rowId, { key: located.key, message: withoutFieldPrefix(refusal.error) });
  return errors;
}

/** The server starts a message with the field's path; next to the input itself the reason suffices. */
function withoutFieldPrefix(error: ApiError): string {
  const prefix = `${error.field}: `;
  return error.field && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
