import { COUNTRIES, NUMBER_TYPES } from '../../api/types';
import { Field } from '../../ui/field';
import { AMOUNT_FIELDS, MarkupDraft } from './markup-draft';

/** One markup's inputs, each with its error (the API's, or what the form could not read) beneath it. */
export function MarkupFields({
  index,
  draft,
  currency,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  draft: MarkupDraft;
  currency: string;
  errors: Record<string, string>;
  onChange: (draft: MarkupDraft) => void;
  onRemove: () => void;
}) {
  const set = (name: keyof MarkupDraft) => (e: { target: { value: string } }) =>
    onChange({ ...draft, [name]: e.target.value });
  const scope = `${COUNTRIES.find((c) => c.value === draft.country_code)?.label ?? 'Every country'}, ${NUMBER_TYPES.find((t) => t.value === draft.number_type)?.label ?? 'every type'}`;
  return (
    <fieldset data-testid="markup">
      <legend>
        Markup {index + 1}: {scope}
      </legend>
      <div className="row markup-row">
        <Field label="Country" error={errors.country_code}>
          {(p) => (
            <select {...p} value={draft.country_code} onChange={set('country_code')}>
              <option value="">Every country</option>
              {COUNTRIES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Number type" error={errors.number_type}>
          {(p) => (
            <select {...p} value={draft.number_type} onChange={set('number_type')}>
              <option value="">Every type</option>
              {NUMBER_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Percent (%)" error={errors.percent_basis_points}>
          {(p) => (
            <input {...p} className="amount" inputMode="decimal" value={draft.percent} onChange={set('percent')} />
          )}
        </Field>
        {AMOUNT_FIELDS.map((f) => (
          <Field key={f.draft} label={`${f.label} (+${currency})`} error={errors[f.api]}>
            {(p) => (
              <input {...p} className="amount" inputMode="decimal" value={draft[f.draft]} onChange={set(f.draft)} />
            )}
          </Field>
        ))}
        <button type="button" className="secondary" onClick={onRemove} aria-label={`Remove markup ${index + 1}`}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
