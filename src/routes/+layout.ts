// A pure single-page app: no server rendering, no prerendering; adapter-static writes the
// fallback shell (index.html) that every path loads.
export const ssr = false;
export const prerender = false;
