// officeAsync: the one promisify helper for Office callbacks.

import { OfficeError, officeAsync } from '../../../src/adapters/office/officeAsync';

describe('officeAsync', () => {
  it('resolves with the value of a succeeded call', async () => {
    await expect(officeAsync<number>((cb) => cb({ status: 'succeeded', value: 42 }))).resolves.toBe(42);
  });

  it('rejects a failed call with a typed OfficeError carrying Office\'s code but not its message', async () => {
    const error = await officeAsync((cb) => cb({ status: 'failed', value: undefined, error: { code: 9020, name: 'GenericResponseError', message: 'Subject: Hemligt' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect(error).toMatchObject({ code: 'office_failed', officeCode: 9020 });
    expect((error as Error).message).not.toContain('Hemligt');
  });

  it('rejects with office_unavailable when the API throws synchronously', async () => {
    await expect(officeAsync(() => { throw new TypeError('Office is not defined'); })).rejects.toMatchObject({ code: 'office_unavailable' });
  });
});
