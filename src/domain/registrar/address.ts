// isMailAddress: whether a configured address (the registrar's) is one plain SMTP address.

// One address, no display name, no list: local part of printable non-space characters without
// '@', ',', ';', '<' or '>'; a domain of at least two dot-separated labels of letters, digits and
// inner hyphens. Deliberately stricter than RFC 5321: it guards a configuration, not inbound mail.
const ADDRESS = /^[^\s@,;<>"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}]{2,63}$/u;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value) && !value.startsWith('.') && !value.includes('..');
}
