// The deployment's postvakt.config.json: a policy that does not validate is named field by field to
// the person (task pane and ribbon), never replaced in silence by the default profile.

import defaultJson from '../../src/domain/policy/profiles/default.json';
import { parseOutlookConfig } from '../../src/wiring/outlookConfig';
import { createOutlookDeps } from '../../src/wiring/outlookGraph';
import { describeError } from '../../src/ui/describe';
import { STRINGS } from '../../src/ui/i18n';

const OWNER = { name: 'Politiker', address: 'pol@pol.kramfors.se', roles: [] };
const SIGN_IN = { clientId: '11111111-2222-3333-4444-555555555555', authority: 'https://login.microsoftonline.com/organizations' };

function withPolicy(policy: unknown) {
  return { ...SIGN_IN, policy };
}

function failure(json: unknown): unknown {
  try {
    createOutlookDeps(parseOutlookConfig(json), OWNER);
  } catch (error) {
    return error;
  }
  throw new Error('createOutlookDeps did not refuse the config');
}

const registrar = (address: unknown) => ({ ...defaultJson, registrar: { name: 'Registrator', address } });

describe('parseOutlookConfig', () => {
  describe('when the policy is valid', () => {
    it('uses it and reports no policy errors', () => {
      const config = parseOutlookConfig(withPolicy(registrar('registrator@kramfors.se')));
      expect(config.policyErrors).toEqual([]);
      expect(config.profile.registrar.address).toBe('registrator@kramfors.se');
    });
  });

  describe('when there is no policy', () => {
    it('uses the default profile without an error (sending then asks for a registrar)', () => {
      const config = parseOutlookConfig(SIGN_IN);
      expect(config.policyErrors).toEqual([]);
      expect(config.profile.id).toBe('default');
    });
  });

  describe.each([
    ['the registrar address is missing', registrar(undefined), 'registrar.address'],
    ['the registrar address is not an e-mail address', registrar('registratorn'), 'registrar.address'],
    ['the registrar address is empty', registrar(''), 'registrar.address'],
    ['the log window is not a number', { ...registrar('registrator@kramfors.se'), logWindowDays: 'trettio' }, 'logWindowDays'],
  ])('when %s', (_name, policy, field) => {
    it(`names ${field} as the bad field`, () => {
      expect(parseOutlookConfig(withPolicy(policy)).policyErrors.map((e) => e.field)).toEqual([field]);
    });

    it('refuses to wire the mailbox, with a coded error the task pane words in Swedish and English', () => {
      const error = failure(withPolicy(policy)) as { code?: unknown };
      expect(error.code).toBe('policy_invalid');
      const sv = describeError(error, STRINGS.sv);
      expect(sv).toContain(field);
      expect(sv).toContain('postvakt.config.json');
      expect(sv).toContain('IT-supporten');
      const en = describeError(error, STRINGS.en);
      expect(en).toContain(field);
      expect(en).toContain('IT support');
    });
  });
});
