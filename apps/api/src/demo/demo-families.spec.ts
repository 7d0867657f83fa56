import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoFamilies } from './demo-families';

interface RealmUser {
  id: string;
  username: string;
  realmRoles?: string[];
}

describe('demo families', () => {
  const realm = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'tools', 'keycloak', 'childfirst-realm.json'), 'utf8')) as { users: RealmUser[] };

  it('link only to family sign-ins that exist in the realm with the same id', () => {
    for (const account of demoFamilies.flatMap((family) => family.accounts)) {
      const user = realm.users.find((candidate) => candidate.username === account.username);
      expect(user).toMatchObject({ id: account.subject });
      expect(user?.realmRoles).toContain('family');
    }
  });
});
