/**
 * Operations Tianji's own document marks as secured although its router serves them without a key (they are how one
 * gets a token in the first place), as `METHOD path` without the API prefix. One home: the spec refresh
 * (src/spec-refresh) corrects them, the instance comparison (src/instance) explains them instead of flagging them.
 */
export const KNOWN_PUBLIC = ['GET /global/config', 'POST /login', 'POST /loginWithToken', 'POST /register'];
