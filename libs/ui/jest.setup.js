// The suite runs beside every other project's on a 2-core CI machine: components can take longer
// than testing-library's 1 s default to appear, which is load, not a failure.
require('@testing-library/dom').configure({ asyncUtilTimeout: 10000 });
