/**
 * Fired on window each time a calculator writes its scenario into the page's URL
 * (useScenario), so that what shows the URL elsewhere (EmbedCode) can follow it. A module
 * of its own: a term page's Embed button must not load the calculators' code for a name.
 */
export const scenarioChanged = 'keep-or-win:scenario';
