export * from './api.js';
export { createFontMetrics, FONT_FAMILY, type FontFiles, type FontMetrics } from './text/fonts.js';
export { shippedFontPaths, shippedFonts } from './text/shipped-fonts.js';
export { escapeXml } from './svg/escape.js';
export type { ThemeName } from './theme.js';
export type { Band, Box, Cell, Connector, FreeText, Row, Scene } from './scene.js';
export { TEXT } from './scene.js';
export { LayoutClient, type LayoutAnswer, type Superseded } from './worker/layout-client.js';
export type { LaneDirection } from './proses/lintas-fungsi.js';
