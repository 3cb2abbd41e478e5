// cytoscape-svg 0.4.0 ships no types. It registers `cy.svg(options)`; svgExport.ts types that
// method where it calls it, so Core itself is not widened for the rest of the app.
declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";
  const register: Ext;
  export default register;
}
