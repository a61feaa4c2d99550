// Validates a Teams app manifest against the schema bundled in @microsoft/app-manifest (pinned in package.json).
// Usage: node validate.js <manifest.json>
// Prints a JSON array of error strings on stdout ([] when valid). Exit code: 0 valid, 1 invalid, 2 could not validate.
'use strict';
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

function fail(code, errors) {
  process.stdout.write(JSON.stringify(errors) + '\n');
  process.exitCode = code;
}

async function main() {
  const file = process.argv[2];
  if (!file) return fail(2, ['usage: node validate.js <manifest.json>']);

  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(2, [`cannot read ${file} as JSON: ${e.message}`]);
  }

  // Only schemas bundled in the package are used: the package would otherwise download the schema, and the
  // package command must give the same answer offline.
  const suffix = typeof manifest.$schema === 'string' ? AppManifestUtils.getLocalSchemaSuffix(manifest.$schema) : undefined;
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = suffix && path.join(packageRoot, 'build', suffix);
  if (!schemaFile || !fs.existsSync(schemaFile)) {
    return fail(1, [`/$schema ${JSON.stringify(manifest.$schema)} is not a Teams manifest schema bundled in @microsoft/app-manifest`]);
  }

  const schema = await AppManifestUtils.fetchSchema(manifest.$schema);
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  fail(errors.length === 0 ? 0 : 1, errors);
}

main().catch(e => fail(2, [`validation failed: ${e && e.message ? e.message : e}`]));
