/**
 * `node --import tsx server/src/main.ts [command]` in a checkout: the same as the installed
 * `biblio-server`, kept under this name for the scripts and tests that start the server.
 */
import './cli.js';
