/**
 * The demo accounts' password, published in the README: refused for every real account (the API's
 * password policy, and the console's forms before anything is sent). A file of its own so that the
 * console imports the one string, not the demo tree.
 */
export const DEMO_PASSWORD = 'Demo@2025!x';
