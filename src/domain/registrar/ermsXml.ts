// A minimal XML writer for the ERMS export: elements as data, every text and attribute value
// escaped and reduced to characters XML 1.0 allows, so no subject can break the document.

export interface XmlElement {
  name: string;
  attrs?: readonly (readonly [string, string | undefined])[];
  text?: string;
  /** Falsy entries are skipped, so optional children read as `cond && element`. */
  children?: readonly (XmlElement | null | undefined | false | '')[];
}

// C0 controls other than tab, line feed and carriage return are not XML characters at all: dropped.
const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
// Lone surrogates and the non-characters U+FFFE/U+FFFF are not XML characters either: shown as U+FFFD.
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** Text reduced to characters XML 1.0 allows. */
export function xmlSafeText(value: string): string {
  return value.replace(C0, '').replace(NOT_XML, '\uFFFD');
}

/** Escaped element content; a carriage return is written as a reference so parsers keep it. */
export function escapeXmlText(value: string): string {
  return xmlSafeText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escaped attribute value; tab and line breaks as references so attribute normalisation keeps them. */
export function escapeXmlAttr(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

function write(el: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = (el.attrs ?? [])
    .filter((a): a is readonly [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`)
    .join('');
  const children = (el.children ?? []).filter((c): c is XmlElement => Boolean(c));
  if (children.length > 0) {
    out.push(`${pad}<${el.name}${attrs}>`);
    for (const child of children) write(child, depth + 1, out);
    out.push(`${pad}</${el.name}>`);
  } else if (el.text !== undefined && el.text !== '') {
    out.push(`${pad}<${el.name}${attrs}>${escapeXmlText(el.text)}</${el.name}>`);
  } else {
    out.push(`${pad}<${el.name}${attrs}/>`);
  }
}

/** The document: XML declaration, then the root element indented two spaces a level, LF line ends. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
