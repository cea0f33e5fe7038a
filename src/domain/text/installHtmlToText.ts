// installHtmlToText: gives the classifier its HTML-to-text converter; called once by each entry point (CLI, benches, scripts, tests' setup; the task pane from its lazy "lazy-html" chunk).

import { htmlToText } from './htmlToText';
import { provideHtmlToText } from './htmlTextPort';

export function installHtmlToText(): void {
  provideHtmlToText(htmlToText);
}
