/**
 * brat numbers a role an event repeats: the second Theme is written `Theme2`, the third `Theme3`
 * (annotation.py, EventAnnotation.add_argument: the first free number, none standing for 1),
 * and its verify_annotations reads roles without the number. A role written with its own number
 * (`Arg1`, `Arg2`) is kept as written; add_argument does the same.
 */

/**
 * The roles of an event's arguments as written, without brat's numbers: `Theme2` is `Theme`
 * when the event also has a plain `Theme`; `Arg1` and `Arg2` stay themselves.
 */
export function rolesAsRead(written: readonly string[]): string[] {
  const plain = new Set(written.filter((role) => !/\d$/.test(role)));
  return written.map((role) => {
    const base = /^(.*\D)\d+$/.exec(role)?.[1];
    return base !== undefined && plain.has(base) && !/^[01]/.test(role.slice(base.length)) ? base : role;
  });
}

/** The roles as brat writes them: a repeated role numbered 2, 3, … (one ending in a digit as it is). */
export function rolesAsWritten(roles: readonly string[]): string[] {
  const used = new Map<string, Set<string>>();
  return roles.map((role) => {
    if (/\d$/.test(role)) return role;
    let taken = used.get(role);
    if (!taken) used.set(role, (taken = new Set()));
    let n = 1;
    while (taken.has(n === 1 ? role : `${role}${n}`)) n++;
    const written = n === 1 ? role : `${role}${n}`;
    taken.add(written);
    return written;
  });
}
