import { choiceText, type EntityChoice } from './entity-choices';

interface Props {
  id: string;
  quote: string;
  choices: readonly EntityChoice[];
  active: number;
  open: boolean;
  onPick(choice: EntityChoice): void;
}

/** The entity box's popup listbox; its options are ids the box points at with aria-activedescendant. */
export function EntityChoiceList({ id, quote, choices, active, open, onPick }: Props) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={`Entities for “${quote}”`}
      className="entity-choices"
      hidden={!open || choices.length === 0}
    >
      {choices.map((choice, i) => (
        <li
          key={choice.kind === 'new' ? 'new' : choice.entity.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'entity-choice is-active' : 'entity-choice'}
          onMouseDown={(e) => e.preventDefault()} // keeps focus in the box
          onClick={() => onPick(choice)}
        >
          {choiceText(choice)}
        </li>
      ))}
    </ul>
  );
}
