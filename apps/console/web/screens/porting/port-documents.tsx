import { useId, useRef, useState } from 'react';
import { useConsole } from '../../context';
import { Live } from '../../ui/async';
import { ProblemBox } from '../../ui/problem-box';
import { useAction } from '../../use-resource';
import type { PortingDocument } from './port-types';

/** Upload of the LOA and a recent bill (multipart POST /v1/numbers/porting-documents); PDF, PNG or JPEG up to 10 MB. */
export function PortDocuments({
  documents,
  onUploaded,
  onRemove,
}: {
  documents: PortingDocument[];
  onUploaded: (d: PortingDocument) => void;
  onRemove?: (id: string) => void;
}) {
  const { api } = useConsole();
  const [type, setType] = useState('loa');
  const file = useRef<HTMLInputElement>(null);
  const id = useId();
  const action = useAction();
  const upload = () =>
    action.run(async () => {
      const f = file.current?.files?.[0];
      if (!f) throw new Error('Choose a file first.');
      const form = new FormData();
      form.set('document_type', type);
      form.set('file', f, f.name);
      const doc = await api.upload<PortingDocument>('/v1/numbers/porting-documents', form);
      onUploaded(doc);
      if (file.current) file.current.value = '';
      return `${doc.filename ?? 'Document'} uploaded.`;
    });
  return (
    <fieldset>
      <legend>Documents</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-type`}>Document type</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="loa">Letter of authorization (LOA)</option>
            <option value="invoice">Recent bill</option>
            <option value="other">Other</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>File (PDF, PNG or JPEG, up to 10 MB)</label>
          <input id={`${id}-file`} ref={file} type="file" accept="application/pdf,image/png,image/jpeg" />
        </div>
        <button type="button" className="secondary" onClick={() => void upload()} disabled={action.busy}>
          {action.busy ? 'Uploading…' : 'Upload'}
        </button>
      </div>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      {documents.length ? (
        <ul aria-label="Uploaded documents">
          {documents.map((d) => (
            <li key={d.id}>
              {d.document_type.toUpperCase()}: {d.filename ?? d.id} ({Math.ceil(d.size_bytes / 1024)} KB){' '}
              {onRemove ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => onRemove(d.id)}
                  aria-label={`Remove ${d.filename ?? d.id}`}
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No documents yet. The carrier usually needs an LOA signed by the account holder.</p>
      )}
    </fieldset>
  );
}
