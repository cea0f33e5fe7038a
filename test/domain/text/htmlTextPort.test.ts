// The classifier reads HTML bodies only through the converter an entry point provided: without it an HTML body is a typed error, never another verdict.

import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { KRONOBERG, OWNER, message } from '../classify/support';

type Classifier = typeof import('../../../src/domain/classify');
type Port = typeof import('../../../src/domain/text/htmlTextPort');
type Install = typeof import('../../../src/domain/text/installHtmlToText');

/** The classifier and the port in a module registry of their own: jest's setup file has provided nothing there. */
function freshModules(): { classifier: Classifier; port: Port; install: Install } {
  let modules: { classifier: Classifier; port: Port; install: Install } | null = null;
  jest.isolateModules(() => {
    modules = {
      classifier: require('../../../src/domain/classify') as Classifier,
      port: require('../../../src/domain/text/htmlTextPort') as Port,
      install: require('../../../src/domain/text/installHtmlToText') as Install,
    };
  });
  return modules!;
}

const HTML = message({
  fromAddress: 'registrator@kronoberg.se',
  subject: 'Kallelse till regionstyrelsen',
  html: '<html><body><p>Du kallas till <b>sammanträde</b> med regionstyrelsen den 3 december.</p><p>Handlingar bifogas.</p></body></html>',
});
const TEXT = { ...HTML, body: { contentType: 'text' as const, content: 'Du kallas till sammanträde med regionstyrelsen den 3 december.\nHandlingar bifogas.' } };

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('htmlTextPort', () => {
  describe('when no entry point has provided the converter', () => {
    it('classify throws HtmlToTextMissingError (code html_to_text_missing) on an HTML body', () => {
      const { classifier, port } = freshModules();
      expect(port.hasHtmlToText()).toBe(false);
      const error = thrown(() => classifier.classify(HTML, KRONOBERG, classifier.buildClassifyContext(OWNER, [HTML])));
      expect(error).toBeInstanceOf(port.HtmlToTextMissingError);
      expect((error as { code: string }).code).toBe('html_to_text_missing');
      // The message says what is missing, never what the body held.
      expect((error as Error).message).not.toMatch(/sammanträde|kronoberg/i);
    });

    it('modelInputs, which learning reads, throws the same error instead of scoring an empty body', () => {
      const { classifier } = freshModules();
      const error = thrown(() => classifier.modelInputs(HTML, KRONOBERG, classifier.buildClassifyContext(OWNER, [HTML])));
      expect((error as { code?: string } | null)?.code).toBe('html_to_text_missing');
    });

    it('judges a text body (the task pane\'s first verdict, read through Office.js) as with the converter', () => {
      const { classifier } = freshModules();
      const without = classifier.classify(TEXT, KRONOBERG, classifier.buildClassifyContext(OWNER, [TEXT]));
      expect(without).toEqual(classify(TEXT, KRONOBERG, buildClassifyContext(OWNER, [TEXT])));
    });
  });

  describe('once installHtmlToText has run', () => {
    it('judges the HTML body exactly as an entry point that provided it at load does', () => {
      const { classifier, port, install } = freshModules();
      install.installHtmlToText();
      expect(port.hasHtmlToText()).toBe(true);
      const verdict = classifier.classify(HTML, KRONOBERG, classifier.buildClassifyContext(OWNER, [HTML]));
      expect(verdict).toEqual(classify(HTML, KRONOBERG, buildClassifyContext(OWNER, [HTML])));
      expect(verdict.category).not.toBe('osaker');
    });
  });
});
