// The inline script of the prerendered wall (scripts/build/prerender.tsx bundles it, defining the ids).
import type { KnownIds } from '../domain/filters';
import { popoverInvokers } from './popover-invokers';
import { prepaint } from './prepaint';

declare const __KNOWN_IDS__: KnownIds;

prepaint(document, location.search, __KNOWN_IDS__);
popoverInvokers(document);
