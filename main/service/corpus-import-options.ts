/** How a corpus import treats labels and problems (the CLI's --map-label, --add-labels, --partial). */
export interface CorpusImportOptions {
  /**
   * Labels (or relation types) as the files name them → a label id or name in the project. Build
   * it without a prototype (Object.create(null), Object.fromEntries) so that a label called
   * "__proto__" is a key like any other.
   */
  mapLabels?: Record<string, string>;
  /** Add labels and relation types the project does not have yet, instead of refusing the import. */
  addLabels?: boolean;
  /** Apply what is valid even when some spans or lines have problems (default: all or nothing). */
  partial?: boolean;
}
