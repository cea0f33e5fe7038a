import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseComplianceConfig } from '../../src/wiring/complianceConfig';
import { parseOutlookConfig } from '../../src/wiring/outlookConfig';

const SITE = 'kramfors.sharepoint.com,2f8a3c1e-1111-4222-8333-444455556666,7d9e0f1a-aaaa-4bbb-8ccc-ddddeeeeffff';
const LIST = '0b1c2d3e-4f50-4617-8283-949596979899';

describe('parseComplianceConfig', () => {
  describe('when the block is absent', () => {
    it('answers ok with no lists', () => {
      expect(parseComplianceConfig({ clientId: 'x' })).toEqual({ ok: true, config: null });
    });
  });

  describe('when the block names a site and two lists', () => {
    it('answers the three ids', () => {
      const r = parseComplianceConfig({ compliance: { siteId: SITE, listId: LIST, logRequestListId: LIST } });
      expect(r).toEqual({ ok: true, config: { siteId: SITE, listId: LIST, logRequestListId: LIST } });
    });
  });

  describe('when fields are wrong', () => {
    it.each([
      [{ compliance: 'yes' }, 'compliance: must be an object'],
      [{ compliance: { siteId: 'kramfors.sharepoint.com', listId: LIST, logRequestListId: LIST } }, 'compliance.siteId'],
      [{ compliance: { siteId: SITE, listId: 'Postvakt', logRequestListId: LIST } }, 'compliance.listId'],
      [{ compliance: { siteId: SITE, listId: LIST } }, 'compliance.logRequestListId'],
      [{ compliance: { siteId: SITE, listId: LIST, logRequestListId: LIST, extra: 1 } }, 'compliance.extra: unknown field'],
    ])('names the bad field in %j', (json, expected) => {
      const r = parseComplianceConfig(json);
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errors.join('\n')).toContain(expected);
    });
  });
});

describe('parseOutlookConfig with a compliance block', () => {
  it('keeps the lists when valid and reports the errors, with sharing off, when not', () => {
    expect(parseOutlookConfig({ compliance: { siteId: SITE, listId: LIST, logRequestListId: LIST } }).compliance?.listId).toBe(LIST);
    const bad = parseOutlookConfig({ compliance: { siteId: SITE } });
    expect(bad.compliance).toBeNull();
    expect(bad.complianceErrors).toHaveLength(2);
  });

  it('accepts the example configuration file', () => {
    const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'config', 'postvakt.config.example.json'), 'utf8'));
    expect(parseComplianceConfig(json).ok).toBe(true);
  });
});
