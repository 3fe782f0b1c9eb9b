// Two networks with the same name cannot be told apart in the list. When a name is taken, the
// next free "Name (2)", "Name (3)"… is suggested (a name that already ends in "(2)" counts on).
const key = (name: string) => name.trim().toLocaleLowerCase();

export function isNameTaken(name: string, taken: Iterable<string>): boolean {
  const wanted = key(name);
  for (const existing of taken) if (key(existing) === wanted) return true;
  return false;
}

export function nextFreeName(name: string, taken: Iterable<string>): string {
  const names = [...taken];
  if (!isNameTaken(name, names)) return name.trim();
  const match = /^(.*?)\s*\((\d+)\)$/.exec(name.trim());
  const base = match ? match[1]! : name.trim();
  for (let number = match ? Number(match[2]) + 1 : 2; ; number++) {
    const candidate = `${base} (${number})`;
    if (!isNameTaken(candidate, names)) return candidate;
  }
}
