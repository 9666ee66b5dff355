import { useEffect, useState } from 'react';
import type { DocumentSummary, SessionState } from '../../shared/ipc/views';
import { call, subscribe } from '../bridge/tagwright-client';

export function App() {
  const [session, setSession] = useState<SessionState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const off = subscribe('sessionChanged', setSession);
    call('getSession', {}).then(setSession, (e: Error) => setError(e.message));
    return off;
  }, []);

  if (error) return <p role="alert">{error}</p>;
  if (!session) return <p>Loading…</p>;
  if (!session.project) {
    return (
      <main>
        <h1>Welcome to Tagwright</h1>
        <button onClick={() => call('openSampleProject', {}).catch((e: Error) => setError(e.message))}>
          Open the sample project
        </button>
      </main>
    );
  }
  return (
    <main>
      <h1>{session.project.name}</h1>
      <DocumentList key={session.project.path} />
    </main>
  );
}

function DocumentList() {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  useEffect(() => {
    const off = subscribe('documentsChanged', setDocuments);
    void call('listDocuments', {}).then(setDocuments);
    return off;
  }, []);
  return (
    <ul aria-label="Documents">
      {documents.map((d) => (
        <li key={d.id}>{d.title}</li>
      ))}
    </ul>
  );
}
