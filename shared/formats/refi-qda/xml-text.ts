/** Characters XML 1.0 cannot hold at all, even escaped (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when `text` holds a character XML 1.0 cannot carry (it is written as U+FFFD). */
export function hasNonXmlCharacters(text: string): boolean {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(text);
}

/**
 * `text` as XML character data: markup escaped, and a carriage return as `&#13;` so that a parser's
 * line-end normalisation gives it back; characters XML cannot hold become U+FFFD.
 */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** `value` as a double-quoted attribute value: tabs and line breaks escaped so attribute normalisation keeps them. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** An element's attributes, ` name="value"` each, in the order given; undefined ones left out. */
export function attributes(list: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(list))
    if (value !== undefined) out += ` ${name}="${xmlAttribute(String(value))}"`;
  return out;
}
