// electron-builder afterPack hook: flip Electron's fuses in the packaged binary, before it is
// signed. (electron-builder 26 has an `electronFuses` option for this, but 26 needs Node 22;
// this project stays on 25.1.8 for Node 20, where Electron's documented way is @electron/fuses.)
// https://www.electronjs.org/docs/latest/tutorial/fuses
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** Every fuse set explicitly (strictlyRequireAllFuses): a new fuse in a future Electron fails the build. */
const FUSES = {
  RunAsNode: false, // the app binary never acts as a plain Node (ELECTRON_RUN_AS_NODE)
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The renderer is served from the app's own protocol, never file://.
  GrantFileProtocolExtraPrivileges: false,
};

function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
}

async function afterPack(context) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true };
  for (const [name, value] of Object.entries(FUSES)) config[FuseV1Options[name]] = value;
  // Apple silicon refuses a binary whose ad-hoc signature no longer matches its bytes.
  config.resetAdHocDarwinSignature = context.electronPlatformName === 'darwin';
  await flipFuses(electronBinary(context), config);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
