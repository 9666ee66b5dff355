import type { Annotation, Label } from '../../shared/model';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import type { LinkSession } from '../store/link-session';
import { choiceNames, linkSourceId } from './link-targets';

/** What the link bar shows and says: the link being made, its choices, the target in focus. */
export interface LinkDescription {
  /** "Link “…” as attributed to" / "Role of event on “provided”: agent". */
  heading: string;
  /** Numbered choices when there are several ("1 agent", "2 affected"), else empty. */
  choices: string[];
  /** "Actor “Aykhan Hajizada”, 1 of 3", or why there is none. */
  target: string;
  /** The whole of it as one sentence, for the live region. */
  announcement: string;
}

/** Describes the session for sighted and screen-reader users alike. */
export function describeLink(
  session: LinkSession,
  offered: readonly Annotation[],
  byId: ReadonlyMap<string, Annotation>,
  labels: readonly Label[],
): LinkDescription {
  const names = choiceNames(session.purpose);
  const chosen = names[session.choice] ?? '';
  const source = byId.get(linkSourceId(session.purpose));
  const sourceText = `“${quoteExcerpt(source?.quote ?? '')}”`;
  const heading =
    session.purpose.kind === 'relation'
      ? `Link ${sourceText} as ${chosen}`
      : `Role of the event on ${sourceText}: ${chosen}`;
  const choices = names.length > 1 ? names.map((name, i) => `${i + 1} ${name}`) : [];
  const at = offered.findIndex((a) => a.id === session.targetId);
  const target =
    at === -1
      ? session.query
        ? `Nothing allowed matches “${session.query}”`
        : 'No allowed target nearby: type part of its text to find one'
      : `${labelName(labels, offered[at]!.label)} “${quoteExcerpt(offered[at]!.quote)}”, ${at + 1} of ${offered.length}`;
  const keys = 'Tab for the next, type to find, Enter to link, Escape to cancel.';
  return { heading, choices, target, announcement: `${heading}: ${target}. ${keys}` };
}

const labelName = (labels: readonly Label[], id: string) => labels.find((l) => l.id === id)?.name ?? id;
