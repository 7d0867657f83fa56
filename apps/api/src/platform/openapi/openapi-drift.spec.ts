import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApiDocuments } from './generate-openapi';

/** Generated means committed and checked: regenerate with `npm run openapi` when this fails. */
describe('committed OpenAPI documents', () => {
  it.each(['staff', 'family', 'partner'] as const)('%s.json matches what the code generates', async (surface) => {
    const generated = (await generateOpenApiDocuments())[surface];
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi', `${surface}.json`), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('keeps the family document free of staff routes and staff-only schemas', async () => {
    const { family } = await generateOpenApiDocuments();
    expect(Object.keys(family.paths).every((path) => path.startsWith('/family/') || path.startsWith('/public/'))).toBe(true);
    expect(JSON.stringify(family)).not.toMatch(/decisionReason|decidedBy|ReferralDetail|TriageQueue|FrontDoorReferral/);
  });

  it('keeps the partner document to sending notifications', async () => {
    const { partner } = await generateOpenApiDocuments();
    expect(Object.keys(partner.paths)).toEqual(['/agency/notifications']);
    expect(Object.keys(partner.paths['/agency/notifications']!)).toEqual(['post']);
  });
});
