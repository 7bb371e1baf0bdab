/** Set by scripts/build.mjs from package.json. */
declare const __PASSERELLE_VERSION__: string;
