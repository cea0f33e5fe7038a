// The frozen fresh corpora (FRESH.md): structural facts that hold for any classifier, and their hashes, so an edit fails here. No accuracy targets.

import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus } from '../../../src/domain/corpus';

interface FrozenCorpus {
  file: string;
  /** SHA-256 of the file as committed (LF line endings) in the commit that froze it. */
  sha256: string;
  minMessages: number;
  minOrganisations: number;
}

const FROZEN: FrozenCorpus[] = [
  {
    // "Fresh labelled corpus … (frozen)"
    file: 'fresh-2026-12.json',
    sha256: 'f7fea6f45fc0fd560b47be9964f3e791972264d615a76cd02ab2c59b2992ad40',
    minMessages: 150,
    minOrganisations: 3,
  },
  {
    // "Freeze the second held-out corpus fresh-2026-12b …"
    file: 'fresh-2026-12b.json',
    sha256: 'f4d78753325c9468ba94319b092e7bd9b6bbdb67b8e3a85c882c49d8fd698465',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the third held-out corpus fresh-2026-12c …"
    file: 'fresh-2026-12c.json',
    sha256: '4657812507ba5bfca1fa7d7a24e0fa1fb8ab90f81f12abfadbb9ad13c231df12',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the fourth held-out corpus fresh-2026-12d …"
    file: 'fresh-2026-12d.json',
    sha256: 'aa719f6381251b8b9642d76ae83c6baa084d6055c068e6e58798f23e2f5968ff',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the fifth held-out corpus fresh-2026-12e …"
    file: 'fresh-2026-12e.json',
    sha256: 'a660c15f652cd6d87fe8326ffe9bab877824848a6d350a52329cd077e77cdbcf',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the sixth held-out corpus fresh-2026-12f …"
    file: 'fresh-2026-12f.json',
    sha256: 'ec00e55a1b5ca1b833f32b22559cd78013b375fb58bbd2762206d1a5155ef65e',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the seventh held-out corpus fresh-2026-12g …"
    file: 'fresh-2026-12g.json',
    sha256: 'b767d0cd42654105e4612801a3c486592065450909325135cae669d3a736fb2f',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the eighth held-out corpus fresh-2026-12h …"
    file: 'fresh-2026-12h.json',
    sha256: '4fbc29ced2fd49936040c17e319498b8c79438bb1da31308a61d27143d880c16',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the ninth held-out corpus fresh-2026-12i …"
    file: 'fresh-2026-12i.json',
    sha256: '5aa964aa6d0858fe2c51234732db536b167387eb50be4e4296666c65d50f86c3',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the tenth held-out corpus fresh-2026-12j …"
    file: 'fresh-2026-12j.json',
    sha256: '28ac13e0c4bc697a87c4b69ccabfa98093eea10a76fb25500478496c2585c0cd',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the eleventh held-out corpus fresh-2026-12k …"
    file: 'fresh-2026-12k.json',
    sha256: 'd9b6d4fa857cffcc6950c8bd6eb1b45d9b69616259795815c7158e4d531a1dc7',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twelfth held-out corpus fresh-2026-12l …"
    file: 'fresh-2026-12l.json',
    sha256: '55706331ca5a0adaf14dba9053da1bffe061ff0cf51a7ca72ba1d3a487cd4e23',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the thirteenth held-out corpus fresh-2026-12m …"
    file: 'fresh-2026-12m.json',
    sha256: '2098ca794f1b3d948768d255bd78b3e20b5d9bc7c83de5be2d64658d002d3ba6',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the fourteenth held-out corpus fresh-2026-12n …"
    file: 'fresh-2026-12n.json',
    sha256: '216b13eb6cb8a7f112aba24120dee4e0fc9dce31bec40a0215605d05fa8bda24',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the fifteenth held-out corpus fresh-2026-12o …"
    file: 'fresh-2026-12o.json',
    sha256: '8fd3cbe2769f50876cc02c82828dcdebaf3881c8d9510332238cd1499d65b1c5',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the sixteenth held-out corpus fresh-2026-12p …"
    file: 'fresh-2026-12p.json',
    sha256: 'a27f31e2d3d1dbe06acb3c8b8ce9337d9acb4d7984dafe53e78f1aa30877de3f',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the seventeenth held-out corpus fresh-2026-12q …"
    file: 'fresh-2026-12q.json',
    sha256: '929e942322381f37d69d29d97324462c4dacc65ca832355cbc5a5f07a5368ea9',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the eighteenth held-out corpus fresh-2026-12r …"
    file: 'fresh-2026-12r.json',
    sha256: 'fe030ab486d4506fba61d214f984fd51cf5a546301aaa85708910221a3c702f0',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the nineteenth held-out corpus fresh-2026-12s …"
    file: 'fresh-2026-12s.json',
    sha256: 'e7b7664137a9113d102db83a140370057228feddd4389c21241f4e80031b056c',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twentieth held-out corpus fresh-2026-12t …"
    file: 'fresh-2026-12t.json',
    sha256: '045b6908063cd46697b8dc0d36d0bbbf0c4e38d0f1a2cec88a833990facae9b4',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-first held-out corpus fresh-2026-12u …"
    file: 'fresh-2026-12u.json',
    sha256: 'c6997921e54880db71bb0cf17448651fee0211b778d3c6aed5ffc10d9a9baff3',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-second held-out corpus fresh-2026-12v …"
    file: 'fresh-2026-12v.json',
    sha256: '5d30b6b0b46b70e8015868253c0ec9d9de35478744ecf599ff8988cfe9bbb19b',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-third held-out corpus fresh-2026-12w …"
    file: 'fresh-2026-12w.json',
    sha256: 'd8eaa5185cd66c20c078971610e2c768cf3602c264aecd4f775c903e83707147',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-fourth held-out corpus fresh-2026-12x …"
    file: 'fresh-2026-12x.json',
    sha256: 'def5c93ce9d9eed05e0b72c7c2176f5f0e601bb9e65299221b12abcf47bc86cd',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-fifth held-out corpus fresh-2026-12y …"
    file: 'fresh-2026-12y.json',
    sha256: 'e0cb78df3d2258a2e201238cba6c6eb4668663d347280ae8d811b9d02c34d8ad',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-sixth held-out corpus fresh-2026-12z …"
    file: 'fresh-2026-12z.json',
    sha256: 'eacc7a7f17b970ea180d7f6410a2b2ad094493b96cd98f95b1d6b3c4ad027cd4',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-seventh held-out corpus fresh-2026-12aa …"
    file: 'fresh-2026-12aa.json',
    sha256: '360deb44eb38c6e49be3e9c704f48ed41ee0834f828548145ad788d0a3da7285',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-eighth held-out corpus fresh-2026-12ab …"
    file: 'fresh-2026-12ab.json',
    sha256: '2e42abdd70845646bc2889a9c5d1235587ba4a52b55a14c509bd342d9c6fbefb',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the twenty-ninth held-out corpus fresh-2026-12ac …"
    file: 'fresh-2026-12ac.json',
    sha256: '8b4ae87fcade1ab3a73d6b58b1f6c059ccebcebafce565a3a05486f735ba7710',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the thirtieth held-out corpus fresh-2026-12ad …"
    file: 'fresh-2026-12ad.json',
    sha256: '788f2587bed4c3417f66c920f12fb0966dc6f73939e2b2e2d13931cd76c96abe',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the thirty-first held-out corpus fresh-2026-12ae …"
    file: 'fresh-2026-12ae.json',
    sha256: '66fe8cf65673a94afcaf06e5dc5eaa80577810804e78db94b8e879f68bd68be1',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the thirty-second held-out corpus fresh-2026-12af …"
    file: 'fresh-2026-12af.json',
    sha256: '4396372177e737ea2b7a4ac081b7392d7e0b5b491bad679e2ec7687290f69304',
    minMessages: 180,
    minOrganisations: 4,
  },
  {
    // "Freeze the thirty-third held-out corpus fresh-2026-12ag …"
    file: 'fresh-2026-12ag.json',
    sha256: 'd4aae100071ef58b96ee27a487b170bca5de4af591fa7a9d6ef0aa6f5b2f3b55',
    minMessages: 180,
    minOrganisations: 4,
  },
];

