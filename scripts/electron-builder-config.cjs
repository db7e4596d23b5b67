// The packaging config: electron-builder.yml, plus the update feed from APPROVAL_TRAY_UPDATE_URL
// when it is set (`npm run package` passes this file with --config; paths in it stay relative to the project). The feed must be HTTPS:
// the update metadata (versions, sha512 sums) must not be open to tampering on the way.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const yaml = require('js-yaml');

function packagingConfig(env = process.env) {
  const config = yaml.load(readFileSync(join(__dirname, '..', 'electron-builder.yml'), 'utf8'));
  const url = env.APPROVAL_TRAY_UPDATE_URL;
  if (url === undefined || url === '') return config;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`APPROVAL_TRAY_UPDATE_URL is not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`APPROVAL_TRAY_UPDATE_URL must be https:, not ${parsed.protocol}`);
  return { ...config, publish: { provider: 'generic', url: parsed.href } };
}

module.exports = packagingConfig();
module.exports.packagingConfig = packagingConfig;
