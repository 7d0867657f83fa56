/**
 * The demo families of `npm start`, linked to the demo family sign-ins of the Keycloak realm
 * (tools/keycloak/childfirst-realm.json; a test checks the ids still match).
 */
export interface DemoFamily {
  id: string;
  reference: string;
  familyName: string;
  accounts: { subject: string; displayName: string; username: string }[];
}

export const demoFamilies: readonly DemoFamily[] = [
  {
    id: '7d4a9c1e-0000-4000-8000-00000000a001',
    reference: 'FAM-000001',
    familyName: 'Adams',
    accounts: [{ subject: '5b0c5b1e-0000-4000-8000-000000000010', displayName: 'Jo Adams', username: 'parent.adams' }],
  },
  {
    id: '7d4a9c1e-0000-4000-8000-00000000a002',
    reference: 'FAM-000002',
    familyName: 'Begum',
    accounts: [{ subject: '5b0c5b1e-0000-4000-8000-000000000011', displayName: 'Rina Begum', username: 'parent.begum' }],
  },
];
