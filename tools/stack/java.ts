// Finds a Java runtime new enough for Keycloak (26.7 needs Java 21 or later).
//
// Candidates, in order: $KEYCLOAK_JAVA_HOME (if set it must work, we do not silently ignore it),
// $JAVA_HOME, then every folder in /usr/lib/jvm (newest major version first). Each candidate is
// checked by running `<home>/bin/java -version`; the first with a major version >= 21 wins.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const MIN_JAVA_MAJOR = 21;

export interface JavaInstall {
  /** The JAVA_HOME to use (the folder that holds bin/java). */
  home: string;
  /** The version string printed by `java -version`, e.g. "25.0.3". */
  version: string;
  /** The feature (major) release, e.g. 25. */
  major: number;
}

interface Probe {
  home: string;
  result: JavaInstall | { error: string };
}

/** Parses the first `version "…"` of `java -version` output ("1.8.0_392" is Java 8, "25.0.3" is 25). */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match?.[1]) return undefined;
  const version = match[1];
  const parts = version.split(/[.+_-]/);
  let major = Number(parts[0]);
  if (major === 1 && parts[1] !== undefined) major = Number(parts[1]);
  return Number.isFinite(major) ? { version, major } : undefined;
}

function probeJava(home: string): Promise<Probe> {
  const java = path.join(home, 'bin', 'java');
  return new Promise((resolve) => {
    if (!fs.existsSync(java)) {
      resolve({ home, result: { error: `${java} does not exist` } });
      return;
    }
    execFile(java, ['-version'], { timeout: 20_000 }, (err, stdout, stderr) => {
      const output = `${stderr}\n${stdout}`;
      if (err) {
        resolve({ home, result: { error: `\`${java} -version\` failed: ${err.message.split('\n')[0]}` } });
        return;
      }
      const parsed = parseJavaVersion(output);
      resolve({
        home,
        result: parsed ? { home, ...parsed } : { error: `could not read the version from \`${java} -version\`` },
      });
    });
  });
}

function jvmDirCandidates(): string[] {
  const root = '/usr/lib/jvm';
  try {
    return fs
      .readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
      .map((entry) => path.join(root, entry.name))
      .sort();
  } catch {
    return [];
  }
}

function describeProbe(probe: Probe): string {
  return 'error' in probe.result
    ? `  ${probe.home}: ${probe.result.error}`
    : `  ${probe.home}: Java ${probe.result.version} (too old)`;
}

/**
 * Returns the first Java runtime with a major version >= 21, or throws an error that lists every
 * candidate tried and says how to fix it.
 */
export async function findJava(minMajor = MIN_JAVA_MAJOR): Promise<JavaInstall> {
  const explicit = process.env.KEYCLOAK_JAVA_HOME;
  if (explicit) {
    const probe = await probeJava(explicit);
    if (!('error' in probe.result) && probe.result.major >= minMajor) return probe.result;
    const why = 'error' in probe.result ? probe.result.error : `it is Java ${probe.result.version}`;
    throw new Error(
      `KEYCLOAK_JAVA_HOME=${explicit} cannot run Keycloak: ${why}. Keycloak needs Java ${minMajor} or later; ` +
        `point KEYCLOAK_JAVA_HOME at such a JDK (for example /usr/lib/jvm/temurin-25-jdk-amd64) or unset it.`,
    );
  }

  // $JAVA_HOME keeps its priority; the /usr/lib/jvm folders are tried newest first.
  const seen = new Set<string>();
  const unique = (candidates: (string | undefined)[]) =>
    candidates.filter((candidate): candidate is string => {
      if (!candidate) return false;
      let real = candidate;
      try {
        real = fs.realpathSync(candidate);
      } catch {
        // keep the unresolved path; probing it reports the problem
      }
      if (seen.has(real)) return false;
      seen.add(real);
      return true;
    });
  const javaHomeProbes = await Promise.all(unique([process.env.JAVA_HOME]).map(probeJava));
  const jvmProbes = await Promise.all(unique(jvmDirCandidates()).map(probeJava));
  const majorOf = (p: Probe) => ('error' in p.result ? -1 : p.result.major);
  const ordered = [...javaHomeProbes, ...jvmProbes.sort((a, b) => majorOf(b) - majorOf(a))];
  for (const probe of ordered) {
    if (!('error' in probe.result) && probe.result.major >= minMajor) return probe.result;
  }

  const tried = ordered.length ? ordered.map(describeProbe).join('\n') : '  (no candidates: JAVA_HOME is unset and /usr/lib/jvm is empty)';
  throw new Error(
    `Keycloak needs Java ${minMajor} or later and none was found. Tried:\n${tried}\n` +
      `Fix: install one (e.g. \`apt-get install openjdk-21-jdk-headless\`, or a Temurin 21/25 JDK) and/or set ` +
      `KEYCLOAK_JAVA_HOME to its folder — or set KEYCLOAK_URL to use a Keycloak you run yourself.`,
  );
}
