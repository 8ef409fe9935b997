/** The factwire version, recorded in every output's provenance. Keep in step with package.json (a test checks). */
export const FACTWIRE_VERSION = '0.1.0';
