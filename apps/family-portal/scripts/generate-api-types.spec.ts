/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The portal's API types are generated from the API's OpenAPI document and committed. When the
// document changes (npm run openapi), this fails until they are generated again.
describe('src/api/generated/family-api.ts', () => {
  it('is what openapi-typescript generates from apps/api/openapi/family.json', () => {
    const script = join(__dirname, 'generate-api-types.mjs');
    const generated = execFileSync(process.execPath, [script, '--stdout'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const committed = readFileSync(join(__dirname, '..', 'src', 'api', 'generated', 'family-api.ts'), 'utf8');
    if (committed !== generated) {
      throw new Error('src/api/generated/family-api.ts is out of date with apps/api/openapi/family.json: run node apps/family-portal/scripts/generate-api-types.mjs');
    }
    expect(generated).toContain('"/family/home"');
  });
});
