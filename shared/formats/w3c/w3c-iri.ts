/** IRIs of a project's resources: URNs, since a desktop project has no web address. */
export const tagwrightIri = {
  project: (id: string) => `urn:tagwright:project:${id}`,
  document: (id: string) => `urn:tagwright:document:${id}`,
  annotation: (id: string) => `urn:tagwright:annotation:${id}`,
  relation: (id: string) => `urn:tagwright:relation:${id}`,
  event: (id: string) => `urn:tagwright:event:${id}`,
  /** The `n`th (from 1) role → argument pair of an event. */
  eventArgument: (eventId: string, n: number) => `urn:tagwright:event:${eventId}:argument:${n}`,
  equivalence: (id: string) => `urn:tagwright:equivalence:${id}`,
  entity: (id: string) => `urn:tagwright:entity:${id}`,
};
