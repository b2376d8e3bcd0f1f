// Loaded after first paint: layout animations need domMax, which is most of framer-motion's
// weight; and the wall's reflow when its cards change (src/components/wall/reflow-motion.ts).
export { domMax as default } from 'framer-motion';
export * as reflow from './components/wall/wall-reflow';
