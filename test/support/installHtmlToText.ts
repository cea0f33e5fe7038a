// Jest setup (jest.config.js setupFiles): each test file is an entry point, so it gets the classifier's HTML-to-text converter as the CLI does.

import { installHtmlToText } from '../../src/domain/text/installHtmlToText';

installHtmlToText();
