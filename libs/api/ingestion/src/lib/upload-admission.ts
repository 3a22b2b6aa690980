/** Room a multipart body needs beyond its file: the boundaries and the text fields (20 fields of up to 100 KB). */
export const MULTIPART_OVERHEAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;

export interface UploadRequestFacts {
  /** The request's Content-Length, if it sent one. */
  declaredBytes: number | undefined;
  /** Bytes free for the API's user on the disk that holds the upload folder. */
  freeBytes: number;
  /** Bytes already promised to uploads still arriving. */
  inFlightBytes: number;
}

export type UploadAdmission =
  { admit: true } | { admit: false; status: 411 | 413 | 507; code: string; message: string };

const MEGABYTE = 1024 * 1024;

/**
 * Whether an upload may start: its size must be known up front (so a body cannot outgrow the check), within the
 * per-upload limit, and leave the configured reserve free on the disk, counting uploads still arriving.
 */
export function admitUpload(
  facts: UploadRequestFacts,
  limits: { maxBytes: number; diskReserveBytes: number },
): UploadAdmission {
  const declared = facts.declaredBytes;
  if (declared === undefined) {
    return {
      admit: false,
      status: 411,
      code: 'length_required',
      message: 'An upload must state its size (Content-Length); send the file as a regular multipart form',
    };
  }
  if (declared > limits.maxBytes + MULTIPART_OVERHEAD_BYTES) {
    return { admit: false, ...tooLarge(limits.maxBytes) };
  }
  if (facts.freeBytes - facts.inFlightBytes - declared < limits.diskReserveBytes) {
    return {
      admit: false,
      status: 507,
      code: 'insufficient_storage',
      message: `Not enough free disk space for this upload: the server keeps ${megabytes(limits.diskReserveBytes)} free (UPLOAD_DISK_RESERVE_MB); try again later or ask an administrator to free space`,
    };
  }
  return { admit: true };
}

export function tooLarge(maxBytes: number): { status: 413; code: string; message: string } {
  return {
    status: 413,
    code: 'payload_too_large',
    message: `The file is larger than the upload limit of ${megabytes(maxBytes)} (UPLOAD_MAX_MB)`,
  };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MEGABYTE) * 10) / 10} MB`;
}
