// Typed error of the archive export: a stable code, a Swedish sentence for the registrar and its
// English twin for the CLI. Messages name references and positions, never subjects or addresses.

export type ErmsExportErrorCode =
  /** Nothing to export: an ERMS document must hold at least one aggregation. */
  | 'erms_empty'
  /** A registration lacks a field the export needs, or holds a value it cannot write. */
  | 'erms_invalid_registration'
  /** The selection asked for (a day, a range, a case) is malformed. */
  | 'erms_invalid_selection';

export class ErmsExportError extends Error {
  readonly code: ErmsExportErrorCode;
  readonly messageSv: string;
  readonly messageEn: string;

  constructor(code: ErmsExportErrorCode, messageSv: string, messageEn: string) {
    super(messageEn);
    this.name = 'ErmsExportError';
    this.code = code;
    this.messageSv = messageSv;
    this.messageEn = messageEn;
  }
}
