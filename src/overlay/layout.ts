/** Where the server's document and our overlays live (paths relative to the project root). Pure constants. */

/** The document the Tianji server publishes (`/open/_document`), as `npm run spec:pull` last wrote it: the contract. */
export const UPSTREAM_SPEC = 'openapi/upstream/tianji-openapi.json';
/** Our layer: OpenAPI Overlay 1.0 files, `*.overlay.yaml`, applied in file-name order. */
export const OVERLAY_DIR = 'openapi/overlays';
/** Properties, responses and parameters still without a description (`npm run spec:debt` writes it): may only shrink. */
export const DESCRIPTION_DEBT = 'openapi/description-debt.json';
/** The objects left free-form on purpose, each with a one-line reason (hand-written). */
export const FREE_FORM = 'openapi/free-form.json';
