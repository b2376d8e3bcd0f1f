// Loaded after first paint: layout animations need domMax, which is most of framer-motion's weight.
export { domMax as default } from 'framer-motion';
