// Electronegativity (Doyensec's Electron security scanner) over the main-process code, the
// preload, the page and package.json. The scanner exits 0 whatever it finds, so this test reads
// its SARIF report: every finding must be one accepted below, with the reason it is a false
// positive or a deliberate choice, and an accepted finding that no longer appears must be removed,
// so the list stays true. It runs offline; the one check that needs the network (Electron's
// release list) is left out, and the Electron version comes from package.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Accepted {
  ruleId: string;
  file: string;
  reason: string;
}

const ACCEPTED: Accepted[] = [
  {
    ruleId: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    reason:
      "style-src allows 'unsafe-inline' because Cytoscape and React set style attributes; script-src is 'self' only, " +
      'so no inline script can run. The same policy is sent as a header (with frame-ancestors) by both transports.',
  },
  {
    ruleId: 'ELECTRON_VERSION_JSON_CHECK',
    file: 'package.json',
    reason: 'Informational: the scanner read the Electron version from package.json, as intended.',
  },
  {
    ruleId: 'PRELOAD_JS_CHECK',
    file: 'main/app/window.ts',
    reason:
      'A "review the preload" note. main/preload.ts exposes one function per API method through contextBridge and ' +
      'nothing else (no ipcRenderer, no Node); main checks every call\'s sender and validates it with the contract.',
  },
];

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
}

function scan(): SarifResult[] {
  const root = process.cwd();
  const input = mkdtempSync(join(tmpdir(), 'careweave-electronegativity-'));
  try {
    cpSync(join(root, 'main'), join(input, 'main'), { recursive: true });
    mkdirSync(join(input, 'renderer'));
    cpSync(join(root, 'renderer', 'index.html'), join(input, 'renderer', 'index.html'));
    cpSync(join(root, 'package.json'), join(input, 'package.json'));
    const report = join(input, 'report.sarif');
    const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    const run = spawnSync(process.execPath, [cli, '-i', input, '-r', '-v', 'false', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.error) throw run.error;
    const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: SarifResult[] }[] };
    return sarif.runs.flatMap((entry) => entry.results);
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

describe('the Electronegativity scan', () => {
  it('finds nothing beyond the findings accepted with a reason, and every accepted finding still occurs', () => {
    const findings = scan().map((result) => ({
      ruleId: result.ruleId,
      file: result.locations[0]?.physicalLocation.artifactLocation.uri ?? 'N/A',
      line: result.locations[0]?.physicalLocation.region?.startLine ?? 0,
      message: result.message.text,
    }));
    const isAccepted = (finding: { ruleId: string; file: string }) =>
      ACCEPTED.some((accepted) => accepted.ruleId === finding.ruleId && accepted.file === finding.file);
    expect(findings.filter((finding) => !isAccepted(finding))).toEqual([]);
    const stale = ACCEPTED.filter((accepted) => !findings.some((finding) => finding.ruleId === accepted.ruleId && finding.file === accepted.file));
    expect(stale).toEqual([]);
  }, 180_000);
});
