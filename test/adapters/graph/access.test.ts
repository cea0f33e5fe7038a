// Authorisation against the local server: no token is 401, another's mailbox is 403.

import { OWNER, REGISTRAR, connect, startWithSyntheticTenant, type TestServer } from './support/connect';

let server: TestServer;

beforeAll(async () => {
  server = await startWithSyntheticTenant({ messages: 5 });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the Graph mailbox adapter and authorisation', () => {
  describe('when the token is not one the server issued', () => {
    it('fails with a GraphError coded unauthorized (401)', async () => {
      const { mailbox } = connect(server, OWNER, undefined, async () => 'not-a-token');
      await expect(mailbox.folderSummaries()).rejects.toMatchObject({ code: 'unauthorized', statusCode: 401 });
    });
  });

  describe("when a politician opens the registrar's mailbox without delegated access", () => {
    it('fails with a GraphError coded forbidden (403)', async () => {
      const { mailbox } = connect(server, OWNER, REGISTRAR);
      await expect(mailbox.listMessages({ folders: ['inbox'] })).rejects.toMatchObject({ code: 'forbidden', statusCode: 403 });
    });
  });
});
