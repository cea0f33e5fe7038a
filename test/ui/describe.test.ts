// One wording for every coded outcome and error, in the task pane (sv/en) and the ribbon (sv).

import { UseCaseError, type UseCaseErrorCode } from '../../src/app/errors';
import { AuthError, type AuthErrorCode } from '../../src/adapters/msal/errors';
import { OfficeError } from '../../src/adapters/office/officeAsync';
import { GraphError } from '../../src/adapters/graph/errors';
import { describeError, describeSendOutcome } from '../../src/ui/describe';
import { STRINGS } from '../../src/ui/strings';

const USE_CASE_CODES: UseCaseErrorCode[] = ['too_large', 'needs_override', 'log_request_hold', 'refused_not_public', 'not_found', 'send_unconfirmed', 'in_progress', 'invalid_input', 'registrar_invalid'];
const AUTH_CODES: AuthErrorCode[] = ['auth_config', 'auth_cancelled', 'auth_failed', 'auth_dialog_blocked', 'auth_unsupported', 'auth_interaction_required'];

describe('describeError', () => {
  describe.each(['sv', 'en'] as const)('in %s', (language) => {
    const strings = STRINGS[language];

    it('words every use-case and sign-in code with its own sentence, never the generic one', () => {
      const sentences = [...USE_CASE_CODES.map((c) => new UseCaseError(c, { ref: 'abc123def0', count: 2, forwardedBytes: 1, limitBytes: 1 })), ...AUTH_CODES.map((c) => new AuthError(c, 'x'))].map((e) =>
        describeError(e, strings),
      );
      expect(sentences).not.toContain(strings.errorGeneric);
      expect(new Set(sentences).size).toBe(sentences.length);
    });

    it('puts the data into the sentence: the reference, the count and the sizes', () => {
      expect(describeError(new UseCaseError('in_progress', { ref: 'abc123def0' }), strings)).toContain('abc123def0');
      expect(describeError(new UseCaseError('send_unconfirmed', { ref: 'abc123def0' }), strings)).toContain('abc123def0');
      expect(describeError(new UseCaseError('needs_override', { count: 3 }), strings)).toMatch(/^3 /);
      expect(describeError(new UseCaseError('too_large', { forwardedBytes: 47_000_000, limitBytes: 36_700_160 }), strings)).toContain('35,0 MB');
    });

    it('words throttling with the wait Graph asked for, and without one when none was given', () => {
      expect(describeError(new GraphError({ code: 'throttled', message: 'x', statusCode: 429, retryAfterSeconds: 300 }), strings)).toContain('300');
      const noWait = describeError(new GraphError({ code: 'throttled', message: 'x', statusCode: 503 }), strings);
      expect(noWait).not.toBe(strings.errorGeneric);
      expect(noWait).not.toMatch(/ (om|in) \d/);
    });
  });

  describe('when the error is not one Postvakt knows', () => {
    it.each([
      ['null', null],
      ['a string', 'boom'],
      ['an unknown code', { code: 'something_else' }],
      ['details of the wrong type', new UseCaseError('too_large', { forwardedBytes: Number.NaN })],
    ])('answers a sentence for %s', (_name, error) => {
      const sentence = describeError(error, STRINGS.sv);
      expect(sentence.length).toBeGreaterThan(20);
      expect(sentence).not.toContain('undefined');
      expect(sentence).not.toContain('NaN');
    });

    it('words Office, network and permission failures by their kind', () => {
      expect(describeError(new OfficeError('no_item', 'none'), STRINGS.sv)).toBe(STRINGS.sv.errorNoItem);
      expect(describeError(new TypeError('fetch failed'), STRINGS.sv)).toBe(STRINGS.sv.errorNetwork);
      expect(describeError({ statusCode: 403 }, STRINGS.sv)).toBe(STRINGS.sv.errorAuth);
      expect(describeError({ statusCode: 404 }, STRINGS.en)).toBe(STRINGS.en.errorNotFound);
    });
  });
});

describe('describeSendOutcome', () => {
  it('says what happened and gives the reference for each status', () => {
    const texts = (['delivered', 'already_delivered', 'delivered_not_purged'] as const).map((status) => describeSendOutcome({ status, ref: 'abc123def0' }, STRINGS.sv));
    expect(texts.every((t) => t.includes('abc123def0'))).toBe(true);
    expect(new Set(texts).size).toBe(3);
  });
});
