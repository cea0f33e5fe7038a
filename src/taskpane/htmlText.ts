// The HTML-to-text converter for verdicts on Graph's messages (HTML bodies), in a lazy chunk of its own: the first verdict reads the open item as text through Office.js and does not wait for it.

let loading: Promise<void> | null = null;

/**
 * Loads the converter once and gives it to the classifier (src/domain/text/htmlTextPort.ts). Every
 * path that classifies a message from Graph awaits this first; a failed load is retried on the next call.
 */
export function loadHtmlToText(): Promise<void> {
  loading ??= import(/* webpackChunkName: "lazy-html" */ '../domain/text/installHtmlToText.js').then(
    (m) => m.installHtmlToText(),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
