import { admitUpload, MULTIPART_OVERHEAD_BYTES } from './upload-admission';

const MB = 1024 * 1024;
const limits = { maxBytes: 100 * MB, diskReserveBytes: 50 * MB };

describe('admitUpload', () => {
  it('admits an upload within the limit that leaves the reserve free', () => {
    expect(admitUpload({ declaredBytes: 10 * MB, freeBytes: 1_000 * MB, inFlightBytes: 0 }, limits)).toEqual({
      admit: true,
    });
  });

  it('refuses an upload of unknown size with 411', () => {
    expect(admitUpload({ declaredBytes: undefined, freeBytes: 1_000 * MB, inFlightBytes: 0 }, limits)).toMatchObject({
      admit: false,
      status: 411,
      code: 'length_required',
    });
  });

  it('refuses an upload over the limit (plus the form around the file) with 413 naming the limit and its variable', () => {
    expect(
      admitUpload(
        { declaredBytes: 100 * MB + MULTIPART_OVERHEAD_BYTES, freeBytes: 1_000 * MB, inFlightBytes: 0 },
        limits,
      ),
    ).toEqual({ admit: true });
    expect(
      admitUpload(
        { declaredBytes: 100 * MB + MULTIPART_OVERHEAD_BYTES + 1, freeBytes: 1_000 * MB, inFlightBytes: 0 },
        limits,
      ),
    ).toEqual({
      admit: false,
      status: 413,
      code: 'payload_too_large',
      message: 'The file is larger than the upload limit of 100 MB (UPLOAD_MAX_MB)',
    });
  });

  it('refuses with 507 an upload that would leave less than the reserve free, counting uploads still arriving', () => {
    expect(admitUpload({ declaredBytes: 50 * MB, freeBytes: 100 * MB, inFlightBytes: 0 }, limits)).toEqual({
      admit: true,
    });
    expect(admitUpload({ declaredBytes: 50 * MB, freeBytes: 100 * MB, inFlightBytes: 1 }, limits)).toMatchObject({
      admit: false,
      status: 507,
      code: 'insufficient_storage',
      message: expect.stringContaining('keeps 50 MB free (UPLOAD_DISK_RESERVE_MB)'),
    });
    expect(admitUpload({ declaredBytes: 50 * MB + 1, freeBytes: 100 * MB, inFlightBytes: 0 }, limits)).toMatchObject({
      admit: false,
      status: 507,
    });
  });
});
