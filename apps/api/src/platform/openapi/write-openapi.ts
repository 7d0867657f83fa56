// Writes the committed OpenAPI documents (apps/api/openapi/*.json). `npm run openapi`.
// A test fails when the committed files differ from what the code generates.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApiDocuments } from './generate-openapi';

async function writeOpenApi(): Promise<void> {
  const documents = await generateOpenApiDocuments();
  for (const [name, document] of Object.entries(documents)) {
    const file = join(__dirname, '..', '..', '..', 'openapi', `${name}.json`);
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
}

writeOpenApi().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
