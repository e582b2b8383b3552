import { FormEvent, useEffect, useState } from 'react';
import { fieldErrors, ok } from '../../api/client';
import { useConsole } from '../../context';
import { dateTime } from '../../format';
import { Async, Live } from '../../ui/async';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { EMPTY_DRAFT, fromDraft, MarkupDraft, toDraft } from './markup-draft';
import { MarkupFields } from './markup-fields';

/**
 * Markups: what the partner adds to the platform's prices for its tenants (GET/PUT
 * /v1/pricing/markups). Saving replaces the whole set; the API's errors show beside their fields.
 */
export function Markups() {
  const { api, me } = useConsole();
  const markups = useResource(() => ok(api.client.GET('/v1/pricing/markups')), []);
  const [drafts, setDrafts] = useState<MarkupDraft[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<number, Record<string, string>>>({});
  const action = useAction();
  const loaded = markups.data;
  useEffect(() => {
    if (loaded) setDrafts(loaded.markups.map(toDraft));
  }, [loaded]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const parsed = drafts.map(fromDraft);
    const errors = Object.fromEntries(parsed.flatMap((p, i) => (Object.keys(p.errors).length ? [[i, p.errors]] : [])));
    setLocalErrors(errors);
    if (Object.keys(errors).length) return;
    void action.run(async () => {
      await ok(api.client.PUT('/v1/pricing/markups', { body: { markups: parsed.map((p) => p.markup) } }));
      await markups.reload();
      return parsed.length
        ? `Markups saved: your tenants' prices changed at once.`
        : 'Markups removed: your tenants pay your own prices.';
    });
  };
  const errorsOf = (i: number) => ({ ...fieldErrors(action.error, `markups[${i}].`), ...localErrors[i] });
  const update = (i: number, draft?: MarkupDraft) => {
    setDrafts((ds) => (draft ? ds.map((d, j) => (j === i ? draft : d)) : ds.filter((_, j) => j !== i)));
    // Errors name markups by position: after a removal they would point at the wrong one.
    if (!draft) {
      setLocalErrors({});
      action.clear();
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Markups</h1>
      <p className="hint">
        What your tenants pay on top of your own prices. A percent applies to every item (setup, monthly, and every
        usage rate); fixed amounts in {me.currency} are added after it: setup and monthly fees, per minute of a call
        (both directions) and per answered call. The most specific markup applies (country and type, then country, then
        type, then every number); they never add up. A number keeps the usage rates it was bought at.
      </p>
      <Async resource={markups} label="markups">
        {(set) => (
          <form onSubmit={save} aria-label="Markups">
            {drafts.length === 0 ? (
              <div className="empty">
                <p>No markups: your tenants pay what you pay.</p>
              </div>
            ) : null}
            {drafts.map((d, i) => (
              <MarkupFields
                key={i}
                index={i}
                draft={d}
                currency={me.currency}
                errors={errorsOf(i)}
                onChange={(next) => update(i, next)}
                onRemove={() => update(i)}
              />
            ))}
            <ProblemBox problem={action.error} />
            <Live>{action.message}</Live>
            <div className="actions">
              <button type="button" className="secondary" onClick={() => setDrafts((ds) => [...ds, EMPTY_DRAFT])}>
                Add markup
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => (setDrafts(set.markups.map(toDraft)), setLocalErrors({}), action.clear())}
              >
                Discard changes
              </button>
              <button type="submit" disabled={action.busy}>
                {action.busy ? 'Saving…' : 'Save markups'}
              </button>
              <span className="hint">Last saved {dateTime(set.updated_at)}</span>
            </div>
          </form>
        )}
      </Async>
    </>
  );
}