/**
 * Sent replies and forwards a writer recorded with the owner as their only recipient (a mail system never does): the
 * note-to-self rule reads them as her notes. Frozen files keep them (FRESH.md reports the figures without them); a new
 * corpus must have none.
 */
const KNOWN_SELF_ADDRESSED: Record<string, readonly string[]> = {
  'fresh-2026-12u.json': ['ua-002', 'ua-013', 'ua-022', 'ub-016', 'uc-014', 'na-003', 'na-004', 'na-015', 'na-018', 'nc-002', 'nc-005', 'sa-004', 'sa-013', 'sa-018', 'sb-005', 'fa-005', 'fa-015', 'fa-021', 'fb-003'],
};

describe.each(FROZEN)('the fresh corpus $file', ({ file, sha256, minMessages, minOrganisations }) => {
  // A checkout that turns LF into CRLF is not an edit, so line endings are normalised before hashing.
  const text = readFileSync(join(__dirname, '../../fixtures/corpus', file), 'utf8').replace(/\r\n/g, '\n');
  const { corpus, errors } = parseCorpus(text);
  const messages = corpus?.mailboxes.flatMap((box) => box.messages) ?? [];

  it('parses without a schema error', () => {
    expect(errors).toEqual([]);
    expect(corpus).not.toBeNull();
  });

  it(`holds at least ${minMessages} messages, every one labelled`, () => {
    expect(messages.length).toBeGreaterThanOrEqual(minMessages);
    expect(messages.filter((m) => !m.expected).map((m) => m.id)).toEqual([]);
  });

  it(`spans at least ${minOrganisations} organisations, each with mailboxes`, () => {
    const orgs = corpus?.organizations.map((o) => o.id) ?? [];
    expect(orgs.length).toBeGreaterThanOrEqual(minOrganisations);
    for (const id of orgs) expect(corpus?.mailboxes.some((box) => box.organization === id)).toBe(true);
  });

  it('has every category among its expected labels', () => {
    const categories = new Set(messages.map((m) => m.expected?.category));
    expect([...categories].sort()).toEqual(['gallra_ej_allman', 'gallra_ringa', 'registrera']);
  });

  it('records every reply or forward the owner sent with a recipient other than herself (the known defects of 12u aside)', () => {
    const toSelfOnly = messages.filter((m) => {
      const to = [...m.toRecipients, ...m.ccRecipients].map((r) => r.address.toLowerCase());
      return m.folder === 'sentitems' && /^(sv|re|vb|fw|fwd):/i.test(m.subject) && to.length > 0 && to.every((a) => a === m.from?.address.toLowerCase());
    });
    expect(toSelfOnly.map((m) => m.id).filter((id) => !(KNOWN_SELF_ADDRESSED[file] ?? []).includes(id))).toEqual([]);
  });

  it('is byte for byte the frozen file (never edit it: write a new fresh corpus instead)', () => {
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(sha256);
  });
});
