#!/usr/bin/env node
// A clone must stand on its own: CI's machine happens to have a `shared/` folder next to the
// checkout, a newcomer's does not. This check lists every tracked text file that names a relative
// path climbing out of the repository (a sibling `shared` folder, or more `..` segments than the
// file is deep), so scripts/test.sh stops at once with the file and line instead of a test failing
// far away. A line that climbs out on purpose (a path-traversal attack in the security suite) says
// so with the marker `outside-repo-ok`.
'use strict';
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');

// A run of `../` segments followed by a name: the thing that can leave the tree.
const CLIMB = /(?:^|[^\w./-])((?:\.\.\/)+[\w.@-]+(?:\/[\w.@-]+)*)/g;
const ALLOW = 'outside-repo-ok';
const TEXT = /\.(?:[cm]?[jt]sx?|json|md|sh|ya?ml|env|txt|html|css)$|(?:^|\/)(?:Dockerfile|run)$/;

/** Paths in `content` (of the file at `file`, relative to `root`) that resolve outside `root`. */
function outsideReferences(root, file, content) {
  const found = [];
  const lines = content.split('\n');
  lines.forEach((line, index) => {
    if (line.includes(ALLOW)) return;
    for (const match of line.matchAll(CLIMB)) {
      const reference = match[1];
      const fromFile = path.resolve(root, path.dirname(file), reference);
      const fromRoot = path.resolve(root, reference);
      const inside = (p) => p === root || p.startsWith(root + path.sep);
      // Scripts resolve against their own folder, commands in docs against the root: outside
      // means outside from both.
      if (!inside(fromFile) && !inside(fromRoot)) found.push({ file, line: index + 1, reference });
    }
  });
  return found;
}

function trackedFiles(root) {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && TEXT.test(f) && !f.endsWith('package-lock.json'));
}

function check(root) {
  const problems = [];
  for (const file of trackedFiles(root)) {
    let content;
    try {
      content = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue; // deleted in the work tree but still in the index
    }
    problems.push(...outsideReferences(root, file, content));
  }
  return problems;
}

module.exports = { outsideReferences, check };

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const problems = check(root);
  if (problems.length > 0) {
    console.error('[check] these tracked files refer to paths outside the repository:');
    for (const p of problems) console.error(`  ${p.file}:${p.line}: ${p.reference}`);
    console.error('[check] copy what they need into the repository and refer to it there.');
    process.exit(1);
  }
}
