// The nämnder a person sits on, from roster roles such as "ordförande, barn- och utbildningsnämnden".

export function namnderFromRoles(roles: readonly string[]): string[] {
  const out: string[] = [];
  for (const role of roles) {
    const body = (role.includes(',') ? role.slice(role.indexOf(',') + 1) : role).trim();
    if (!body) continue;
    const name = body.charAt(0).toLocaleUpperCase('sv') + body.slice(1);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
