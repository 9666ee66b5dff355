/** One entry of the local replica's changes feed: a document's latest revision, or its tombstone. */
export interface ReplicaChange {
  id: string;
  deleted: boolean;
  /** The document's body (absent for a tombstone). */
  doc?: unknown;
}
