// Tests for policy profiles: validation with typed field errors, built-ins, and the profile for an organisation.

import { BUILT_IN_PROFILES, DEFAULT_PROFILE, parsePolicy, profileForOrganization, rosterOf } from '../../../src/domain/policy';
import kramfors from '../../../src/domain/policy/profiles/kramfors.json';

describe('parsePolicy', () => {
  describe('when given a built-in profile', () => {
    it('answers ok with lower-cased domains and the defaults', () => {
      const r = parsePolicy(kramfors);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.profile.politicianDomain).toBe('pol.kramfors.se');
      expect(r.profile.logWindowDays).toBe(30);
      expect(r.profile.maxMessageBytes).toBe(35 * 1024 * 1024);
      expect(r.profile.partyDomains).toContain('centerpartiet.se');
      expect(r.profile.meetingTools.map((t) => t.name)).toContain('Netpublicator');
    });
  });

  describe('when a field is missing or of the wrong type', () => {
    it('names each bad field', () => {
      const r = parsePolicy({ ...kramfors, registrar: { name: 'R' }, logWindowDays: 'trettio', readCadence: { kind: 'everyNDays' } });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const fields = r.errors.map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['registrar.address', 'logWindowDays', 'readCadence.days']));
    });

    it('names a roster entry that is not an e-mail address', () => {
      const r = parsePolicy({ ...kramfors, members: ['anna@pol.kramfors.se', 'Anna Lund'] });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors).toEqual([{ field: 'members.1', message: 'must be an e-mail address' }]);
    });

    it('lower-cases a valid roster and leaves it out when absent', () => {
      const r = parsePolicy({ ...kramfors, members: [' Anna@Pol.Kramfors.se'] });
      expect(r.ok && r.profile.members).toEqual(['anna@pol.kramfors.se']);
      const without = parsePolicy(kramfors);
      expect(without.ok && 'members' in without.profile).toBe(false);
    });

    it('rejects something that is not an object', () => {
      const r = parsePolicy('kramfors');
      expect(r.ok).toBe(false);
    });
  });
});

describe('profileForOrganization', () => {
  const org = (id: string) => ({
    id,
    name: 'Region Halland',
    politicianDomain: 'Regionhalland.se',
    orgDomains: ['regionhalland.se'],
    registrar: { name: 'Registrator', address: 'Registrator@regionhalland.se' },
  });

  describe('when given a roster', () => {
    it('carries the members lower-cased, and none without one', () => {
      expect(profileForOrganization(org('halland'), ['Eva@RegionHalland.se']).members).toEqual(['eva@regionhalland.se']);
      expect(profileForOrganization(org('halland')).members).toBeUndefined();
    });

    it('derives the roster from the owners of the organisation\'s mailboxes only', () => {
      const boxes = [
        { organization: 'halland', owner: { address: 'Eva@regionhalland.se' } },
        { organization: 'kramfors', owner: { address: 'ola@pol.kramfors.se' } },
      ];
      expect(rosterOf(boxes, 'halland')).toEqual(['eva@regionhalland.se']);
    });
  });

  describe('when the organisation has no built-in profile', () => {
    it('answers the generic default merged with the organisation block', () => {
      const p = profileForOrganization(org('halland'));
      expect(p.id).toBe('halland');
      expect(p.politicianDomain).toBe('regionhalland.se');
      expect(p.registrar.address).toBe('registrator@regionhalland.se');
      expect(p.meetingTools).toBe(DEFAULT_PROFILE.meetingTools);
      expect(p.readCadence.kind).toBe('weekdays');
    });
  });

  describe('when the organisation has a built-in profile', () => {
    it('keeps its read cadence (Region Kronoberg: every other day)', () => {
      const p = profileForOrganization(org('kronoberg'));
      expect(p.readCadence).toEqual(expect.objectContaining({ kind: 'everyNDays', days: 2 }));
      expect(BUILT_IN_PROFILES.has('kramfors')).toBe(true);
      expect(BUILT_IN_PROFILES.has('mjolby')).toBe(true);
    });
  });
});
