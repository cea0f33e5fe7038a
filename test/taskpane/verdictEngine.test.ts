// The first verdict's engine: the shipped default profile without the validators, and the config's policy when present.

import { DEFAULT_PROFILE } from '../../src/domain/policy';
import { buildClassifyContext, modelInputs } from '../../src/domain/classify';
import { judge, profileFromConfigJson, SHIPPED_DEFAULT_PROFILE } from '../../src/taskpane/verdictEngine';
import type { MailMessage } from '../../src/domain/types';

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

  describe('warmUp', () => {
    type Engine = typeof import('../../src/taskpane/verdictEngine');
    const owner = { name: 'Helena', address: 'helena@pol.example.se', roles: [] };
    const message = {
      id: 'm1',
      receivedDateTime: '2026-11-03T08:00:00.000Z',
      sentDateTime: '2026-11-03T08:00:00.000Z',
      isRead: false,
      importance: 'normal' as const,
      from: { name: 'Anna', address: 'anna@example.se' },
      toRecipients: [{ name: 'Helena', address: 'helena@pol.example.se' }],
      ccRecipients: [],
      subject: 'Fråga om bygglov',
      body: { contentType: 'text' as const, content: 'Hej, när kommer beslutet?' },
      internetMessageHeaders: [],
      attachments: [],
    };

    /** A fresh engine whose classify calls are counted. */
    function freshEngine(): { engine: Engine; classify: jest.Mock; patternsBuilt: () => boolean } {
      let engine!: Engine;
      let classify!: jest.Mock;
      let patterns!: typeof import('../../src/domain/classify/patterns');
      jest.isolateModules(() => {
        const actual = jest.requireActual('../../src/domain/classify') as typeof import('../../src/domain/classify');
        classify = jest.fn(actual.classify);
        jest.doMock('../../src/domain/classify', () => ({ ...actual, classify }));
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        engine = require('../../src/taskpane/verdictEngine') as Engine;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        patterns = require('../../src/domain/classify/patterns') as typeof patterns;
      });
      return { engine, classify, patternsBuilt: () => patterns.MESSAGE_PATTERNS.built };
    }

    beforeEach(() => jest.useFakeTimers());
    afterEach(() => {
      jest.useRealTimers();
      jest.dontMock('../../src/domain/classify');
    });

    it('classifies its warm-up message at once while no verdict has been asked for', () => {
      const { engine, classify } = freshEngine();
      engine.warmUp();
      expect(classify).toHaveBeenCalledTimes(1);
    });

    it('waits past the first verdict\'s render when that verdict came first', () => {
      const { engine, classify } = freshEngine();
      expect(engine.judge(message, engine.SHIPPED_DEFAULT_PROFILE, owner).verdict.category).toBeDefined();
      engine.warmUp();
      expect(classify).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(engine.WARM_UP_AFTER_VERDICT_MS - 1);
      expect(classify).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(1);
      expect(classify).toHaveBeenCalledTimes(2);
    });

    it('builds the pattern automata a moment after the first real verdict, not for the warm-up or the verdict itself', () => {
      const { engine, patternsBuilt } = freshEngine();
      engine.warmUp();
      expect(engine.judge(message, engine.SHIPPED_DEFAULT_PROFILE, owner).verdict.category).toBeDefined();
      expect(patternsBuilt()).toBe(false);
      jest.advanceTimersByTime(engine.WARM_UP_AFTER_VERDICT_MS);
      expect(patternsBuilt()).toBe(true);
    });
  });

  describe('judge with what was learnt', () => {
    const owner = { name: 'Karin Ek', address: 'karin.ek@pol.kramfors.se', roles: [] };
    const message: MailMessage = {
      id: 'm1',
      receivedDateTime: '2026-11-20T08:00:00Z',
      sentDateTime: '2026-11-20T08:00:00Z',
      isRead: true,
      importance: 'normal',
      from: { name: 'Anna Medborgare', address: 'anna.medborgare@example.se' },
      toRecipients: [{ name: 'Karin Ek', address: owner.address }],
      ccRecipients: [],
      subject: 'Bygglov på Storgatan',
      body: { contentType: 'text', content: 'Hej! Jag undrar varför bygglovet för Storgatan 4 dröjer. Anna' },
      internetMessageHeaders: [],
      attachments: [],
    };

    it('uses the learned weights and says so, and the shipped ones without them', () => {
      const hits = modelInputs(message, SHIPPED_DEFAULT_PROFILE, buildClassifyContext(owner, [message]))!;
      expect(hits.length).toBeGreaterThan(0);
      const learnt = (v: ReturnType<typeof judge>) => v.verdict.reasons.some((r) => r.rule === 'Lärt av dina beslut');
      expect(learnt(judge(message, SHIPPED_DEFAULT_PROFILE, owner))).toBe(false);
      expect(learnt(judge(message, SHIPPED_DEFAULT_PROFILE, owner, [message], { [hits[0]!.id]: 0.5 }))).toBe(true);
    });
  });
});
