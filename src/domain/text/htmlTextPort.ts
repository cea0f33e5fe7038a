// htmlTextPort: how the classifier gets its HTML-to-text converter — provided once by each entry point (Node at load, the task pane lazily); an HTML body before that is a typed error, never another verdict.

/** Analysis cap used by the classifier: characters of text read from one body. */
export const DEFAULT_MAX_TEXT_CHARS = 200_000;

/** Text of an HTML body, at most `maxChars` characters (src/domain/text/htmlToText.ts). */
export type HtmlToText = (html: string, maxChars: number) => string;

/**
 * An HTML body reached the classifier before its entry point provided the converter: a wiring fault,
 * not a property of the message. It is thrown, not turned into an "osäker" verdict, so that no
 * verdict (cached, counted in a report, learnt from) ever rests on a body that was not read.
 */
export class HtmlToTextMissingError extends Error {
  readonly code = 'html_to_text_missing';

  constructor() {
    super('An HTML body was classified before the HTML-to-text converter was provided (installHtmlToText).');
    this.name = 'HtmlToTextMissingError';
  }
}

let provided: HtmlToText | null = null;

/** Called by an entry point, through installHtmlToText.ts. */
export function provideHtmlToText(convert: HtmlToText): void {
  provided = convert;
}

/** Whether the converter has been provided (the task pane loads it before a Graph-driven verdict). */
export function hasHtmlToText(): boolean {
  return provided !== null;
}

/** The text of an HTML body through the provided converter; throws HtmlToTextMissingError without one. */
export function readHtmlText(html: string, maxChars: number): string {
  if (provided === null) throw new HtmlToTextMissingError();
  return provided(html, maxChars);
}
