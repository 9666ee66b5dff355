/** IRIs of a project's resources: URNs, since a desktop project has no web address. */
export const tagwrightIri = {
  project: (id: string) => `urn:tagwright:project:${id}`,
  document: (id: string) => `urn:tagwright:document:${id}`,
  annotation: (id: string) => `urn:tagwright:annotation:${id}`,
  relation: (id: string) => `urn:tagwright:relation:${id}`,
};
