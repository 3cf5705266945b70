import * as crypto from 'node:crypto';

/** The preview page: strict CSP (no remote content, scripts only with this page's nonce), no inline handlers. */
export function previewHtml(scriptUri: string, cspSource: string, fonts: { regular: string; bold: string }): string {
    const nonce = crypto.randomBytes(16).toString('base64');
    return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; font-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Pratinjau SiKerja</title>
<style nonce="${nonce}">
  /* The diagrams are measured with the font the product ships: the preview draws with it too. */
  @font-face { font-family: 'Noto Sans'; font-weight: 400; src: url('${fonts.regular}') format('truetype'); }
  @font-face { font-family: 'Noto Sans'; font-weight: 700; src: url('${fonts.bold}') format('truetype'); }
  /* One column: the bar, the messages, then the drawing in what is left, so a message never hides under it. */
  html, body { height: 100%; margin: 0; padding: 0; overflow: hidden; font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); }
  body { display: flex; flex-direction: column; }
  #bar { flex: none; display: flex; gap: 6px; align-items: center; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); font-size: 12px; }
  #bar button, #bar select { white-space: nowrap; font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 2px 8px; cursor: pointer; }
  #bar select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); }
  #zoom { min-width: 3.5em; text-align: right; opacity: 0.8; }
  #status { margin-left: auto; opacity: 0.8; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  #notices { flex: none; }
  #notices div { padding: 4px 8px; font-size: var(--vscode-font-size, 13px); border-bottom: 1px solid var(--vscode-panel-border); }
  #notices div:empty { display: none; }
  #notice { color: var(--vscode-editorWarning-foreground); background: var(--vscode-inputValidation-warningBackground, transparent); }
  #errors { color: var(--vscode-errorForeground); }
  #overview, #comparison { color: var(--vscode-editorInfo-foreground); }
  #stage { flex: 1; position: relative; overflow: hidden; cursor: grab; }
  #canvas { transform-origin: 0 0; display: inline-block; }
  #canvas.stale { opacity: 0.4; }
  #canvas [data-element] { cursor: pointer; }
  #canvas .sikerja-highlight > rect, #canvas .sikerja-highlight > polygon, #canvas .sikerja-highlight > circle, #canvas .sikerja-highlight > path, #canvas rect.sikerja-highlight { stroke: #e8a200 !important; stroke-width: 3 !important; }
  body.vscode-dark #canvas svg, body.vscode-high-contrast #canvas svg { filter: invert(0.92) hue-rotate(180deg); }
</style>
</head>
<body>
<div id="bar">
  <select id="kind" title="Jenis diagram"></select>
  <button id="fit-width" title="Selebar panel, huruf tidak lebih kecil dari huruf editor">Pas lebar</button>
  <button id="fit-all" title="Seluruh diagram dalam panel">Seluruhnya</button>
  <span id="zoom" title="Ctrl + roda tetikus (atau cubit pada touchpad): perbesar atau perkecil. Roda: geser diagram; Shift + roda: geser ke samping."></span>
  <button id="export-svg">SVG</button><button id="export-png">PNG</button><button id="export-pdf">PDF</button>
  <span id="status"></span>
</div>
<div id="notices" role="status" aria-live="polite"><div id="notice"></div><div id="errors"></div><div id="overview"></div><div id="comparison"></div></div>
<div id="stage"><div id="canvas"></div></div>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
