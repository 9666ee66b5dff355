import type { Annotation, AttributeValue, Comment, Normalization, Relation, TagwrightEvent } from '../../model';
import type { OffsetConverter } from '../../text/code-points';
import type { SelectedThings } from '../corpus/corpus-export';
import { annotationFragments, codePointFragments, sortAnnotations } from '../corpus/span-fragments';
import { formatBratOffsets } from './brat-lines';
import type { ConfSeen } from './conf-seen';
import { rolesAsWritten } from './event-roles';
import { entityLine, type EntityNames } from './entity-lines';

/** A span, relation or event as the lines that hang on it see it. */
type Remarked = Partial<Pick<TagwrightEvent, 'attributes' | 'modifiers' | 'normalizations' | 'comments'>> & {
  note?: string;
};

/**
 * One document's `.ann` lines (brat docs, "Standoff format", as brat's annotation.py writes them):
 * a T line per annotation, each followed by its A and M lines (a modifier holding `true` is an M
 * line), N lines and `#` lines (the note as AnnotatorNotes, then the comments, on the A or N line
 * they are about); R lines with theirs; E lines with theirs (a repeated role numbered as brat
 * numbers it: Theme, Theme2); `*` lines. An event's trigger is its annotation's T line, unless
 * brat would refuse that: brat wants a trigger's type to be the event's and nothing but events
 * to point at it, so an annotation of another label, or with lines of its own, gets a second T
 * line for its events. A mention linked to an entity gets an N line naming it (entity-lines.ts).
 * What the conf files need is noted in `seen`.
 */
export function annLines(
  things: SelectedThings,
  text: string,
  converter: OffsetConverter,
  seen: ConfSeen,
  entities: EntityNames = new Map(),
): string[] {
  const lines: string[] = [];
  const next = lineIds();
  const tOf = new Map<string, string>();
  const tLine = (a: Annotation, label: string) => {
    const t = next('T');
    const texts = annotationFragments(a).map((f) => text.slice(f.start, f.end));
    lines.push(`${t}\t${label} ${formatBratOffsets(codePointFragments(a, converter))}\t${oneLine(texts.join(' '))}`);
    return t;
  };
  const annotations = sortAnnotations(things.annotations);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  for (const a of annotations) {
    tOf.set(a.id, tLine(a, a.label));
    for (const line of remarkLines(a, tOf.get(a.id)!, next, seen.attributesOf(a.label))) lines.push(line);
    const linked = a.entity === undefined ? null : entityLine(a.entity, tOf.get(a.id)!, next('N'), entities);
    if (linked) lines.push(linked);
  }
  for (const r of things.relations) {
    const [from, to] = [tOf.get(r.from), tOf.get(r.to)];
    if (!from || !to) continue;
    const id = next('R');
    lines.push(`${id}\t${r.type} Arg1:${from} Arg2:${to}\t`);
    for (const line of remarkLines(r, id, next, null)) lines.push(line);
  }
  const events = orderedEvents(things.events, byId);
  const eOf = new Map(events.map((e) => [e.id, next('E')]));
  const eventType = new Map(events.map((e) => [e.id, e.type]));
  const triggers = new Map<string, string>();
  for (const e of events) {
    const trigger = byId.get(e.trigger)!;
    const ownLine = trigger.label === e.type && !hasRemarks(trigger);
    const key = `${trigger.id} ${e.type}`;
    if (!ownLine && !triggers.has(key)) triggers.set(key, tLine(trigger, e.type));
    const roles = rolesAsWritten(e.arguments.map((a) => a.role));
    const args = e.arguments.map((a, i) => `${roles[i]}:${(a.targetKind === 'event' ? eOf : tOf).get(a.target)}`);
    const id = eOf.get(e.id)!;
    lines.push(`${id}\t${e.type}:${ownLine ? tOf.get(trigger.id) : triggers.get(key)} ${args.join(' ')}`);
    for (const line of remarkLines(e, id, next, seen.attributesOf(e.type))) lines.push(line);
    seen.event(e, (a) => (a.targetKind === 'event' ? eventType.get(a.target)! : byId.get(a.target)!.label));
  }
  for (const g of things.equivalences) {
    lines.push(`*\t${g.type} ${g.members.map((m) => tOf.get(m)).join(' ')}`);
    seen.equivalence(
      g.type,
      g.members.map((m) => byId.get(m)!.label),
    );
  }
  return lines;
}

