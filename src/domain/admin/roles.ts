// Roles on the admin side, from the profile (admins, registrar) or, in a tenant, from the token's
// group-derived roles; and what each role may use. The UI hides what a role may not use and the
// use cases refuse it again.

export type AdminRole = 'admin' | 'registrar' | 'politician';

export type Capability = 'dashboard' | 'ownRow' | 'logRequests';

const CAPABILITIES: Record<AdminRole, readonly Capability[]> = {
  admin: ['dashboard', 'ownRow', 'logRequests'],
  registrar: ['logRequests'],
  politician: ['ownRow'],
};

export function can(role: AdminRole, capability: Capability): boolean {
  return CAPABILITIES[role].includes(capability);
}

export interface RoleSource {
  admins: readonly { address: string }[];
  registrar: { address: string };
}

/**
 * The role of an address: token roles first when the tenant gives them (Entra groups mapped to
 * "Postvakt.Admin" / "Postvakt.Registrar"), else the profile's lists; everyone else is a politician.
 */
export function roleOf(address: string, profile: RoleSource, tokenRoles?: readonly string[]): AdminRole {
  if (tokenRoles && tokenRoles.length > 0) {
    if (tokenRoles.includes('Postvakt.Admin')) return 'admin';
    if (tokenRoles.includes('Postvakt.Registrar')) return 'registrar';
    return 'politician';
  }
  const a = address.toLowerCase();
  if (profile.admins.some((x) => x.address.toLowerCase() === a)) return 'admin';
  if (profile.registrar.address.toLowerCase() === a) return 'registrar';
  return 'politician';
}
