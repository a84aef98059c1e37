/** Parameter and header names that say they carry a credential: never in a link, a history entry or a shared value. */
export const CREDENTIAL_NAME = /authorization|api[-_]?key|token|secret|password|cookie/i;