/**
 * A thing's A, M, N and `#` lines, pointing at `ref`; `attributes` notes the values seen for
 * annotation.conf (null for a relation, which has none).
 */
function remarkLines(
  thing: Remarked | Relation,
  ref: string,
  next: (prefix: string) => string,
  attributes: ((name: string, token: string) => void) | null,
): string[] {
  const { attributes: values = {}, modifiers = [], normalizations = [], comments = [], note = '' } = thing as Remarked;
  const lines: string[] = [];
  const attributeLine = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const modifier = value === true && modifiers.includes(name);
    const token = modifier ? '' : attributeToken(value);
    if (token === null || !attributes) continue;
    const id = next(modifier ? 'M' : 'A');
    attributeLine.set(name, id);
    attributes(name, token);
    lines.push(`${id}\t${name} ${ref}${token === '' ? '' : ` ${token}`}`);
  }
  const normalizationLine = normalizations.map((n: Normalization) => {
    const id = next('N');
    lines.push(`${id}\tReference ${ref} ${n.resource}:${n.entry}\t${oneLine(n.text)}`);
    return id;
  });
  const on = (c: Comment) =>
    (c.about && 'attribute' in c.about ? attributeLine.get(c.about.attribute) : undefined) ??
    (c.about && 'normalization' in c.about ? normalizationLine[c.about.normalization] : undefined) ??
    ref;
  if (note !== '') lines.push(`${next('#')}\tAnnotatorNotes ${ref}\t${oneLine(note)}`);
  for (const c of comments) lines.push(`${next('#')}\t${c.type} ${on(c)}\t${oneLine(c.text)}`);
  return lines;
}

/** True when an annotation has lines of its own pointing at its T line (which brat forbids on a trigger). */
function hasRemarks(a: Annotation): boolean {
  const written = Object.values(a.attributes).some((v) => attributeToken(v) !== null);
  const remarked = a.note !== '' || a.entity !== undefined;
  return written || remarked || (a.normalizations?.length ?? 0) > 0 || (a.comments?.length ?? 0) > 0;
}

/** Events in the order of their triggers in the text, then as listed; only those whose trigger is written. */
function orderedEvents(events: readonly TagwrightEvent[], byId: ReadonlyMap<string, Annotation>): TagwrightEvent[] {
  const rank = new Map([...byId.keys()].map((id, i) => [id, i]));
  return events
    .filter((e) => rank.has(e.trigger))
    .map((e, i) => ({ e, i }))
    .sort((x, y) => rank.get(x.e.trigger)! - rank.get(y.e.trigger)! || x.i - y.i)
    .map(({ e }) => e);
}

/** Numbers lines per prefix, as brat does: T1, T2, …, A1, … */
function lineIds(): (prefix: string) => string {
  const counts = new Map<string, number>();
  return (prefix) => {
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return `${prefix}${n}`;
  };
}

/**
 * An attribute value as one brat token: '' for a binary (true) attribute, null when not written.
 * brat has no multi-valued attributes: a multiple choice's values are joined with commas.
 */
export function attributeToken(value: AttributeValue): string | null {
  if (value === true) return '';
  if (value === false || value === null) return null;
  const token = (Array.isArray(value) ? value.join(',') : String(value)).replace(/\s+/g, '_');
  return token === '' ? null : token;
}

/** brat lines cannot hold a tab or a line break: each becomes a space. */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ');
}
