// jsdom does not provide TextEncoder/TextDecoder, which react-router uses when it loads.
const { TextDecoder, TextEncoder } = require('node:util');
Object.assign(globalThis, { TextDecoder, TextEncoder });

// The suite runs beside every other project's on a 2-core CI machine: lazily loaded pages can take
// longer than testing-library's 1 s default to appear, which is load, not a failure.
require('@testing-library/dom').configure({ asyncUtilTimeout: 10000 });
