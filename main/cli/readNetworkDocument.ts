// Reads and validates a network document, turning every way it can fail into a message that
// says what is wrong and where.
import { readFileSync } from 'node:fs';
import { networkDocumentSchema } from '../../shared/domain';
import type { NetworkDocument } from '../../shared/domain';
import { CliError } from './cliError';

const PROBLEMS_SHOWN = 5;

export function readNetworkDocument(path: string): NetworkDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read the network file "${path}": ${readFailure(error)}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliError(`The network file "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = networkDocumentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.slice(0, PROBLEMS_SHOWN).map((issue) => `  ${formatPath(issue.path) || '(the whole file)'}: ${issue.message}`);
  if (issues.length > PROBLEMS_SHOWN) lines.push(`  … and ${issues.length - PROBLEMS_SHOWN} more.`);
  const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
  throw new CliError(`The network file "${path}" is not a valid Careweave network file (${count}):\n${lines.join('\n')}`);
}

function readFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'there is no such file; check the path';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

/** ['parties', 3, 'side'] → "parties[3].side" */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}
