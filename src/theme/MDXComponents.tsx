/**
 * The components generated reference pages use without importing them (see src/reference-pages/page-mdx.ts).
 * Why not imports: Docusaurus bundles the server side without shared chunks, so a component imported by
 * every page is copied into every page's server chunk (about 200 KB each): build time and memory would
 * grow with the spec. From the MDX scope they are bundled once.
 */
import MDXComponents from '@theme-original/MDXComponents';
import DocCardList from '@theme/DocCardList';
import ApiOperation from '@site/src/components/ApiOperation';
import ApiIndex from '@site/src/components/ApiIndex';

export default { ...MDXComponents, ApiOperation, ApiIndex, DocCardList };
