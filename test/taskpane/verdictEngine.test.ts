// The first verdict's engine: the shipped default profile without the validators, and the config's policy when present.

import { DEFAULT_PROFILE } from '../../src/domain/policy';
import { profileFromConfigJson, SHIPPED_DEFAULT_PROFILE } from '../../src/taskpane/verdictEngine';

describe('verdictEngine', () => {
  describe('SHIPPED_DEFAULT_PROFILE', () => {
    it('is the very profile parsePolicy makes of the shipped default', () => {
      expect(SHIPPED_DEFAULT_PROFILE).toEqual(DEFAULT_PROFILE);
    });
  });

  describe('profileFromConfigJson', () => {
    describe('when the deployment has no config file or no policy in it', () => {
      it('answers the default profile', async () => {
        expect(await profileFromConfigJson(null)).toBe(SHIPPED_DEFAULT_PROFILE);
        expect(await profileFromConfigJson({ clientId: '00000000-0000-0000-0000-000000000000' })).toBe(SHIPPED_DEFAULT_PROFILE);
      });
    });

    describe('when the config carries a valid policy', () => {
      it('answers that policy, validated', async () => {
        const policy = { ...DEFAULT_PROFILE, id: 'ovik', name: 'Övik kommun', politicianDomain: 'pol.ovik.se', registrar: { name: 'Registrator', address: 'registrator@ovik.se' } };
        const profile = await profileFromConfigJson({ policy });
        expect(profile.id).toBe('ovik');
        expect(profile.politicianDomain).toBe('pol.ovik.se');
      });
    });

    describe('when the config carries a broken policy', () => {
      it('falls back to the default profile for the verdict (actions then name the bad field)', async () => {
        expect(await profileFromConfigJson({ policy: { id: 42 } })).toEqual(DEFAULT_PROFILE);
      });
    });
  });
});
