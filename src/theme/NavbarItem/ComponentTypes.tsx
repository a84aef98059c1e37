/** Docusaurus's navbar item types, plus `custom-history` (docusaurus.config.ts): the request history button. */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import HistoryNavbarItem from '@site/src/components/History';

export default { ...ComponentTypes, 'custom-history': HistoryNavbarItem };
